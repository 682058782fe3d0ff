"""Indexación incremental y atómica con el modelo real y Chroma embebido real."""

from __future__ import annotations

import pytest

import indexacion.indexador as indexador
from asistente import Asistente
from asistente.config import Ajustes
from indexacion.almacen import Almacen
from indexacion.indexador import indexar
from tests.pdfs import pdf_cifrado, pdf_danado, pdf_guia

MODELO = "use-multilingue"


def test_reindexacion_incremental(corpus_pequeno, tmp_path):
    almacen = Almacen(tmp_path / "datos")
    primero = indexar(corpus_pequeno, almacen, modelo=MODELO, tamano_max=1200)
    assert len(primero.nuevos) == 3 and primero.fragmentos > 30

    sin_cambios = indexar(corpus_pequeno, almacen, modelo=MODELO, tamano_max=1200)
    assert sin_cambios.sin_cambios and sin_cambios.version == primero.version

    ley = corpus_pequeno / "normas" / "LEY-131-1994.md"
    ley.write_text(ley.read_text(encoding="utf-8") + "\n##### **ARTICULO 17.** Artículo añadido para la prueba.\n", encoding="utf-8")
    (corpus_pequeno / "normas" / "LEY-951-2005.md").unlink()
    cambio = indexar(corpus_pequeno, almacen, modelo=MODELO, tamano_max=1200)
    assert cambio.modificados == ["normas/LEY-131-1994.md"]
    assert cambio.eliminados == ["normas/LEY-951-2005.md"]
    assert cambio.reutilizados == ["guias/protocolo_juntos_por_el_territorio.txt"]
    fragmentos_131 = [f for f in almacen.leer_fragmentos(cambio.version) if f.archivo.endswith("LEY-131-1994.md")]
    assert cambio.fragmentos_embebidos == len(fragmentos_131)  # sólo se embebió lo que cambió
    assert any("Artículo añadido para la prueba" in f.texto for f in fragmentos_131)
    assert not any(f.archivo.endswith("LEY-951-2005.md") for f in almacen.leer_fragmentos(cambio.version))
    # La colección de Chroma de la versión nueva tiene exactamente sus fragmentos.
    assert almacen.coleccion(cambio.version, MODELO).count() == cambio.fragmentos


def test_otro_analisis_lexico_reindexa_todo(corpus_pequeno, tmp_path, monkeypatch):
    """Con otras familias de raíces (indexacion/familias.yaml) los términos del índice ya no son los de las
    consultas: la versión no se da por «sin cambios»."""
    almacen = Almacen(tmp_path / "datos")
    primero = indexar(corpus_pequeno, almacen, modelo=MODELO, tamano_max=1200)
    monkeypatch.setattr(indexador, "HUELLA_ANALISIS", "otra-huella")
    segundo = indexar(corpus_pequeno, almacen, modelo=MODELO, tamano_max=1200)
    # Versión nueva con su BM25 rehecho, sin volver a embeber: fragmentos y vectores no dependen del análisis.
    assert not segundo.sin_cambios and segundo.version != primero.version
    assert sorted(segundo.reutilizados) == sorted(primero.nuevos) and segundo.fragmentos_embebidos == 0
    assert almacen.leer_meta(segundo.version)["analisis"] == "otra-huella"
    assert indexar(corpus_pequeno, almacen, modelo=MODELO, tamano_max=1200).sin_cambios


def test_pdf_malo_se_informa_y_el_resto_se_indexa(corpus_pequeno, tmp_path):
    guias = corpus_pequeno / "guias"
    pdf_guia(guias / "guia_empalme.pdf", [["1. Empalme", "El acta de empalme se firma en presencia de control interno."],
                                           ["2. Anexos", "Los anexos incluyen inventarios."], ["3. Fin", "Cierre."]])
    pdf_danado(guias / "danado.pdf")
    pdf_cifrado(guias / "guia_empalme.pdf", guias / "cifrado.pdf")
    informe = indexar(corpus_pequeno, Almacen(tmp_path / "datos"), modelo=MODELO, tamano_max=1200)
    assert set(informe.errores) == {"guias/danado.pdf", "guias/cifrado.pdf"}
    assert "dañado" in informe.errores["guias/danado.pdf"]
    assert "contraseña" in informe.errores["guias/cifrado.pdf"]
    assert "guias/guia_empalme.pdf" in informe.nuevos and len(informe.nuevos) == 4


def test_reindexacion_interrumpida_deja_servir_el_indice_anterior(corpus_pequeno, tmp_path, monkeypatch):
    ajustes = Ajustes(corpus_dir=corpus_pequeno, datos_dir=tmp_path / "datos")
    asistente = Asistente(ajustes)
    previa = asistente.indexar().version
    antes = asistente.preguntar("¿En qué plazo se rinde el informe de gestión?")
    assert antes.pasajes[0].fragmento.seccion == "Artículo 4"

    pdf_guia(corpus_pequeno / "guias" / "nueva.pdf", [["1. Nueva guía", "Contenido nuevo de la guía."]])

    def cortar(*_args, **_kwargs):
        raise KeyboardInterrupt  # como un Ctrl+C a mitad del cálculo de embeddings

    monkeypatch.setattr(indexador, "_embeber_con_progreso", cortar)
    with pytest.raises(KeyboardInterrupt):
        Asistente(ajustes).indexar()
    monkeypatch.undo()

    otro_proceso = Asistente(ajustes)  # un servidor que arranca después del corte
    assert otro_proceso.almacen.version_actual() == previa
    despues = otro_proceso.preguntar("¿En qué plazo se rinde el informe de gestión?")
    assert despues.respuesta == antes.respuesta

    final = otro_proceso.indexar()
    assert final.version != previa and final.nuevos == ["guias/nueva.pdf"]
    assert otro_proceso.recuperador.version == final.version


