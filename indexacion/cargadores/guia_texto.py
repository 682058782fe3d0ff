"""Guías en texto plano (extraídas de PDF) y el texto de cada página de un PDF.

Reconoce encabezados numerados ("5. Fases y resultados…"), fases ("Fase II: …") y recuadros
("Recuadro 1. …"); une las líneas partidas por la extracción y deja cada viñeta en su línea;
descarta artefactos de página (pies con dirección, "Página 11 de 3", direcciones web sueltas).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from indexacion.cargadores import ErrorDeDocumento
from indexacion.fragmentador import Bloque, agrupar
from indexacion.fragmento import Fragmento

_ARTEFACTO = re.compile(
    r"^(p[áa]gina\s+\d+(\s+de\s+\d+)?|\d{1,4}|https?://\S+|www\.\S+|direcci[óo]n:.*|conmutador:.*|"
    r"l[íi]nea gratuita:.*|tel[ée]fono:.*|pbx.*|c[óo]digo postal.*|-\s*\d+\s*-)$",
    re.IGNORECASE,
)
_H1 = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.)\s+([A-ZÁÉÍÓÚÑ][^\n]{2,100})$")
_H2 = re.compile(r"^(Fase\s+[IVX0-9]+\s*[:.-]\s*[^\n]{2,80}|Recuadro\s+\d+\s*[.:][^\n]{2,120}|Cap[íi]tulo\s+[IVX0-9]+[^\n]{0,100}|T[ÍI]TULO\s+[IVX]+\b[^\n]{0,110})$", re.IGNORECASE)
_GRAFICO = re.compile(r"^(Gr[áa]fico|Tabla|Figura|Ilustraci[óo]n)\s+\d+\s*[:.]", re.IGNORECASE)
_VINETA = re.compile(r"^(?:[-•✓▪●◦]|o\s|[0-9]{1,2}[.)]\s|[a-z][).]\s)")
_FIN_ORACION = re.compile(r"[.:;?!]$")


def es_artefacto(linea: str, repetidas: set[str]) -> bool:
    return bool(_ARTEFACTO.match(linea)) or _clave(linea) in repetidas


def _clave(linea: str) -> str:
    return re.sub(r"\d+", "#", linea.strip().lower())


def lineas_repetidas(paginas: list[list[str]], minimo: int = 3) -> set[str]:
    """Encabezados y pies: líneas cortas que se repiten al borde de muchas páginas."""
    if len(paginas) < minimo:
        return set()
    cuenta: Counter[str] = Counter()
    for lineas in paginas:
        utiles = [l for l in lineas if l.strip()]
        # Membretes de cuatro o cinco líneas (república, departamento, municipio, NIT, número de página).
        for l in set(utiles[:5] + utiles[-4:]):
            if len(l) < 120:
                cuenta[_clave(l)] += 1
    return {c for c, n in cuenta.items() if n >= max(minimo, len(paginas) // 2)}


def lineas_a_bloques(
    lineas: list[tuple[str, int | None]],
    repetidas: set[str] = frozenset(),
    *,
    seccion_fija: str | None = None,
) -> list[Bloque]:
    """(línea, página) → bloques con su sección. Une oraciones partidas y guiones de corte.

    Con `seccion_fija` (una diapositiva, cuyo título ya es la sección) no se buscan encabezados: en una
    lámina, "1. Deben ser coherentes…" es un ítem de lista, no un capítulo."""
    bloques: list[Bloque] = []
    h1 = h2 = ""
    parrafo: list[str] = []
    pagina_parrafo: int | None = None
    i = 0
    tras_artefacto = False
    corte = False  # se quitó texto de la fuente desde el último bloque

    def seccion() -> str:
        if seccion_fija is not None:
            return seccion_fija
        return " › ".join(p for p in (h1, h2) if p) or "Introducción"

    def cerrar() -> None:
        nonlocal parrafo, corte
        if parrafo:
            bloques.append(Bloque(" ".join(parrafo), seccion(), pagina_parrafo, corte=corte))
            corte = False
        parrafo = []

    while i < len(lineas):
        linea, pagina = lineas[i]
        linea = linea.strip()
        i += 1
        if not linea:
            continue
        if es_artefacto(linea, repetidas) or (tras_artefacto and len(linea) <= 3):
            # Un párrafo nunca cruza un artefacto: así toda oración citada es contigua en la fuente.
            cerrar()
            tras_artefacto = corte = True
            continue
        tras_artefacto = False
        if _GRAFICO.match(linea) or re.match(r"^Fuente:\s", linea):
            cerrar()
            corte = True
            continue
        m1, m2 = (None, None) if seccion_fija is not None else (_H1.match(linea), _H2.match(linea))
        siguiente_l = next((l.strip() for l, _ in lineas[i:i + 3] if l.strip()), "")
        continua = bool(siguiente_l[:1].islower())  # "1. Realizar una gestión municipal con" + "participación…": oración partida
        if (m1 and not _FIN_ORACION.search(linea) and len(linea) < 110 and not continua) or m2:
            # Encabezado partido en dos líneas: "(Fase I y" + "II)".
            while linea.count("(") > linea.count(")") and i < len(lineas):
                siguiente = lineas[i][0].strip()
                i += 1
                if siguiente:
                    linea = f"{linea} {siguiente}"
            cerrar()
            if m2 and not linea.lower().startswith("recuadro"):
                h2 = linea
            elif m2:
                h2 = f"{h2.split(' › ')[0]} › {linea}" if h2 and not h2.lower().startswith("recuadro") else linea
                # El título del recuadro puede seguir en la línea siguiente.
                while i < len(lineas) and not lineas[i][0].strip():
                    i += 1
                if i < len(lineas) and len(lineas[i][0].strip()) < 40 and not _FIN_ORACION.search(lineas[i][0].strip()):
                    h2 = f"{h2} {lineas[i][0].strip()}"
                    i += 1
            else:
                h1, h2 = linea, ""
            continue
        if _VINETA.match(linea):
            cerrar()
            parrafo, pagina_parrafo = [linea], pagina
            continue
        if parrafo and re.search(r"[a-záéíóúñ]-$", parrafo[-1]) and linea[:1].islower():  # "administra-" + "ciones"
            parrafo[-1] = parrafo[-1][:-1] + linea.split(" ", 1)[0]
            resto = linea.split(" ", 1)[1] if " " in linea else ""
            if resto:
                parrafo.append(resto)
            continue
        if parrafo and _FIN_ORACION.search(parrafo[-1]) and (linea[:1].isupper() or linea[:1] in "¿¡\"“"):
            cerrar()
        if not parrafo:
            pagina_parrafo = pagina
        parrafo.append(linea)
    cerrar()
    return bloques


def titulo_por_encabezado(bloques: list[Bloque], respaldo: str) -> str:
    for b in bloques:
        if b.seccion and b.seccion != "Introducción":
            return b.seccion.split(" › ")[0]
    return respaldo


def cargar_guia(ruta: Path, archivo: str, meta: dict, tamano_max: int) -> list[Fragmento]:
    try:
        texto = ruta.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        texto = ruta.read_text(encoding="latin-1")
    lineas = [(l, None) for l in texto.splitlines()]
    bloques = lineas_a_bloques(lineas)
    if not bloques:
        raise ErrorDeDocumento(f"{ruta.name} está vacío.")
    documento = meta.get("titulo") or titulo_por_encabezado(bloques, ruta.stem.replace("_", " "))
    for b in bloques:
        b.enlace = str(meta.get("fuente") or "")  # la fuente oficial del manifiesto, si la hay
    return agrupar(bloques, archivo=archivo, documento=documento, tipo=meta.get("tipo") or "guia",
                   fases=tuple(meta.get("fases") or ()), tamano_max=tamano_max)
