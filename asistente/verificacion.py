"""Verificación de cada oración de un LLM contra UNA oración de la fuente citada (issue 12, punto 7).

Antes bastaba con que el 60 % de las palabras apareciera en cualquier parte del texto citado,
con las negaciones y las palabras de tiempo descartadas como vacías y las cifras buscadas en
todo el texto (el "4" de "Artículo 4" sostenía "4 días"). Ahora una afirmación se acepta sólo si
una misma oración de la fuente:
- contiene sus cifras *como números* ("treinta" = 30 = "(30)") y con la misma unidad de tiempo;
- contiene sus negaciones ("no", "nunca", "ni", "sin"…) y sus relaciones de tiempo
  ("antes", "después/luego/siguientes", "hasta/dentro de", "hábiles", "calendario");
- contiene casi todos sus términos (falta a lo sumo uno de cada cinco).
Una oración con `;` se verifica por partes: cada cláusula necesita su propio apoyo.
"""

from __future__ import annotations

import re

from indexacion.oraciones import unidades
from indexacion.texto import plegar, prefijo, terminos

_UNIDADES = {"un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
             "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
             "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiun": 21,
             "veintiuno": 21, "veintidos": 22, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25,
             "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29}
_DECENAS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90}
_CENTENAS = {"cien": 100, "ciento": 100, "doscientos": 200, "trescientos": 300, "quinientos": 500, "mil": 1000}
NUMERALES = set(_UNIDADES) | set(_DECENAS) | set(_CENTENAS)
# "un"/"una" casi siempre son artículos: sólo cuentan como número delante de una unidad de tiempo.
_ARTICULOS = {"un", "una", "uno"}
TIEMPO_UNIDADES = {"dia": "dia", "dias": "dia", "mes": "mes", "meses": "mes", "ano": "ano", "anos": "ano",
                   "semana": "semana", "semanas": "semana", "hora": "hora", "horas": "hora"}
# Números que son referencias (Artículo 4, Ley 951, numeral 2): se buscan en todo el fragmento y su título.
_REFERENCIAS = {"articulo", "articulos", "art", "ley", "leyes", "decreto", "numeral", "literal", "paragrafo",
                "capitulo", "titulo", "resolucion", "acto", "sentencia", "circular", "inciso"}
_RAICES_REFERENCIA = {t for r in _REFERENCIAS for t in terminos(r)}
NEGACIONES = {"no", "nunca", "jamas", "ni", "tampoco", "sin", "ningun", "ninguna", "ninguno", "nadie", "nada"}
# Clases de relación temporal: si la afirmación usa una, la oración de apoyo debe usar alguna de la misma clase.
TIEMPO = {
    "antes": {"antes", "previo", "previa", "previos", "previas", "anterior", "anteriores", "anticipacion"},
    "despues": {"despues", "luego", "posterior", "posteriores", "siguiente", "siguientes", "contados", "partir"},
    "limite": {"hasta", "dentro", "maximo", "maxima", "tardar", "plazo", "termino", "lapso"},
    "habiles": {"habiles", "habil"},
    "calendario": {"calendario", "calendarios", "corridos"},
}
_TOKEN = re.compile(r"\d+|[a-zñ]+")
_CITA = re.compile(r"\[(\d{1,2})\]")


def tokens(texto: str) -> list[str]:
    return _TOKEN.findall(plegar(texto))


def numeros(texto: str) -> list[tuple[int, str | None, bool]]:
    """(valor, unidad de tiempo siguiente o None, es_referencia) de cada número, en cifras o en letras.

    "quince (15) días hábiles" → [(15, 'dia', False), (15, 'dia', False)]; "Artículo 4" → [(4, None, True)].
    """
    ts = tokens(texto)
    salida: list[tuple[int, str | None, bool]] = []
    i = 0
    while i < len(ts):
        t = ts[i]
        valor, fin = None, i + 1
        if t.isdigit():
            valor = int(t)
        elif t in NUMERALES:
            valor, fin = _leer_numeral(ts, i)
        if valor is None:
            i += 1
            continue
        j = fin
        while j < len(ts) and (ts[j].isdigit() or ts[j] in NUMERALES and ts[j] not in _ARTICULOS):
            j += 1  # "quince (15) días": el número repetido entre paréntesis no es la unidad
        unidad = TIEMPO_UNIDADES.get(ts[j]) if j < len(ts) else None
        if unidad is None and j + 1 < len(ts) and ts[j] in ("de", "del"):
            unidad = None
        referencia = i > 0 and ts[i - 1] in _REFERENCIAS
        if not (t in _ARTICULOS and unidad is None):
            salida.append((valor, unidad, referencia))
        i = fin
    return salida


