"""PDF con número de página: la guía real del DNP llega así.

pypdf extrae el texto página a página; se quitan encabezados/pies repetidos y artefactos,
se reparan guiones de corte y líneas partidas. Un PDF cifrado, dañado o sin texto se
rechaza con un mensaje en español (el indexador lo informa y sigue con los demás).
"""

from __future__ import annotations

import logging
from pathlib import Path

from indexacion.cargadores import ErrorDeDocumento
from indexacion.cargadores.guia_texto import lineas_a_bloques, lineas_repetidas, titulo_por_encabezado
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


def cargar_pdf(ruta: Path, archivo: str, meta: dict, tamano_max: int) -> list[Fragmento]:
    paginas, meta_pdf = leer_paginas(ruta)
    por_pagina = [p.splitlines() for p in paginas]
    repetidas = lineas_repetidas(por_pagina)
    lineas = [(l, n) for n, ls in enumerate(por_pagina, start=1) for l in ls]
    bloques = lineas_a_bloques(lineas, repetidas)
    if not bloques:
        raise ErrorDeDocumento(f"{ruta.name} no tiene texto útil después de limpiar encabezados y pies.")
    titulo_pdf = str(meta_pdf.get("/Title") or "").strip()
    documento = meta.get("titulo") or titulo_pdf or titulo_por_encabezado(bloques, ruta.stem.replace("_", " "))
    return agrupar(bloques, archivo=archivo, documento=documento, tipo=meta.get("tipo") or "guia",
                   fases=tuple(meta.get("fases") or ()), tamano_max=tamano_max)
