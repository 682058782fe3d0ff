"""Dónde vive el índice: versiones inmutables y un puntero `ACTUAL` que se cambia de forma atómica.

Cada indexación escribe una versión nueva al lado (fragmentos, vectores, índice léxico y una
colección de Chroma propia) y sólo al final reemplaza `ACTUAL` con `os.replace`. Si se
interrumpe, el puntero sigue en la versión anterior, que continúa sirviendo.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from indexacion.fragmento import Fragmento

PREFIJO_COLECCION = "fragmentos-"


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
    def __init__(self, datos: Path, chroma: ConfigChroma | None = None) -> None:
        self.datos = Path(datos)
        self.chroma = chroma or ConfigChroma()
        self.versiones = self.datos / "versiones"
        self._cliente = None

    @property
    def cliente(self):
        if self._cliente is None:
            self.datos.mkdir(parents=True, exist_ok=True)
            self._cliente = self.chroma.cliente(self.datos)
        return self._cliente

    # --- puntero ---
    def version_actual(self) -> str | None:
        puntero = self.datos / "ACTUAL"
        if not puntero.exists():
            return None
        nombre = puntero.read_text(encoding="utf-8").strip()
        return nombre if (self.versiones / nombre / "meta.json").exists() else None

    def publicar(self, version: str) -> None:
        temporal = self.datos / "ACTUAL.tmp"
        temporal.write_text(version, encoding="utf-8")
        os.replace(temporal, self.datos / "ACTUAL")

    def dir_version(self, version: str) -> Path:
        return self.versiones / version

    # --- lectura de una versión ---
    def leer_meta(self, version: str) -> dict:
        return json.loads((self.dir_version(version) / "meta.json").read_text(encoding="utf-8"))

    def leer_fragmentos(self, version: str) -> list[Fragmento]:
        ruta = self.dir_version(version) / "fragmentos.jsonl"
        with ruta.open(encoding="utf-8") as f:
            return [Fragmento.de_dict(json.loads(l)) for l in f if l.strip()]

    def leer_vectores(self, version: str) -> np.ndarray | None:
        ruta = self.dir_version(version) / "vectores.npy"
        return np.load(ruta) if ruta.exists() else None

    def coleccion(self, version: str, modelo: str):
        from indexacion.embeddings import FuncionEmbeddingAsistente

        return self.cliente.get_collection(
            PREFIJO_COLECCION + version, embedding_function=FuncionEmbeddingAsistente(modelo)
        )

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

    def limpiar(self, conservar: set[str]) -> None:
        """Borra versiones y colecciones que ya no sirve nadie (se conserva la anterior)."""
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
            pass
