"""Índice léxico BM25 (bm25s) sobre términos en español: plegado de acentos, sin palabras
vacías, raíces Snowball. Es el que más aporta en este corpus jurídico (ver evaluación)."""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import bm25s
import numpy as np

from indexacion.fragmento import Fragmento
from indexacion.texto import terminos


def texto_lexico(f: Fragmento) -> str:
    """Título de sección y documento cuentan como texto: "Artículo 40. Aprobación" ayuda."""
    return f"{f.documento} {f.contexto} {f.seccion} {f.texto}"


class IndiceLexico:
    def __init__(self, bm25: bm25s.BM25, idf: dict[str, float]) -> None:
        self.bm25 = bm25
        self.idf = idf
        self.idf_maximo = max(idf.values(), default=1.0)  # un término ausente del corpus pesa lo máximo

    @classmethod
    def construir(cls, fragmentos: list[Fragmento]) -> "IndiceLexico":
        tokens = [terminos(texto_lexico(f)) or ["∅"] for f in fragmentos]
        bm25 = bm25s.BM25(k1=1.2, b=0.75)
        bm25.index(tokens, show_progress=False)
        n = len(tokens)
        df = Counter(t for ts in tokens for t in set(ts))
        idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        return cls(bm25, idf)

    def guardar(self, ruta: Path) -> None:
        self.bm25.save(str(ruta))
        (ruta / "idf.json").write_text(json.dumps(self.idf, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def cargar(cls, ruta: Path) -> "IndiceLexico":
        bm25 = bm25s.BM25.load(str(ruta))
        idf = json.loads((ruta / "idf.json").read_text(encoding="utf-8"))
        return cls(bm25, idf)

    def buscar(self, consulta_terminos: list[str], k: int) -> list[tuple[int, float]]:
        """(posición del fragmento, puntaje BM25), mejores primero."""
        vocab = self.bm25.vocab_dict
        ids = [vocab[t] for t in consulta_terminos if t in vocab]
        if not ids:
            return []
        puntajes = self.bm25.get_scores(ids)
        k = min(k, len(puntajes))
        mejores = np.argpartition(-puntajes, k - 1)[:k]
        mejores = mejores[np.argsort(-puntajes[mejores])]
        return [(int(i), float(puntajes[i])) for i in mejores if puntajes[i] > 0]

    def idf_de(self, termino: str) -> float:
        return self.idf.get(termino, self.idf_maximo)
