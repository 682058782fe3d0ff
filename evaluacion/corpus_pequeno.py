"""Un corpus pequeño de documentos reales (dos leyes y el protocolo), para pruebas y benchmarks que dañan o
modifican el corpus: se copia, nunca se toca `corpus/`."""

from __future__ import annotations

import shutil
from pathlib import Path

from asistente.config import RAIZ

DOCUMENTOS = ("normas/LEY-951-2005.md", "normas/LEY-131-1994.md", "guias/protocolo_juntos_por_el_territorio.txt")


def copiar_corpus_pequeno(destino: Path, origen: Path = RAIZ / "corpus") -> Path:
    for archivo in DOCUMENTOS:
        (destino / archivo).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(origen / archivo, destino / archivo)
    return destino
