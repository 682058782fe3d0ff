"""Partición de un texto en unidades citables: oraciones e ítems de lista.

Cada unidad es una subcadena literal del texto (sólo se recortan espacios en los bordes),
de ahí que una cita construida con unidades sea siempre textual.
"""

from __future__ import annotations

import re

# Fin de oración: punto (no de abreviatura ni de número), ? o !, seguido de espacio y mayúscula,
# comilla o marcador de lista.
_FIN = re.compile(
    r"(?<!\bArt\.)(?<!\bart\.)(?<!\bNo\.)(?<!\bnum\.)(?<!\bnúm\.)(?<!\bD\.)(?<!\bC\.)(?<!\bS\.)"
    r"(?<=[.?!;:])\s+(?=[\"“«(¿¡A-ZÁÉÍÓÚÑ0-9•✓-])"
)
_ITEM = re.compile(r"\n+(?=\s*(?:[-•✓]|o\s|[0-9]{1,2}[.)]\s|[a-zñ][).]\s|[ivx]+[.)]\s|Par[áa]grafo))", re.IGNORECASE)


def unidades(texto: str) -> list[str]:
    salida: list[str] = []
    for linea in _ITEM.split(texto):
        for parte in re.split(r"\n\s*\n", linea):
            for oracion in _FIN.split(parte):
                oracion = oracion.strip()
                if oracion:
                    salida.append(oracion)
    return salida
