"""Herramientas de evaluación: fragmentación fija de comparación y línea base LangChain (reales)."""

from __future__ import annotations

from evaluacion.linea_base import LineaBaseLangChain
from evaluacion.metricas import cita_textual
from indexacion.cargadores import cargar
from indexacion.fragmentador import refragmentar_fijo
from indexacion.texto import colapsar
from tests.conftest import CORPUS


def test_fragmentacion_fija_conserva_texto_y_origen():
    fragmentos = cargar(CORPUS / "normas" / "LEY-152-1994.md", "normas/LEY-152-1994.md", {}, 1200)
    fijos = refragmentar_fijo(fragmentos)
    assert all(len(f.texto) <= 1000 for f in fijos)
    assert len(fijos) < len(fragmentos)  # artículos cortos quedan juntos: ignora la estructura
    fuente = colapsar((CORPUS / "normas" / "LEY-152-1994.md").read_text(encoding="utf-8"))
    trozo40 = next(f for f in fijos if "podrá adoptarlos mediante decreto" in f.texto)
    assert trozo40.seccion.startswith("Artículo")
    assert all(colapsar(linea) in fuente for f in fijos for linea in f.texto.split("\n"))


def test_linea_base_langchain_recupera_y_cita(corpus_pequeno):
    base = LineaBaseLangChain(corpus_pequeno)
    assert base.fragmentos > 10
    r = base.preguntar("¿En cuánto tiempo se rinde el informe de gestión?")
    assert len(r.pasajes) == 5 and not r.sin_respuesta
    assert cita_textual(r.citas[0].a_dict(), corpus_pequeno)
