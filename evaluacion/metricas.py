"""Criterios del contrato de evaluación (ver ../shared/evaluacion/README.md)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from indexacion.texto import colapsar, plegar


def contiene_aguja(texto: str, aguja: str) -> bool:
    return colapsar(aguja) in colapsar(texto)


def hechos_presentes(respuesta: str, hechos: list[list[str]]) -> bool:
    r = plegar(respuesta)
    return all(any(plegar(alt) in r for alt in grupo) for grupo in hechos)


@lru_cache(maxsize=64)
def _fuente_colapsada(ruta: str) -> str:
    p = Path(ruta)
    if p.suffix.lower() == ".pdf":
        from pypdf import PdfReader

        texto = "\n".join((pg.extract_text() or "") for pg in PdfReader(p).pages)
        texto = re.sub(r"-\n(?=[a-záéíóúñ])", "", texto)
    else:
        texto = p.read_text(encoding="utf-8")
    return colapsar(texto)


def cita_textual(cita: dict, corpus: Path) -> bool:
    """La cita aparece tal cual en el archivo fuente (sin marcas Markdown, espacios colapsados)."""
    ruta = Path(corpus) / cita["archivo"]
    if not ruta.exists():
        return False
    return colapsar(cita["texto"]) in _fuente_colapsada(str(ruta))


def rango_primera_fuente(pasajes: list[dict], fuentes: list[dict]) -> int | None:
    """Posición (1..n) del primer pasaje que contiene alguna aguja de su archivo."""
    for i, p in enumerate(pasajes, start=1):
        for f in fuentes:
            if Path(p["archivo"]).name == Path(f["archivo"]).name and contiene_aguja(p["texto"], f["aguja"]):
                return i
    return None


def percentil(valores: list[float], q: float) -> float:
    if not valores:
        return 0.0
    v = sorted(valores)
    i = min(len(v) - 1, max(0, round(q / 100 * (len(v) - 1))))
    return v[i]
