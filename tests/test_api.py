"""API contra la app real (FastAPI + índice real pequeño + SQLite real)."""

from __future__ import annotations

import json
import threading

import pytest
from fastapi.testclient import TestClient

from asistente.config import Ajustes
from interfaz.persistencia import Persistencia
from interfaz.servidor import crear_app
from tests.pdfs import pdf_danado, pdf_guia

TOKEN = "secreto-de-prueba"


@pytest.fixture
def ajustes(corpus_pequeno, tmp_path) -> Ajustes:
    return Ajustes(corpus_dir=corpus_pequeno, datos_dir=tmp_path / "datos", token_admin=TOKEN, limite_por_minuto=0,
                   max_caracteres_pregunta=200, max_mb_pdf=1)


@pytest.fixture
def cliente(ajustes) -> TestClient:
    with TestClient(crear_app(ajustes, con_chat=False)) as c:
        yield c


def test_preguntar_con_citas_y_seguimiento(cliente):
    r = cliente.post("/api/preguntar", json={"pregunta": "¿Quién debe rendir el acta de informe de gestión?", "perfil": "funcionario"})
    assert r.status_code == 200
    datos = r.json()
    assert datos["citas"] and not datos["sin_respuesta"]
    assert {"archivo", "documento", "seccion", "pagina", "texto", "fragmento_id"} <= set(datos["citas"][0])
    seguimiento = cliente.post("/api/preguntar", json={"pregunta": "¿y en cuánto tiempo?", "conversacion_id": datos["conversacion_id"]})
    assert seguimiento.status_code == 200
    assert "quince (15) días hábiles" in seguimiento.json()["respuesta"]
    conversacion = cliente.get(f"/api/conversaciones/{datos['conversacion_id']}").json()
    assert [m["rol"] for m in conversacion["mensajes"]] == ["usuario", "asistente", "usuario", "asistente"]
    assert conversacion["mensajes"][3]["id"] == seguimiento.json()["mensaje_id"]


def test_stream_envia_texto_progresivo_y_citas_al_final(cliente):
    with cliente.stream("POST", "/api/preguntar/stream", json={"pregunta": "¿Qué es el voto programático?"}) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        cuerpo = "".join(r.iter_text())
    eventos = [bloque for bloque in cuerpo.strip().split("\n\n") if bloque.strip()]
    tipos = [b.split("\n")[0].removeprefix("event: ") for b in eventos]
    assert tipos.count("texto") > 5 and tipos[-3:] == ["respuesta", "citas", "fin"]
    texto = "".join(json.loads(b.split("data: ", 1)[1]) for b, t in zip(eventos, tipos) if t == "texto")
    completa = cliente.post("/api/preguntar", json={"pregunta": "¿Qué es el voto programático?"}).json()
    assert texto == completa["respuesta"] == json.loads(eventos[-3].split("data: ", 1)[1])
    citas = json.loads(eventos[-2].split("data: ", 1)[1])
    assert citas[0]["fragmento_id"] == completa["citas"][0]["fragmento_id"]


def test_documentos_fragmentos_y_salud(cliente):
    documentos = cliente.get("/api/documentos").json()
    assert {d["archivo"] for d in documentos} == {"normas/LEY-951-2005.md", "normas/LEY-131-1994.md",
                                                   "guias/protocolo_juntos_por_el_territorio.txt"}
    assert all(d["fragmentos"] > 0 for d in documentos)
    cita = cliente.post("/api/preguntar", json={"pregunta": "¿Qué es el voto programático?"}).json()["citas"][0]
    fragmento = cliente.get(f"/api/fragmentos/{cita['fragmento_id']}").json()
    assert cita["texto"].split("\n")[0] in fragmento["texto"]
    assert cliente.get("/api/fragmentos/no-existe").status_code == 404
    salud = cliente.get("/api/salud").json()
    assert salud["listo"] and salud["modelo_embeddings"] == "use-multilingue" and salud["compositor"] == "extractivo"
    assert cliente.get("/docs").status_code == 200 and "/api/preguntar" in cliente.get("/openapi.json").json()["paths"]
    icono = cliente.get("/favicon.ico")  # el navegador lo pide en la raíz: sin 404 en cada visita
    assert icono.status_code == 200 and icono.headers["content-type"].startswith("image/svg+xml") and b"<svg" in icono.content
    manifiesto = cliente.get("/manifest.json")  # el <link rel="manifest"> de Gradio apunta a la raíz
    assert manifiesto.status_code == 200 and manifiesto.json()["start_url"] == "/chat/"
    assert cliente.get(manifiesto.json()["icons"][0]["src"]).status_code == 200


