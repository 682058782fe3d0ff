"""Política de borde contra el servidor real (uvicorn + FastAPI + Gradio en loopback)."""

from __future__ import annotations

import socket
import time

import httpx
import pytest

from asistente.config import Ajustes
from tests.servidor_real import servidor_real

TOKEN = "secreto-de-prueba"


@pytest.fixture(scope="module")
def servidor(tmp_path_factory):
    import shutil

    from tests.conftest import CORPUS

    base = tmp_path_factory.mktemp("borde")
    corpus = base / "corpus" / "normas"
    corpus.mkdir(parents=True)
    shutil.copy(CORPUS / "normas" / "LEY-131-1994.md", corpus)
    ajustes = Ajustes(corpus_dir=corpus.parent, datos_dir=base / "datos", token_admin=TOKEN, limite_por_minuto=6,  # las pruebas previas gastan 2 (retroalimentación, cuerpo lento)
                      max_mb_pdf=1, plazo_cuerpo_s=1.0, plazo_cabeceras_s=1.0, cors_origen="https://territorio.example")
    with servidor_real(ajustes) as (url, puerto):
        yield url, puerto


def _crudo(puerto: int, peticion: bytes, esperar: float = 5.0) -> bytes:
    with socket.create_connection(("127.0.0.1", puerto), timeout=esperar) as s:
        s.sendall(peticion)
        datos = b""
        try:
            while b"\r\n\r\n" not in datos or len(datos) < 20:
                trozo = s.recv(65536)
                if not trozo:
                    break
                datos += trozo
            s.settimeout(0.5)
            datos += s.recv(65536)
        except (TimeoutError, socket.timeout):
            pass
        return datos


def test_cuerpo_grande_413_antes_de_leer(servidor):
    url, puerto = servidor
    inicio = time.perf_counter()
    # Anuncia 200 MB y no manda nada: la respuesta llega sin esperar el cuerpo.
    respuesta = _crudo(puerto, b"POST /api/preguntar HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                               b"Content-Length: 209715200\r\n\r\n")
    assert respuesta.startswith(b"HTTP/1.1 413") and "demasiado grande".encode() in respuesta
    assert time.perf_counter() - inicio < 5
    r = httpx.post(f"{url}/api/preguntar", content=b'{"pregunta": "' + b"x" * 100_000 + b'"}',
                   headers={"content-type": "application/json"})
    assert r.status_code == 413 and "máximo 64 KB" in r.json()["error"]


def test_cuerpo_sin_largo_se_corta_al_pasarse(servidor):
    url, _ = servidor

    def trozos():
        for _ in range(200):
            yield b"x" * 1024

    r = httpx.post(f"{url}/api/retroalimentacion", content=trozos(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_admin_sin_token_401_sin_recibir_el_archivo(servidor):
    _, puerto = servidor
    respuesta = _crudo(puerto, b"POST /api/admin/documentos HTTP/1.1\r\nHost: x\r\n"
                               b"Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 209715200\r\n\r\n")
    assert respuesta.startswith(b"HTTP/1.1 401") and "Token".encode() in respuesta


def test_subida_de_gradio_cerrada(servidor):
    url, _ = servidor
    r = httpx.post(f"{url}/chat/gradio_api/upload", files={"files": ("a.txt", b"hola" * 1000, "text/plain")})
    assert r.status_code == 403 and "/api/admin/documentos" in r.json()["error"]


def test_cuerpo_lento_408(servidor):
    _, puerto = servidor
    inicio = time.perf_counter()
    respuesta = _crudo(puerto, b"POST /api/preguntar HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                               b"Content-Length: 100\r\n\r\n{\"preg", esperar=10)
    assert respuesta.startswith(b"HTTP/1.1 408") and time.perf_counter() - inicio < 8


def test_cabeceras_lentas_cierran_la_conexion(servidor):
    """Slowloris: cabeceras a medias (y conexiones mudas) se cierran; no quedan abiertas para siempre."""
    _, puerto = servidor
    conexiones = [socket.create_connection(("127.0.0.1", puerto), timeout=15) for _ in range(20)]
    for i, s in enumerate(conexiones):
        if i % 2:
            s.sendall(b"GET /api/salud HTTP/1.1\r\nHost: x\r\nX-Lento: ")
    for s in conexiones:
        with s:
            assert s.recv(1024) == b""  # cerrada por el servidor (si no, recv espera hasta el timeout y falla)
    # Una petición normal sigue funcionando en la misma conexión keep-alive.
    with httpx.Client() as c:
        assert c.get(f"http://127.0.0.1:{puerto}/api/salud").status_code == 200
        assert c.get(f"http://127.0.0.1:{puerto}/api/documentos").status_code == 200


def test_cabeceras_de_seguridad_y_cors(servidor):
    url, _ = servidor
    for ruta in ("/chat/", "/api/salud", "/api/no-existe"):
        r = httpx.get(f"{url}{ruta}", follow_redirects=True)
        csp = r.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "img-src 'self' data: blob:" in csp and "http" not in csp.split("script-src")[1].split(";")[0]
        assert r.headers["x-content-type-options"] == "nosniff"
    propio = httpx.get(f"{url}/api/salud", headers={"Origin": "https://territorio.example"})
    assert propio.headers.get("access-control-allow-origin") == "https://territorio.example"
    ajeno = httpx.get(f"{url}/api/salud", headers={"Origin": "https://malicioso.example"})
    assert "access-control-allow-origin" not in ajeno.headers


def test_mismo_limite_en_chat_y_api_con_retry_after(servidor):
    """Al final: consume el límite del módulo. X-Forwarded-For no crea clientes nuevos."""
    url, _ = servidor
    estados = []
    for i in range(3):
        r = httpx.post(f"{url}/api/preguntar", json={"pregunta": "¿Qué es el voto programático?"},
                       headers={"X-Forwarded-For": f"10.0.0.{i}"}, timeout=60)
        estados.append(r.status_code)
    # El chat de Gradio cuenta contra el mismo cliente.
    chat = httpx.post(f"{url}/chat/gradio_api/queue/join", json={"data": [], "fn_index": 0, "session_hash": "abc"})
    assert chat.status_code != 429
    bloqueada = httpx.post(f"{url}/chat/gradio_api/queue/join", json={"data": [], "fn_index": 0, "session_hash": "abc"})
    api = httpx.post(f"{url}/api/preguntar", json={"pregunta": "hola"}, headers={"X-Forwarded-For": "10.9.9.9"})
    assert estados == [200, 200, 200]
    for r in (bloqueada, api):
        assert r.status_code == 429 and "límite" in r.json()["error"] and 1 <= int(r.headers["retry-after"]) <= 60
