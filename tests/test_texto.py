"""Análisis léxico: las familias de `indexacion/familias.yaml` separan lo que Snowball funde."""

from pathlib import Path

import pytest
import Stemmer
import yaml

from indexacion.texto import HUELLA_ANALISIS, huella_analisis, plegar, raiz, terminos

FAMILIAS = yaml.safe_load(Path("indexacion/familias.yaml").read_text(encoding="utf-8"))
SNOWBALL = Stemmer.Stemmer("spanish")


@pytest.mark.parametrize("familia", FAMILIAS, ids=lambda f: f["raiz"])
def test_cada_familia_separa_lo_que_snowball_fundia(familia):
    for palabra in familia["palabras"] + familia["separa_de"]:
        assert palabra == plegar(palabra), f"{palabra}: escriba la palabra plegada (minúsculas, sin tildes)"
    # La entrada hace falta: sin ella, Snowball daba la misma raíz a alguna palabra de la familia y a una de las otras.
    assert any(SNOWBALL.stemWord(p) == SNOWBALL.stemWord(o) for p in familia["palabras"] for o in familia["separa_de"])
    for palabra in familia["palabras"]:
        assert raiz(palabra) == familia["raiz"]
        assert all(raiz(palabra) != raiz(otra) for otra in familia["separa_de"])


def test_cada_palabra_en_una_sola_familia():
    palabras = [p for f in FAMILIAS for p in f["palabras"]]
    assert len(palabras) == len(set(palabras))


def test_las_ordenanzas_no_son_el_orden_publico():
    assert not set(terminos("¿Dónde están las ordenanzas?")) & set(terminos("orden público"))
    assert set(terminos("ORDENANZA departamental")) & set(terminos("ordenanzas"))
    assert not set(terminos("partidos políticos")) & set(terminos("a partir de la fecha"))


def test_la_huella_cambia_con_las_familias():
    familias = Path("indexacion/familias.yaml").read_text(encoding="utf-8")
    assert huella_analisis(familias) == HUELLA_ANALISIS
    assert huella_analisis(familias + "- raiz: prueb\n  palabras: [pruebas]\n  separa_de: [probar]\n") != HUELLA_ANALISIS
