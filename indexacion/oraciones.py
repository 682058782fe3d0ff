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
# Sólo empieza al comienzo de una racha de saltos y mira espacios *horizontales*: con `\s*` la
# búsqueda era cúbica en rachas largas de saltos de línea (263 s con 2.000).
_ITEM = re.compile(r"(?<!\n)\n+(?=[^\S\n]*(?:[-•✓]|o\s|[0-9]{1,2}[.)]\s|[a-zñ][).]\s|[ivx]+[.)]\s|Par[áa]grafo|\|))", re.IGNORECASE)
# Fila de una tabla Markdown (límites de gasto por categoría, Ley 617): "| Especial | 50% | | |". La unidad es la
# fila sin las celdas vacías del final ("| Especial | 50%"); las filas de guiones o vacías no son unidades.
_FILA = re.compile(r"^\|[\s|:-]*$|^(\|.*?[^\s|])[\s|]*$")


# Rótulos que no se sostienen solos: "- 1.", "a)", "✓ Momento 1:", "Parágrafo 2°."
# «76.9.1.»: numerales de varios niveles (Ley 715) también.
_MARCA = r"^(?:[-•✓▪o]\s*)?(?:[0-9]{1,3}(?:\.[0-9]{1,3}){0,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]$"
_ROTULO = re.compile(_MARCA + r"|^.{1,30}:$|^Par[áa]grafo[^.]{0,12}\.$")
_SOLO_MARCA = re.compile(_MARCA)


def unidades(texto: str) -> list[str]:
    salida: list[str] = []
    for linea in _ITEM.split(texto):
        for parte in re.split(r"\n\s*\n", linea):
            if parte.lstrip().startswith("|"):
                # La fila es su primera línea; lo que sigue sin línea en blanco ("| Sexta | $296.314 |\nA partir
                # del 1° de enero…") es texto aparte.
                fila, _, parte = parte.strip().partition("\n")
                m = _FILA.match(fila)
                if m and m.group(1):
                    salida.append(m.group(1))
                if not parte.strip():
                    continue
            pegar = False
            for oracion in _FIN.split(parte):
                oracion = oracion.strip()
                if not oracion:
                    continue
                # Una frase corta que abre una lista en la misma línea («Son atribuciones del alcalde: 1. Cumplir…»,
                # Constitución) no se pega al número del primer ítem: el número va con su ítem.
                if pegar and salida[-1].endswith(":") and _SOLO_MARCA.match(oracion):
                    pegar = False
                if pegar:  # el rótulo anterior se une a su oración (en la fuente los separa un espacio)
                    salida[-1] = f"{salida[-1]} {oracion}"
                else:
                    salida.append(oracion)
                pegar = bool(_ROTULO.match(salida[-1]))
    return salida
