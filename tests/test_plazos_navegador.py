"""Extremo a extremo: la pestaña Plazos en un Chromium real a ancho de teléfono, contra el servidor real en loopback."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from asistente.config import RAIZ, Ajustes
from tests.servidor_real import servidor_real

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SALIDA = RAIZ / "salida_pruebas"

pytestmark = [pytest.mark.lento,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Falta Chromium (apt-get install chromium)")]


@pytest.fixture
def servidor(corpus_pequeno, tmp_path):
    ajustes = Ajustes(corpus_dir=corpus_pequeno, datos_dir=tmp_path / "datos", limite_por_minuto=0)
    with servidor_real(ajustes) as (direccion, _):
        yield direccion


def test_pestana_plazos_en_telefono(servidor):
    from playwright.sync_api import expect, sync_playwright

    SALIDA.mkdir(exist_ok=True)
    with sync_playwright() as p:
        navegador = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"],
        )
        pagina = navegador.new_page(viewport={"width": 390, "height": 844})
        pagina.goto(f"{servidor}/", wait_until="domcontentloaded")
        expect(pagina.get_by_role("tab", name="Plazos")).to_be_visible(timeout=30_000)
        # En el teléfono las cuatro fichas de perfil se ven enteras (antes «Ciudadanía» quedaba fuera de la pantalla).
        for etiqueta in ("Candidato/a", "Funcionario/a", "Consejo de Planeación", "Ciudadanía"):
            caja = pagina.locator("#perfil label", has_text=etiqueta).bounding_box()
            assert caja and caja["x"] >= 0 and caja["x"] + caja["width"] <= 390, etiqueta
        # «¿Qué cubre?» se cierra con Esc y tocando fuera, como cualquier menú (abierto tapaba el perfil).
        cubre = pagina.locator("details.cubre")
        cubre.locator("summary").click()
        expect(cubre).to_have_attribute("open", "")
        pagina.keyboard.press("Escape")
        expect(pagina.locator("details.cubre[open]")).to_have_count(0)
        cubre.locator("summary").click()
        pagina.mouse.click(200, 700)
        expect(pagina.locator("details.cubre[open]")).to_have_count(0)
        # Quien se presentó como consejero al consultar no tiene que repetirlo en Plazos.
        pagina.locator("#perfil").get_by_label("Consejo de Planeación").check()
        pagina.get_by_role("tab", name="Plazos").click()

        formulario_perfil = pagina.locator("#plazos-perfil")
        expect(formulario_perfil).to_be_visible(timeout=10_000)
        expect(formulario_perfil.get_by_label("Consejo Territorial de Planeación")).to_be_checked(timeout=10_000)
        expect(pagina.locator("#plazos-ics")).to_be_hidden()  # sin calendario todavía, ningún recuadro vacío
        formulario_perfil.get_by_label("Funcionario/a").check()
        campo = lambda ident: pagina.locator(f"#{ident} input, #{ident} textarea").first  # noqa: E731

        # Una fecha imposible: aviso en español que nombra el campo, sin línea de tiempo.
        campo("plazos-posesion").fill("2028-02-30")
        pagina.locator("#plazos-calcular").click()
        expect(pagina.locator("#plazos-aviso")).to_contain_text("no existe en el calendario", timeout=20_000)
        expect(pagina.locator("#plazos-aviso")).not_to_contain_text("('posesion')")  # el formulario ya rotula el campo
        expect(pagina.locator("#plazos-linea li")).to_have_count(0)

        campo("plazos-posesion").fill("2028-01-01")
        campo("plazos-salida").fill("2027-12-31")
        pagina.locator("#plazos-calcular").click()

        acta = pagina.locator('#plazos-linea li[data-id="acta-informe-gestion"]')
        expect(acta).to_be_visible(timeout=20_000)
        expect(acta.locator("time")).to_have_text("lunes 24 de enero de 2028")
        expect(acta.locator("time")).to_have_attribute("datetime", "2028-01-24")
        fuente = acta.locator("details.cita summary")
        expect(fuente).to_contain_text("Ley 951 de 2005")
        expect(fuente).to_contain_text("Artículo 4")
        fuente.click()
        expect(acta.locator("blockquote")).to_contain_text("quince (15) días hábiles luego de haber salido del cargo")
        expect(acta.locator("a")).to_have_attribute("href", "https://www.suin-juriscol.gov.co/viewDocument.asp?id=1671728")

        fechas = pagina.locator("#plazos-linea li time").evaluate_all("els => els.map(e => e.getAttribute('datetime'))")
        assert len(fechas) >= 10 and fechas == sorted(fechas)
        expect(pagina.locator("#plazos-aviso")).to_contain_text("plazos para el perfil Funcionario/a")
        expect(pagina.locator("#plazos-ics a").first).to_have_attribute("href", re.compile(r"plazos-funcionario\.ics$"))
        # Nada se desborda a lo ancho en el teléfono.
        assert pagina.evaluate("document.documentElement.scrollWidth") <= 390 + 1
        acta.scroll_into_view_if_needed()
        pagina.screenshot(path=str(SALIDA / "plazos_telefono.png"), full_page=False)
        navegador.close()
