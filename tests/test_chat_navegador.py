"""Extremo a extremo: el chat en un Chromium real (Playwright), contra el servidor real en loopback.

Se prueba como lo usaría alguien nuevo, en un teléfono (390×844) y en un escritorio (1366×900):
la respuesta se lee desde su primera línea con la caja de pregunta a la vista, las fuentes abren
el artículo completo con la cita resaltada y el enlace oficial, «Nueva conversación» olvida el
contexto, nada sale de 127.0.0.1, axe-core no halla fallas graves y no queda texto en inglés.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import httpx
import pytest

from asistente.config import RAIZ, Ajustes
from tests.servidor_real import servidor_real

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SALIDA = RAIZ / "salida_pruebas"
CORPUS = RAIZ / "corpus"

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Falta Chromium (apt-get install chromium; .ci/run lo instala)")

# Textos de Gradio que llegaron a verse en inglés (issue 10) y otros de su interfaz: ninguno debe aparecer.
INGLES = ["Copy message", "Copied message", "Copy conversation", "Copied conversation", "Textbox", "Like", "Dislike",
          "Clear", "Lost connection", "Scroll down", "Loading response", "Feedback", "Connection errored", "Not Found", "More tabs", "chatbot conversation",
          "'s message", "Built with", "Loading", "Submit", "Retry", "Undo", "Share", "Settings"]

ARGS_CHROMIUM = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def servidor(tmp_path_factory):
    """Servidor real con un corpus pequeño de documentos reales (y el manifiesto real: enlaces oficiales)."""
    corpus = tmp_path_factory.mktemp("corpus_chat")
    (corpus / "normas").mkdir()
    (corpus / "guias").mkdir()
    for nombre in ("LEY-951-2005.md", "LEY-131-1994.md"):
        shutil.copy(CORPUS / "normas" / nombre, corpus / "normas" / nombre)
    shutil.copy(CORPUS / "guias" / "protocolo_juntos_por_el_territorio.txt", corpus / "guias")
    shutil.copy(CORPUS / "manifiesto.yaml", corpus / "manifiesto.yaml")
    ajustes = Ajustes(corpus_dir=corpus, datos_dir=tmp_path_factory.mktemp("datos_chat"), limite_por_minuto=0)
    with servidor_real(ajustes) as (direccion, _):
        yield direccion, ajustes


@pytest.fixture(scope="module")
def navegador():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS_CHROMIUM)
        yield chromium
        chromium.close()


EN_VISTA = """(el) => {
  // visible de verdad: dentro de la ventana y de cada contenedor con desplazamiento que lo rodea
  const r = el.getBoundingClientRect();
  if (r.height === 0 || r.top < 0 || r.top + Math.min(r.height, 20) > window.innerHeight || r.left < 0 || r.right > window.innerWidth + 1) return false;
  for (let n = el.parentElement; n; n = n.parentElement) {
    const s = getComputedStyle(n);
    if (/(auto|scroll|hidden)/.test(s.overflowY)) {
      const c = n.getBoundingClientRect();
      if (r.top < c.top - 1 || r.top + Math.min(r.height, 20) > c.bottom + 1) return false;
    }
  }
  return true;
}"""


def _textos_de_interfaz(pagina) -> str:
    return pagina.evaluate("""() => {
      const t = [document.body.innerText, document.title];
      document.querySelectorAll('[aria-label],[title],[placeholder],[alt]').forEach(e => {
        for (const a of ['aria-label', 'title', 'placeholder', 'alt']) if (e.getAttribute(a)) t.push(e.getAttribute(a)); });
      return t.join('\\n');
    }""")


def _sin_ingles(texto: str) -> list[str]:
    return [p for p in INGLES if re.search(rf"(?<![\wÁÉÍÓÚáéíóúñ]){re.escape(p)}(?![\wáéíóúñ])", texto)]


@pytest.mark.parametrize("ancho,alto,nombre", [(390, 844, "movil"), (1366, 900, "escritorio")])
def test_chat_de_punta_a_punta(servidor, navegador, ancho, alto, nombre):
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import expect

    url, ajustes = servidor
    SALIDA.mkdir(exist_ok=True)
    # locale inglés a propósito: la interfaz debe quedar en español igual
    contexto = navegador.new_context(viewport={"width": ancho, "height": alto}, locale="en-US",
                                     permissions=["clipboard-read", "clipboard-write"])
    pagina = contexto.new_page()
    peticiones: list[str] = []
    pagina.on("request", lambda r: peticiones.append(r.url))
    pagina.goto(f"{url}/", wait_until="domcontentloaded")

    caja = pagina.locator("#pregunta textarea")
    expect(caja).to_be_visible(timeout=30_000)
    assert caja.evaluate(EN_VISTA), "la caja de pregunta no se ve en la primera pantalla"
    expect(pagina.locator("h1")).to_have_count(1)
    expect(pagina.locator("h1")).to_have_text("Asistente Juntos por el Territorio")
    cubre = pagina.get_by_text("¿Qué cubre?")
    expect(cubre).to_be_visible()
    cubre.click()
    expect(pagina.get_by_text("No es asesoría jurídica", exact=False).first).to_be_visible()
    cubre.click()

    # perfil recordado: se elige, se recarga y sigue elegido
    pagina.get_by_label("Funcionario/a").check()
    sugerida = pagina.get_by_role("button", name="¿Cuánto tengo para entregar el informe de gestión?")
    expect(sugerida).to_be_visible(timeout=10_000)
    pagina.reload()
    expect(pagina.get_by_label("Funcionario/a")).to_be_checked(timeout=30_000)

    # una pregunta larga antes, para que la nueva respuesta quede lejos del principio del panel
    caja.fill("¿Qué debe contener el acta de informe de gestión?")
    pagina.locator("#enviar").click()
    chat = pagina.locator("#chat")
    expect(chat.locator(".bot-row a.fuente-tarjeta").first).to_be_visible(timeout=60_000)
    expect(pagina.locator("#sugerencias button:visible").first).to_be_visible()
    sugerida = pagina.get_by_role("button", name="¿Cuánto tengo para entregar el informe de gestión?")
    if sugerida.count() == 0 or not sugerida.is_visible():
        caja.fill("¿Cuánto tengo para entregar el informe de gestión?")
        pagina.locator("#enviar").click()
    else:
        sugerida.click()
    respuesta = chat.locator(".bot-row").nth(1)
    expect(respuesta.get_by_text("quince (15) días hábiles", exact=False).first).to_be_visible(timeout=60_000)
    expect(respuesta.locator("a.fuente-tarjeta").first).to_be_visible(timeout=60_000)
    pagina.wait_for_timeout(500)
    primera_linea = respuesta.locator(".respuesta > *").first
    assert primera_linea.evaluate(EN_VISTA), "la primera línea de la respuesta no quedó a la vista"
    assert caja.evaluate(EN_VISTA), "la caja de pregunta no se ve después de la respuesta"

    # sugerencias de seguimiento: 2–3, distintas de la pregunta hecha
    seguimiento = pagina.locator("#sugerencias button:visible")
    assert 2 <= seguimiento.count() <= 3, seguimiento.all_inner_texts()
    assert all(t.startswith("¿") for t in seguimiento.all_inner_texts())
    pagina.screenshot(path=str(SALIDA / f"chat_{nombre}.png"))

    # copiar: texto limpio con sus fuentes, sin HTML
    respuesta.get_by_role("button", name="Copiar respuesta y fuentes").click()
    copiado = pagina.evaluate("() => navigator.clipboard.readText()")
    assert "quince (15) días hábiles" in copiado and "Fuentes:" in copiado and "[1] Ley 951 de 2005" in copiado
    assert "<" not in copiado and "&quot;" not in copiado

    # abrir la fuente: el artículo entero, la cita resaltada, la página oficial
    tarjeta = respuesta.locator("a.fuente-tarjeta").first
    fragmento_id = tarjeta.get_attribute("data-fragmento")
    tarjeta.click()
    dialogo = pagina.locator("dialog#dialogo-fuente[open]")
    expect(dialogo.locator("mark")).to_be_visible(timeout=10_000)
    vista = httpx.get(f"{url}/api/fragmentos/{fragmento_id}").json()
    articulo = " ".join(p["mostrar"] for b in vista["articulo"]["bloques"] for p in b["partes"])
    assert " ".join(dialogo.locator(".articulo").inner_text().split()) == " ".join(articulo.split())
    marcado = " ".join(dialogo.locator("mark").inner_text().split())
    assert "quince (15) días hábiles" in marcado and len(marcado) < len(" ".join(articulo.split()))
    expect(dialogo.locator("h2")).to_have_text(vista["articulo"]["seccion"])
    oficial = dialogo.get_by_role("link", name="Ver el texto oficial")
    assert oficial.get_attribute("href") == "https://www.suin-juriscol.gov.co/viewDocument.asp?id=1671728"  # manifiesto
    pagina.screenshot(path=str(SALIDA / f"fuente_{nombre}.png"))
    resultado = Axe().run(pagina)  # también con el diálogo abierto
    graves = [v for v in resultado.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not graves, resultado.generate_report()
    dialogo.get_by_role("button", name="Cerrar").click()
    expect(pagina.locator("dialog#dialogo-fuente[open]")).to_have_count(0)

    # valoración con comentario opcional
    util = respuesta.get_by_role("button", name="Útil", exact=True)
    caja_util = util.bounding_box()
    assert caja_util["width"] >= 40 and caja_util["height"] >= 40, caja_util  # blanco de toque (medía 18×20)
    util.click()
    expect(pagina.locator("#aviso")).to_contain_text("valoración quedó registrada", timeout=10_000)
    expect(pagina.get_by_label("Comentario (opcional)")).to_be_in_viewport(timeout=10_000)
    assert caja.evaluate(EN_VISTA), "el comentario empujó la caja de pregunta fuera de la pantalla"
    pagina.get_by_label("Comentario (opcional)").fill(f"Claro y con la fuente ({nombre})")
    pagina.get_by_role("button", name="Enviar comentario").click()
    expect(pagina.locator("#aviso")).to_contain_text("comentario quedó registrado", timeout=10_000)

    # accesibilidad: axe-core (del paquete axe-playwright-python) sin fallas graves ni críticas
    resultado = Axe().run(pagina)
    graves = [v for v in resultado.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not graves, resultado.generate_report()

    textos = _textos_de_interfaz(pagina)
    assert not _sin_ingles(textos), _sin_ingles(textos)

    # la papelera = nueva conversación: el seguimiento no usa el contexto anterior
    chat.get_by_role("button", name="Nueva conversación").click()
    expect(chat.locator(".bot-row")).to_have_count(0)
    expect(pagina.locator("#aviso")).to_contain_text("Nueva conversación")
    caja.fill("¿Y quién verifica el contenido del acta?")
    pagina.locator("#enviar").click()
    expect(chat.locator(".bot-row a.fuente-tarjeta").first).to_be_visible(timeout=60_000)

    # sin conexión: el aviso de Gradio («Connection to the server was lost…») sale en español
    contexto.set_offline(True)
    caja.fill("¿Qué es el voto programático?")
    pagina.locator("#enviar").click()
    expect(pagina.get_by_text("Se perdió la conexión con el servidor", exact=False).first).to_be_visible(timeout=30_000)
    textos = _textos_de_interfaz(pagina)
    assert not _sin_ingles(textos) and "Connection" not in textos, _sin_ingles(textos)
    contexto.set_offline(False)

    externas = [u for u in peticiones if not u.startswith((url, "data:", "blob:"))]
    assert not externas, externas
    contexto.close()

    with sqlite3.connect(Path(ajustes.datos_dir) / "conversaciones.sqlite3") as c:
        ultima = c.execute("SELECT conversacion_id FROM mensajes ORDER BY creado DESC, rowid DESC LIMIT 1").fetchone()[0]
        assert c.execute("SELECT count(*) FROM mensajes WHERE conversacion_id = ?", (ultima,)).fetchone()[0] == 2
        assert c.execute("SELECT util, comentario FROM retroalimentacion WHERE comentario LIKE ?",
                         (f"%({nombre})",)).fetchall() == [(1, f"Claro y con la fuente ({nombre})")]


def test_fuente_para_compartir_api_docs_y_errores_en_espanol(servidor, navegador):
    from playwright.sync_api import expect

    url, _ = servidor
    cliente = httpx.Client(base_url=url, timeout=60)
    turno = cliente.post("/api/preguntar", json={"pregunta": "¿Cuánto tengo para entregar el informe de gestión?"}).json()
    cita = turno["citas"][0]
    assert turno["sugerencias"] and all(s.startswith("¿") for s in turno["sugerencias"])
    vista = cliente.get(f"/api/fragmentos/{cita['fragmento_id']}", params={"cita": cita["texto"]}).json()
    resaltado = [p["texto"] for b in vista["articulo"]["bloques"] for p in b["partes"] if p["resaltado"]]
    assert [" ".join(t.split()) for t in resaltado] == [" ".join(cita["texto"].split())]
    assert vista["enlace"].startswith("https://")

    no_existe = cliente.get("/api/fragmentos/no-existe")
    assert no_existe.status_code == 404 and "No existe un fragmento" in no_existe.json()["error"]

    pagina_fuente = cliente.get(f"/fuente/{cita['fragmento_id']}", params={"cita": cita["texto"]})
    assert pagina_fuente.status_code == 200 and "<mark" in pagina_fuente.text and 'lang="es"' in pagina_fuente.text
    malicioso = cliente.get(f"/fuente/{cita['fragmento_id']}", params={"cita": "<script>alert(1)</script>"})
    assert "<script>alert" not in malicioso.text
    for ruta in ("/fuente/no-existe", "/chat/no-existe", "/no-existe"):
        r = cliente.get(ruta, headers={"Accept": "text/html"})
        assert r.status_code == 404 and "Página no encontrada" in r.text and "Not Found" not in r.text, (ruta, r.text[:200])
    assert cliente.get("/chat/no-existe").json() == {"error": "Recurso no encontrado."}

    pagina = navegador.new_page()
    peticiones: list[str] = []
    pagina.on("request", lambda r: peticiones.append(r.url))
    pagina.goto(f"{url}/docs")
    expect(pagina.locator(".opblock-summary-path", has_text="/api/preguntar").first).to_be_visible(timeout=30_000)
    expect(pagina.locator(".opblock-summary-path", has_text="/api/fragmentos/{fragmento_id}")).to_be_visible()
    pagina.goto(f"{url}/fuente/{cita['fragmento_id']}")
    expect(pagina.locator("mark")).to_be_visible()
    from axe_playwright_python.sync_playwright import Axe

    resultado = Axe().run(pagina)
    assert not [v for v in resultado.response["violations"] if v["impact"] in ("serious", "critical")], resultado.generate_report()
    expect(pagina.get_by_role("link", name="Ver el texto oficial")).to_have_attribute("href", vista["enlace"])
    assert not [u for u in peticiones if not u.startswith((url, "data:", "blob:"))]
    pagina.close()
