"""Conversaciones, mensajes y retroalimentación en SQLite (un archivo en el directorio de datos).

Una conexión por operación y modo WAL: las peticiones concurrentes leen mientras otra escribe.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

ESQUEMA = """
CREATE TABLE IF NOT EXISTS conversaciones (
    id TEXT PRIMARY KEY, perfil TEXT, creada REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS mensajes (
    id TEXT PRIMARY KEY,
    conversacion_id TEXT NOT NULL REFERENCES conversaciones(id),
    rol TEXT NOT NULL CHECK (rol IN ('usuario', 'asistente')),
    texto TEXT NOT NULL,
    citas TEXT NOT NULL DEFAULT '[]',
    sin_respuesta INTEGER NOT NULL DEFAULT 0,
    creado REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS mensajes_por_conversacion ON mensajes(conversacion_id, creado);
CREATE TABLE IF NOT EXISTS retroalimentacion (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    mensaje_id TEXT NOT NULL REFERENCES mensajes(id),
    util INTEGER NOT NULL,
    comentario TEXT,
    creada REAL NOT NULL
);
"""


class Persistencia:
    def __init__(self, ruta: Path) -> None:
        self.ruta = Path(ruta)
        self.ruta.parent.mkdir(parents=True, exist_ok=True)
        with self._conexion() as c:
            c.execute("PRAGMA journal_mode=WAL")
            c.executescript(ESQUEMA)

    @contextmanager
    def _conexion(self):
        conexion = sqlite3.connect(self.ruta, timeout=30, isolation_level=None)
        conexion.row_factory = sqlite3.Row
        conexion.execute("PRAGMA foreign_keys=ON")
        try:
            yield conexion
        finally:
            conexion.close()

    def crear_conversacion(self, perfil: str | None) -> str:
        ident = uuid.uuid4().hex
        with self._conexion() as c:
            c.execute("INSERT INTO conversaciones (id, perfil, creada) VALUES (?, ?, ?)", (ident, perfil, time.time()))
        return ident

    def existe_conversacion(self, ident: str) -> bool:
        with self._conexion() as c:
            return c.execute("SELECT 1 FROM conversaciones WHERE id = ?", (ident,)).fetchone() is not None

    def agregar_mensaje(self, conversacion_id: str, rol: str, texto: str, citas: list[dict] | None = None,
                        sin_respuesta: bool = False) -> str:
        ident = uuid.uuid4().hex
        with self._conexion() as c:
            c.execute(
                "INSERT INTO mensajes (id, conversacion_id, rol, texto, citas, sin_respuesta, creado) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (ident, conversacion_id, rol, texto, json.dumps(citas or [], ensure_ascii=False), int(sin_respuesta), time.time()),
            )
        return ident

    def mensajes(self, conversacion_id: str) -> list[dict]:
        with self._conexion() as c:
            filas = c.execute(
                "SELECT id, rol, texto, citas, sin_respuesta, creado FROM mensajes WHERE conversacion_id = ? ORDER BY creado, rowid",
                (conversacion_id,),
            ).fetchall()
        return [
            {"id": f["id"], "rol": f["rol"], "texto": f["texto"], "citas": json.loads(f["citas"]),
             "sin_respuesta": bool(f["sin_respuesta"]), "creado": f["creado"]}
            for f in filas
        ]

    def preguntas_previas(self, conversacion_id: str) -> list[str]:
        return [m["texto"] for m in self.mensajes(conversacion_id) if m["rol"] == "usuario"]

    def existe_mensaje(self, ident: str) -> bool:
        with self._conexion() as c:
            return c.execute("SELECT 1 FROM mensajes WHERE id = ?", (ident,)).fetchone() is not None

    def guardar_retroalimentacion(self, mensaje_id: str, util: bool, comentario: str | None) -> int:
        with self._conexion() as c:
            cursor = c.execute(
                "INSERT INTO retroalimentacion (mensaje_id, util, comentario, creada) VALUES (?, ?, ?, ?)",
                (mensaje_id, int(util), comentario, time.time()),
            )
            return int(cursor.lastrowid)

    def comentar(self, ident: int, comentario: str) -> bool:
        """El comentario opcional llega después del pulgar: completa la misma fila, no cuenta otro voto."""
        with self._conexion() as c:
            return c.execute("UPDATE retroalimentacion SET comentario = ? WHERE id = ?", (comentario, ident)).rowcount == 1

    def retroalimentacion(self, mensaje_id: str) -> list[dict]:
        with self._conexion() as c:
            filas = c.execute("SELECT util, comentario, creada FROM retroalimentacion WHERE mensaje_id = ? ORDER BY id",
                              (mensaje_id,)).fetchall()
        return [{"util": bool(f["util"]), "comentario": f["comentario"], "creada": f["creada"]} for f in filas]