def test_retroalimentacion_persiste_tras_reiniciar(ajustes):
    with TestClient(crear_app(ajustes, con_chat=False)) as c:
        mensaje_id = c.post("/api/preguntar", json={"pregunta": "¿Qué es el voto programático?"}).json()["mensaje_id"]
        r = c.post("/api/retroalimentacion", json={"mensaje_id": mensaje_id, "util": False, "comentario": "Falta el artículo 2"})
        assert r.status_code == 201
        assert c.post("/api/retroalimentacion", json={"mensaje_id": "nada", "util": True}).status_code == 404
    with TestClient(crear_app(ajustes, con_chat=False)) as reiniciado:  # otro proceso, mismo archivo SQLite
        conversaciones = Persistencia(ajustes.datos_dir / "conversaciones.sqlite3")
        assert conversaciones.retroalimentacion(mensaje_id)[0]["comentario"] == "Falta el artículo 2"
        assert reiniciado.get("/api/salud").status_code == 200


@pytest.mark.parametrize(
    "cuerpo, estado, mensaje",
    [
        ({"pregunta": "   "}, 422, "vacía"),
        ({"pregunta": "x" * 201}, 422, "demasiado larga"),
        ({"pregunta": "hola", "conversacion_id": "desconocida"}, 404, "conversación"),
        ({"pregunta": "hola", "perfil": "astronauta"}, 422, "perfiles"),
        ({}, 422, "Falta el campo"),
        ({"pregunta": 12}, 422, "pregunta"),
    ],
)
def test_entradas_malas_dan_4xx_en_espanol(cliente, cuerpo, estado, mensaje):
    r = cliente.post("/api/preguntar", json=cuerpo)
    assert r.status_code == estado and mensaje in r.json()["error"]


def test_stream_valida_antes_de_abrir_el_flujo(cliente):
    assert cliente.post("/api/preguntar/stream", json={"pregunta": ""}).status_code == 422
    assert cliente.post("/api/preguntar/stream", json={"pregunta": "hola", "conversacion_id": "x"}).status_code == 404


