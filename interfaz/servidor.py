"""Un solo servidor: API en /api, documentación en /docs y chat web en /chat, mismo puerto."""

from __future__ import annotations

import logging
import os
from contextlib import asynccontextmanager

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from asistente import Asistente
from asistente.config import Ajustes
from interfaz.api import crear_router
from interfaz.paginas import IdiomaEspanol, instalar_paginas, respuesta_error
from interfaz.persistencia import BaseDeDatosReiniciada
from interfaz.servicio import ErrorDeUsuario, ServicioChat

registro = logging.getLogger("asistente.servidor")

_MENSAJES_HTTP = {
    400: "Petición inválida: no se pudo leer el cuerpo.", 401: "No autorizado.", 403: "Acceso prohibido.",
    404: "Recurso no encontrado.", 405: "Método no permitido en esta ruta.", 406: "Formato de respuesta no disponible.",
    408: "La petición tardó demasiado.", 411: "Falta la cabecera Content-Length.", 413: "El cuerpo de la petición es demasiado grande.",
    415: "Tipo de contenido no admitido.", 422: "Datos inválidos.", 429: "Demasiadas peticiones.",
    500: "Error interno del asistente. Intente de nuevo.", 503: "Servicio no disponible por ahora. Intente de nuevo.",
}


def _explicar(error: dict) -> str:
    lugar = ".".join(str(p) for p in error.get("loc", ()) if p not in ("body", "query", "path", "header")) or "cuerpo"
    tipo = error.get("type", "")
    if tipo == "json_invalid":
        return "El cuerpo no es JSON válido."
    if tipo == "missing":
        return f"Falta el campo obligatorio '{lugar}'."
    if lugar == "pregunta" and tipo in ("string_too_short", "string_pattern_mismatch"):
        return "La pregunta está vacía: escriba qué quiere saber."
    if tipo == "string_too_long":
        return f"El campo '{lugar}' es demasiado largo."
    if tipo == "literal_error":
        return f"Valor no admitido en '{lugar}' (perfiles: candidato, funcionario, ctp, ciudadania)."
    if tipo.startswith("string") or tipo.endswith("_type"):
        return f"Tipo o formato inválido en '{lugar}'."
    return f"Dato inválido en '{lugar}'."


