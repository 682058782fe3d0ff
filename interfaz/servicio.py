"""Lo que comparten la API y el chat: conversar con historial persistido y subir documentos."""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from contextlib import contextmanager
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from asistente import Asistente
from asistente.generativo import ModeloOcupado
from asistente.respuesta import Respuesta
from asistente.sugerencias import sugerir
from indexacion.cargadores import ErrorDeDocumento
from indexacion.cargadores.pdf import leer_paginas
from indexacion.indexador import leer_manifiesto
from interfaz.fuentes import Fuentes
from interfaz.persistencia import BaseDeDatosReiniciada, Persistencia


registro = logging.getLogger("interfaz.servicio")


class ErrorDeUsuario(Exception):
    """Entrada inválida: se responde con 4xx y este mensaje en español."""

    def __init__(self, mensaje: str, estado: int = 400, campo: str | None = None,
                 cabeceras: dict[str, str] | None = None) -> None:
        super().__init__(mensaje)
        self.mensaje = mensaje
        self.estado = estado
        self.campo = campo  # el dato culpable, cuando se sabe (se devuelve como "campo")
        self.cabeceras = cabeceras


def _ocupado(error: ModeloOcupado) -> ErrorDeUsuario:
    return ErrorDeUsuario(str(error), 503, cabeceras={"Retry-After": str(error.reintentar_s)})


@dataclass
class Turno:
    respuesta: Respuesta
    conversacion_id: str
    mensaje_id: str


def nombre_seguro(nombre: str) -> str:
    """'../../etc/Guía Empalme (v2).PDF' → 'Guia_Empalme_v2.pdf'."""
    base = Path(nombre.replace("\\", "/")).name
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    tallo, _, ext = base.rpartition(".")
    tallo = re.sub(r"[^A-Za-z0-9_-]+", "_", tallo or ext).strip("_.-")[:80] or "documento"
    return f"{tallo}.{ext.lower() if tallo != ext else 'pdf'}"


def texto_valido(valor: str, campo: str) -> str:
    """NFC (la 'á' compuesta y la descompuesta son la misma) y sin sustitutos sueltos (\ud800), que no son UTF-8."""
    try:
        valor.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ErrorDeUsuario(f"El campo '{campo}' contiene caracteres inválidos (no es texto Unicode válido).", 422) from error
    return unicodedata.normalize("NFC", valor)


