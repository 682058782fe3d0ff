"""Recuperación híbrida: BM25 en español + vecinos densos en Chroma, fusionados por rango (RRF).

RRF no necesita calibrar escalas entre puntajes BM25 y cosenos, y en la evaluación
(README, "Evaluación") superó a cada método por separado.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from asistente.consulta import Consulta
from asistente.respuesta import Pasaje
from asistente.vocabulario import VOCABULARIO
from indexacion.almacen import Almacen
from indexacion.embeddings import crear_embebedor
from indexacion.fragmento import Fragmento
from indexacion.lexico import IndiceLexico, texto_lexico
from indexacion.oraciones import unidades
from indexacion.texto import plegar, prefijo, terminos
from indexacion.vigencia import numero_articulo, sin_efecto

RRF_K = 60
# «Artículo transitorio 61», «Artículo 39. Transitorio», «Artículo 80. Norma transitoria…» (no «Incapacidad física transitoria»)
_TRANSITORIO = re.compile(r"(?i)^art[íi]culo\s+(?:transitorio\b|[\w-]+\.?\s+(?:norma\s+|disposici[oó]n(?:es)?\s+)?transitori[oa]s?\b)")
TITULOS_GLOSARIO = frozenset({"definicion", "concept"})
# "Momento 3: Empalme. Proceso de…" / "Rendición de cuentas. Es el proceso…": término corto con mayúscula,
# punto, y una definición que sigue en mayúscula (no "Parágrafo." ni "Artículo 5.", que no definen nada).
# Rótulos de la numeración de una norma: no son términos definidos (aquí y al elegir la oración en el compositor).
NUMERACION = r"(?:Par[áa]grafo|Art[íi]culo|Cap[íi]tulo|T[íi]tulo|Secci[óo]n|Numeral|Literal|Inciso)\b"
_DEFINIDO = re.compile(r"^\W*(?:[^.:\n]{1,25}:\s*)?(?!" + NUMERACION + r")"
                       r"([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?: [A-Za-záéíóúñÁÉÍÓÚÑ]+){0,4})\.(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]|\s*$)")


def titulo_propio(seccion: str) -> str:
    """"Artículo 6 › Artículo 3. Funciones de los municipios (texto modificado)" → "Funciones de los municipios"."""
    ultimo = seccion.split(" › ")[-1]
    ultimo = re.sub(r"\s*\(texto modificado\)$", "", ultimo)
    ultimo = re.sub(r"^Art[íi]culo\s+\S+?(\.\s*|$)", "", ultimo)
    return re.sub(r"^(\d+(\.\d+)*\.?|Fase\s+[IVX]+:|Recuadro\s+\d+\.)\s*", "", ultimo)


@dataclass
class Recuperacion:
    pasajes: list[Pasaje]
    similitud_densa: float = 0.0  # coseno del mejor vecino denso
    cobertura: float = 0.0  # fracción (ponderada por IDF) de términos de la pregunta en los mejores pasajes
    terminos_hallados: set[str] = field(default_factory=set)
    en_vocabulario: float = 1.0  # fracción (por IDF) de términos de la pregunta que existen en el corpus
    hay_denso: bool = True
    idf: Callable[[str], float] = lambda _t: 1.0  # pesos de términos de la versión del índice consultada


@dataclass
class Filtros:
    tipos: list[str] | None = None  # guia | norma | sentencia | circular
    fases: list[str] | None = None
    archivos: list[str] | None = None

    def admite(self, f: Fragmento) -> bool:
        if self.tipos and f.tipo not in self.tipos:
            return False
        if self.fases and not set(self.fases) & set(f.fases):
            return False
        if self.archivos and f.archivo not in self.archivos:
            return False
        return True


class Recuperador:
    """Lee una versión publicada del índice y responde búsquedas sobre ella."""

    def __init__(
        self,
        almacen: Almacen,
        version: str,
        *,
        fusion: str = "rrf",
        peso_lexico: float = 1.0,
        peso_denso: float = 1.0,
        candidatos: int = 60,
        factor_sentencia: float = 0.8,
        factor_norma_nombrada: float = 1.6,
        factor_definicion: float = 3.0,
        factor_frase: float = 0.3,
        factor_ambito: float = 0.6,
        factor_tema: float = 1.0,
        factor_transitorio: float = 1.0,
        cabezas: int = 1,
        factor_reemplazado: float = 0.5,
        busqueda_densa: Literal["exacta", "chroma"] = "exacta",
        factor_subido: float = 0.98,  # subido por usuarios: debajo de uno oficial en empates (no más: RRF da 1/61 vs 1/62 entre rangos)
    ) -> None:
        self.version = version
        meta = almacen.leer_meta(version)
        self.modelo = meta["modelo"]
        self.fragmentos = almacen.leer_fragmentos(version)
        self.posicion = {f.id: i for i, f in enumerate(self.fragmentos)}
        self.archivos = tuple(sorted({f.archivo for f in self.fragmentos}))
        self.lexico = IndiceLexico.cargar(almacen.dir_version(version) / "lexico")
        self.embebedor = crear_embebedor(self.modelo)
        self.coleccion = almacen.coleccion(version, self.modelo) if self.embebedor else None
        # Búsqueda densa exacta sobre los vectores de la versión (coseno con numpy): con unos miles de fragmentos
        # cuesta menos de un milisegundo y es determinista. La consulta HNSW de Chroma es aproximada y cambiaba
        # de un proceso a otro los últimos de sus 60 vecinos: la misma pregunta, otra respuesta al reiniciar.
        self._vectores = None
        if self.embebedor and busqueda_densa == "exacta":
            vectores = almacen.leer_vectores(version)
            if vectores is not None and vectores.shape[0] == len(self.fragmentos):
                normas = np.linalg.norm(vectores, axis=1, keepdims=True)
                self._vectores = (vectores / np.where(normas == 0, 1.0, normas)).astype(np.float32)
        self.fusion = fusion if self.embebedor else "lexico"
        self.peso_lexico, self.peso_denso = peso_lexico, peso_denso
        self.candidatos = candidatos
        self.factor_sentencia = factor_sentencia
        self.factor_norma_nombrada = factor_norma_nombrada
        self.factor_definicion = factor_definicion
        self.factor_subido = factor_subido
        self._titulos = [frozenset() if VOCABULARIO.es_titulo_de_dictamen(titulo_propio(f.seccion))
                         else frozenset(terminos(titulo_propio(f.seccion))) for f in self.fragmentos]
        self._definidos = self._terminos_definidos()
        self.factor_frase = factor_frase
        self.factor_ambito = factor_ambito
        self._nacional = [self._es_nacional(f) for f in self.fragmentos]
        self.factor_tema = factor_tema
        temas = {d: VOCABULARIO.temas_de_documento(d) for d in {f.documento for f in self.fragmentos}}
        self._temas = [temas[f.documento] for f in self.fragmentos]
        # Los artículos transitorios regularon una transición ya cumplida (los períodos de 2003–2007, la
        # Asamblea de 1991): casi nunca responden a quien planea hoy y, con una fecha en la pregunta, ganaban.
        self.factor_transitorio = factor_transitorio
        self._transitorio = [bool(_TRANSITORIO.search(f.seccion.split(" › ")[-1])) for f in self.fragmentos]
        self._bigramas: dict[int, frozenset] = {}
        # Primer fragmento de cada artículo o sección: allí suelen estar la regla y la frase que abre la lista.
        self.cabezas = cabezas
        primero: dict[tuple[str, str], int] = {}
        self._cabeza = [primero.setdefault((f.archivo, f.seccion), i) for i, f in enumerate(self.fragmentos)]
        # Artículo reemplazado → comienzo del artículo vigente (corpus/vigencia.yaml): manda la regla de hoy.
        self.factor_reemplazado = factor_reemplazado
        inicio_articulo: dict[str, int] = {}
        for i, f in enumerate(self.fragmentos):
            numero = numero_articulo(f.seccion)
            if numero:
                inicio_articulo.setdefault(f"{f.archivo}#{numero}", i)
        self._vigente = {i: inicio_articulo[f.reemplazado_por] for i, f in enumerate(self.fragmentos)
                         if f.reemplazado_por and f.reemplazado_por in inicio_articulo}
        # Artículo que ya no rige sin reemplazo en el corpus (Ley 2200, art. 151, inexequible): cede igual.
        self._sin_efecto = {i for i, f in enumerate(self.fragmentos) if sin_efecto(f) and i not in self._vigente}

    @staticmethod
    def _es_nacional(f: Fragmento) -> bool:
        """Pasaje del nivel nacional (Consejo Nacional de Planeación, Plan Nacional…) sin nada territorial
        en su título: a un CTP municipal no se le responde con el CNP."""
        titulo = plegar(f"{f.contexto} {f.seccion}")
        if VOCABULARIO.marcas_nacionales.search(titulo) and not VOCABULARIO.marcas_territoriales.search(titulo):
            return True
        cuerpo = plegar(f.texto)
        return (len(VOCABULARIO.marcas_nacionales.findall(cuerpo)) >= 2
                and not VOCABULARIO.marcas_territoriales.search(titulo + " " + cuerpo))

    def bigramas(self, i: int) -> frozenset:
        if i not in self._bigramas:
            ts = terminos(texto_lexico(self.fragmentos[i]))
            self._bigramas[i] = frozenset(zip(ts, ts[1:]))
        return self._bigramas[i]

    # --- métodos base ---
    def _lexico(self, consulta: Consulta, n: int) -> list[tuple[int, float]]:
        terminos_busqueda = terminos(consulta.texto_busqueda)
        return self.lexico.buscar(terminos_busqueda, n)

    def _denso(self, consulta: Consulta, n: int, filtros: Filtros | None) -> list[tuple[int, float]]:
        if not self.coleccion:
            return []
        vector = self.embebedor.embeber([consulta.texto_busqueda])[0]
        if self._vectores is not None:
            q = np.asarray(vector, dtype=np.float32)
            q = q / (np.linalg.norm(q) or 1.0)
            similitudes = self._vectores @ q
            if filtros:
                admitidos = np.array([filtros.admite(f) for f in self.fragmentos])
                similitudes = np.where(admitidos, similitudes, -np.inf)
            n = min(n, len(similitudes))
            mejores = np.argsort(-similitudes, kind="stable")[:n]
            return [(int(i), float(similitudes[i])) for i in mejores if np.isfinite(similitudes[i])]
        where = None
        if filtros and filtros.tipos:
            where = {"tipo": {"$in": filtros.tipos}}
        resultado = self.coleccion.query(query_embeddings=[vector.tolist()], n_results=min(n, len(self.fragmentos)),
                                         where=where, include=["distances"])
        return [(self.posicion[i], 1.0 - d) for i, d in zip(resultado["ids"][0], resultado["distances"][0]) if i in self.posicion]

    # --- búsqueda completa ---
    def recuperar(self, consulta: Consulta, k: int = 10, filtros: Filtros | None = None) -> Recuperacion:
        n = self.candidatos
        lexicos = self._lexico(consulta, n * (3 if filtros else 1)) if self.fusion in ("rrf", "lexico") else []
        densos = self._denso(consulta, n * (3 if filtros else 1), filtros) if self.fusion in ("rrf", "denso") else []
        puntajes: dict[int, float] = {}
        for peso, lista in ((self.peso_lexico, lexicos), (self.peso_denso, densos)):
            lista = [(i, s) for i, s in lista if not filtros or filtros.admite(self.fragmentos[i])]
            for rango, (i, _) in enumerate(lista):
                puntajes[i] = puntajes.get(i, 0.0) + peso / (RRF_K + rango + 1)
        # El artículo cuyo título es el término preguntado entra como candidato aunque el término
        # se repita en muchos otros artículos (todo el capítulo "Del referendo" habla de referendos).
        definiciones = self._definiciones(consulta) if consulta.tipo == "definicion" else set()
        for i in definiciones:
            if not filtros or filtros.admite(self.fragmentos[i]):
                puntajes[i] = max(puntajes.get(i, 0.0), self.peso_lexico / (RRF_K + 1))
        # Lo que ya no rige (reemplazado por otro artículo del corpus, o derogado/inexequible) cede; el vigente que lo
        # reemplazó hereda su puntaje. Salvo si se nombra su ley: "¿qué exigía la Ley 741?" pregunta por ese texto.
        for i in [i for i in puntajes if i in self._vigente or i in self._sin_efecto]:
            if self.fragmentos[i].archivo in consulta.archivos_nombrados:
                continue
            j = self._vigente.get(i)
            if j is None:
                puntajes[i] *= self.factor_reemplazado
            elif not filtros or filtros.admite(self.fragmentos[j]):
                puntajes[j] = max(puntajes.get(j, 0.0), puntajes[i])
                puntajes[i] *= self.factor_reemplazado
        frases = self._frases(consulta)
        for i in list(puntajes):
            f = self.fragmentos[i]
            if frases and self.factor_frase:
                # Términos de varias palabras ("consejo territorial de planeación") juntos, no sueltos.
                hechas = sum(w for b, w in frases.items() if b in self.bigramas(i))
                puntajes[i] *= 1.0 + self.factor_frase * hechas / sum(frases.values())
            if consulta.ambito == "territorial" and self._nacional[i]:
                puntajes[i] *= self.factor_ambito
            if self._temas[i] and not self._temas[i] & consulta.temas and not consulta.archivos_nombrados:
                puntajes[i] *= self.factor_tema  # la Ley 388 (POT) sólo si se pregunta por el POT
            if f.tipo == "sentencia":
                puntajes[i] *= self.factor_sentencia
            if self._transitorio[i] and f.archivo not in consulta.archivos_nombrados:
                puntajes[i] *= self.factor_transitorio
            if f.subido:
                puntajes[i] *= self.factor_subido
            if consulta.archivos_nombrados and f.archivo in consulta.archivos_nombrados:
                puntajes[i] *= self.factor_norma_nombrada
            if i in definiciones:
                puntajes[i] *= self.factor_definicion
        orden = self._con_cabezas(sorted(puntajes.items(), key=lambda x: -x[1]), k)
        pasajes = [Pasaje(self.fragmentos[i], s) for i, s in orden]
        similitud = max((s for _, s in densos), default=0.0)
        cobertura, hallados = self.cobertura(consulta, pasajes[:3])
        return Recuperacion(pasajes, similitud, cobertura, hallados, self.en_vocabulario(consulta), bool(densos),
                            self.lexico.idf_de)

    def _con_cabezas(self, orden: list[tuple[int, float]], k: int) -> list[tuple[int, float]]:
        """Si uno de los primeros resultados es la continuación de un artículo largo (un parágrafo, los
        últimos numerales), el comienzo de ese artículo entra justo detrás: la respuesta y su contexto."""
        salida: list[tuple[int, float]] = []
        vistos: set[int] = set()
        for n, (i, s) in enumerate(orden):
            if len(salida) >= k:
                break
            if i in vistos:
                continue
            salida.append((i, s))
            vistos.add(i)
            cabeza = self._cabeza[i]
            if n < self.cabezas and cabeza != i and cabeza not in vistos:
                salida.append((cabeza, s * 0.999))
                vistos.add(cabeza)
        return salida[:k]

    def _frases(self, consulta: Consulta) -> dict[tuple[str, str], float]:
        """Pares de términos consecutivos de la pregunta (y de su tema, si es seguimiento), por IDF."""
        ts = terminos(consulta.texto_busqueda)
        return {(a, b): self.lexico.idf_de(a) + self.lexico.idf_de(b) for a, b in zip(ts, ts[1:]) if a != b}

    def _definiciones(self, consulta: Consulta) -> set[int]:
        """Fragmentos cuyo título es exactamente lo preguntado: "¿Qué es un cabildo abierto?" → "Cabildo abierto"."""
        pregunta = frozenset(consulta.terminos_pregunta)
        if not pregunta:
            return set()
        # "Definición rendición de cuentas" es el título propio de "¿qué es la rendición de cuentas?".
        propios = {i for i, t in enumerate(self._titulos)
                   if t - TITULOS_GLOSARIO and t - TITULOS_GLOSARIO <= pregunta and len(t) * 2 >= len(pregunta)}
        # Y los artículos de "Definiciones" que definen ese término ("Archivo. Conjunto de documentos…").
        glosarios = {i for i, t in enumerate(self._titulos) if t and t <= TITULOS_GLOSARIO
                     and any(re.match(rf"^\W*{re.escape(termino)}\w*\.", plegar(u)) for u in unidades(self.fragmentos[i].texto)
                             for termino in pregunta if len(termino) > 3)}
        # Y los pasajes con una oración que abre con el término y su definición, fuera de un glosario:
        # "Momento 3: Empalme. Proceso de gestión del conocimiento…" (el protocolo define así sus términos).
        definidos = {i for t, i in self._definidos if t <= pregunta and len(t) * 2 >= len(pregunta)}
        return propios | glosarios | definidos

    def _terminos_definidos(self) -> list[tuple[frozenset, int]]:
        """(términos del definido, fragmento) de cada oración "[Rótulo:] Término. Definición…"."""
        definidos = []
        for i, f in enumerate(self.fragmentos):
            us = unidades(f.texto)
            for n, u in enumerate(us):
                m = _DEFINIDO.match(u)
                # "✓ Momento 3: Empalme." sola cuenta si la definición sigue en la oración siguiente.
                if m and (not u.rstrip().endswith(m.group(1) + ".") or (n + 1 < len(us) and us[n + 1][:1].isupper())):
                    t = frozenset(terminos(m.group(1)))
                    if t and not t <= VOCABULARIO.terminos_genericos:
                        definidos.append((t, i))
        return definidos

    def en_vocabulario(self, consulta: Consulta) -> float:
        """'ajiaco' o 'pasaporte' no aparecen en ningún documento: señal fuerte de fuera de alcance."""
        pregunta = set(consulta.terminos_pregunta or consulta.terminos)
        total = sum(self.lexico.idf_de(t) for t in pregunta)
        if not total:
            return 0.0
        vocab = self.lexico.bm25.vocab_dict
        return sum(self.lexico.idf_de(t) for t in pregunta if t in vocab) / total

    def cobertura(self, consulta: Consulta, pasajes: list[Pasaje]) -> tuple[float, set[str]]:
        """Qué parte de lo preguntado aparece en los pasajes: la señal más fiable de 'no está'."""
        pregunta = set(consulta.terminos_pregunta or consulta.terminos)
        expandidos = set(consulta.terminos) - pregunta
        if not pregunta or not pasajes:
            return 0.0, set()
        # En un seguimiento ("¿y en cuánto tiempo?") el tema lo pone el turno anterior: cuenta a medias.
        pesos = {t: 0.5 * self.lexico.idf_de(t) for t in consulta.terminos_historial}
        pesos.update({t: self.lexico.idf_de(t) for t in pregunta})
        vistos: set[str] = set()
        for p in pasajes:
            vistos |= set(terminos(f"{p.fragmento.documento} {p.fragmento.seccion} {p.fragmento.texto}"))
        prefijos = {prefijo(t) for t in vistos} - {None}
        presentes = {t for t in pesos if t in vistos or prefijo(t) in prefijos}
        # Una sigla escrita por el usuario («ctp») casi nunca está tal cual en la norma: la cubre su significado.
        # Igual la palabra coloquial que un sinónimo corto traduce («plata» → «recursos»).
        traducidas: dict[str, set[str]] = {}
        for dicho, equivalente in VOCABULARIO.traducciones(consulta.pregunta):
            for t in terminos(dicho):
                traducidas.setdefault(t, set()).update(terminos(equivalente))
        for t in pregunta - presentes:
            significado = set(terminos(VOCABULARIO.siglas.get(t, ""))) or traducidas.get(t, set())
            if significado and len(significado & vistos) * 2 >= len(significado):
                presentes.add(t)
        cobertura = sum(pesos[t] for t in presentes) / sum(pesos.values())
        # Una sigla o expresión coloquial puede no estar tal cual, pero sí su equivalente.
        if expandidos & vistos:
            cobertura = min(1.0, cobertura + 0.15)
        return cobertura, presentes

    def como_retriever(self, k: int = 5) -> "RecuperadorLangChain":
        return RecuperadorLangChain(recuperador=self, k=k)


class RecuperadorLangChain(BaseRetriever):
    """El mismo recuperador como `BaseRetriever` de LangChain (para cadenas con LLM)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    recuperador: Recuperador
    k: int = 5

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        from asistente.consulta import preparar

        consulta = preparar(query, archivos=self.recuperador.archivos)
        return [
            Document(page_content=p.fragmento.texto, metadata={**p.fragmento.a_dict(), "puntaje": p.puntaje})
            for p in self.recuperador.recuperar(consulta, self.k).pasajes
        ]