def crear_app(ajustes: Ajustes | None = None, asistente: Asistente | None = None, con_chat: bool = True) -> FastAPI:
    asistente = asistente or Asistente(ajustes)
    servicio = ServicioChat(asistente)
    a = asistente.ajustes

    @asynccontextmanager
    async def ciclo_de_vida(_: FastAPI):
        from starlette.concurrency import run_in_threadpool

        await run_in_threadpool(servicio.calentar)  # índice, modelo y compositor listos antes de atender
        yield

    app = FastAPI(
        lifespan=ciclo_de_vida,
        title="Asistente Juntos por el Territorio",
        description="Respuestas citadas sobre planeación territorial en Colombia (DNP, Ley 152 de 1994 y normas relacionadas). "
        "No es asesoría jurídica.",
        version="0.1.0",
        docs_url=None,  # /docs y sus recursos los sirve interfaz.paginas, sin CDN
        redoc_url=None,
    )
    app.state.servicio = servicio

    @app.exception_handler(ErrorDeUsuario)
    async def _error_usuario(_: Request, error: ErrorDeUsuario) -> JSONResponse:
        cuerpo = {"error": error.mensaje} if error.campo is None else {"error": error.mensaje, "campo": error.campo}
        return JSONResponse(cuerpo, status_code=error.estado, headers=error.cabeceras)

    @app.exception_handler(BaseDeDatosReiniciada)
    async def _base_reiniciada(_: Request, error: BaseDeDatosReiniciada) -> JSONResponse:
        return JSONResponse({"error": f"{error} Intente de nuevo."}, status_code=503, headers={"Retry-After": "1"})

    @app.exception_handler(RequestValidationError)
    async def _error_validacion(_: Request, error: RequestValidationError) -> JSONResponse:
        errores = error.errors()
        detalles = [_explicar(e) for e in errores]
        cuerpo = {"error": detalles[0] if detalles else "Petición inválida.", "detalles": detalles}
        if errores and errores[0].get("loc"):
            cuerpo["campo"] = str(errores[0]["loc"][-1])  # el dato culpable, como en los demás 422
        return JSONResponse(cuerpo, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _error_http(request: Request, error: StarletteHTTPException) -> Response:
        # Siempre en español: el detalle de Starlette/FastAPI viene en inglés.
        return respuesta_error(request, error.status_code,
                               _MENSAJES_HTTP.get(error.status_code, f"Error HTTP {error.status_code}."))

    @app.exception_handler(UnicodeError)
    async def _error_unicode(_: Request, error: UnicodeError) -> JSONResponse:
        return JSONResponse({"error": "La petición contiene caracteres inválidos (no es texto Unicode válido)."}, status_code=422)

    @app.exception_handler(Exception)
    async def _error_interno(_: Request, error: Exception) -> JSONResponse:
        registro.exception("Error interno", exc_info=error)
        return JSONResponse({"error": "Error interno del asistente. Intente de nuevo."}, status_code=500)

    app.include_router(crear_router(servicio))
    instalar_paginas(app, servicio)

    @app.get("/", include_in_schema=False)
    def inicio() -> RedirectResponse:
        return RedirectResponse("/chat/" if con_chat else "/docs")

    if con_chat:
        from interfaz.chat import montar_chat

        app = montar_chat(app, servicio, "/chat", concurrencia=a.chat_concurrencia, cola=a.chat_cola)
        app.add_middleware(IdiomaEspanol, ruta="/chat")
    _aplicar_borde(app, a)
    _documentar_errores(app)
    return app


_ERRORES_DOCUMENTADOS = {
    "400": "Petición inválida (cuerpo ilegible o Content-Length inválido).",
    "404": "No existe el recurso (conversación, mensaje o fragmento).",
    "408": "El cuerpo llegó demasiado lento.",
    "413": "Cuerpo demasiado grande (se decide por Content-Length antes de leerlo).",
    "415": "Tipo de archivo no admitido.",
    "422": "Datos inválidos (mensaje en español).",
    "429": "Límite por cliente superado; ver la cabecera Retry-After.",
    "503": "Modelo de lenguaje ocupado o base reiniciada; ver Retry-After.",
}


def _documentar_errores(app) -> None:
    """Declara en /openapi.json las respuestas de error que el borde y los manejadores pueden dar."""
    original = app.openapi

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        esquema = original()
        error = {"content": {"application/json": {"schema": {
            "type": "object", "properties": {"error": {"type": "string"}}, "required": ["error"]}}}}
        for ruta, operaciones in esquema.get("paths", {}).items():
            for operacion in operaciones.values():
                respuestas = operacion.setdefault("responses", {})
                codigos = dict(_ERRORES_DOCUMENTADOS)
                if ruta.startswith("/api/admin/"):
                    codigos |= {"401": "Token de administración ausente o incorrecto.", "403": "Administración deshabilitada."}
                for codigo, descripcion in codigos.items():
                    respuestas.setdefault(codigo, {"description": descripcion, **error})
                if "422" in respuestas and "$ref" in str(respuestas["422"]):
                    respuestas["422"] = {"description": _ERRORES_DOCUMENTADOS["422"], **error}
        app.openapi_schema = esquema
        return esquema

    app.openapi = openapi


def _aplicar_borde(app: FastAPI, a: Ajustes) -> None:
    """La política de borde (interfaz/borde.py) envuelve todo, chat incluido; CORS sólo al origen configurado."""
    from interfaz.borde import PoliticaDeBorde

    if a.cors_origen:
        from starlette.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=[a.cors_origen], allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(PoliticaDeBorde, max_kb_cuerpo=a.max_kb_cuerpo, max_mb_subida=a.max_mb_pdf,
                       limite_por_minuto=a.limite_por_minuto, token_admin=a.secreto(a.token_admin), plazo_cuerpo_s=a.plazo_cuerpo_s)
