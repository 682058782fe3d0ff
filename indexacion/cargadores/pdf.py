"""PDF con número de página: la guía real del DNP llega así.

pypdf extrae el texto página a página; se quitan encabezados/pies repetidos y artefactos,
se reparan guiones de corte y líneas partidas. Un PDF cifrado, dañado o sin texto se
rechaza con un mensaje en español (el indexador lo informa y sigue con los demás).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from indexacion.cargadores import ErrorDeDocumento
from indexacion.cargadores.guia_texto import es_artefacto, lineas_a_bloques, lineas_repetidas, titulo_por_encabezado
from indexacion.fragmentador import agrupar
from indexacion.fragmento import Fragmento

logging.getLogger("pypdf").setLevel(logging.ERROR)


def leer_paginas(ruta: Path) -> tuple[list[str], dict]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        lector = PdfReader(ruta)
        if lector.is_encrypted:
            # Un PDF con contraseña de propietario pero sin contraseña de usuario se abre con "".
            try:
                if not lector.decrypt(""):
                    raise ErrorDeDocumento(f"{ruta.name} está protegido con contraseña; no se puede leer.")
            except ErrorDeDocumento:
                raise
            except Exception as error:  # noqa: BLE001 — pypdf lanza varios tipos según el cifrado
                raise ErrorDeDocumento(f"{ruta.name} está cifrado y no se puede abrir ({error}).") from error
        paginas = [(p.extract_text() or "") for p in lector.pages]
        meta = dict(lector.metadata or {})
    except ErrorDeDocumento:
        raise
    except (PdfReadError, OSError, ValueError, KeyError, TypeError) as error:
        raise ErrorDeDocumento(f"{ruta.name} no es un PDF válido o está dañado ({error}).") from error
    except Exception as error:  # noqa: BLE001 — un PDF malformado puede romper pypdf de muchas formas
        raise ErrorDeDocumento(f"{ruta.name} no se pudo leer ({type(error).__name__}: {error}).") from error
    if not any(p.strip() for p in paginas):
        raise ErrorDeDocumento(
            f"{ruta.name} no tiene texto extraíble (¿es un escaneo? se necesita OCR antes de indexarlo)."
        )
    return paginas, meta


def _utiles(lineas: list[str], repetidas: set[str]) -> list[str]:
    return [l.strip() for l in lineas if l.strip() and not es_artefacto(l.strip(), repetidas)]


def es_presentacion(paginas: list[list[str]]) -> bool:
    """Láminas (la guía de productos del DNP): páginas cortas que empiezan con un título breve sin punto.
    Un documento corrido (el PDM de Timbiquí) tiene páginas largas y párrafos desde la primera línea."""
    con_texto = [p for p in paginas if p]
    if len(con_texto) < 4:
        return False
    largos = sorted(sum(len(l) for l in p) for p in con_texto)
    titulados = sum(1 for p in con_texto if len(p[0]) <= 90 and p[0][:1].isupper() and not re.search(r"[.,;:]$", p[0]))
    # Guía del DNP: mediana 632 caracteres, 91 % de páginas con título; PDM de Timbiquí: 1.579 y 62 %.
    return largos[len(largos) // 2] < 1200 and titulados >= 0.75 * len(con_texto)


def _titulo_de_lamina(lineas: list[str]) -> tuple[str, list[str]]:
    """Primera línea (y su continuación si el título quedó partido: "Guía orientadora para la" +
    "definición de productos") → (título, resto de líneas)."""
    titulo, resto = lineas[0], lineas[1:]
    while resto and len(titulo) < 90 and not re.search(r"[.:;?!]$", titulo) and resto[0][:1].islower() \
            and len(resto[0]) <= 60:
        titulo, resto = f"{titulo} {resto[0]}", resto[1:]
    return titulo, resto


def cargar_pdf(ruta: Path, archivo: str, meta: dict, tamano_max: int, avisos: list[str] | None = None) -> list[Fragmento]:
    """`avisos` (si se da) recibe, en español, las páginas que no se indexaron por no tener texto (escaneadas
    o sólo imagen): el indexador las informa en `InformeIndexacion.avisos` sin descartar el resto del PDF."""
    paginas, meta_pdf = leer_paginas(ruta)
    por_pagina = [p.splitlines() for p in paginas]
    repetidas = lineas_repetidas(por_pagina)
    limpias = [_utiles(ls, repetidas) for ls in por_pagina]
    vacias = [n for n, ls in enumerate(limpias, start=1) if sum(len(l) for l in ls) < 15]
    if avisos is not None and vacias:
        avisos.append(
            f"{ruta.name}: {'la página' if len(vacias) == 1 else 'las páginas'} {_rangos(vacias)} no "
            f"{'tiene' if len(vacias) == 1 else 'tienen'} texto extraíble (¿escaneada o sólo imagen?); no se "
            "indexó: pase OCR al PDF para consultarla."
        )
    if es_presentacion(limpias):
        bloques = []
        for n, ls in enumerate(limpias, start=1):
            if n in vacias or not ls:
                continue
            titulo, resto = _titulo_de_lamina(ls)
            # El resto se toma de las líneas crudas: así un artefacto quitado en medio (una URL) corta el
            # párrafo en vez de unir lo de antes y lo de después en una "cita" que la fuente no tiene.
            crudas = [l.strip() for l in por_pagina[n - 1] if l.strip()]
            ultima_del_titulo = ls[len(ls) - len(resto) - 1]
            resto = crudas[crudas.index(ultima_del_titulo) + 1:] if ultima_del_titulo in crudas else resto
            de_pagina = lineas_a_bloques([(l, n) for l in resto], repetidas, seccion_fija=titulo)
            if de_pagina:
                de_pagina[0].corte = True  # una lámina no se une con la anterior: la página citada es exacta
            bloques.extend(de_pagina)
    else:
        lineas = [(l, n) for n, ls in enumerate(por_pagina, start=1) if n not in vacias for l in ls]
        bloques = lineas_a_bloques(lineas, repetidas)
    if not bloques:
        raise ErrorDeDocumento(f"{ruta.name} no tiene texto útil después de limpiar encabezados y pies.")
    titulo_pdf = str(meta_pdf.get("/Title") or "").strip()
    documento = meta.get("titulo") or titulo_pdf or titulo_por_encabezado(bloques, ruta.stem.replace("_", " "))
    enlace = str(meta.get("fuente") or "")
    for b in bloques:
        b.enlace = enlace
    return agrupar(bloques, archivo=archivo, documento=documento, tipo=meta.get("tipo") or "guia",
                   fases=tuple(meta.get("fases") or ()), tamano_max=tamano_max)


def _rangos(numeros: list[int]) -> str:
    """[1, 2, 3, 7] → "1–3, 7"."""
    partes, inicio = [], None
    for i, n in enumerate(numeros):
        if inicio is None:
            inicio = n
        if i + 1 == len(numeros) or numeros[i + 1] != n + 1:
            partes.append(str(inicio) if inicio == n else f"{inicio}–{n}")
            inicio = None
    return ", ".join(partes)
