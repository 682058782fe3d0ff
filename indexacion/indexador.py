"""Indexación incremental y atómica del corpus.

Se calcula un hash por documento: los que no cambiaron reutilizan fragmentos y vectores de la
versión anterior (no se vuelven a embeber), los cambiados se recargan y los borrados desaparecen.
Un documento que no se puede leer (PDF dañado, cifrado, vacío) se informa y se salta.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import time
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml

from indexacion.almacen import Almacen
from indexacion.cargadores import EXTENSIONES, ErrorDeDocumento, cargar
from indexacion.embeddings import crear_embebedor
from indexacion.fragmentador import refragmentar_fijo
from indexacion.fragmento import Fragmento
from indexacion.texto import HUELLA_ANALISIS
from indexacion.vigencia import aplicar_reemplazos, leer_reemplazos, reemplazos_de_archivo

VERSION_FORMATO = 9  # cambia si cambia la forma de fragmentar: obliga a reindexar todo
UMBRAL_PARALELO = 400  # fragmentos a embeber desde los que conviene arrancar procesos (cada uno carga el modelo)


@dataclass
class InformeIndexacion:
    version: str | None
    sin_cambios: bool = False
    nuevos: list[str] = field(default_factory=list)
    modificados: list[str] = field(default_factory=list)
    eliminados: list[str] = field(default_factory=list)
    reutilizados: list[str] = field(default_factory=list)
    errores: dict[str, str] = field(default_factory=dict)
    # Lo que se indexó sólo en parte (p. ej. páginas escaneadas sin texto): archivo → avisos en español.
    avisos: dict[str, list[str]] = field(default_factory=dict)
    fragmentos: int = 0
    fragmentos_embebidos: int = 0
    paginas_pdf: int = 0
    segundos: float = 0.0
    reparaciones: list[str] = field(default_factory=list)  # daños detectados y reparados (en español)

    def resumen(self) -> str:
        reparado = f" Reparado: {'; '.join(self.reparaciones)}." if self.reparaciones else ""
        if self.sin_cambios:
            return f"Índice al día ({self.fragmentos} fragmentos): ningún documento cambió." + reparado
        partes = [
            f"{self.fragmentos} fragmentos en {self.segundos:.1f} s",
            f"{len(self.nuevos)} nuevos, {len(self.modificados)} modificados, "
            f"{len(self.eliminados)} eliminados, {len(self.reutilizados)} sin cambios",
        ]
        if self.errores:
            partes.append(f"{len(self.errores)} con errores (omitidos)")
        if self.avisos:
            partes.append(f"{len(self.avisos)} con avisos (páginas sin texto no indexadas)")
        return "; ".join(partes) + "." + reparado


def leer_manifiesto(corpus: Path) -> dict[str, dict]:
    ruta = corpus / "manifiesto.yaml"
    if not ruta.exists():
        return {}
    datos = yaml.safe_load(ruta.read_text(encoding="utf-8")) or {}
    return {d["archivo"]: d for d in datos.get("documentos", [])}


def listar_documentos(corpus: Path) -> list[Path]:
    return sorted(
        p
        for p in corpus.rglob("*")
        if p.is_file() and p.suffix.lower() in EXTENSIONES and p.name.lower() != "readme.md" and not p.name.startswith(".")
    )


def _hash(ruta: Path, extra: str) -> str:
    h = hashlib.sha256(extra.encode())
    with ruta.open("rb") as f:
        for bloque in iter(lambda: f.read(1 << 20), b""):
            h.update(bloque)
    return h.hexdigest()


def indexar(
    corpus: Path,
    almacen: Almacen,
    *,
    modelo: str,
    tamano_max: int,
    progreso: bool = False,
    forzar: bool = False,
    fragmentacion: str = "estructura",
    espera_cerrojo: float = -1,
) -> InformeIndexacion:
    """Un solo escritor a la vez (cerrojo entre procesos); el segundo espera y parte de lo publicado."""
    with almacen.cerrojo(espera_cerrojo):
        return _indexar(Path(corpus), almacen, modelo=modelo, tamano_max=tamano_max, progreso=progreso,
                        forzar=forzar, fragmentacion=fragmentacion)


def _base_reutilizable(almacen: Almacen, informe: InformeIndexacion) -> tuple[str | None, str | None]:
    """(versión publicada, versión cuyos datos se pueden reutilizar): detecta y anota cada daño."""
    previa = almacen.puntero()
    if previa is None and (almacen.datos / "ACTUAL").exists():
        informe.reparaciones.append("el puntero ACTUAL es ilegible")
    candidatas = ([previa] if previa else []) + [v for v in almacen.listar_versiones() if v != previa]
    for version in candidatas:
        try:
            almacen.datos_reutilizables(version)
            return previa, version
        except ValueError as error:
            informe.reparaciones.append(f"versión {version} dañada ({error})")
    return previa, None


def _indexar(corpus, almacen, *, modelo, tamano_max, progreso, forzar, fragmentacion) -> InformeIndexacion:
    inicio = time.perf_counter()
    manifiesto = leer_manifiesto(corpus)
    reemplazos = leer_reemplazos(corpus)
    config = f"{VERSION_FORMATO}|{modelo}|{tamano_max}|{fragmentacion}"

    actuales: dict[str, tuple[Path, str]] = {}
    rutas = listar_documentos(corpus)
    presentes = {r.relative_to(corpus).as_posix() for r in rutas}
    for ruta in rutas:
        archivo = ruta.relative_to(corpus).as_posix()
        meta_txt = repr(sorted(manifiesto.get(archivo, {}).items())) + reemplazos_de_archivo(reemplazos, archivo, presentes)
        actuales[archivo] = (ruta, _hash(ruta, config + meta_txt))
    hashes = {a: h for a, (_, h) in actuales.items()}

    informe = InformeIndexacion(version=None)
    publicada, base = (None, None) if forzar else _base_reutilizable(almacen, informe)
    if forzar:
        publicada = almacen.puntero()
    docs_previos: dict[str, dict] = {}
    errores_previos: dict[str, dict] = {}
    frag_previos: dict[str, list[tuple[Fragmento, np.ndarray | None]]] = {}
    if base:
        meta_base, fragmentos_base, vectores_base, docs_previos = almacen.datos_reutilizables(base)
        errores_previos = meta_base.get("errores") or {}
        mismos = {a: d["hash"] for a, d in docs_previos.items()} | {a: e["hash"] for a, e in errores_previos.items()}
        # Otro análisis léxico (indexacion/familias.yaml) no cambia fragmentos ni vectores: se reutilizan y
        # sólo se rehace el índice BM25 de una versión nueva.
        if mismos == hashes and meta_base.get("modelo") == modelo and meta_base.get("analisis") == HUELLA_ANALISIS:
            # Nada cambió en el corpus: basta con que la versión se pueda servir (si no, se reconstruye).
            problema = almacen.problema(base)
            if problema is None:
                if base != publicada:
                    informe.reparaciones.append(f"se vuelve a publicar la versión válida {base}")
                    almacen.publicar(base, publicada, comprobar=True)
                almacen.limpiar({base})
                return InformeIndexacion(base, sin_cambios=base == publicada, fragmentos=meta_base["fragmentos"],
                                         errores={a: e["error"] for a, e in errores_previos.items()},
                                         avisos={a: list(d["avisos"]) for a, d in docs_previos.items() if d.get("avisos")},
                                         reparaciones=informe.reparaciones, segundos=time.perf_counter() - inicio)
            informe.reparaciones.append(f"versión {base}: {problema}")
        for i, fr in enumerate(fragmentos_base):
            v = vectores_base[i] if vectores_base is not None else None
            frag_previos.setdefault(fr.archivo, []).append((fr, v))

    fragmentos: list[Fragmento] = []
    vectores: list[np.ndarray | None] = []
    pendientes: list[int] = []  # posiciones de fragmentos sin vector
    documentos: dict[str, dict] = {}
    errores: dict[str, dict] = {}
    iterable = list(actuales.items())
    if progreso:
        from tqdm import tqdm

        iterable = tqdm(iterable, desc="Leyendo documentos", unit="doc")
    for archivo, (ruta, h) in iterable:
        previo = docs_previos.get(archivo)
        if previo and previo.get("hash") == h and archivo in frag_previos:
            for fr, v in frag_previos[archivo]:
                fragmentos.append(fr)
                vectores.append(v)
                if v is None:
                    pendientes.append(len(fragmentos) - 1)
            documentos[archivo] = previo
            informe.reutilizados.append(archivo)
            if previo.get("avisos"):
                informe.avisos[archivo] = list(previo["avisos"])
            continue
        if errores_previos.get(archivo, {}).get("hash") == h:  # el mismo archivo dañado: no se reintenta
            errores[archivo] = errores_previos[archivo]
            informe.errores[archivo] = errores[archivo]["error"]
            continue
        avisos: list[str] = []
        try:
            nuevos = cargar(ruta, archivo, manifiesto.get(archivo, {}), tamano_max, avisos)
            if fragmentacion == "fija":
                nuevos = refragmentar_fijo(nuevos)
            nuevos = aplicar_reemplazos(nuevos, reemplazos, presentes)
        except ErrorDeDocumento as error:
            informe.errores[archivo] = str(error)
            errores[archivo] = {"hash": h, "error": str(error)}
            continue
        (informe.modificados if previo else informe.nuevos).append(archivo)
        paginas = {f.pagina for f in nuevos if f.pagina}
        informe.paginas_pdf += len(paginas)
        documentos[archivo] = {
            "hash": h,
            "documento": nuevos[0].documento,
            "tipo": manifiesto.get(archivo, {}).get("tipo") or nuevos[0].tipo,
            "fragmentos": len(nuevos),
            "paginas": max(paginas) if paginas else None,
            "avisos": avisos,
        }
        if avisos:
            informe.avisos[archivo] = avisos
        for fr in nuevos:
            fragmentos.append(fr)
            vectores.append(None)
            pendientes.append(len(fragmentos) - 1)
    informe.eliminados = sorted(set(docs_previos) - set(actuales))

    embebedor = crear_embebedor(modelo)
    matriz = None
    if embebedor is not None and fragmentos:
        textos = [fragmentos[i].texto_para_embeber() for i in pendientes]
        calculados = _embeber_con_progreso(embebedor, textos, progreso)
        for i, v in zip(pendientes, calculados):
            vectores[i] = v
        matriz = np.vstack(vectores).astype(np.float32)
    informe.fragmentos_embebidos = len(pendientes)

    version = _nombre_version(almacen)
    meta = {"modelo": modelo, "tamano_max": tamano_max, "fragmentacion": fragmentacion, "fragmentos": len(fragmentos),
            "formato": VERSION_FORMATO, "analisis": HUELLA_ANALISIS, "errores": errores}
    try:
        almacen.escribir_version(version, fragmentos, matriz, documentos, meta)
    except Exception as error:  # noqa: BLE001 — p. ej. chroma.sqlite3 dañado a mitad: se aparta y se reintenta una vez
        if not almacen.embebido or matriz is None:
            raise
        almacen.apartar_chroma(f"{type(error).__name__}: {error}")
        informe.reparaciones.append("la base de Chroma estaba dañada: se apartó y se creó de nuevo")
        almacen.escribir_version(version, fragmentos, matriz, documentos, meta)
    almacen.publicar(version, publicada, comprobar=True)
    almacen.limpiar({version})
    informe.version = version
    informe.fragmentos = len(fragmentos)
    informe.segundos = time.perf_counter() - inicio
    return informe


def _nombre_version(almacen: Almacen) -> str:
    """Marca de tiempo ordenable; nunca repite una existente (dos publicaciones en el mismo milisegundo)."""
    while True:
        version = time.strftime("%Y%m%d-%H%M%S") + f"-{int(time.time() * 1000) % 1000:03d}"
        if not almacen.dir_version(version).exists():
            return version
        time.sleep(0.002)


def _embeber_con_progreso(embebedor, textos: list[str], progreso: bool) -> list[np.ndarray]:
    """Con muchos textos y varios núcleos, `use-multilingue` se reparte en procesos (uno por núcleo):
    la indexación completa del corpus pasa de ~1 núcleo a todos (ver evaluacion/benchmark_indexacion.py)."""
    lote = 64
    procesos = min(os.cpu_count() or 1, 4)
    barra = None
    if progreso:
        from tqdm import tqdm

        barra = tqdm(total=len(textos), desc="Calculando embeddings", unit="frag")
    try:
        # Un proceso demonio (un trabajador de multiprocessing) no puede tener hijos: ahí, en este proceso.
        if (embebedor.nombre == "use-multilingue" and procesos > 1 and len(textos) >= UMBRAL_PARALELO
                and "fork" in multiprocessing.get_all_start_methods() and not multiprocessing.current_process().daemon):
            from indexacion.embeddings import embeber_en_paralelo

            try:
                return embeber_en_paralelo(embebedor.nombre, textos, procesos, lote,
                                           al_avanzar=barra.update if barra else None)
            except (OSError, RuntimeError, BrokenProcessPool) as error:
                # Sin procesos (límite del sistema, entorno restringido): se calcula en este proceso.
                logging.getLogger(__name__).warning("Embeddings en un solo proceso: %s", error)
                if barra:
                    barra.reset()
        salida: list[np.ndarray] = []
        for i in range(0, len(textos), lote):
            salida.extend(embebedor.embeber(textos[i : i + lote]))
            if barra:
                barra.update(len(textos[i : i + lote]))
        return salida
    finally:
        if barra:
            barra.close()
