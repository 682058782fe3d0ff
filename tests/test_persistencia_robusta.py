"""Base de conversaciones dañada (al arrancar o en marcha) y turno en una sola transacción."""

from __future__ import annotations

import os
import sqlite3

import pytest
from fastapi.testclient import TestClient

from asistente.config import Ajustes
from interfaz.persistencia import Persistencia
from interfaz.servidor import crear_app

PREGUNTA = {"pregunta": "¿Qué es el voto programático?"}


def test_turno_en_una_transaccion(tmp_path):
    p = Persistencia(tmp_path / "c.sqlite3")
    with pytest.raises(TypeError):  # las citas no se pueden serializar: falla la tercera escritura
        p.guardar_turno(None, "ctp", "¿pregunta?", "respuesta", [{"x": object()}], False)
    with sqlite3.connect(tmp_path / "c.sqlite3") as c:
        assert c.execute("SELECT count(*) FROM mensajes").fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM conversaciones").fetchone()[0] == 0
    conversacion, mensaje = p.guardar_turno(None, "ctp", "¿pregunta?", "respuesta", [], False)
    assert [m["rol"] for m in p.mensajes(conversacion)] == ["usuario", "asistente"] and p.existe_mensaje(mensaje)


def test_base_danada_al_arrancar_se_aparta(corpus_pequeno, tmp_path, caplog):
    datos = tmp_path / "datos"
    datos.mkdir()
    (datos / "conversaciones.sqlite3").write_bytes(os.urandom(8192))
    with TestClient(crear_app(Ajustes(corpus_dir=corpus_pequeno, datos_dir=datos, limite_por_minuto=0), con_chat=False)) as c:
        assert c.post("/api/preguntar", json=PREGUNTA).status_code == 200
        salud = c.get("/api/salud").json()
        assert any("dañada" in a for a in salud["avisos"])
    assert list(datos.glob("conversaciones.danada-*.sqlite3"))
    assert "se apartó" in caplog.text


def test_base_danada_en_marcha(corpus_pequeno, tmp_path):
    datos = tmp_path / "datos"
    with TestClient(crear_app(Ajustes(corpus_dir=corpus_pequeno, datos_dir=datos, limite_por_minuto=0), con_chat=False)) as c:
        primera = c.post("/api/preguntar", json=PREGUNTA).json()
        ruta = datos / "conversaciones.sqlite3"
        for sufijo in ("-wal", "-shm"):
            (datos / f"conversaciones.sqlite3{sufijo}").unlink(missing_ok=True)
        ruta.write_bytes(os.urandom(ruta.stat().st_size or 8192))
        r = c.post("/api/preguntar", json=PREGUNTA)
        assert r.status_code == 200 and r.json()["mensaje_id"]
        seguimiento = c.post("/api/preguntar", json={"pregunta": "¿y quién?", "conversacion_id": primera["conversacion_id"]})
        assert seguimiento.status_code == 404 and "conversación" in seguimiento.json()["error"]
        assert c.get(f"/api/conversaciones/{r.json()['conversacion_id']}").status_code == 200
