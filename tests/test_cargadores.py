"""Cargadores y fragmentación sobre los textos reales del corpus y sobre PDF generados."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from indexacion.cargadores import ErrorDeDocumento, cargar
from indexacion.texto import colapsar
from tests.conftest import CORPUS
from tests.pdfs import pdf_cifrado, pdf_con_pagina_escaneada, pdf_danado, pdf_guia, pdf_sin_texto


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


# ------------------------------------------------------------------ dialectos de Markdown (archivos reales)

from indexacion.cargadores.ley_markdown import detectar_formato, leer_front_matter, normalizar_meta  # noqa: E402

_RUIDO = ("Total de artículos", "Tabla de Contenidos", "**URL", "URL:", "ubicacion:", "## art:", "El Presidente del honorable Senado")


def _numeros(fragmentos) -> list[str]:
    """Números de artículo distintos, en orden ("1", "22A", "34-1", "transitorio 112"…)."""
    vistos: dict[str, None] = {}
    for f in fragmentos:
        m = re.match(r"Artículo ((?:transitorio )?[\w-]+(?: \(Acto Legislativo [^)]+\))?)", f.seccion)
        if m and f.tipo == "norma":
            vistos.setdefault(m.group(1), None)
    return list(vistos)


def _literal_y_sin_ruido(nombre: str, fragmentos) -> None:
    fuente = colapsar((CORPUS / "normas" / nombre).read_text(encoding="utf-8"))
    for f in fragmentos:
        assert colapsar(f.texto) in fuente, (nombre, f.seccion)  # tramo contiguo y literal de la fuente
        for ruido in _RUIDO:
            assert ruido not in f.texto, (nombre, f.seccion, ruido)
        assert not re.search(r"<[^<>]*(?:EXEQUIBLE|exequible|modificad|criterio del editor)", f.texto), (nombre, f.seccion)
        assert f.enlace.startswith("http"), (nombre, f.seccion)


@pytest.mark.parametrize(
    "nombre, formato, ident, fuente",
    [
        ("LEY-152-1994.md", "suin", "LEY-152-1994", "suin-juriscol.gov.co"),
        ("LEY-136-1994.md", "suin", "LEY-136-1994", "suin-juriscol.gov.co"),
        ("LEY-1757-2015.md", "senado", "LEY-1757-2015", "secretariasenado.gov.co"),
        ("CONSTITUCION-1991.md", "constitucion", "CONSTITUCION-1991", ""),
    ],
)
def test_detector_de_formato_y_front_matter(nombre, formato, ident, fuente):
    meta, cuerpo = leer_front_matter((CORPUS / "normas" / nombre).read_text(encoding="utf-8"))
    assert detectar_formato(cuerpo) == formato
    datos = normalizar_meta(meta, cuerpo, nombre)
    assert datos.identificador == ident and fuente in datos.fuente and datos.titulo


def test_senado_ley_1757_articulos_ubicacion_y_vigencia():
    fragmentos = ley("LEY-1757-2015.md")
    numeros = _numeros(fragmentos)
    assert numeros == [str(n) for n in range(1, 112)] + ["transitorio 112", "113"]
    art9 = [f for f in fragmentos if f.seccion == "Artículo 9. Cantidad de apoyos a recolectar"]
    assert art9 and art9[0].contexto == (
        "Título II. De los mecanismos de participación ciudadana › Capítulo I. Reglas comunes a los mecanismos de "
        "participación ciudadana")
    todo9 = "\n".join(f.texto for f in art9)
    assert "e) Para presentar una revocatoria de mandato" in todo9 and "treinta por ciento (30%)" in todo9
    assert "PARÁGRAFO 1o." in todo9  # el parágrafo sigue con su artículo
    # "<Aparte subrayado CONDICIONALMENTE exequible> Las reglas sobre publicidad…": nota → vigencia, texto intacto.
    con_nota = next(f for f in fragmentos if f.texto.startswith("Las reglas sobre publicidad, encuestas"))
    assert con_nota.vigencia == "Aparte subrayado CONDICIONALMENTE exequible"
    assert all(f.enlace == "http://www.secretariasenado.gov.co/senado/basedoc/ley_1757_2015.html" for f in fragmentos)
    _literal_y_sin_ruido("LEY-1757-2015.md", fragmentos)


def test_senado_leyes_1909_y_2200():
    l1909 = ley("LEY-1909-2018.md")
    assert _numeros(l1909) == [str(n) for n in range(1, 33)]
    _literal_y_sin_ruido("LEY-1909-2018.md", l1909)
    l2200 = ley("LEY-2200-2022.md")
    numeros = _numeros(l2200)
    # 154 artículos; uno sólo dice "<Artículo INEXEQUIBLE>" y no deja texto que citar.
    assert len(numeros) == 153 and numeros[-1] == "154"
    art16 = [f for f in l2200 if f.seccion.startswith("Artículo 16.")]
    assert art16 and all(f.vigencia == "Artículo modificado por el artículo 2 de la Ley 2298 de 2023" for f in art16)
    _literal_y_sin_ruido("LEY-2200-2022.md", l2200)


def test_constitucion_articulos_titulos_capitulos_y_anclas():
    fragmentos = ley("CONSTITUCION-1991.md")
    numeros = _numeros(fragmentos)
    permanentes = [n for n in numeros if not n.startswith("transitorio")]
    # Los 380 artículos permanentes; el 76 está vacío en la fuente ("ARTICULO 76." sin texto: derogado).
    assert {int(re.match(r"\d+", n).group()) for n in permanentes} == set(range(1, 381)) - {76}
    assert {"22A", "238A", "257A"} <= set(permanentes) and "178A" not in permanentes  # 178A: sin texto en la fuente
    transitorios = [n for n in numeros if n.startswith("transitorio")]
    assert len(transitorios) > 60 and "transitorio 1 (Acto Legislativo 01 de 2017)" in transitorios
    art339 = [f for f in fragmentos if f.seccion == "Artículo 339"]
    assert len(art339) == 1
    assert art339[0].contexto == "Título XII. Del régimen económico y de la hacienda pública › Capítulo 2. De los planes de desarrollo"
    assert art339[0].enlace == "http://www.secretariasenado.gov.co/senado/basedoc/constitucion_politica_1991_pr011.html#339"
    assert art339[0].texto.startswith("ARTICULO 339. Habrá un Plan Nacional de Desarrollo")
    assert art339[0].texto.endswith("por una parte estratégica y un plan de inversiones de mediano y corto plazo.")
    art340 = next(f for f in fragmentos if f.seccion == "Artículo 340")
    assert "consejos territoriales de planeación" in art340.texto
    assert next(f for f in fragmentos if f.seccion == "Artículo 259").contexto.startswith("Título IX.")
    _literal_y_sin_ruido("CONSTITUCION-1991.md", fragmentos)


@pytest.mark.parametrize(
    "nombre, total, ausentes",
    [
        # ausentes: artículos que en la fuente sólo dicen "Derogado"/"Declarado inexequible" (o que no trae)
        ("LEY-136-1994.md", 203, {"162", "192", "199", "202"}),
        ("LEY-1474-2011.md", 135, None),
        ("LEY-617-2000.md", 96, None),  # el 96, dentro de una tabla (test_suin_articulo_en_celda_de_tabla_…)
        ("LEY-715-2001.md", 113, {"72"}),
        ("LEY-388-1997.md", 139, {"62", "94"}),
    ],
)
def test_suin_en_espanol_articulos_en_secuencia(nombre, total, ausentes):
    fragmentos = ley(nombre)
    numeros = _numeros(fragmentos)
    enteros = [int(re.match(r"\d+", n).group()) for n in numeros if n[0].isdigit()]
    assert enteros == sorted(enteros) and max(enteros) == total  # los citados dentro de otro no abren artículo
    if ausentes is not None:
        assert {str(n) for n in range(1, total + 1)} - set(numeros) == ausentes
    _literal_y_sin_ruido(nombre, fragmentos)
    assert not any("Presidente del honorable Senado" in f.texto for f in fragmentos)  # sin firmas


def test_suin_en_espanol_epigrafes_jerarquia_y_texto_modificado():
    l136 = ley("LEY-136-1994.md")
    art3 = [f for f in l136 if f.seccion == "Artículo 3. Funciones de los municipios"]
    assert art3 and art3[0].contexto.startswith("I. PRINCIPIOS GENERALES")
    assert any("Parágrafo 4°." in f.texto for f in art3)  # parágrafos con su artículo
    assert next(f for f in l136 if f.seccion.startswith("Artículo 84.")).contexto == "VI. ALCALDES"
    l1474 = ley("LEY-1474-2011.md")
    art74 = [f for f in l1474 if f.seccion.startswith("Artículo 74.")]
    assert art74 and "31 de enero" in "\n".join(f.texto for f in art74)
    # "Artículo 9°… Modifíquese el artículo 14 de la Ley 87…" trae el artículo 14 de esa ley dentro del 9.
    assert any(f.seccion.startswith("Artículo 9. Reportes") and "Artículo 14" in f.seccion for f in l1474)
    l715 = ley("LEY-715-2001.md")
    assert next(f for f in l715 if f.seccion.startswith("Artículo 5.")).contexto == (
        "TÍTULO II. SECTOR EDUCACION › CAPITULO I. Competencias de la Nación")
    l388 = ley("LEY-388-1997.md")
    assert next(f for f in l388 if f.seccion.startswith("Artículo 9")).contexto == "CAPITULO III. Planes de ordenamiento territorial"


def test_suin_articulo_en_celda_de_tabla_ley_617_articulo_96():
    """SUIN envuelve el art. 96 de la Ley 617 en una tabla (`| **Artículo 96.***Vigencia y derogatorias.*La presente…
    | |`) tras «**Artículo transitorio.** Inexequible.»: el 96 es artículo propio y el transitorio no se queda su texto."""
    from evaluacion.metricas import cita_textual
    from indexacion.oraciones import unidades

    fragmentos = ley("LEY-617-2000.md")
    art96 = [f for f in fragmentos if f.seccion.startswith("Artículo 96")]
    assert len(art96) == 1 and "Vigencia y derogatorias" in art96[0].seccion
    assert art96[0].texto.startswith("Artículo 96.Vigencia y derogatorias.La presente ley rige a partir de su promulgación")
    assert "|" not in art96[0].texto and art96[0].vigencia == ""  # sin los `|`: se parte en oraciones, no como fila
    assert art96[0].contexto == next(f for f in fragmentos if f.seccion.startswith("Artículo 95")).contexto
    # El transitorio sólo dice «Inexequible»: no forma fragmento y nadie más lleva el texto del 96 ni la tabla.
    otros = [f for f in fragmentos if f not in art96]
    assert not any("La presente ley rige a partir de su promulgación" in f.texto for f in otros)
    assert not any(f.seccion.lower().startswith("artículo transitori") for f in fragmentos)
    assert all(unidades(f.texto) for f in fragmentos)  # ni un fragmento que sea sólo la tabla vacía ("| | |", "| --- |")
    oraciones = unidades(art96[0].texto)
    assert len(oraciones) > 1 and oraciones[0].startswith("Artículo 96.")
    assert all(cita_textual({"archivo": "normas/LEY-617-2000.md", "texto": u}, CORPUS) for u in oraciones)
    assert any("Ley 200 de 1995." in u for u in oraciones)


def test_suin_en_ingles_ley_152_articulo_39_completo():
    fragmentos = ley("LEY-152-1994.md")
    art39 = [f for f in fragmentos if f.seccion.startswith("Artículo 39")]
    texto = "\n".join(f.texto for f in art39)
    fuente = (CORPUS / "normas" / "LEY-152-1994.md").read_text(encoding="utf-8")
    bloque = fuente[fuente.index("**Artículo 39"): fuente.index("##### **Artículo 40")]
    numerales = re.findall(r"^- (\d+)\.", bloque, re.M)
    assert numerales and all(f"- {n}." in texto for n in numerales)
    assert all(f.enlace == "https://www.suin-juriscol.gov.co/viewDocument.asp?id=1651907" for f in fragmentos)


# ------------------------------------------------------------------ PDF reales

FIXTURES = CORPUS.parent / "tests" / "fixtures"


def test_pdf_guia_dnp_laminas_con_titulo_y_pagina():
    ruta = CORPUS / "guias" / "DNP-guia-orientadora-definicion-productos-2024.pdf"
    avisos: list[str] = []
    fragmentos = cargar(ruta, "guias/guia.pdf", {"fuente": "https://www.dnp.gov.co"}, 1200, avisos)
    por_seccion = {f.seccion: f for f in fragmentos}
    assert por_seccion["¿Qué es un producto?"].pagina == 4
    assert "Catálogo de Productos de la MGA" in por_seccion["¿Qué es un producto?"].texto
    assert por_seccion["Tips para los indicadores de producto"].pagina == 31
    assert "1. Deben ser coherentes y pertinentes" in por_seccion["Tips para los indicadores de producto"].texto
    assert fragmentos[0].seccion == "Guía orientadora para la definición de productos"
    assert all(f.pagina and f.enlace == "https://www.dnp.gov.co" for f in fragmentos)
    assert not any("www.dnp.gov.co" in f.texto for f in fragmentos)  # encabezado repetido de las láminas
    # Las láminas 1 (portada) y 34 son imágenes: se informan, no se indexan vacías.
    assert len(avisos) == 1 and "1, 34" in avisos[0] and "texto" in avisos[0]


def test_pdf_pdm_timbiqui_sin_membrete_ni_numeros_y_en_orden():
    ruta = FIXTURES / "PDM-Timbiqui-Cauca-2012-2015.pdf"
    fragmentos = cargar(ruta, "ejemplos/pdm.pdf", {}, 1200)
    assert fragmentos[0].documento == "PLAN DE DESARROLLO TIMBIQUÍ"
    lineas = [l.strip() for f in fragmentos for l in f.texto.split("\n")]
    for membrete in ("REPUBLICA DE COLOMBIA", "DEPARTAMENTO DEL CAUCA", "NIT. 800051167-1"):
        assert not any(l.startswith(membrete) for l in lineas), membrete  # "…MAR DEL DEPARTAMENTO DEL CAUCA" es texto
    assert not any(re.fullmatch(r"\d{1,2}", l) for l in lineas)  # números de página
    assert {f.pagina for f in fragmentos} >= set(range(1, 60, 7))
    # Orden de lectura: la misión (art. 4) antes del objetivo general (art. 6), ambos en la página 8.
    mision = next(f for f in fragmentos if "Articulo 4. MISIÓN" in f.texto)
    objetivo = next(f for f in fragmentos if "Articulo 6 OBJETIVO GENERAL" in f.texto)
    assert mision.pagina == objetivo.pagina == 8 and mision.orden < objetivo.orden
    assert [f.orden for f in fragmentos] == sorted(f.orden for f in fragmentos)
    assert [f.pagina for f in fragmentos] == sorted(f.pagina for f in fragmentos)


def test_pdf_con_pagina_escaneada_se_informa_y_el_resto_se_indexa(tmp_path):
    ruta = pdf_con_pagina_escaneada(tmp_path / "g.pdf", [
        ["1. Empalme", "El acta de empalme se firma ante control interno."],
        None,
        ["2. Anexos", "Los anexos incluyen los inventarios de bienes."],
    ])
    avisos: list[str] = []
    fragmentos = cargar(ruta, "guias/g.pdf", {}, 1200, avisos)
    assert {f.pagina for f in fragmentos} == {1, 3}
    assert all(f.texto.strip() for f in fragmentos)
    assert avisos == ["g.pdf: la página 2 no tiene texto extraíble (¿escaneada o sólo imagen?); no se indexó: "
                      "pase OCR al PDF para consultarla."]


# ------------------------------------------------------------------ tabla de reemplazos (corpus/vigencia.yaml)

from indexacion.vigencia import Referencia, aplicar_reemplazos, es_del_articulo, leer_reemplazos, vigente  # noqa: E402

_REEMPLAZOS = leer_reemplazos(CORPUS)


def _fragmentos_de(ref: Referencia):
    return [f for f in cargar(CORPUS / ref.archivo, ref.archivo, {}, 1200) if es_del_articulo(f, ref)]


@pytest.mark.parametrize("r", _REEMPLAZOS, ids=lambda r: f"{r.anterior}->{r.posterior}")
def test_cada_reemplazo_existe_en_los_textos(r):
    anterior, posterior = _fragmentos_de(r.anterior), _fragmentos_de(r.posterior)
    assert anterior, f"no existe {r.anterior}"
    assert posterior, f"no existe {r.posterior}"
    texto = colapsar(" ".join(f.texto for f in posterior) + " " + " ".join(f.seccion for f in posterior))
    assert colapsar(r.menciona) in texto, f"{r.posterior} no menciona «{r.menciona}»"
    assert r.tipo in {"modifica", "adiciona", "reemplaza"} and r.nota


def test_tabla_cubre_revocatoria_cabildo_y_ley_136():
    anteriores = {str(r.anterior) for r in _REEMPLAZOS}
    assert {"normas/LEY-131-1994.md#7", "normas/LEY-134-1994.md#64", "normas/LEY-134-1994.md#82"} <= anteriores
    assert sum(1 for a in anteriores if a.startswith("normas/LEY-136-1994.md")) >= 20
    # La cadena 131 → 741 → 1757: el vigente es el artículo 9 de la Ley 1757 (30 % de apoyos).
    assert vigente(_REEMPLAZOS, "normas/LEY-131-1994.md", "7") == Referencia("normas/LEY-1757-2015.md", "9")
    assert vigente(_REEMPLAZOS, "normas/LEY-1757-2015.md", "9") is None


def test_fragmentos_reemplazados_llevan_el_vigente_y_la_nota():
    marcados = aplicar_reemplazos(ley("LEY-131-1994.md"), _REEMPLAZOS)
    art7 = [f for f in marcados if f.seccion.startswith("Artículo 7")]
    assert art7 and all(f.reemplazado_por == "normas/LEY-1757-2015.md#9" for f in art7)
    assert all(f.vigencia == "Modificado por el artículo 1 de la Ley 741 de 2002" for f in art7)
    assert all(f.reemplazado_por == "" for f in marcados if f.seccion.startswith("Artículo 3"))
    l136 = aplicar_reemplazos(ley("LEY-136-1994.md"), _REEMPLAZOS)
    art91 = [f for f in l136 if f.seccion.startswith("Artículo 91.")]
    assert art91 and all(f.vigencia == "Modificado por el artículo 29 de la Ley 1551 de 2012" for f in art91)


def test_guia_pdf_toda_oracion_citable_es_textual():
    """Una URL quitada en medio de una lámina no une lo de antes y lo de después (la cita sería inventada)."""
    from evaluacion.metricas import cita_textual
    from indexacion.cargadores import cargar
    from indexacion.oraciones import unidades

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    archivo = "guias/DNP-guia-orientadora-definicion-productos-2024.pdf"
    fragmentos = cargar(corpus / archivo, archivo, {}, 2500, [])
    no_textuales = [u for f in fragmentos for u in unidades(f.texto)
                    if not cita_textual({"archivo": archivo, "texto": u}, corpus)]
    assert not no_textuales


def test_nombre_de_articulo_sin_ordinal_y_con_palabras_enteras():
    """El ordinal tras la cifra («3º», «3o.») sobra; «transitorio» y «único» no pierden su última letra (antes un
    `rstrip('º°oª')` dejaba «Artículo transitori»)."""
    from indexacion.cargadores.ley_markdown import nombre_articulo

    assert nombre_articulo("Artículo 3º. Funciones", "3").split(".")[0] == "Artículo 3"
    assert nombre_articulo("Artículo 3o. Funciones", "3").split(".")[0] == "Artículo 3"
    assert nombre_articulo("Artículo transitorio. Inexequible.", "transitorio").startswith("Artículo transitorio")
    assert nombre_articulo("Artículo único. Vigencia", "único").startswith("Artículo único")
