"""Indexación del corpus incluido: tiempo total y dónde se va (carga, modelo, embeddings, Chroma, BM25).

    python -m evaluacion.benchmark_indexacion [--corpus corpus] [--salida evaluacion/resultados/indexacion.json]

Indexa el corpus en un directorio temporal nuevo (indexación completa, sin vectores previos), luego
reindexa sin cambios (debe bastar comparar hashes) y después de tocar un solo documento. Mide cada etapa
envolviendo las funciones reales del indexador (no es otra implementación) e informa la carga de la
máquina (`os.getloadavg`) antes y después: en una máquina compartida la cifra depende de ella.
Imprime cifras; no es una prueba.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import tempfile
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

import indexacion.indexador as indexador
from asistente.config import RAIZ, Ajustes
from indexacion.almacen import Almacen


def _cpu() -> float:
    """CPU del proceso y de sus hijos ya terminados (los procesos de embeddings)."""
    propio, hijos = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return propio.ru_utime + propio.ru_stime + hijos.ru_utime + hijos.ru_stime


class Cronometro:
    def __init__(self) -> None:
        self.segundos: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.por_documento: dict[str, float] = {}

    @contextmanager
    def etapa(self, nombre: str):
        inicio, cpu = time.perf_counter(), _cpu()
        try:
            yield
        finally:
            self.segundos[nombre] += time.perf_counter() - inicio
            self.cpu[nombre] += _cpu() - cpu


def instrumentar(c: Cronometro):
    """Envuelve carga, modelo, embeddings, Chroma y BM25 del indexador real; devuelve cómo deshacerlo."""
    originales = {
        "cargar": indexador.cargar,
        "crear_embebedor": indexador.crear_embebedor,
        "_embeber_con_progreso": indexador._embeber_con_progreso,
        "_crear_coleccion": Almacen._crear_coleccion,
    }
    from indexacion import lexico

    construir_original = lexico.IndiceLexico.construir

    def cargar(ruta, archivo, *args, **kwargs):
        inicio = time.perf_counter()
        with c.etapa("carga de documentos"):
            try:
                return originales["cargar"](ruta, archivo, *args, **kwargs)
            finally:
                c.por_documento[archivo] = time.perf_counter() - inicio

    def crear_embebedor(*args, **kwargs):
        with c.etapa("carga del modelo de embeddings"):
            return originales["crear_embebedor"](*args, **kwargs)

    def embeber(*args, **kwargs):
        with c.etapa("embeddings"):
            return originales["_embeber_con_progreso"](*args, **kwargs)

    def crear_coleccion(self, *args, **kwargs):
        with c.etapa("escritura en Chroma"):
            return originales["_crear_coleccion"](self, *args, **kwargs)

    def construir(fragmentos):
        with c.etapa("índice BM25"):
            return construir_original(fragmentos)

    indexador.cargar = cargar
    indexador.crear_embebedor = crear_embebedor
    indexador._embeber_con_progreso = embeber
    Almacen._crear_coleccion = crear_coleccion
    lexico.IndiceLexico.construir = staticmethod(construir)

    def deshacer():
        indexador.cargar = originales["cargar"]
        indexador.crear_embebedor = originales["crear_embebedor"]
        indexador._embeber_con_progreso = originales["_embeber_con_progreso"]
        Almacen._crear_coleccion = originales["_crear_coleccion"]
        lexico.IndiceLexico.construir = construir_original

    return deshacer


def caracteres(corpus: Path) -> int:
    total = 0
    for ruta in indexador.listar_documentos(corpus):
        if ruta.suffix.lower() != ".pdf":
            total += len(ruta.read_text(encoding="utf-8", errors="replace"))
    return total


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--corpus", type=Path, default=RAIZ / "corpus")
    p.add_argument("--salida", type=Path, default=None)
    args = p.parse_args()
    ajustes = Ajustes()
    temporal = Path(tempfile.mkdtemp(prefix="bench-indexacion-"))
    corpus = temporal / "corpus"
    shutil.copytree(args.corpus, corpus, ignore=shutil.ignore_patterns("subidos"))
    almacen = Almacen(temporal / "datos")
    cpu = os.cpu_count()
    carga_antes = os.getloadavg()

    c = Cronometro()
    deshacer = instrumentar(c)
    try:
        completo = indexador.indexar(corpus, almacen, modelo=ajustes.modelo_embeddings, tamano_max=ajustes.tamano_fragmento)
    finally:
        deshacer()
    carga_despues = os.getloadavg()
    sin_cambios = indexador.indexar(corpus, almacen, modelo=ajustes.modelo_embeddings, tamano_max=ajustes.tamano_fragmento)

    ley = corpus / "normas" / "LEY-951-2005.md"
    ley.write_text(ley.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    c_uno = Cronometro()
    deshacer = instrumentar(c_uno)
    try:
        uno = indexador.indexar(corpus, almacen, modelo=ajustes.modelo_embeddings, tamano_max=ajustes.tamano_fragmento)
    finally:
        deshacer()

    medido = sum(c.segundos.values())
    resultado = {
        "documentos": len(completo.nuevos),
        "omitidos": completo.errores,
        "avisos": completo.avisos,
        "caracteres_texto": caracteres(corpus),
        "fragmentos": completo.fragmentos,
        "indexacion_completa_s": round(completo.segundos, 1),
        "etapas_s": {k: round(v, 1) for k, v in sorted(c.segundos.items(), key=lambda kv: -kv[1])},
        "etapas_cpu_s": {k: round(v, 1) for k, v in c.cpu.items()},
        "resto_s": round(completo.segundos - medido, 1),
        "documentos_mas_lentos_s": {k: round(v, 2) for k, v in sorted(c.por_documento.items(), key=lambda kv: -kv[1])[:5]},
        "reindexacion_sin_cambios_s": round(sin_cambios.segundos, 2),
        "reindexacion_un_documento_s": round(uno.segundos, 1),
        "reindexacion_un_documento_etapas_s": {k: round(v, 1) for k, v in c_uno.segundos.items()},
        "fragmentos_embebidos_un_documento": uno.fragmentos_embebidos,
        "cpu": cpu,
        "carga_1min_antes_despues": [round(carga_antes[0], 2), round(carga_despues[0], 2)],
        "memoria_max_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "memoria_max_proceso_embeddings_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        "modelo": ajustes.modelo_embeddings,
    }
    print(f"Corpus: {resultado['documentos']} documentos, {resultado['caracteres_texto']:,} caracteres de texto "
          f"(sin contar PDF), {resultado['fragmentos']} fragmentos; omitidos: {len(completo.errores)}")
    print(f"Indexación completa: {resultado['indexacion_completa_s']} s en {cpu} núcleos "
          f"(carga 1 min antes/después: {resultado['carga_1min_antes_despues']})")
    for etapa, s in resultado["etapas_s"].items():
        print(f"  {etapa:<34} {s:7.1f} s   (CPU {resultado['etapas_cpu_s'][etapa]:.1f} s)")
    print(f"  {'resto (hash, JSON, copia de vectores)':<34} {resultado['resto_s']:7.1f} s")
    print(f"Documentos más lentos de cargar: {resultado['documentos_mas_lentos_s']}")
    print(f"Reindexación sin cambios: {resultado['reindexacion_sin_cambios_s']} s")
    print(f"Reindexación tras cambiar un documento: {resultado['reindexacion_un_documento_s']} s "
          f"({resultado['fragmentos_embebidos_un_documento']} fragmentos embebidos; {resultado['reindexacion_un_documento_etapas_s']})")
    print(f"Memoria máxima del proceso: {resultado['memoria_max_mb']} MB "
          f"(cada proceso de embeddings: {resultado['memoria_max_proceso_embeddings_mb']} MB)")
    if args.salida:
        args.salida.write_text(json.dumps(resultado, ensure_ascii=False, indent=1), encoding="utf-8")
    shutil.rmtree(temporal, ignore_errors=True)


if __name__ == "__main__":
    main()
