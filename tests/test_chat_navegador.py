"""Extremo a extremo: el chat en un Chromium real (Playwright), contra el servidor real en loopback."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from asistente.config import RAIZ, Ajustes
from interfaz.persistencia import Persistencia
from interfaz.servidor import crear_app

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SALIDA = RAIZ / "salida_pruebas"

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Falta Chromium (apt-get install chromium; .ci/run lo instala)")


def _puerto_libre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def servidor(corpus_pequeno, tmp_path):
    ajustes = Ajustes(corpus_dir=corpus_pequeno, datos_dir=tmp_path / "datos", limite_por_minuto=0)
    puerto = _puerto_libre()
    servidor = uvicorn.Server(uvicorn.Config(crear_app(ajustes), host="127.0.0.1", port=puerto, log_level="warning"))
    hilo = threading.Thread(target=servidor.run, daemon=True)
    hilo.start()
    limite = time.time() + 120
    while not servidor.started and time.time() < limite:
        time.sleep(0.1)
    assert servidor.started, "el servidor no arrancó"
    yield f"http://127.0.0.1:{puerto}", ajustes
    servidor.should_exit = True
    hilo.join(timeout=10)


def test_chat_perfil_pregunta_cita_y_valoracion(servidor):
    from playwright.sync_api import expect, sync_playwright

    url, ajustes = servidor
    SALIDA.mkdir(exist_ok=True)
    with sync_playwright() as p:
        navegador = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"],
        )
        pagina = navegador.new_page(viewport={"width": 390, "height": 900})  # ancho de teléfono
        pagina.goto(f"{url}/", wait_until="domcontentloaded")
        expect(pagina.get_by_text("No es asesoría jurídica", exact=False)).to_be_visible(timeout=30_000)

        pagina.get_by_label("Funcionario/a").check()
        sugerida = pagina.get_by_role("button", name="¿Cuánto tengo para entregar el informe de gestión?")
        expect(sugerida).to_be_visible(timeout=10_000)
        sugerida.click()

        chat = pagina.locator("#chat")
        expect(chat.get_by_text("quince (15) días hábiles", exact=False).first).to_be_visible(timeout=60_000)
        resumen = chat.locator("details.cita summary").first
        expect(resumen).to_contain_text("[1]")
        resumen.click()
        expect(chat.locator("details.cita blockquote").first).to_be_visible()
        pagina.screenshot(path=str(SALIDA / "chat_respuesta.png"), full_page=True)

        chat.get_by_role("button", name="Like").last.click()
        expect(pagina.locator("#aviso")).to_contain_text("valoración quedó registrada", timeout=10_000)

        pagina.get_by_role("button", name="Nueva conversación").click()
        expect(chat.locator("details.cita")).to_have_count(0)
        navegador.close()

    persistencia = Persistencia(Path(ajustes.datos_dir) / "conversaciones.sqlite3")
    import sqlite3

    with sqlite3.connect(persistencia.ruta) as c:
        assert c.execute("SELECT util FROM retroalimentacion").fetchall() == [(1,)]
