"""Conversaciones, mensajes y retroalimentación en SQLite (un archivo en el directorio de datos).

Una conexión por operación y modo WAL: las peticiones concurrentes leen mientras otra escribe.
Un archivo dañado (al arrancar o mientras se sirve) se aparta con un aviso en español y se
empieza uno nuevo: perder el historial es mejor que dejar de responder. Un turno (pregunta y
respuesta) se guarda en una sola transacción: un corte nunca deja una pregunta sin respuesta.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

class BaseDeDatosReiniciada(RuntimeError):
    """La base estaba dañada y se reemplazó por una vacía: la operación en curso no se pudo hacer."""


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


registro = logging.getLogger("interfaz.persistencia")


def _es_dano(error: sqlite3.Error) -> bool:
    """Archivo que no es una base SQLite o con páginas rotas (no un simple bloqueo transitorio)."""
    texto = str(error).lower()
    return isinstance(error, sqlite3.DatabaseError) and (
        "not a database" in texto or "malformed" in texto or "corrupt" in texto or "disk i/o" in texto
        or "no such table" in texto)


class Persistencia:
    def __init__(self, ruta: Path) -> None:
        self.ruta = Path(ruta)
        self.ruta.parent.mkdir(parents=True, exist_ok=True)
        self.aviso: str | None = None  # en español, si hubo que apartar una base dañada
        self._cerrojo_reparar = threading.Lock()
        try:
            self._preparar(comprobar=True)
        except sqlite3.DatabaseError as error:
            self._apartar(error)

    def _preparar(self, comprobar: bool = False) -> None:
        with self._conexion_cruda() as c:
            if comprobar:
                fila = c.execute("PRAGMA quick_check").fetchone()
                if fila is None or fila[0] != "ok":
                    raise sqlite3.DatabaseError(f"database disk image is malformed ({fila[0] if fila else '?'})")
            c.execute("PRAGMA journal_mode=WAL")
            c.executescript(ESQUEMA)

    def _apartar(self, error: Exception) -> None:
        with self._cerrojo_reparar:
            if self.aviso is not None:
                try:  # otro hilo ya la reemplazó: no apartar la base nueva
                    self._preparar(comprobar=True)
                    return
                except sqlite3.DatabaseError:
                    pass
            destino = self.ruta.with_name(f"{self.ruta.stem}.danada-{time.strftime('%Y%m%d-%H%M%S')}{self.ruta.suffix}")
            for sufijo in ("", "-wal", "-shm"):
                origen = Path(f"{self.ruta}{sufijo}")
                if origen.exists():
                    os.replace(origen, Path(f"{destino}{sufijo}"))
            self.aviso = (f"La base de conversaciones estaba dañada ({error}); se apartó como {destino.name} "
                          "y se empezó una nueva.")
            registro.warning(self.aviso)
            self._preparar()

    @contextmanager
    def _conexion_cruda(self):
        conexion = sqlite3.connect(self.ruta, timeout=30, isolation_level=None)
        conexion.row_factory = sqlite3.Row
        try:
            conexion.execute("PRAGMA foreign_keys=ON")
            yield conexion
        finally:
            conexion.close()

    @contextmanager
    def _conexion(self):
        """Conexión que, si descubre la base dañada mientras se sirve, la aparta para la próxima operación."""
        try:
            with self._conexion_cruda() as conexion:
                yield conexion
        except sqlite3.DatabaseError as error:
            if _es_dano(error):
                self._apartar(error)
                raise BaseDeDatosReiniciada(self.aviso) from error
            raise

    def guardar_turno(self, conversacion_id: str | None, perfil: str | None, pregunta: str, respuesta: str,
                      citas: list[dict], sin_respuesta: bool) -> tuple[str, str]:
        """Conversación (si es nueva), pregunta y respuesta en una transacción: todo o nada."""
        ahora = time.time()
        mensaje_id = uuid.uuid4().hex
        with self._conexion() as c:
            c.execute("BEGIN IMMEDIATE")
            try:
                if conversacion_id is None:
                    conversacion_id = uuid.uuid4().hex
                    c.execute("INSERT INTO conversaciones (id, perfil, creada) VALUES (?, ?, ?)", (conversacion_id, perfil, ahora))
                c.execute("INSERT INTO mensajes (id, conversacion_id, rol, texto, citas, sin_respuesta, creado) "
                          "VALUES (?, ?, 'usuario', ?, '[]', 0, ?)", (uuid.uuid4().hex, conversacion_id, pregunta, ahora))
                c.execute("INSERT INTO mensajes (id, conversacion_id, rol, texto, citas, sin_respuesta, creado) "
                          "VALUES (?, ?, 'asistente', ?, ?, ?, ?)",
                          (mensaje_id, conversacion_id, respuesta, json.dumps(citas, ensure_ascii=False), int(sin_respuesta),
                           ahora + 1e-6))
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
        return conversacion_id, mensaje_id

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
