"""Una sola política en el borde para todas las rutas (API, documentación y el chat de Gradio).

Es un middleware ASGI puro (no depende de FastAPI ni de Gradio) y se aplica antes de que nadie
lea el cuerpo: así el chat no puede saltarse los límites que la API sí tenía (issue 12, punto 2).

- Tamaño del cuerpo: se decide con `Content-Length` antes de leer (413); si no viene, se cuenta
  al leer y se corta al pasarse. Sólo la subida de administración admite MB.
- Administración: el token se comprueba aquí, antes de recibir un solo byte del archivo.
- Subidas de Gradio: cerradas (403); la única entrada de documentos es `/api/admin/documentos`.
- Un mismo límite por cliente (ventana de 60 s) para preguntar por la API, por el chat de
  Gradio, retroalimentación y administración, con `Retry-After`. La dirección del cliente es la
  del socket; sólo si se configura un proxy de confianza uvicorn la toma de `X-Forwarded-For`.
- Plazo de lectura del cuerpo: un cliente lento recibe 408 en vez de ocupar un hilo; y plazo de
  cabeceras en el protocolo de uvicorn (`protocolo_con_plazo`): las conexiones lentas se cierran.
- Cabeceras de seguridad (CSP sin imágenes ni scripts remotos, `nosniff`, `frame-ancestors`).
"""

from __future__ import annotations

import asyncio
import json
import math
import secrets
import time
from collections import defaultdict, deque
from threading import Lock

# Rutas que cuestan (modelo, escritura, índice): comparten el límite por cliente.
_LIMITADAS_EXACTAS = ("/api/preguntar", "/api/preguntar/stream", "/api/retroalimentacion")
_LIMITADAS_PREFIJO = ("/api/admin/", "/chat/gradio_api/queue/join", "/chat/gradio_api/run/", "/chat/gradio_api/call/",
                      "/chat/gradio_api/api/", "/chat/run/", "/chat/call/", "/chat/queue/join")
_MAX_CHAT = 2 * 1024 * 1024
_SUBIDAS_GRADIO = ("/chat/gradio_api/upload", "/chat/upload")

CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' blob:; connect-src 'self'; "
       "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
# Swagger UI (/docs) trae sus scripts de un CDN: sólo esa página lo admite.
CSP_DOCS = CSP.replace("script-src 'self'", "script-src 'self' https://cdn.jsdelivr.net").replace(
    "style-src 'self'", "style-src 'self' https://cdn.jsdelivr.net").replace("img-src 'self'", "img-src 'self' https://fastapi.tiangolo.com")


class LimitePorCliente:
    """Ventana deslizante de 60 s por dirección; devuelve los segundos a esperar (0 = pasa)."""

    def __init__(self, por_minuto: int) -> None:
        self.por_minuto = por_minuto
        self._marcas: dict[str, deque[float]] = defaultdict(deque)
        self._cerrojo = Lock()

    def espera(self, cliente: str) -> int:
        if self.por_minuto <= 0:
            return 0
        ahora = time.monotonic()
        with self._cerrojo:
            marcas = self._marcas[cliente]
            while marcas and ahora - marcas[0] > 60:
                marcas.popleft()
            if len(marcas) >= self.por_minuto:
                return max(1, math.ceil(60 - (ahora - marcas[0])))
            marcas.append(ahora)
            if len(self._marcas) > 10_000:  # no crecer sin límite con direcciones que no vuelven
                for k in [k for k, v in self._marcas.items() if not v or ahora - v[-1] > 60]:
                    del self._marcas[k]
            return 0