def test_pdm_timbiqui_responde_con_la_pagina_correcta(tmp_path):
    """PDF real de un plan municipal (membrete y NIT en cada página): se indexa y responde con su página."""
    import shutil

    from tests.conftest import CORPUS

    corpus = tmp_path / "corpus"
    (corpus / "guias").mkdir(parents=True)
    shutil.copy(CORPUS.parent / "tests" / "fixtures" / "PDM-Timbiqui-Cauca-2012-2015.pdf", corpus / "guias")
    a = Asistente(Ajustes(corpus_dir=corpus, datos_dir=tmp_path / "datos"))
    informe = a.indexar()
    assert informe.nuevos == ["guias/PDM-Timbiqui-Cauca-2012-2015.pdf"] and not informe.errores
    r = a.preguntar("¿Cuál es la misión del municipio de Timbiquí en el plan de desarrollo?")
    assert not r.sin_respuesta
    assert r.citas[0].pagina == 8 and "Guiar responsable y comprometidamente al municipio" in r.citas[0].texto
    r = a.preguntar("¿Qué significa el valor del respeto para los funcionarios de Timbiquí?")
    assert any(c.pagina == 6 and "RESPETO: Es aceptar al otro" in c.texto for c in r.citas)


def test_pagina_escaneada_queda_en_los_avisos_del_informe(corpus_pequeno, tmp_path):
    from tests.pdfs import pdf_con_pagina_escaneada

    pdf_con_pagina_escaneada(corpus_pequeno / "guias" / "escaneo.pdf", [
        ["1. Empalme", "El acta de empalme se firma ante control interno."], None,
        ["2. Anexos", "Los anexos incluyen los inventarios de bienes."]])
    almacen = Almacen(tmp_path / "datos")
    informe = indexar(corpus_pequeno, almacen, modelo=MODELO, tamano_max=1200)
    assert "guias/escaneo.pdf" in informe.nuevos and not informe.errores
    assert list(informe.avisos) == ["guias/escaneo.pdf"] and "página 2" in informe.avisos["guias/escaneo.pdf"][0]
    assert "con avisos" in informe.resumen()
    paginas = {f.pagina for f in almacen.leer_fragmentos(informe.version) if f.archivo == "guias/escaneo.pdf"}
    assert paginas == {1, 3}
    otra = indexar(corpus_pequeno, almacen, modelo=MODELO, tamano_max=1200)  # sin cambios: el aviso sigue
    assert otra.sin_cambios and list(otra.avisos) == ["guias/escaneo.pdf"]


def test_tabla_de_reemplazos_marca_los_fragmentos_y_su_cambio_reindexa(corpus_pequeno, tmp_path):
    import shutil

    from tests.conftest import CORPUS

    shutil.copy(CORPUS / "normas" / "LEY-741-2002.md", corpus_pequeno / "normas")
    almacen = Almacen(tmp_path / "datos")
    sin_tabla = indexar(corpus_pequeno, almacen, modelo=MODELO, tamano_max=1200)
    assert not any(f.reemplazado_por for f in almacen.leer_fragmentos(sin_tabla.version))
    shutil.copy(CORPUS / "vigencia.yaml", corpus_pequeno / "vigencia.yaml")
    con_tabla = indexar(corpus_pequeno, almacen, modelo=MODELO, tamano_max=1200)
    assert con_tabla.modificados == ["normas/LEY-131-1994.md"]  # sólo el documento que la tabla toca
    art7 = [f for f in almacen.leer_fragmentos(con_tabla.version)
            if f.archivo == "normas/LEY-131-1994.md" and f.seccion.startswith("Artículo 7")]
    # La Ley 1757 no está en este corpus: el vigente es el último de la cadena que sí está (Ley 741, art. 1).
    assert art7 and all(f.reemplazado_por == "normas/LEY-741-2002.md#1" for f in art7)
    assert all("Ley 741 de 2002" in f.vigencia for f in art7)


def test_embeddings_en_procesos_iguales_a_los_de_un_proceso():
    import numpy as np

    from indexacion.embeddings import crear_embebedor, embeber_en_paralelo

    textos = [f"Artículo {n}. El plan de desarrollo municipal se aprueba en el concejo ({n})." for n in range(150)]
    serie = crear_embebedor(MODELO).embeber(textos)
    avance: list[int] = []
    paralelo = np.vstack(embeber_en_paralelo(MODELO, textos, 2, lote=64, al_avanzar=avance.append))
    assert paralelo.shape == serie.shape and sum(avance) == 150
    assert np.allclose(paralelo, serie, atol=1e-5)