class ServicioChat:
    def __init__(self, asistente: Asistente) -> None:
        self.asistente = asistente
        a = asistente.ajustes
        self.persistencia = Persistencia(Path(a.datos_dir) / "conversaciones.sqlite3")
        self._reindexando = threading.Lock()
        self.fuentes = Fuentes(leer_manifiesto(Path(a.corpus_dir)))
        self.listo = False
        # Cupo de preguntas con modelo de lenguaje *desde la entrada* (antes de recuperar): lo que no
        # cabe recibe 503 enseguida, sin gastar CPU en una recuperación que el modelo no podrá usar.
        self._cupo_llm = threading.BoundedSemaphore(max(1, a.llm_concurrencia) + max(0, a.llm_cola))

    def validar_pregunta(self, pregunta: str | None) -> str:
        pregunta = texto_valido(pregunta or "", "pregunta").strip()
        if not pregunta:
            raise ErrorDeUsuario("La pregunta está vacía: escriba qué quiere saber.", 422)
        limite = self.asistente.ajustes.max_caracteres_pregunta
        if len(pregunta) > limite:
            raise ErrorDeUsuario(f"La pregunta es demasiado larga ({len(pregunta)} caracteres; máximo {limite}).", 422)
        return pregunta

    def abrir(self, pregunta: str, conversacion_id: str | None, perfil: str | None) -> tuple[str, str | None, list[str]]:
        """Valida la pregunta y la conversación antes de hacer nada costoso (o de abrir un flujo SSE)."""
        pregunta = self.validar_pregunta(pregunta)
        ocupado = getattr(self.asistente.compositor, "ocupado", None)
        if ocupado and (ocupado() or self._cupo_llm._value == 0):  # antes de abrir un flujo SSE: 503 limpio
            raise _ocupado(self._error_ocupado())
        if conversacion_id:
            conversacion_id = texto_valido(conversacion_id, "conversacion_id")
            try:
                existe = self.persistencia.existe_conversacion(conversacion_id)
            except BaseDeDatosReiniciada as error:
                raise ErrorDeUsuario(f"{error} La conversación anterior no se conservó: empiece una nueva.", 404) from error
            if not existe:
                raise ErrorDeUsuario("No existe una conversación con ese identificador.", 404)
            return pregunta, conversacion_id, self.persistencia.preguntas_previas(conversacion_id)
        return pregunta, None, []

    def _guardar(self, pregunta: str, conversacion_id: str | None, perfil: str | None, respuesta: Respuesta) -> Turno:
        r = self.asistente.recuperador
        respuesta.sugerencias = sugerir(respuesta, r.fragmentos, r.posicion, idf=r.lexico.idf_de)
        try:
            conversacion_id, mensaje_id = self.persistencia.guardar_turno(
                conversacion_id, perfil, pregunta, respuesta.respuesta, [c.a_dict() for c in respuesta.citas],
                respuesta.sin_respuesta)
        except BaseDeDatosReiniciada:
            # La base dañada se apartó: la conversación anterior ya no existe, el turno abre una nueva.
            conversacion_id, mensaje_id = self.persistencia.guardar_turno(
                None, perfil, pregunta, respuesta.respuesta, [c.a_dict() for c in respuesta.citas], respuesta.sin_respuesta)
        return Turno(respuesta, conversacion_id, mensaje_id)

    def preguntar(self, pregunta: str, conversacion_id: str | None = None, perfil: str | None = None) -> Turno:
        pregunta, conversacion_id, historial = self.abrir(pregunta, conversacion_id, perfil)
        with self._cupo():
            try:
                respuesta = self.asistente.preguntar(pregunta, historial=historial, perfil=perfil)
            except ModeloOcupado as error:
                raise _ocupado(error) from error
        return self._guardar(pregunta, conversacion_id, perfil, respuesta)

    def _error_ocupado(self) -> ModeloOcupado:
        return ModeloOcupado(max(1, int(self.asistente.ajustes.llm_timeout_s / 3)))

    @contextmanager
    def _cupo(self):
        """Plaza para una pregunta que usará el modelo (nada que reservar con el compositor extractivo)."""
        if not hasattr(self.asistente.compositor, "ocupado"):
            yield
            return
        if not self._cupo_llm.acquire(blocking=False):
            raise _ocupado(self._error_ocupado())
        try:
            yield
        finally:
            self._cupo_llm.release()

    def preguntar_stream(self, pregunta: str, conversacion_id: str | None = None, perfil: str | None = None) -> Iterator[str | Turno]:
        """Texto a medida que se genera; al final, el Turno con la respuesta verificada y guardada."""
        pregunta, conversacion_id, historial = self.abrir(pregunta, conversacion_id, perfil)
        try:
            with self._cupo():
                for parte in self.asistente.preguntar_stream(pregunta, historial=historial, perfil=perfil):
                    if isinstance(parte, Respuesta):
                        yield self._guardar(pregunta, conversacion_id, perfil, parte)
                    else:
                        yield parte
        except ModeloOcupado as error:
            raise _ocupado(error) from error
        except (ErrorDeUsuario, GeneratorExit):
            raise
        except Exception as error:  # noqa: BLE001 — el chat nunca muestra una excepción en inglés
            registro.exception("Error al responder en flujo")
            raise ErrorDeUsuario("Error interno del asistente al responder. Intente de nuevo.", 500) from error

    def retroalimentar(self, mensaje_id: str, util: bool, comentario: str | None = None) -> int:
        mensaje_id = texto_valido(mensaje_id, "mensaje_id")
        comentario = texto_valido(comentario, "comentario") if comentario is not None else None
        if not self.persistencia.existe_mensaje(mensaje_id):
            raise ErrorDeUsuario("No existe un mensaje con ese identificador.", 404)
        return self.persistencia.guardar_retroalimentacion(mensaje_id, util, comentario)

    def documentos(self) -> list[dict]:
        r = self.asistente.recuperador
        conteo: dict[str, dict] = {}
        for f in r.fragmentos:
            d = conteo.setdefault(f.archivo, {"archivo": f.archivo, "documento": f.documento, "tipo": f.tipo, "fragmentos": 0})
            d["fragmentos"] += 1
        return list(conteo.values())

    def fragmento(self, ident: str, cita: str | None = None) -> dict:
        """El fragmento y su artículo o sección completa, con la cita (o el fragmento) resaltada."""
        r = self.asistente.recuperador
        posicion = r.posicion.get(ident)
        if posicion is None:
            raise ErrorDeUsuario("No existe un fragmento con ese identificador (el índice pudo cambiar: vuelva a preguntar).", 404)
        return self.fuentes.vista(r.version, r.fragmentos, r.fragmentos[posicion], cita)

    def comentar(self, retroalimentacion_id: int, comentario: str) -> None:
        comentario = (comentario or "").strip()[:2000]
        if comentario and not self.persistencia.comentar(retroalimentacion_id, comentario):
            raise ErrorDeUsuario("No existe esa valoración.", 404)

    def subir_pdf(self, nombre: str, contenido: bytes) -> dict:
        """Valida, guarda con nombre seguro en `corpus/subidos/` e indexa sólo lo nuevo."""
        a = self.asistente.ajustes
        if not nombre.lower().endswith(".pdf"):
            raise ErrorDeUsuario("Sólo se aceptan archivos PDF.", 415)
        if len(contenido) > a.max_mb_pdf * 1024 * 1024:
            raise ErrorDeUsuario(f"El archivo supera el máximo de {a.max_mb_pdf} MB.", 413)
        if not contenido.startswith(b"%PDF-"):
            raise ErrorDeUsuario("El archivo no es un PDF (no empieza por %PDF-).", 415)
        destino_dir = Path(a.corpus_dir) / "subidos"
        destino_dir.mkdir(parents=True, exist_ok=True)
        destino = destino_dir / nombre_seguro(nombre)
        temporal = destino.with_suffix(".subiendo")
        temporal.write_bytes(contenido)
        try:
            leer_paginas(temporal)  # rechaza cifrados, dañados o sin texto antes de tocar el corpus
        except ErrorDeDocumento as error:
            temporal.unlink(missing_ok=True)
            raise ErrorDeUsuario(str(error).replace(temporal.name, nombre_seguro(nombre)), 422) from error
        temporal.replace(destino)
        informe = self.reindexar()
        return {"archivo": destino.relative_to(Path(a.corpus_dir)).as_posix(), **informe}

    def reindexar(self, forzar: bool = False) -> dict:
        with self._reindexando:
            informe = self.asistente.indexar(forzar=forzar)
        return {
            "version": informe.version, "sin_cambios": informe.sin_cambios, "fragmentos": informe.fragmentos,
            "nuevos": informe.nuevos, "modificados": informe.modificados, "eliminados": informe.eliminados,
            "errores": informe.errores, "resumen": informe.resumen(),
        }

    def calentar(self) -> None:
        """Índice abierto, modelo de embeddings cargado y compositor creado antes de decir 'listo'.

        Sin esto, las primeras preguntas concurrentes pagaban cada una la carga (10 s) mientras
        /api/salud ya decía que el servicio estaba listo.
        """
        self.asistente.recuperador
        self.asistente.compositor
        self.asistente.buscar("plan de desarrollo territorial", k=3)
        self.listo = True

    def salud(self) -> dict:
        """Nunca indexa ni abre un índice dentro de la petición: informa lo que hay."""
        a = self.asistente
        r = a._recuperador
        avisos = [m for m in (a.degradado, self.persistencia.aviso) if m]
        if not getattr(self, "listo", False) or r is None:
            return {"listo": False, "estado": "iniciando", "avisos": avisos}
        return {
            "listo": True, "estado": "degradado" if a.degradado else "ok", "avisos": avisos,
            "version_indice": r.version, "fragmentos": len(r.fragmentos), "documentos": len(r.archivos),
            "modelo_embeddings": r.modelo, "compositor": a.compositor.nombre,
            "chroma": a.ajustes.chroma_host or "embebido",
        }