def _leer_numeral(ts: list[str], i: int) -> tuple[int, int]:
    total, j = 0, i
    while j < len(ts):
        t = ts[j]
        if t in _CENTENAS:
            total = (total or 1) * 1000 if t == "mil" else total + _CENTENAS[t]
        elif t in _DECENAS:
            total += _DECENAS[t]
        elif t in _UNIDADES:
            total += _UNIDADES[t]
        elif t == "y" and j + 1 < len(ts) and ts[j + 1] in _UNIDADES and total % 100 >= 30:
            pass
        else:
            break
        j += 1
    return total, j


def _clases_tiempo(ts: set[str]) -> set[str]:
    return {clase for clase, palabras in TIEMPO.items() if ts & palabras}


def apoya(clausula: str, oracion_fuente: str, referencias: str = "") -> bool:
    """¿Sostiene esta oración de la fuente la cláusula? (`referencias`: título y texto completo del fragmento).

    Se tolera que falte un término de cada cinco (paráfrasis), salvo que ese término esté en otra
    parte de lo citado: eso es unir dos oraciones distintas ("el alcalde" de una, "entrega el
    programa" de otra), no parafrasear.
    """
    # Las palabras de referencia ("artículo", "ley") se comprueban con su número, contra el fragmento entero.
    propios = [t for t in terminos(clausula) if not t.isdigit() and t not in _RAICES_REFERENCIA]
    if not propios and not any(referencia for _, _, referencia in numeros(clausula)):
        return False  # nada que afirme ni a qué remita
    t_clausula, t_fuente = set(tokens(clausula)), set(tokens(oracion_fuente))
    if (t_clausula & NEGACIONES) - t_fuente:
        return False
    if _clases_tiempo(t_clausula) - _clases_tiempo(t_fuente):
        return False
    en_fuente = numeros(oracion_fuente)
    valores_fuente = {v for v, _, _ in en_fuente}
    con_unidad = {(v, u) for v, u, _ in en_fuente if u}
    valores_referencia = {v for v, _, _ in numeros(referencias)} | valores_fuente
    for valor, unidad, referencia in numeros(clausula):
        if referencia:
            if valor not in valores_referencia:
                return False
        elif unidad:
            if (valor, unidad) not in con_unidad:
                return False
        elif valor not in valores_fuente:
            return False
    vistos = set(terminos(oracion_fuente))
    prefijos = {prefijo(t) for t in vistos} - {None}
    if not propios:
        return True  # sólo una referencia ("Artículo 4º."), ya comprobada contra el fragmento
    faltan = [t for t in propios if t not in vistos and prefijo(t) not in prefijos]
    if len(faltan) > int(0.2 * len(propios)):
        return False
    en_otras = set(terminos(referencias))
    return not any(t in en_otras for t in faltan)


def clausulas(oracion: str) -> list[str]:
    """'… quince (15) días [1]; si no lo hace irá a la cárcel.' → dos cláusulas a verificar por separado."""
    partes = [p.strip(" .;") for p in re.split(r";\s*", _CITA.sub("", oracion))]
    return [p for p in partes if p]


def sostenida(oracion: str, fuentes: list[str], referencias: list[str] | None = None) -> bool:
    """Cada cláusula debe apoyarse en una sola oración de alguno de los fragmentos citados."""
    oraciones = [u for f in fuentes for u in unidades(f)] or list(fuentes)
    contexto = " ".join((referencias or []) + list(fuentes))
    partes = clausulas(oracion)
    return bool(partes) and all(any(apoya(c, u, contexto) for u in oraciones) for c in partes)
