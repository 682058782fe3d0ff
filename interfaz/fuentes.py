"""La fuente detrás de una cita: el artículo o la sección completa, con el pasaje citado resaltado.

La misma vista sirve a la API (`GET /api/fragmentos/{id}`), a la página para compartir
(`/fuente/{id}`) y al diálogo del chat, de modo que lo que se verifica en un lugar es lo que se
ve en los otros. El texto viaja siempre como texto (nunca como HTML): quien lo pinta lo escapa.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import quote

from indexacion.fragmento import Fragmento

ICONO = Path(__file__).parent / "estatico" / "icono.svg"  # el del chat, las fuentes y las páginas de error
ENLACE_ICONO = '<link rel="icon" href="/estatico/icono.svg" type="image/svg+xml">'


def enlace_seguro(url: str | None) -> str:
    """Sólo http(s): un `javascript:` en un manifiesto o en un PDF subido no llega a un href."""
    url = (url or "").strip()
    return url if re.match(r"^https?://[^\s\"'<>]+$", url) else ""


def _tramo_citado(texto: str, cita: str | None) -> tuple[int, int]:
    """Posición de la cita en el texto del fragmento; sin cita (o si no aparece), el fragmento entero.

    La cita es una copia literal salvo espacios y saltos de línea (las oraciones se unen con \\n),
    por eso se busca palabra a palabra con `\\s+` entre ellas.
    """
    palabras = (cita or "").split()
    if palabras:
        patron = r"\s+".join(re.escape(p) for p in palabras)
        hallado = re.search(patron, texto)
        if hallado:
            return hallado.start(), hallado.end()
    return 0, len(texto)


_VINETA = re.compile(r"(^|\n)([ \t]*)- (?=\S)")
_NUMERAL = re.compile(r"(?:\d{1,3}|[a-zñ]|[ivxl]{1,5})[.)°º]\s", re.IGNORECASE)


def sin_vinetas(partes: list[dict]) -> list[dict]:
    """Las listas de las normas en Markdown («- 1. En representación…», «- Promover…») se leen como en el
    texto oficial: «1. En representación…», «• Promover…». Sólo al comienzo de una línea, y sin mover el
    tramo resaltado (cada parte se limpia por separado). Es presentación: cada parte lleva `texto` tal cual
    y `mostrar` así limpio, que usan la página para compartir y el diálogo del chat (una sola regla)."""
    limpias, al_inicio = [], True
    for p in partes:
        def cambiar(m: re.Match) -> str:
            if m.start() == 0 and not m.group(1) and not al_inicio:
                return m.group(0)  # la parte empieza a mitad de línea: no es una viñeta
            resto = p["texto"][m.end():]
            return m.group(1) + m.group(2) + ("" if _NUMERAL.match(resto) else "• ")
        limpias.append({**p, "mostrar": _VINETA.sub(cambiar, p["texto"])})
        al_inicio = p["texto"].endswith("\n")
    return limpias


class Fuentes:
    """Agrupa los fragmentos por (archivo, sección) una vez por versión del índice."""

    def __init__(self, manifiesto: dict[str, dict]) -> None:
        self.manifiesto = manifiesto
        self._version: str | None = None
        self._secciones: dict[tuple[str, str], list[Fragmento]] = {}

    def _agrupar(self, version: str, fragmentos: list[Fragmento]) -> None:
        if version == self._version:
            return
        secciones: dict[tuple[str, str], list[Fragmento]] = {}
        for f in fragmentos:
            secciones.setdefault((f.archivo, f.seccion), []).append(f)
        for lista in secciones.values():
            lista.sort(key=lambda f: f.orden)
        self._secciones, self._version = secciones, version

    def enlace(self, f: Fragmento) -> str:
        """El del fragmento (con el ancla del artículo) o, si falta, la `fuente` del manifiesto."""
        return enlace_seguro(f.enlace) or enlace_seguro(self.manifiesto.get(f.archivo, {}).get("fuente"))

    def vista(self, version: str, fragmentos: list[Fragmento], f: Fragmento, cita: str | None = None) -> dict:
        self._agrupar(version, fragmentos)
        seccion = self._secciones.get((f.archivo, f.seccion)) or [f]
        bloques = []
        for g in seccion:
            if g.id == f.id:
                inicio, fin = _tramo_citado(g.texto, cita)
                partes = [{"texto": g.texto[:inicio], "resaltado": False}, {"texto": g.texto[inicio:fin], "resaltado": True},
                          {"texto": g.texto[fin:], "resaltado": False}]
                partes = [p for p in partes if p["texto"]]
            else:
                partes = [{"texto": g.texto, "resaltado": False}]
            bloques.append({"fragmento_id": g.id, "pagina": g.pagina, "citado": g.id == f.id,
                            "partes": sin_vinetas(partes)})
        paginas = sorted({g.pagina for g in seccion if g.pagina})
        vigencia = next((g.vigencia for g in seccion if g.vigencia), "")
        return {
            **f.a_dict(),
            "enlace": self.enlace(f),
            "articulo": {"seccion": f.seccion, "contexto": f.contexto, "paginas": paginas, "vigencia": vigencia,
                         "bloques": bloques},
        }


def texto_paginas(paginas: list[int]) -> str:
    if not paginas:
        return ""
    if len(paginas) == 1:
        return f"pág. {paginas[0]}"
    return f"págs. {paginas[0]}–{paginas[-1]}"


def html_articulo(vista: dict) -> str:
    """Cuerpo del artículo (escapado) con <mark> en el tramo citado; lo usa la página /fuente/{id}."""
    a = vista["articulo"]
    bloques = []
    for b in a["bloques"]:
        texto = "".join(
            f'<mark id="citado">{html.escape(p["mostrar"])}</mark>' if p["resaltado"] else html.escape(p["mostrar"])
            for p in b["partes"]
        )
        pagina = f'<span class="pagina">pág. {b["pagina"]}</span> ' if b["pagina"] and len(a["paginas"]) > 1 else ""
        bloques.append(f'<p class="bloque{" citado" if b["citado"] else ""}">{pagina}{texto}</p>')
    return "\n".join(bloques)


def pagina_fuente(vista: dict) -> str:
    """Página completa y autónoma para compartir una cita (sin JavaScript, sin recursos externos)."""
    a = vista["articulo"]
    e = html.escape
    lugar = " · ".join(x for x in (a["contexto"], texto_paginas(a["paginas"])) if x)
    vigencia = f'<p class="vigencia">{e(a["vigencia"])}</p>' if a["vigencia"] else ""
    enlace = (f'<a class="oficial" href="{e(vista["enlace"])}" rel="noopener noreferrer" target="_blank">Ver el texto oficial'
              '<span class="visualmente-oculto"> (se abre en otra pestaña)</span></a>') if vista["enlace"] else ""
    return f"""<!doctype html>
<html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a["seccion"])} — {e(vista["documento"])}</title>{ENLACE_ICONO}<link rel="stylesheet" href="/estatico/fuente.css"></head>
<body><header><a href="/chat/">← Volver al asistente</a></header>
<main><p class="documento">{e(vista["documento"])}</p><h1>{e(a["seccion"])}</h1>
{f'<p class="lugar">{e(lugar)}</p>' if lugar else ""}{vigencia}
<article class="articulo">{html_articulo(vista)}</article>
<p class="acciones">{enlace}</p>
<p class="nota">Copia de trabajo, no edición oficial: verifique en el texto oficial.</p></main></body></html>"""


def url_fuente(fragmento_id: str, cita: str | None = None) -> str:
    return f"/fuente/{quote(fragmento_id)}" + (f"?cita={quote(cita)}" if cita else "")
