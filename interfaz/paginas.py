"""Páginas fuera de la API JSON: la fuente para compartir, /docs sin internet, errores en español.

Todo se sirve desde este mismo servidor (nada de CDN): el asistente debe funcionar en una
alcaldía sin internet.
"""

from __future__ import annotations

import html
from pathlib import Path

from fastapi import FastAPI, Query, Request
from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from interfaz.fuentes import ENLACE_ICONO, ICONO, pagina_fuente
from interfaz.servicio import ErrorDeUsuario, ServicioChat

ESTATICO = Path(__file__).parent / "estatico"
MENSAJES_HTTP = {404: "Recurso no encontrado.", 405: "Método no permitido en esta ruta."}


def quiere_html(request: Request) -> bool:
    return "text/html" in request.headers.get("accept", "") and not request.url.path.startswith("/api/")


def pagina_error(estado: int, mensaje: str) -> str:
    titulo = "Página no encontrada" if estado == 404 else f"Error {estado}"
    return f"""<!doctype html>
<html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{titulo} — Asistente Juntos por el Territorio</title>{ENLACE_ICONO}<link rel="stylesheet" href="/estatico/fuente.css"></head>
<body><main><h1>{titulo}</h1><p>{html.escape(mensaje)}</p>
<p><a href="/chat/">Ir al asistente</a> · <a href="/docs">Documentación de la API</a></p></main></body></html>"""


def respuesta_error(request: Request, estado: int, mensaje: str | None = None) -> Response:
    """Un navegador recibe una página en español; un cliente de la API, `{"error": …}`."""
    mensaje = mensaje or MENSAJES_HTTP.get(estado, "No se pudo atender la petición.")
    if quiere_html(request):
        return HTMLResponse(pagina_error(estado, mensaje), status_code=estado)
    return JSONResponse({"error": mensaje}, status_code=estado)


def instalar_paginas(app: FastAPI, servicio: ServicioChat) -> None:
    """Estáticos propios, /docs con Swagger UI del paquete `swagger-ui-bundle-v2` y /fuente/{id}.

    `app` debe crearse con `docs_url=None, redoc_url=None` (receta de autoalojamiento de FastAPI).
    """
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/estatico", StaticFiles(directory=ESTATICO), name="estatico")
    app.mount("/docs-estatico", StaticFiles(directory=swagger_ui_path), name="docs-estatico")

    @app.get("/docs", include_in_schema=False)
    def documentacion() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url, title=f"{app.title} — API",
            oauth2_redirect_url="/docs/oauth2-redirect",
            swagger_js_url="/docs-estatico/swagger-ui-bundle.js", swagger_css_url="/docs-estatico/swagger-ui.css",
            swagger_favicon_url="/docs-estatico/favicon-32x32.png",
        )

    @app.get("/favicon.ico", include_in_schema=False)
    def icono() -> FileResponse:
        """El navegador lo pide en la raíz aunque la página declare otro: sin esto, un 404 en cada visita."""
        return FileResponse(ICONO, media_type="image/svg+xml")

    @app.get("/manifest.json", include_in_schema=False)
    def manifiesto_web() -> JSONResponse:
        """Gradio declara `/manifest.json` en la raíz aunque el chat viva en /chat/ (y el suyo apunta a un ícono que
        tampoco está en la raíz): el nuestro, en español, con el ícono propio."""
        return JSONResponse({"name": "Asistente Juntos por el Territorio", "short_name": "Juntos por el Territorio",
                             "lang": "es", "start_url": "/chat/", "display": "standalone",
                             "icons": [{"src": "/estatico/icono.svg", "sizes": "any", "type": "image/svg+xml"}]},
                            media_type="application/manifest+json")

    @app.get("/docs/oauth2-redirect", include_in_schema=False)
    def redireccion_oauth2() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    @app.get("/fuente/{fragmento_id}", include_in_schema=False)
    def fuente(request: Request, fragmento_id: str, cita: str | None = Query(None, max_length=5000)) -> Response:
        try:
            vista = servicio.fragmento(fragmento_id, cita)
        except ErrorDeUsuario as error:
            return HTMLResponse(pagina_error(error.estado, error.mensaje), status_code=error.estado)
        return HTMLResponse(pagina_fuente(vista))


class IdiomaEspanol:
    """Fija el idioma de la interfaz de Gradio en español, sea cual sea el del navegador.

    Gradio elige sus textos («Copy message», avisos de conexión…) según `navigator.language`
    cuando carga, y no ofrece forzar un idioma. Este middleware ASGI agrega al <head> de la
    página del chat un script propio (archivo, no en línea) que declara el navegador en español
    antes de que arranque Gradio. Sólo toca respuestas HTML bajo `ruta`; el resto pasa intacto.
    """

    ETIQUETA = b'<script src="/estatico/idioma.js"></script>'

    def __init__(self, app, ruta: str = "/chat") -> None:
        self.app = app
        self.ruta = ruta

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith(self.ruta):
            return await self.app(scope, receive, send)
        inicio: dict | None = None
        cuerpo: list[bytes] = []

        async def enviar(mensaje):
            nonlocal inicio
            if mensaje["type"] == "http.response.start":
                cabeceras = {k.lower(): v for k, v in mensaje.get("headers", [])}
                es_html = cabeceras.get(b"content-type", b"").startswith(b"text/html") and b"content-encoding" not in cabeceras
                if not es_html:
                    inicio = None
                    return await send(mensaje)
                inicio = mensaje
                return
            if inicio is None:
                return await send(mensaje)
            cuerpo.append(mensaje.get("body", b""))
            if mensaje.get("more_body"):
                return
            texto = b"".join(cuerpo).replace(b"<head>", b"<head>" + self.ETIQUETA, 1)
            cabeceras = [(k, v) for k, v in inicio.get("headers", []) if k.lower() != b"content-length"]
            cabeceras.append((b"content-length", str(len(texto)).encode()))
            await send({**inicio, "headers": cabeceras})
            await send({"type": "http.response.body", "body": texto})

        await self.app(scope, receive, enviar)