class PoliticaDeBorde:
    def __init__(self, app, *, max_kb_cuerpo: int = 64, max_mb_subida: int = 25, limite_por_minuto: int = 60,
                 token_admin: str | None = None, plazo_cuerpo_s: float = 15.0) -> None:
        self.app = app
        self.max_cuerpo = max_kb_cuerpo * 1024
        self.max_subida = max_mb_subida * 1024 * 1024 + 64 * 1024  # margen para las cabeceras multipart
        self.limite = LimitePorCliente(limite_por_minuto)
        self.token_admin = token_admin
        self.plazo_cuerpo = plazo_cuerpo_s

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        ruta: str = scope.get("path", "")
        metodo: str = scope.get("method", "GET")
        cabeceras = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        enviar = self._con_cabeceras(send, ruta)

        if ruta.startswith(_SUBIDAS_GRADIO):
            return await _json(enviar, 403, "Las subidas por el chat están deshabilitadas: los documentos se suben por "
                                            "/api/admin/documentos con el token de administración.")
        es_admin = ruta.startswith("/api/admin/")
        if es_admin:
            error = self._error_admin(cabeceras.get("authorization"))
            if error:
                return await _json(enviar, *error)
        if ruta == "/api/admin/documentos":
            limite = self.max_subida
        elif ruta.startswith("/chat/"):
            limite = max(self.max_cuerpo, _MAX_CHAT)  # Gradio reenvía el historial del chat en cada evento
        else:
            limite = self.max_cuerpo
        largo = cabeceras.get("content-length")
        if largo is not None:
            if not largo.isdigit():
                return await _json(enviar, 400, "Cabecera Content-Length inválida.")
            if int(largo) > limite:
                return await _json(enviar, 413, f"El cuerpo de la petición es demasiado grande (máximo {_tamano(limite)}).")
        if metodo == "POST" and (ruta in _LIMITADAS_EXACTAS or ruta.startswith(_LIMITADAS_PREFIJO)):
            cliente = (scope.get("client") or ("?", 0))[0]
            espera = self.limite.espera(cliente)
            if espera:
                return await _json(enviar, 429, f"Demasiadas peticiones: el límite es {self.limite.por_minuto} por minuto "
                                                f"por cliente. Intente de nuevo en {espera} s.", {"Retry-After": str(espera)})

        recibido = 0
        empezada = cortada = False

        async def cortar(estado: int, mensaje: str):
            """Responde aquí y le dice a la aplicación que el cliente se fue (lo que conteste se descarta)."""
            nonlocal cortada
            if not empezada and not cortada:
                await _json(enviar, estado, mensaje)
            cortada = True
            return {"type": "http.disconnect"}

        completo = False

        async def recibir():
            nonlocal recibido, completo
            if cortada:
                return {"type": "http.disconnect"}
            if completo:  # cuerpo ya leído: la app sólo espera un posible corte (p. ej. durante un flujo SSE)
                return await receive()
            try:
                mensaje = await asyncio.wait_for(receive(), self.plazo_cuerpo) if self.plazo_cuerpo else await receive()
            except asyncio.TimeoutError:
                return await cortar(408, "El cuerpo de la petición llegó demasiado lento: se cerró la conexión.")
            if mensaje["type"] == "http.request":
                completo = not mensaje.get("more_body", False)
                recibido += len(mensaje.get("body", b""))
                if recibido > limite:
                    return await cortar(413, f"El cuerpo de la petición es demasiado grande (máximo {_tamano(limite)}).")
            return mensaje

        async def enviar_marcando(mensaje):
            nonlocal empezada
            if cortada:
                return
            if mensaje["type"] == "http.response.start":
                empezada = True
            await enviar(mensaje)

        await self.app(scope, recibir if metodo in ("POST", "PUT", "PATCH") else receive, enviar_marcando)

    def _error_admin(self, autorizacion: str | None) -> tuple[int, str] | None:
        if not self.token_admin:
            return 403, "La administración está deshabilitada: no hay token configurado (ASISTENTE_TOKEN_ADMIN)."
        esperado = f"Bearer {self.token_admin}".encode()
        if not autorizacion or not secrets.compare_digest(autorizacion.encode("latin-1", "replace"), esperado):
            return 401, "Token de administración ausente o incorrecto."
        return None

    @staticmethod
    def _con_cabeceras(send, ruta: str):
        csp = (CSP_DOCS if ruta in ("/docs", "/redoc") else CSP).encode()

        async def enviar(mensaje):
            if mensaje["type"] == "http.response.start":
                cabeceras = [(k, v) for k, v in mensaje.get("headers", [])
                             if k.lower() not in (b"content-security-policy", b"x-content-type-options", b"x-frame-options")]
                cabeceras += [(b"content-security-policy", csp), (b"x-content-type-options", b"nosniff"),
                              (b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer")]
                mensaje = {**mensaje, "headers": cabeceras}
            await send(mensaje)

        return enviar


def _tamano(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n // 1024} KB"


async def _json(send, estado: int, mensaje: str, extra: dict[str, str] | None = None) -> None:
    cuerpo = json.dumps({"error": mensaje}, ensure_ascii=False).encode()
    cabeceras = [(b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(cuerpo)).encode()),
                 (b"connection", b"close")]
    cabeceras += [(k.lower().encode(), v.encode()) for k, v in (extra or {}).items()]
    await send({"type": "http.response.start", "status": estado, "headers": cabeceras})
    await send({"type": "http.response.body", "body": cuerpo})


class _PlazoCabeceras:
    """Mezcla para el protocolo HTTP de uvicorn: cierra la conexión si las cabeceras no llegan a tiempo.

    uvicorn sólo tiene plazo de inactividad *entre* peticiones; una conexión que abre y manda
    cabeceras a cuentagotas (slowloris) quedaba abierta para siempre (300 conexiones lentas en la
    revisión). El plazo corre desde que se abre la conexión o llegan bytes de una petición nueva,
    y se desarma cuando las cabeceras están completas (el cuerpo lo vigila `PoliticaDeBorde`).
    """

    plazo = 10.0

    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        self._armar()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        ciclo = getattr(self, "cycle", None)
        if ciclo is not None and not ciclo.response_complete:
            self._desarmar()
        else:
            self._armar()

    def connection_lost(self, exc) -> None:
        self._desarmar()
        super().connection_lost(exc)

    def _armar(self) -> None:
        if getattr(self, "_tarea_plazo", None) is None:
            self._tarea_plazo = self.loop.call_later(self.plazo, self._vencer)

    def _desarmar(self) -> None:
        tarea = getattr(self, "_tarea_plazo", None)
        if tarea is not None:
            tarea.cancel()
        self._tarea_plazo = None

    def _vencer(self) -> None:
        self._tarea_plazo = None
        ciclo = getattr(self, "cycle", None)
        if ciclo is None or ciclo.response_complete:
            self.transport.close()


def protocolo_con_plazo(plazo_s: float):
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as Base
    except ImportError:  # sin httptools: h11
        from uvicorn.protocols.http.h11_impl import H11Protocol as Base
    return type("ProtocoloConPlazo", (_PlazoCabeceras, Base), {"plazo": plazo_s})


def configuracion_uvicorn(app, ajustes, host: str = "127.0.0.1", puerto: int = 8000, **extra):
    """uvicorn con los plazos y el proxy de confianza de la configuración (nunca X-Forwarded-For por defecto)."""
    import uvicorn

    proxy = ajustes.proxy_confiable
    return uvicorn.Config(
        app, host=host, port=puerto, http=protocolo_con_plazo(ajustes.plazo_cabeceras_s),
        proxy_headers=bool(proxy), forwarded_allow_ips=proxy or "",
        timeout_keep_alive=ajustes.plazo_inactividad_s,
        limit_concurrency=ajustes.max_conexiones or None,
        h11_max_incomplete_event_size=16 * 1024,  # cabeceras de más de 16 KB: 400 (con h11)
        **extra,
    )
