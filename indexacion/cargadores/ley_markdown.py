"""Leyes en Markdown de SUIN-Juriscol: un fragmento por artículo, con sus parágrafos y numerales.

Sólo es encabezado de artículo una línea que *empieza* por la marca de artículo (con `#####`
o en negrita); una remisión dentro del texto ("…conforme al artículo 3…") nunca lo es. Si el
archivo usa `#####` para sus artículos, las líneas en negrita "Artículo N" sin `#####` son
artículos de otra ley que la norma modifica ("…quedará así:") y siguen dentro del artículo padre.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from indexacion.cargadores import ErrorDeDocumento
from indexacion.fragmentador import Bloque, agrupar
from indexacion.fragmento import Fragmento

_ARTICULO = re.compile(
    r"^(?P<nivel>#{0,6})\s*\*{0,3}\s*(?:ART[IÍ]CULO|Art[íi]culo|ARTÍCULO)\s+"
    r"(?P<num>\d+(?![0-9])(?:[A-Z](?![a-z]))?|[ÚU]nico|[úu]nico|TRANSITORIO|[Tt]ransitorio)"
)
_TITULO_LEY = re.compile(r"^#{1,4}\s*\**\s*(T[IÍ]TULO|CAP[IÍ]TULO|Cap[íi]tulo|T[íi]tulo|LIBRO|PARTE)\b[^\n]*", re.IGNORECASE)
_INICIO_SENTENCIA = re.compile(r"^\*\*Corte Constitucional\*\*\s*$")
_ENCABEZADO_SENTENCIA = re.compile(
    r"^(?:-\s*)?\**\s*(?:[IVX]{1,5}\.|\d+(?:\.\d+){0,5}\.)\s*\**\s*[A-ZÁÉÍÓÚÑ][^\n]{2,110}$"
)
_NO_TITULO = re.compile(r"^(El|La|Los|Las|Lo|Para|En|Cuando|Si|Son|Se|Sin|Toda|Todo|Todas|Todos|De|Del|Con|Por|Una|Un|A|Al|Es|No|Sólo|Solo)\b")


def limpiar(linea: str) -> str:
    """Quita marcas Markdown de encabezado y énfasis; el resto queda literal."""
    linea = re.sub(r"^#{1,6}\s*", "", linea)
    return re.sub(r"\*+", "", linea).strip()


def leer_front_matter(texto: str) -> tuple[dict, str]:
    if texto.startswith("---"):
        fin = texto.find("\n---", 3)
        if fin != -1:
            try:
                meta = yaml.safe_load(texto[3:fin]) or {}
            except yaml.YAMLError as error:
                raise ErrorDeDocumento(f"El encabezado YAML no es válido: {error}") from error
            return meta, texto[fin + 4 :]
    return {}, texto


def nombre_articulo(linea_limpia: str, num: str) -> str:
    """"Artículo 40. Aprobación. Los planes…" → "Artículo 40. Aprobación"."""
    m_num = re.match(r"^(?:ART[IÍ]CULO|Art[íi]culo|ARTÍCULO)\s+((?:[Tt]ransitorio\s+)?[^\s.:]+)\s*[.:-]?\s*", linea_limpia)
    resto = linea_limpia[m_num.end():] if m_num else linea_limpia
    base = f"Artículo {m_num.group(1).rstrip('º°o') if m_num else num}"
    m = re.match(r"([^.:]{3,70})[.:]\s*\S", resto)
    if m and not _NO_TITULO.match(m.group(1)) and len(m.group(1).split()) <= 9:
        return f"{base}. {m.group(1).strip()}"
    return base


def titulo_de_ley(meta: dict, identificador: str) -> str:
    m = re.match(r"LEY-(\d+)-(\d{4})", identificador or "")
    if m:
        return f"Ley {m.group(1)} de {m.group(2)}"
    return str(meta.get("title") or identificador)


def cargar_ley(ruta: Path, archivo: str, meta_manifiesto: dict, tamano_max: int) -> list[Fragmento]:
    try:
        crudo = ruta.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ErrorDeDocumento(f"{ruta.name} no está en UTF-8.") from error
    meta, cuerpo = leer_front_matter(crudo)
    ident = str(meta.get("identifier") or ruta.stem)
    documento = meta_manifiesto.get("titulo") or f"{titulo_de_ley(meta, ident)} — {meta.get('title', '')}".strip(" —")
    fases = tuple(meta_manifiesto.get("fases") or ())
    tipo = meta_manifiesto.get("tipo") or "norma"
    lineas = cuerpo.splitlines()

    corte = next((i for i, l in enumerate(lineas) if _INICIO_SENTENCIA.match(l.strip())), len(lineas))
    ley, sentencia = lineas[:corte], lineas[corte:]

    con_almohadillas = any(_ARTICULO.match(l) and l.startswith("#") for l in ley)
    bloques: list[Bloque] = []
    contexto: list[str] = []  # [título, capítulo]
    articulo: str | None = None
    subseccion: str | None = None
    pendiente_nombre = False  # la línea que sigue a "TÍTULO I" es su nombre
    hay_titulo = False
    for linea in ley:
        crudo_l = linea.strip()
        if not crudo_l:
            continue
        m = _ARTICULO.match(crudo_l)
        if m and (m.group("nivel") or not con_almohadillas):
            limpia = limpiar(crudo_l)
            articulo = nombre_articulo(limpia, m.group("num"))
            subseccion = None
            pendiente_nombre = False
            bloques.append(Bloque(limpia, articulo, None, " › ".join(contexto)))
            continue
        if m and articulo:  # artículo de otra ley citado dentro del artículo actual
            limpia = limpiar(crudo_l)
            subseccion = f"{articulo} › {nombre_articulo(limpia, m.group('num'))} (texto modificado)"
            bloques.append(Bloque(limpia, subseccion, None, " › ".join(contexto)))
            continue
        t = _TITULO_LEY.match(crudo_l)
        if t:
            nombre = limpiar(crudo_l)
            es_titulo = bool(re.match(r"(T[IÍ]TULO|LIBRO|PARTE)", nombre, re.IGNORECASE))
            hay_titulo = hay_titulo or es_titulo
            nivel = 0 if es_titulo or not hay_titulo else 1
            contexto = contexto[:nivel] + [nombre]
            articulo, subseccion, pendiente_nombre = None, None, True
            continue
        limpia = limpiar(crudo_l)
        if pendiente_nombre and articulo is None and len(limpia) < 160:
            contexto[-1] = f"{contexto[-1]}. {limpia}"
            pendiente_nombre = False
            continue
        if articulo is None:
            # Preámbulo ("El Congreso de Colombia DECRETA") y firmas: sin valor de consulta.
            continue
        bloques.append(Bloque(limpia, subseccion or articulo, None, " › ".join(contexto)))

    fragmentos = agrupar(bloques, archivo=archivo, documento=documento, tipo=tipo, fases=fases, tamano_max=tamano_max)
    if sentencia:
        fragmentos += _cargar_sentencia(sentencia, archivo, documento, fases, tamano_max, len(fragmentos))
    if not fragmentos:
        raise ErrorDeDocumento(f"{ruta.name}: no se encontró ningún artículo.")
    return fragmentos


def _cargar_sentencia(lineas: list[str], archivo, documento_ley, fases, tamano_max, orden) -> list[Fragmento]:
    """La sentencia que revisó la ley, anexa al mismo archivo: otro documento, otro tipo."""
    texto = "\n".join(lineas)
    m = re.search(r"SENTENCIA\s+N[ÚU]MERO\s+(C-\d+\s+DE\s+\d{4})", texto)
    nombre = f"Sentencia {m.group(1).title().replace('De', 'de')}" if m else "Sentencia de la Corte Constitucional"
    documento = f"{nombre} (Corte Constitucional), sobre la {documento_ley.split(' — ')[0]}"
    bloques: list[Bloque] = []
    seccion = "Oficio remisorio"
    for linea in lineas:
        crudo_l = linea.strip()
        if not crudo_l:
            continue
        limpia = limpiar(crudo_l)
        if re.match(r"^\*\*\d{1,3}\*\*\s", crudo_l):
            bloques.append(Bloque(limpia, f"Nota al pie {crudo_l.split('**')[1]}"))
            continue
        if _ENCABEZADO_SENTENCIA.match(crudo_l) and (crudo_l.startswith(("-", "*")) or crudo_l.isupper()):
            seccion = re.sub(r"^-\s*", "", limpia).rstrip(":")
        bloques.append(Bloque(limpia, seccion))
    return agrupar(bloques, archivo=archivo, documento=documento, tipo="sentencia", fases=fases,
                   tamano_max=tamano_max, orden_inicial=orden)
