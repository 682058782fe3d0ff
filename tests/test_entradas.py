"""Configuración tipada, entradas hostiles y mensajes en español (issue 12, punto 8)."""

from __future__ import annotations

import json
import unicodedata

import pytest
from fastapi.testclient import TestClient

from asistente.config import Ajustes, ErrorDeConfiguracion
from indexacion.oraciones import unidades
from interfaz.servidor import crear_app

TOKEN = "secreto-de-prueba"


def test_ajustes_tipados_en_espanol(monkeypatch):
    monkeypatch.setenv("ASISTENTE_FUSION", "RRF")
    assert Ajustes().fusion == "rrf"  # antes: 'RRF' no era ninguna rama y se rechazaba todo en silencio
    monkeypatch.setenv("ASISTENTE_FUSION", "bm25")
    with pytest.raises(ErrorDeConfiguracion) as error:
        Ajustes()
    assert "ASISTENTE_FUSION" in str(error.value) and "rrf, lexico, denso" in str(error.value)
    monkeypatch.delenv("ASISTENTE_FUSION")
    with pytest.raises(ErrorDeConfiguracion, match="ASISTENTE_LLM_PROVEEDOR"):
        Ajustes(llm_proveedor="gpt")
    with pytest.raises(ErrorDeConfiguracion, match="no es un valor válido"):
        Ajustes(limite_por_minuto="muchos")
    a = Ajustes(token_admin="muy-secreto", llm_clave="sk-123")
    assert "muy-secreto" not in repr(a) and "sk-123" not in repr(a)
    assert a.secreto(a.token_admin) == "muy-secreto"


def test_regex_de_items_lineal_en_saltos_largos():
    assert unidades("a" + "\n" * 2000 + "b") == ["a", "b"]  # antes: 263 s
    assert unidades("\n" * 2000) == []
    assert unidades("Hola.\n\n- 1. uno\n  a) dos") == ["Hola.", "- 1. uno", "a) dos"]


def test_filas_de_una_tabla_son_unidades_sin_celdas_vacias():
    tabla = "los siguientes límites:\n| | | |\n| --- | --- | --- |\n| Especial | 50% | |\n| Primera | 55% | |\n\nOtra. Y más."
    assert unidades(tabla) == ["los siguientes límites:", "| Especial | 50%", "| Primera | 55%", "Otra.", "Y más."]
    assert unidades("Texto con | barra. Y más.") == ["Texto con | barra.", "Y más."]


@pytest.fixture(scope="module")
def cliente(tmp_path_factory):
    import shutil

    from tests.conftest import CORPUS

    base = tmp_path_factory.mktemp("entradas")
    (base / "corpus" / "normas").mkdir(parents=True)
    shutil.copy(CORPUS / "normas" / "LEY-131-1994.md", base / "corpus" / "normas")
    ajustes = Ajustes(corpus_dir=base / "corpus", datos_dir=base / "datos", token_admin=TOKEN, limite_por_minuto=0)
    with TestClient(crear_app(ajustes, con_chat=False)) as c:
        yield c


def test_nfc_da_la_misma_respuesta(cliente):
    pregunta = "¿Qué es el voto programático?"
    nfd = unicodedata.normalize("NFD", pregunta)
    assert nfd != pregunta
    a = cliente.post("/api/preguntar", json={"pregunta": pregunta}).json()
    b = cliente.post("/api/preguntar", json={"pregunta": nfd}).json()
    assert a["respuesta"] == b["respuesta"] and a["citas"]
    conversacion = cliente.get(f"/api/conversaciones/{b['conversacion_id']}").json()
    assert conversacion["mensajes"][0]["texto"] == pregunta  # se guarda normalizada


@pytest.mark.parametrize("ruta, cuerpo", [
    ("/api/preguntar", '{"pregunta": "hola \\ud800"}'),
    ("/api/preguntar/stream", '{"pregunta": "hola \\ud800"}'),
    ("/api/preguntar", '{"pregunta": "hola", "conversacion_id": "\\udfff"}'),
    ("/api/retroalimentacion", '{"mensaje_id": "\\ud800", "util": true}'),
    ("/api/retroalimentacion", '{"mensaje_id": "x", "util": true, "comentario": "\\ud800"}'),
])
def test_sustitutos_sueltos_dan_422_en_espanol(cliente, ruta, cuerpo):
    r = cliente.post(ruta, content=cuerpo.encode(), headers={"content-type": "application/json"})
    assert r.status_code == 422 and "inválid" in r.json()["error"], r.text


def test_cuerpo_multipart_roto_en_espanol(cliente):
    r = cliente.post("/api/admin/documentos", content=b"--x\r\nbasura", headers={
        "Authorization": f"Bearer {TOKEN}", "content-type": "multipart/form-data; boundary=x"})
    assert 400 <= r.status_code < 500
    assert "There was" not in r.text and "error" in r.json()


def test_stream_nunca_200_vacio(cliente):
    with cliente.stream("POST", "/api/preguntar/stream", json={"pregunta": "¿Qué es el voto programático?"}) as r:
        cuerpo = "".join(r.iter_text())
    assert r.status_code == 200 and "event: fin" in cuerpo
    for malo in ({"pregunta": ""}, {"pregunta": None}, {"pregunta": "x", "perfil": "ovni"}, {}):
        r = cliente.post("/api/preguntar/stream", json=malo)
        assert r.status_code == 422 and json.loads(r.text)["error"]


def test_muletillas_del_chat_no_son_terminos_de_busqueda():
    """«toca» (= hay que) pesaba más que ningún otro término de «y toca aceptarla o q, hay plazo?» por ser rara en
    las leyes; «le tocan» (= le corresponden) sí se conserva."""
    from indexacion.texto import terminos

    assert "toc" not in terminos("oiga y toca aceptarla o q, hay plazo pa eso?")
    assert "acept" in terminos("y toca aceptarla")
    assert terminos("cuantos concejales le tocan") == terminos("concejales tocan")


def test_la_ultima_fila_no_se_lleva_el_parrafo_que_sigue():
    """Revisión del código: sin línea en blanco tras la tabla, la última fila arrastraba el texto siguiente."""
    assert unidades("Valores:\n| Sexta | $296.314 |\nA partir del 1° de enero. Otra.") == [
        "Valores:", "| Sexta | $296.314", "A partir del 1° de enero.", "Otra."]


def test_la_lista_en_la_misma_linea_deja_su_numero_con_el_item():
    """Constitución art. 315: «Son atribuciones del alcalde: 1. Cumplir…» en una línea. La frase que abre la lista
    termina en «:» (así la compone el compositor con sus ítems); antes se quedaba con el «1.» del primer ítem."""
    from indexacion.oraciones import unidades

    us = unidades("ARTICULO 315. Son atribuciones del alcalde: 1. Cumplir y hacer cumplir la Constitución. "
                  "2. Conservar el orden público en el municipio.")
    assert us[1:] == ["Son atribuciones del alcalde:", "1. Cumplir y hacer cumplir la Constitución.",
                      "2. Conservar el orden público en el municipio."]
    # El rótulo que sí se sostiene con su oración sigue unido a ella.
    assert unidades("✓ Momento 1: Informe de gestión.") == ["✓ Momento 1: Informe de gestión."]
    # Numerales de varios niveles (Ley 715): el número va con su texto.
    assert unidades("podrán:\n\n76.9.1. Prevenir los desastres.\n\n76.10. En deporte") == [
        "podrán:", "76.9.1. Prevenir los desastres.", "76.10. En deporte"]