def test_json_malformado(cliente):
    r = cliente.post("/api/preguntar", content=b'{"pregunta": ', headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["error"] == "El cuerpo no es JSON válido."


def test_limite_por_cliente(corpus_pequeno, tmp_path):
    ajustes = Ajustes(corpus_dir=corpus_pequeno, datos_dir=tmp_path / "d", limite_por_minuto=2)
    with TestClient(crear_app(ajustes, con_chat=False)) as c:
        estados = [c.post("/api/preguntar", json={"pregunta": "¿Qué es el voto programático?"}).status_code for _ in range(3)]
        assert estados == [200, 200, 429]
        assert "límite" in c.post("/api/preguntar", json={"pregunta": "hola"}).json()["error"]


def test_admin_sin_token_configurado(corpus_pequeno, tmp_path):
    with TestClient(crear_app(Ajustes(corpus_dir=corpus_pequeno, datos_dir=tmp_path / "d"), con_chat=False)) as c:
        r = c.post("/api/admin/reindexar", headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 403 and "deshabilitada" in r.json()["error"]


def test_admin_token_incorrecto_y_correcto(cliente):
    assert cliente.post("/api/admin/reindexar").status_code == 401
    assert cliente.post("/api/admin/reindexar", headers={"Authorization": "Bearer otro"}).status_code == 401
    r = cliente.post("/api/admin/reindexar", headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200 and r.json()["sin_cambios"]


def test_subir_pdf_y_luego_responde_con_pagina(cliente, tmp_path, ajustes):
    ruta = pdf_guia(tmp_path / "Guía Empalme (v2).pdf", [
        ["1. Presentación", "Esta guía orienta el empalme municipal."],
        ["2. Tablero de control", "El tablero de control del empalme se entrega al alcalde electo en diciembre."],
        ["3. Cierre", "Fin de la guía."],
    ], titulo="Guía de empalme municipal")
    cabecera = {"Authorization": f"Bearer {TOKEN}"}
    r = cliente.post("/api/admin/documentos", headers=cabecera,
                     files={"archivo": ("../../Guía Empalme (v2).pdf", ruta.read_bytes(), "application/pdf")})
    assert r.status_code == 201, r.text
    assert r.json()["archivo"] == "subidos/Guia_Empalme_v2.pdf" and r.json()["nuevos"] == ["subidos/Guia_Empalme_v2.pdf"]
    assert (ajustes.corpus_dir / "subidos" / "Guia_Empalme_v2.pdf").exists()
    respuesta = cliente.post("/api/preguntar", json={"pregunta": "¿Cuándo se entrega el tablero de control del empalme?"}).json()
    assert not respuesta["sin_respuesta"]
    cita = respuesta["citas"][0]
    assert cita["documento"] == "Guía de empalme municipal" and cita["pagina"] == 2 and "diciembre" in cita["texto"]


def test_subidas_invalidas(cliente, tmp_path, ajustes):
    cabecera = {"Authorization": f"Bearer {TOKEN}"}
    texto = cliente.post("/api/admin/documentos", headers=cabecera, files={"archivo": ("notas.txt", b"hola", "text/plain")})
    assert texto.status_code == 415 and "PDF" in texto.json()["error"]
    disfrazado = cliente.post("/api/admin/documentos", headers=cabecera, files={"archivo": ("x.pdf", b"<html>", "application/pdf")})
    assert disfrazado.status_code == 415
    grande = cliente.post("/api/admin/documentos", headers=cabecera,
                          files={"archivo": ("g.pdf", b"%PDF-1.7\n" + b"0" * (1024 * 1024 + 10), "application/pdf")})
    assert grande.status_code == 413 and "1 MB" in grande.json()["error"]
    danado = cliente.post("/api/admin/documentos", headers=cabecera,
                          files={"archivo": ("d.pdf", pdf_danado(tmp_path / "d.pdf").read_bytes(), "application/pdf")})
    assert danado.status_code == 422 and "dañado" in danado.json()["error"]
    assert not list((ajustes.corpus_dir / "subidos").glob("*"))  # nada inválido queda en el corpus
    assert cliente.get("/api/salud").json()["documentos"] == 3


def test_sigue_respondiendo_durante_una_reindexacion(cliente):
    errores: list[int] = []
    hilo = threading.Thread(target=lambda: cliente.post("/api/admin/reindexar?forzar=true",
                                                        headers={"Authorization": f"Bearer {TOKEN}"}))
    version = cliente.get("/api/salud").json()["version_indice"]
    hilo.start()
    respondidas = 0
    while hilo.is_alive() or respondidas < 3:
        r = cliente.post("/api/preguntar", json={"pregunta": "¿Qué es el voto programático?"})
        respondidas += 1
        if r.status_code != 200:
            errores.append(r.status_code)
    hilo.join()
    assert not errores and respondidas >= 3
    assert cliente.get("/api/salud").json()["version_indice"] != version


def test_el_esquema_de_la_pregunta_rechaza_lo_que_el_servidor_quita_como_espacio():
    """Schemathesis halló «\x1e»: el esquema (\\S) la daba por válida y el servidor, que la quita con strip(), respondía
    422. Todo carácter que Python toma por espacio lo rechaza ya el esquema publicado."""
    import sys

    from interfaz.api import PeticionPregunta

    espacios = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert "\x1e" in espacios and "\x85" in espacios
    for c in espacios:
        with pytest.raises(ValueError):
            PeticionPregunta(pregunta=c * 3)
    assert PeticionPregunta(pregunta="¿y?").pregunta == "¿y?"
