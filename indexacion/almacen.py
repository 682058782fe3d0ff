"""Dónde vive el índice: versiones inmutables y un puntero `ACTUAL` que se cambia de forma atómica.

Cada indexación escribe una versión nueva al lado (fragmentos, vectores, índice léxico y una
colección de Chroma propia) y sólo al final reemplaza `ACTUAL` con `os.replace`. Si se
interrumpe, el puntero sigue en la versión anterior, que continúa sirviendo.

Robustez (issue 12): un solo escritor a la vez entre procesos (`filelock` sobre
`datos/indexar.lock`), publicación con comparación previa del puntero (CAS), limpieza que sólo
borra lo que ningún otro escritor puede estar usando y conserva las últimas N versiones, y
validación de una versión antes de usarla: lo dañado se detecta y se reconstruye, nunca se sirve.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from filelock import FileLock

from indexacion.fragmento import Fragmento

PREFIJO_COLECCION = "fragmentos-"
registro = logging.getLogger("indexacion.almacen")


class ErrorDeConcurrencia(RuntimeError):
    """Otro escritor publicó entre la lectura y la escritura del puntero."""


@dataclass(frozen=True)
class ConfigChroma:
    """Chroma embebido (`PersistentClient` en `datos/chroma`) o un servidor `chroma run`."""

    host: str | None = None
    puerto: int = 8000

    def cliente(self, datos: Path):
        import chromadb
        from chromadb.config import Settings

        ajustes = Settings(anonymized_telemetry=False)
        if self.host:
            return chromadb.HttpClient(host=self.host, port=self.puerto, settings=ajustes)
        return chromadb.PersistentClient(path=str(datos / "chroma"), settings=ajustes)


class Almacen:
    def __init__(self, datos: Path, chroma: ConfigChroma | None = None, conservar: int = 3) -> None:
        self.datos = Path(datos)
        self.chroma = chroma or ConfigChroma()
        self.versiones = self.datos / "versiones"
        self.conservar = max(1, conservar)
        self._cliente = None

    @property
    def embebido(self) -> bool:
        return not self.chroma.host

    @property
    def cliente(self):
        if self._cliente is None:
            self.datos.mkdir(parents=True, exist_ok=True)
            try:
                self._cliente = self.chroma.cliente(self.datos)
            except Exception as error:  # noqa: BLE001 — chroma.sqlite3 ilegible: se aparta y se empieza de nuevo
                if not self.embebido:
                    raise
                self.apartar_chroma(f"Chroma no abre ({type(error).__name__}: {error})")
                self._cliente = self.chroma.cliente(self.datos)
        return self._cliente

    def apartar_chroma(self, motivo: str) -> None:
        """Mueve `datos/chroma` a `chroma.danado-<fecha>`: las versiones se reconstruyen desde sus vectores."""
        origen = self.datos / "chroma"
        if origen.exists():
            destino = self.datos / f"chroma.danado-{time.strftime('%Y%m%d-%H%M%S')}"
            os.replace(origen, destino)
            registro.warning("Base de Chroma dañada (%s): se apartó en %s y se crea una nueva.", motivo, destino.name)
        self._cliente = None

    def cerrojo(self, espera: float = -1) -> FileLock:
        """Un solo escritor entre procesos: indexar, publicar y limpiar van dentro de este cerrojo."""
        self.datos.mkdir(parents=True, exist_ok=True)
        return FileLock(str(self.datos / "indexar.lock"), timeout=espera)

    # --- puntero ---
    def puntero(self) -> str | None:
        """Lo que dice `ACTUAL`, o None si falta o no se puede leer (bytes basura, no UTF-8)."""
        ruta = self.datos / "ACTUAL"
        try:
            nombre = ruta.read_bytes().decode("utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return None
        if not nombre or "/" in nombre or "\\" in nombre or nombre.startswith("."):
            return None
        return nombre

    def version_actual(self) -> str | None:
        nombre = self.puntero()
        return nombre if nombre and (self.versiones / nombre / "meta.json").exists() else None

    def publicar(self, version: str, esperada: str | None = None, comprobar: bool = False) -> None:
        """Cambia `ACTUAL` de forma atómica. Con `comprobar`, sólo si todavía apunta a `esperada` (CAS)."""
        if comprobar and self.puntero() != esperada:
            raise ErrorDeConcurrencia(
                f"Otro proceso publicó la versión {self.puntero()} mientras se indexaba sobre {esperada}.")
        temporal = self.datos / f"ACTUAL.{os.getpid()}.tmp"
        temporal.write_text(version, encoding="utf-8")
        os.replace(temporal, self.datos / "ACTUAL")
        with (self.datos / "HISTORIAL").open("a", encoding="utf-8") as f:
            f.write(version + "\n")

    def dir_version(self, version: str) -> Path:
        return self.versiones / version

    def listar_versiones(self) -> list[str]:
        """Versiones completas (con meta.json), la más nueva primero (los nombres son marcas de tiempo)."""
        if not self.versiones.exists():
            return []
        return sorted((d.name for d in self.versiones.iterdir()
                       if d.is_dir() and not d.name.startswith(".") and (d / "meta.json").exists()), reverse=True)

    # --- lectura de una versión ---
    def leer_meta(self, version: str) -> dict:
        meta = json.loads((self.dir_version(version) / "meta.json").read_text(encoding="utf-8"))
        if not isinstance(meta, dict) or "modelo" not in meta or "fragmentos" not in meta:
            raise ValueError("meta.json no tiene la forma esperada")
        return meta

    def leer_documentos(self, version: str) -> dict:
        documentos = json.loads((self.dir_version(version) / "documentos.json").read_text(encoding="utf-8"))
        if not isinstance(documentos, dict):
            raise ValueError("documentos.json no tiene la forma esperada")
        return documentos

    def leer_fragmentos(self, version: str) -> list[Fragmento]:
        ruta = self.dir_version(version) / "fragmentos.jsonl"
        with ruta.open(encoding="utf-8") as f:
            return [Fragmento.de_dict(json.loads(l)) for l in f if l.strip()]

    def leer_vectores(self, version: str) -> np.ndarray | None:
        ruta = self.dir_version(version) / "vectores.npy"
        return np.load(ruta, allow_pickle=False) if ruta.exists() else None

    def coleccion(self, version: str, modelo: str):
        from indexacion.embeddings import FuncionEmbeddingAsistente

        return self.cliente.get_collection(
            PREFIJO_COLECCION + version, embedding_function=FuncionEmbeddingAsistente(modelo)
        )

    # --- validación ---
    def datos_reutilizables(self, version: str) -> tuple[dict, list[Fragmento], np.ndarray | None, dict]:
        """meta, fragmentos, vectores y documentos de una versión, comprobados entre sí.

        Es lo que una indexación incremental copia de la versión anterior; si algo no cuadra
        (archivo truncado, basura, cuentas distintas) lanza ValueError y no se reutiliza nada.
        """
        try:
            meta = self.leer_meta(version)
            fragmentos = self.leer_fragmentos(version)
            vectores = self.leer_vectores(version)
            documentos = self.leer_documentos(version)
        except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError) as error:
            raise ValueError(f"{type(error).__name__}: {error}") from error
        if len(fragmentos) != meta["fragmentos"]:
            raise ValueError(f"fragmentos.jsonl tiene {len(fragmentos)} fragmentos y meta.json dice {meta['fragmentos']}")
        if vectores is not None and (vectores.ndim != 2 or vectores.shape[0] != len(fragmentos)):
            raise ValueError(f"vectores.npy tiene forma {vectores.shape} para {len(fragmentos)} fragmentos")
        esperados = sum(int(d.get("fragmentos", 0)) for d in documentos.values())
        if esperados != len(fragmentos):
            raise ValueError("documentos.json no coincide con los fragmentos")
        return meta, fragmentos, vectores, documentos

    def problema(self, version: str, con_vectores: bool = True) -> str | None:
        """None si la versión se puede servir; si no, qué está dañado (en español)."""
        from indexacion.lexico import IndiceLexico

        try:
            meta, fragmentos, vectores, _ = self.datos_reutilizables(version)
        except ValueError as error:
            return f"datos de la versión ilegibles ({error})"
        try:
            lexico = IndiceLexico.cargar(self.dir_version(version) / "lexico")
            if len(fragmentos) and lexico.bm25.scores["num_docs"] != len(fragmentos):
                return "el índice léxico no corresponde a los fragmentos"
        except Exception as error:  # noqa: BLE001 — cualquier fallo de bm25s al cargar basura
            return f"índice léxico ilegible ({type(error).__name__})"
        if con_vectores and vectores is not None and len(fragmentos):
            try:
                coleccion = self.coleccion(version, meta["modelo"])
                if coleccion.count() != len(fragmentos):
                    return "la colección de Chroma no tiene todos los fragmentos"
                # Una consulta de prueba carga el índice HNSW: archivos basura fallan aquí y no en una pregunta.
                coleccion.query(query_embeddings=[vectores[0].tolist()], n_results=1, include=["distances"])
            except Exception as error:  # noqa: BLE001 — colección ausente o segmento HNSW dañado
                return f"colección de Chroma ausente o dañada ({type(error).__name__})"
        return None

    # --- escritura ---
    def escribir_version(
        self,
        version: str,
        fragmentos: list[Fragmento],
        vectores: np.ndarray | None,
        documentos: dict,
        meta: dict,
    ) -> None:
        """Escribe todo en un directorio temporal y lo renombra al final."""
        from indexacion.lexico import IndiceLexico

        temporal = self.versiones / f".tmp-{version}"
        shutil.rmtree(temporal, ignore_errors=True)
        temporal.mkdir(parents=True)
        with (temporal / "fragmentos.jsonl").open("w", encoding="utf-8") as f:
            for fr in fragmentos:
                f.write(json.dumps(fr.a_dict(), ensure_ascii=False) + "\n")
        if vectores is not None:
            np.save(temporal / "vectores.npy", vectores)
            self._crear_coleccion(version, fragmentos, vectores, meta["modelo"])
        IndiceLexico.construir(fragmentos).guardar(temporal / "lexico")
        (temporal / "documentos.json").write_text(json.dumps(documentos, ensure_ascii=False, indent=1), encoding="utf-8")
        (temporal / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(temporal, self.dir_version(version))

    def _crear_coleccion(self, version: str, fragmentos: list[Fragmento], vectores: np.ndarray, modelo: str) -> None:
        from indexacion.embeddings import FuncionEmbeddingAsistente

        nombre = PREFIJO_COLECCION + version
        try:
            self.cliente.delete_collection(nombre)
        except Exception:  # noqa: BLE001 — no existía
            pass
        coleccion = self.cliente.create_collection(
            nombre,
            embedding_function=FuncionEmbeddingAsistente(modelo),
            configuration={"hnsw": {"space": "cosine"}},
        )
        lote = 2000
        for i in range(0, len(fragmentos), lote):
            parte = fragmentos[i : i + lote]
            coleccion.add(
                ids=[f.id for f in parte],
                embeddings=vectores[i : i + lote],
                metadatas=[{"archivo": f.archivo, "tipo": f.tipo, "fases": "|".join(f.fases)} for f in parte],
            )

    def conservadas(self) -> set[str]:
        """Las últimas N versiones publicadas (según HISTORIAL) y la actual: pueden estar sirviendo."""
        publicadas: list[str] = []
        try:
            for linea in (self.datos / "HISTORIAL").read_text(encoding="utf-8", errors="replace").splitlines():
                if linea.strip():
                    publicadas.append(linea.strip())
        except OSError:
            pass
        vistas: list[str] = []
        for v in reversed(publicadas):
            if v not in vistas:
                vistas.append(v)
        actual = self.puntero()
        return set(vistas[: self.conservar]) | ({actual} if actual else set())

    def limpiar(self, conservar: set[str] | None = None) -> None:
        """Borra versiones, colecciones y segmentos que ya no sirve nadie.

        Debe llamarse con el cerrojo tomado: así ningún otro escritor tiene trabajo a medias
        (los `.tmp-*` que quedan son de procesos muertos) y no se borra nada recién publicado.
        """
        conservar = set(conservar or set()) | self.conservadas()
        if self.versiones.exists():
            for d in self.versiones.iterdir():
                if d.name not in conservar:
                    shutil.rmtree(d, ignore_errors=True)
        try:
            for c in self.cliente.list_collections():
                nombre = c if isinstance(c, str) else c.name
                if nombre.startswith(PREFIJO_COLECCION) and nombre[len(PREFIJO_COLECCION) :] not in conservar:
                    self.cliente.delete_collection(nombre)
        except Exception:  # noqa: BLE001 — la limpieza nunca debe tumbar una indexación correcta
            registro.warning("No se pudieron borrar colecciones viejas de Chroma.", exc_info=True)
        self._limpiar_segmentos()

    def _limpiar_segmentos(self) -> None:
        """Chroma deja en disco las carpetas HNSW de colecciones borradas: se quitan las huérfanas."""
        if not self.embebido:
            return
        base = self.datos / "chroma"
        sqlite = base / "chroma.sqlite3"
        if not sqlite.exists():
            return
        try:
            with sqlite3.connect(f"file:{sqlite}?mode=ro", uri=True, timeout=10) as c:
                vivos = {fila[0] for fila in c.execute("SELECT id FROM segments")}
        except sqlite3.Error:
            return
        for d in base.iterdir():
            if d.is_dir() and len(d.name) == 36 and d.name.count("-") == 4 and d.name not in vivos:
                shutil.rmtree(d, ignore_errors=True)
