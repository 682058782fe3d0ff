"""La vista de una fuente (artículo completo, cita resaltada, enlace oficial) y las preguntas de seguimiento,
sobre fragmentos reales del corpus (los cargadores reales, sin índice)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from asistente.config import RAIZ
from asistente.respuesta import Cita, Respuesta
from asistente.sugerencias import nombre_con_articulo, sugerir
from indexacion.cargadores import cargar
from indexacion.indexador import leer_manifiesto
from interfaz.fuentes import Fuentes, enlace_seguro, pagina_fuente, sin_vinetas

CORPUS = RAIZ / "corpus"


@pytest.fixture(scope="module")
def manifiesto():
    return leer_manifiesto(CORPUS)


def _fragmentos(manifiesto, *archivos):
    return [f for a in archivos for f in cargar(CORPUS / a, a, manifiesto.get(a, {}), 1200)]


def test_vista_une_la_seccion_entera_y_resalta_solo_la_cita(manifiesto):
    fragmentos = _fragmentos(manifiesto, "guias/protocolo_juntos_por_el_territorio.txt")
    seccion = [f for f in fragmentos if f.seccion == fragmentos[0].seccion]
    assert len(seccion) > 1, "la prueba necesita una sección partida en varios fragmentos"
    citado = seccion[1]
    cita = " ".join(citado.texto.split()[3:15])
    vista = Fuentes(manifiesto).vista("v1", fragmentos, citado, cita)
    bloques = vista["articulo"]["bloques"]
    assert [b["fragmento_id"] for b in bloques] == [f.id for f in seccion]  # toda la sección, en orden
    resaltado = [p["texto"] for b in bloques for p in b["partes"] if p["resaltado"]]
    assert [" ".join(t.split()) for t in resaltado] == [cita]
    assert "".join(p["texto"] for p in bloques[1]["partes"]) == citado.texto  # nada se pierde al partir
    assert vista["enlace"] == manifiesto["guias/protocolo_juntos_por_el_territorio.txt"]["fuente"]  # respaldo del manifiesto


def test_sin_cita_o_cita_ajena_se_resalta_el_fragmento(manifiesto):
    fragmentos = _fragmentos(manifiesto, "normas/LEY-951-2005.md")
    f = fragmentos[3]
    for cita in (None, "texto que no está en el artículo"):
        partes = Fuentes(manifiesto).vista("v1", fragmentos, f, cita)["articulo"]["bloques"][0]["partes"]
        assert [p["resaltado"] for p in partes] == [True] and partes[0]["texto"] == f.texto


def test_enlace_del_fragmento_gana_y_solo_http(manifiesto):
    fragmentos = _fragmentos(manifiesto, "normas/LEY-951-2005.md")
    propio = replace(fragmentos[0], enlace="https://www.suin-juriscol.gov.co/x#art1")
    assert Fuentes(manifiesto).enlace(propio) == "https://www.suin-juriscol.gov.co/x#art1"
    assert Fuentes(manifiesto).enlace(replace(fragmentos[0], enlace="javascript:alert(1)")).startswith("https://")
    sin_enlace = replace(fragmentos[0], enlace="")
    assert Fuentes(manifiesto).enlace(sin_enlace) == manifiesto["normas/LEY-951-2005.md"]["fuente"]  # respaldo
    assert Fuentes({}).enlace(sin_enlace) == ""  # sin enlace ni manifiesto: ningún enlace roto
    assert enlace_seguro('https://a.b/"onmouseover=x') == ""


def test_pagina_fuente_escapa_el_texto(manifiesto):
    fragmentos = _fragmentos(manifiesto, "normas/LEY-951-2005.md")
    f = replace(fragmentos[0], texto="Artículo <script>alert(1)</script> & más", vigencia="Modificado por <b>x</b>")
    html = pagina_fuente(Fuentes(manifiesto).vista("v1", [f], f, None))
    assert "<script>alert" not in html and "&lt;script&gt;" in html and "&lt;b&gt;x" in html


def test_sugerencias_nombran_secciones_vecinas_que_existen(manifiesto):
    fragmentos = _fragmentos(manifiesto, "guias/protocolo_juntos_por_el_territorio.txt", "normas/LEY-951-2005.md")
    posicion = {f.id: i for i, f in enumerate(fragmentos)}
    citado = next(f for f in fragmentos if "Transición" in f.seccion)
    r = Respuesta("¿Qué pasa en la transición de gobierno?", "…",
                  [Cita(1, citado.archivo, citado.documento, citado.seccion, None, citado.texto[:80], citado.id)])
    sugerencias = sugerir(r, fragmentos, posicion)
    assert 2 <= len(sugerencias) <= 3 and len(set(sugerencias)) == len(sugerencias)
    temas = {f.seccion.split(" › ")[-1] for f in fragmentos if f.archivo == citado.archivo}
    for s in sugerencias:
        assert s.startswith("¿Qué dice el Protocolo de acompañamiento sobre «")
        tema = s.split("«")[1].split("»")[0]
        assert any(tema in t for t in temas) and tema not in citado.seccion


def test_articulos_sin_titulo_y_nombres():
    assert nombre_con_articulo("Ley 951 de 2005 — Acta de informe de gestión") == "la Ley 951 de 2005"
    assert nombre_con_articulo("Constitución Política de Colombia") == "la Constitución"
    assert nombre_con_articulo("Protocolo de acompañamiento — Estrategia") == "el Protocolo de acompañamiento"


def test_constitucion_enlaza_al_articulo_y_une_sus_fragmentos(manifiesto):
    """Con el cargador de la Constitución cada artículo trae su ancla oficial: la vista usa ésa, no la portada."""
    fragmentos = _fragmentos(manifiesto, "normas/CONSTITUCION-1991.md")
    articulo = [f for f in fragmentos if f.seccion == "Artículo 42"]
    assert len(articulo) > 1
    vista = Fuentes(manifiesto).vista("v1", fragmentos, articulo[-1], None)
    assert vista["enlace"].endswith("#42") and vista["enlace"] != manifiesto["normas/CONSTITUCION-1991.md"]["fuente"]
    assert [b["fragmento_id"] for b in vista["articulo"]["bloques"]] == [f.id for f in articulo]
    assert [b["citado"] for b in vista["articulo"]["bloques"]][-1] is True


def test_articulos_sin_titulo_sugieren_el_tema_de_su_capitulo(manifiesto):
    """La Ley 951 no titula sus artículos: la sugerencia nombra el capítulo (la búsqueda no resuelve «artículo N»)."""
    fragmentos = _fragmentos(manifiesto, "normas/LEY-951-2005.md")
    posicion = {f.id: i for i, f in enumerate(fragmentos)}
    citado = next(f for f in fragmentos if f.seccion == "Artículo 4")
    r = Respuesta("¿Cuánto tengo para entregar el informe de gestión?", "…",
                  [Cita(1, citado.archivo, citado.documento, citado.seccion, None, "…", citado.id)])
    sugerencias = sugerir(r, fragmentos, posicion)
    assert len(sugerencias) >= 2
    assert not any("artículo" in s.lower().split("«")[0] for s in sugerencias)
    capitulos = " ".join(f.contexto for f in fragmentos).lower()
    assert all(s.split("«")[1].split("»")[0].lower().removeprefix("el ").removeprefix("la ").removeprefix("las ") in capitulos
               for s in sugerencias)


def test_pdf_muestra_las_paginas_de_la_seccion():
    """En un PDF la sección puede cruzar páginas: la vista da el rango y la página de cada bloque."""
    archivo = "PDM-Timbiqui-Cauca-2012-2015.pdf"
    fragmentos = cargar(RAIZ / "tests" / "fixtures" / archivo, archivo, {}, 1200)
    seccion = [f for f in fragmentos if f.seccion == "4. Eje Territorial"]
    vista = Fuentes({}).vista("v1", fragmentos, seccion[-1], None)
    paginas = vista["articulo"]["paginas"]
    assert len(paginas) > 1 and paginas == sorted({f.pagina for f in seccion})
    assert [b["pagina"] for b in vista["articulo"]["bloques"]] == [f.pagina for f in seccion]
    html = pagina_fuente(vista)
    assert f"págs. {paginas[0]}–{paginas[-1]}" in html and f"pág. {paginas[-1]}" in html
    assert vista["enlace"] == "" and "Ver el texto oficial" not in html  # PDF sin enlace: no hay botón roto


def test_las_listas_se_leen_como_en_el_texto_oficial(manifiesto):
    """«- 1. El informe resumido…» del Markdown se muestra «1. El informe resumido…»; la API no cambia el texto."""
    fragmentos = _fragmentos(manifiesto, "normas/LEY-951-2005.md")
    f = next(f for f in fragmentos if "- 1. El informe resumido" in f.texto)
    cita = "Detalle de los presupuestos, programas, estudios y proyectos."
    vista = Fuentes(manifiesto).vista("v1", fragmentos, f, cita)
    crudo = "".join(p["texto"] for b in vista["articulo"]["bloques"] for p in b["partes"])
    assert "- 1. El informe resumido" in crudo  # la API entrega el texto tal cual
    pagina = pagina_fuente(vista)
    assert "1. El informe resumido" in pagina and "- 1. El informe" not in pagina
    assert f'<mark id="citado">{cita}</mark>' in pagina  # el resaltado no se mueve
    partes = [{"texto": "Son:\n- a) uno\n- Promover", "resaltado": False}, {"texto": "- 2. no es viñeta", "resaltado": True}]
    assert [p["mostrar"] for p in sin_vinetas(partes)] == ["Son:\na) uno\n• Promover", "- 2. no es viñeta"]


def test_una_tarjeta_por_articulo_y_la_pestana_plazos_es_un_enlace(manifiesto):
    """Dos citas del mismo artículo (la regla y su parágrafo) son una fuente: una tarjeta «1, 2», no dos iguales."""
    from interfaz.chat import formatear

    fragmentos = _fragmentos(manifiesto, "normas/LEY-951-2005.md")
    f, g = fragmentos[3], fragmentos[5]
    citas = [Cita(1, f.archivo, f.documento, f.seccion, f.pagina, f.texto[:40], f.id).a_dict(),
             Cita(2, f.archivo, f.documento, f.seccion, f.pagina, f.texto[-30:], f.id).a_dict(),
             Cita(3, g.archivo, g.documento, g.seccion, g.pagina, g.texto[:40], g.id).a_dict()]
    html = formatear("**Plazo:** «…» [1][2]\n\nPara la fecha exacta, use la pestaña **Plazos**.", citas)
    tarjetas = html.count('class="fuente-tarjeta"')
    assert tarjetas == (2 if f.seccion != g.seccion else 1)
    assert '<span class="num">1, 2</span>' in html
    assert '<a class="ir-plazos" href="#pestana-plazos">pestaña <strong>Plazos</strong></a>' in html


@pytest.mark.parametrize("nota, etiqueta", [
    ("Aparte subrayado CONDICIONALMENTE exequible", "Condicionado"),  # antes la ficha decía «Aparte»
    ("Numeral declarado inexequible", "Inexequible en parte"),
    ("Artículo declarado inexequible", "Inexequible"),
    ("Modificado por el artículo 29 de la Ley 1551 de 2012", "Modificado"),
    ("Adicionado por el artículo 40 de la Ley 1551 de 2012", "Adicionado"),
    ("El cabildo abierto lo regula hoy el artículo 22 de la Ley 1757 de 2015", "Reemplazado"),  # antes «El»
    # Segunda lectura: la reforma anulada deja vigente el texto citado; un artículo entero derogado no es «en parte».
    ("La modificación realizada por el artículo 142 del Decreto Ley 403 de 2020, fue declarada inexequible",
     "Vigente (texto anterior)"),
    ("Derogado por el artículo 96 de la Ley 617 de 2000", "Derogado"),
    ("Aparte subrayado declarado EXEQUIBLE", "Exequible"),
    ("Literal a) declarado inexequible", "Inexequible en parte"),
    ("Modificado por el artículo 2 de la Ley 1551 de 2012; Numeral declarado inexequible", "Modificado"),
])
def test_la_ficha_resume_la_vigencia_en_una_palabra_que_se_entiende(nota, etiqueta):
    from interfaz.chat import etiqueta_vigencia
    assert etiqueta_vigencia(nota) == etiqueta


def test_tras_un_rechazo_las_fichas_son_las_del_perfil():
    from interfaz.chat import PREGUNTAS_INICIALES, siguientes
    assert siguientes([], "ctp") == PREGUNTAS_INICIALES["ctp"]
    assert siguientes(["¿Y quién lo aprueba?"], "ctp") == ["¿Y quién lo aprueba?"]
    assert siguientes([], None) == PREGUNTAS_INICIALES["ciudadania"]
