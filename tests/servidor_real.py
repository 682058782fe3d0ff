"""Servidor real (uvicorn en loopback) con la configuración de producción de interfaz/borde.py."""

from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager

import uvicorn

from interfaz.borde import configuracion_uvicorn
from interfaz.servidor import crear_app


def puerto_libre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def servidor_real(ajustes, con_chat: bool = True, app=None):
    puerto = puerto_libre()
    app = app or crear_app(ajustes, con_chat=con_chat)
    servidor = uvicorn.Server(configuracion_uvicorn(app, ajustes, "127.0.0.1", puerto, log_level="warning"))
    hilo = threading.Thread(target=servidor.run, daemon=True)
    hilo.start()
    limite = time.time() + 180
    while not servidor.started and time.time() < limite:
        time.sleep(0.1)
    assert servidor.started, "el servidor no arrancó"
    try:
        yield f"http://127.0.0.1:{puerto}", puerto
    finally:
        servidor.should_exit = True
        hilo.join(timeout=15)
