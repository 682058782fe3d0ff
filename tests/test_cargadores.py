"""Cargadores y fragmentación sobre los textos reales del corpus y sobre PDF generados."""

from __future__ import annotations

import re

import pytest

from indexacion.cargadores import ErrorDeDocumento, cargar
from indexacion.texto import colapsar
from tests.conftest import CORPUS
from tests.pdfs import pdf_cifrado, pdf_danado, pdf_guia, pdf_sin_texto


def ley(nombre: str, tamano: int = 1200):
    return cargar(CORPUS / "normas" / nombre, f"normas/{nombre}", {}, tamano)


def test_un_fragmento_por_articulo_con_titulo():
    fragmentos = ley("LEY-152-1994.md")
    secciones = [f.seccion for f in fragmentos]
    assert "Artículo 40. Aprobación" in secciones
    assert "Artículo 3. Principios generales" in secciones
    art40 = next(f for f in fragmentos if f.seccion == "Artículo 40. Aprobación")
    assert "podrá adoptarlos mediante decreto" in art40.texto
    assert art40.contexto.startswith("CAPITULO X")


def test_remision_a_otro_articulo_no_abre_articulo_nuevo():
    fragmentos = ley("LEY-951-2005.md")
    art6 = [f for f in fragmentos if f.seccion == "Artículo 6"]
    assert len(art6) == 1
    # "…en los términos que estipulan los artículos 8º, 9º, 10, 11 y 12…" sigue dentro del 6.
    assert "artículos 8º, 9º, 10, 11 y 12" in art6[0].texto
    numeros = [s for s in (f.seccion for f in fragmentos) if s.startswith("Artículo ")]
    assert len(set(numeros)) == 18  # 17 artículos + el transitorio


def test_encabezado_nunca_queda_separado_de_su_texto():
    for nombre in ("LEY-152-1994.md", "LEY-134-1994.md", "LEY-1551-2012.md", "LEY-594-2000.md", "LEY-131-1994.md"):
        for f in ley(nombre):
            encabezado = re.match(r"^Art[íi]culo \S+\s*$", f.texto.split("\n")[0])
            assert not (encabezado and len(f.texto.split("\n")) == 1), f"{nombre}: {f.seccion} sin texto"


def test_paragrafos_y_numerales_quedan_con_su_articulo():
    fragmentos = ley("LEY-951-2005.md")
    art10 = [f for f in fragmentos if f.seccion == "Artículo 10"]
    assert any("Parágrafo 1º" in f.texto for f in art10)
    art3 = next(f for f in fragmentos if f.seccion == "Artículo 3")
    assert "- 1. Al término e inicio" in art3.texto and "- 2. Cuando por causas distintas" in art3.texto


def test_articulo_largo_se_parte_repitiendo_la_seccion():
    fragmentos = ley("LEY-1551-2012.md", 600)
    assert max(len(f.texto) for f in fragmentos) <= 900
    partes = [f for f in fragmentos if f.seccion.startswith("Artículo 6 › Artículo 3. Funciones de los municipios")]
    assert len(partes) > 2


def test_articulos_de_otra_ley_citados_quedan_dentro_del_padre():
    fragmentos = ley("LEY-1551-2012.md")
    modificados = [f for f in fragmentos if "(texto modificado)" in f.seccion]
    assert any(f.seccion.endswith("Artículo 74. Trámites del plan de desarrollo (texto modificado)") for f in modificados)


def test_sentencia_anexa_es_otro_documento():
    fragmentos = ley("LEY-1712-2014.md")
    tipos = {f.tipo for f in fragmentos}
    assert tipos == {"norma", "sentencia"}
    sentencia = [f for f in fragmentos if f.tipo == "sentencia"]
    assert all("C-274" in f.documento for f in sentencia)
    normas = [f for f in fragmentos if f.tipo == "norma"]
    assert max(int(re.match(r"Artículo (\d+)", f.seccion).group(1)) for f in normas) == 33


def test_textos_son_literales_de_la_fuente():
    for nombre in ("LEY-152-1994.md", "LEY-951-2005.md"):
        fuente = colapsar((CORPUS / "normas" / nombre).read_text(encoding="utf-8"))
        for f in ley(nombre):
            assert colapsar(f.texto) in fuente, f.seccion  # cada fragmento es un tramo contiguo de la fuente


def test_guia_texto_secciones_recuadros_y_sin_artefactos():
    ruta = CORPUS / "guias" / "protocolo_juntos_por_el_territorio.txt"
    fragmentos = cargar(ruta, "guias/protocolo.txt", {"titulo": "Protocolo"}, 1200)
    secciones = {f.seccion for f in fragmentos}
    assert "2. Objetivo de la Estrategia Juntos por el Territorio" in secciones
    assert any("Fase II: Transición de Gobierno" in s and "Recuadro 2" in s for s in secciones)
    todo = "\n".join(f.texto for f in fragmentos)
    for artefacto in ("Página 11 de 3", "Conmutador", "Calle 26 # 13", "www.dnp.gov.co"):
        assert artefacto not in todo
    assert "• Jefes de control interno," in todo.split("\n")  # cada viñeta en su línea
    fuente = colapsar(ruta.read_text(encoding="utf-8"))
    assert all(colapsar(f.texto) in fuente for f in fragmentos)  # ningún fragmento salta un pie de página quitado
    assert "diciembre de 2023- las siguientes" in colapsar(todo)  # un guion tras una cifra no es corte de palabra


def test_pdf_con_paginas_encabezados_y_guiones(tmp_path):
    ruta = pdf_guia(
        tmp_path / "guia.pdf",
        [
            ["1. Introducción", "El empalme es el proceso de entrega entre administra-", "ciones salientes y entrantes."],
            ["2. Plazos del informe", "El informe de gestión se entrega en quince días hábiles."],
            ["3. Conclusiones", "La transición termina con la posesión del nuevo gobierno."],
        ],
    )
    fragmentos = cargar(ruta, "guias/guia.pdf", {}, 1200)
    assert fragmentos[0].documento == "Guía de prueba"
    por_seccion = {f.seccion: f for f in fragmentos}
    assert por_seccion["2. Plazos del informe"].pagina == 2
    assert por_seccion["3. Conclusiones"].pagina == 3
    todo = " ".join(f.texto for f in fragmentos)
    assert "administraciones salientes" in todo  # guion de corte reparado
    assert "Página" not in todo and "Departamento Nacional de Planeación - Guía" not in todo


def test_pdf_sin_titulo_toma_el_primer_encabezado(tmp_path):
    paginas = [["1. Orientaciones para el empalme", "Texto de la guía."], ["2. Actas", "Otro texto."], ["3. Cierre", "Fin."]]
    ruta = pdf_guia(tmp_path / "g.pdf", paginas, titulo=None)
    assert cargar(ruta, "g.pdf", {}, 1200)[0].documento == "1. Orientaciones para el empalme"


@pytest.mark.parametrize(
    "fabricar, mensaje",
    [
        (lambda d: pdf_danado(d / "danado.pdf"), "dañado"),
        (lambda d: pdf_cifrado(pdf_guia(d / "base.pdf", [["1. Hola", "Texto."]]), d / "cifrado.pdf"), "contraseña"),
        (lambda d: pdf_sin_texto(d / "vacio.pdf"), "no tiene texto"),
    ],
)
def test_pdf_malo_da_error_claro_en_espanol(tmp_path, fabricar, mensaje):
    ruta = fabricar(tmp_path)
    with pytest.raises(ErrorDeDocumento, match=mensaje):
        cargar(ruta, ruta.name, {}, 1200)
