"""Análisis léxico: las familias de `indexacion/familias.yaml` separan lo que Snowball funde."""

from pathlib import Path

import pytest
import Stemmer
import yaml

from asistente.verificacion import apoya
from indexacion.texto import (COLOQUIALISMOS, HUELLA_ANALISIS, PALABRAS_VACIAS, RAICES_PROPIAS, huella_analisis,
                              palabras, plegar, prefijo, raiz, terminos)

RAIZ = Path(__file__).resolve().parents[1]
FAMILIAS = yaml.safe_load((RAIZ / "indexacion/familias.yaml").read_text(encoding="utf-8"))
SNOWBALL = Stemmer.Stemmer("spanish")


SEPARAN = [f for f in FAMILIAS if "separa_de" in f]
UNEN = [f for f in FAMILIAS if "une_con" in f]


def test_cada_familia_separa_o_une():
    assert len(SEPARAN) + len(UNEN) == len(FAMILIAS) and not [f for f in FAMILIAS if "separa_de" in f and "une_con" in f]


@pytest.mark.parametrize("familia", UNEN, ids=lambda f: f["raiz"])
def test_cada_familia_une_lo_que_snowball_separaba(familia):
    """«eligen» y «elegidos» son el mismo verbo: Snowball les daba raíces distintas; aquí, la de la familia."""
    for palabra in familia["palabras"] + familia["une_con"]:
        assert palabra == plegar(palabra)
    assert any(SNOWBALL.stemWord(p) != familia["raiz"] for p in familia["palabras"])
    for palabra in familia["palabras"] + familia["une_con"]:
        assert raiz(palabra) == familia["raiz"], palabra
        # Y de verdad llega al índice: una palabra vacía («pedir», «piden») nunca sería término.
        assert terminos(palabra) == [familia["raiz"]], palabra
    assert set(terminos("¿Quién elige al contralor?")) & set(terminos("serán elegidos por las Asambleas"))


@pytest.mark.parametrize("familia", SEPARAN, ids=lambda f: f["raiz"])
def test_cada_familia_separa_lo_que_snowball_fundia(familia):
    for palabra in familia["palabras"] + familia["separa_de"]:
        assert palabra == plegar(palabra), f"{palabra}: escriba la palabra plegada (minúsculas, sin tildes)"
    # La entrada hace falta: sin ella, Snowball daba la misma raíz a alguna palabra de la familia y a una de las otras.
    assert any(SNOWBALL.stemWord(p) == SNOWBALL.stemWord(o) for p in familia["palabras"] for o in familia["separa_de"])
    for palabra in familia["palabras"]:
        assert raiz(palabra) == familia["raiz"]
        assert all(raiz(palabra) != raiz(otra) for otra in familia["separa_de"])


def test_cada_palabra_en_una_sola_familia():
    palabras = [p for f in FAMILIAS for p in f["palabras"] + f.get("une_con", [])]
    assert len(palabras) == len(set(palabras))


def test_las_ordenanzas_no_son_el_orden_publico():
    assert not set(terminos("¿Dónde están las ordenanzas?")) & set(terminos("orden público"))
    assert set(terminos("ORDENANZA departamental")) & set(terminos("ordenanzas"))
    assert not set(terminos("partidos políticos")) & set(terminos("a partir de la fecha"))


def test_la_raiz_propia_no_atrae_otras_palabras_del_corpus():
    """La raíz de una familia no puede ser la raíz Snowball de otra palabra del corpus: la juntaría sin querer."""
    # Una familia que une: las palabras del corpus con su raíz Snowball son exactamente las que declara `une_con`.
    propias = {f["raiz"]: set(f["palabras"]) | set(f.get("une_con", [])) for f in FAMILIAS}
    vistas = {p for ruta in (RAIZ / "corpus").rglob("*") if ruta.suffix in (".md", ".txt")
              for p in palabras(ruta.read_text(encoding="utf-8"))}
    intrusas = {(p, SNOWBALL.stemWord(p)) for p in vistas
                if SNOWBALL.stemWord(p) in propias and p not in propias[SNOWBALL.stemWord(p)]}
    assert not intrusas


def test_la_verificacion_no_vuelve_a_juntar_por_prefijo_lo_que_la_familia_separa():
    assert not apoya("Los partidos políticos presentan listas", "La participación política permite presentar listas")
    assert apoya("Los partidos presentan listas", "Los partidos políticos presentan listas de candidatos")
    assert prefijo("planeacion") == prefijo("planear") and prefijo("partid") is None


def test_la_huella_es_del_contenido_del_analisis():
    assert huella_analisis() == HUELLA_ANALISIS
    assert huella_analisis(raices={**RAICES_PROPIAS, "pruebas": "prueb"}) != HUELLA_ANALISIS
    assert huella_analisis(vacias=PALABRAS_VACIAS | {"oiste"}) != HUELLA_ANALISIS
    assert huella_analisis(coloquialismos={**COLOQUIALISMOS, "tqm": ""}) != HUELLA_ANALISIS
