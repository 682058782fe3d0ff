"""Fachada del asistente: une índice, recuperación y composición detrás de una API pequeña."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path

from asistente.compositor import Compositor
from asistente.config import Ajustes
from asistente.consulta import Consulta, es_seguimiento, preparar
from asistente.recuperador import Filtros, Recuperacion, Recuperador
from asistente.plazos import es_pregunta_de_plazos, sugerencia_plazos
from asistente.respuesta import Respuesta
from indexacion.almacen import Almacen, ConfigChroma
from indexacion.indexador import InformeIndexacion, indexar

PERFILES = ("candidato", "funcionario", "ctp", "ciudadania")


def con_plazos(respuesta: Respuesta, perfil: str | None) -> Respuesta:
    """Una pregunta de plazos ("¿qué plazos tengo?", "¿cuándo vence…?") lleva al calendario: si las
    fuentes no dieron una respuesta, la tabla de obligaciones la da (con la letra de la ley); si la
    dieron, se añade al final la invitación a calcular las fechas en la pestaña Plazos."""
    if not es_pregunta_de_plazos(respuesta.pregunta):
        return respuesta
    sugerencia = sugerencia_plazos(respuesta.pregunta, perfil)
    if not sugerencia:
        return respuesta
    if respuesta.sin_respuesta:
        respuesta.respuesta = "**Plazos que le aplican:**\n" + sugerencia
        respuesta.sin_respuesta = False
    else:
        respuesta.respuesta += "\n\n" + sugerencia.splitlines()[-1]
    return respuesta


class Asistente:
    """`Asistente().preguntar("…")` construye el índice si falta y responde con citas.

    Es seguro entre hilos: una reindexación publica una versión nueva y el recuperador se
    cambia de golpe; las consultas en curso terminan sobre la versión anterior.
    """

    def __init__(self, ajustes: Ajustes | None = None, compositor: Compositor | None = None) -> None:
        self.ajustes = ajustes or Ajustes()
        a = self.ajustes
        self.almacen = Almacen(Path(a.datos_dir), ConfigChroma(a.chroma_host, a.chroma_puerto))
        self._recuperador: Recuperador | None = None
        self._compositor = compositor
        self._cerrojo = threading.Lock()
        self._cerrojo_indexar = threading.Lock()

    # --- índice ---
    def indexar(self, progreso: bool = False, forzar: bool = False) -> InformeIndexacion:
        with self._cerrojo_indexar:
            informe = indexar(
                Path(self.ajustes.corpus_dir),
                self.almacen,
                modelo=self.ajustes.modelo_embeddings,
                tamano_max=self.ajustes.tamano_fragmento,
                progreso=progreso,
                forzar=forzar,
                fragmentacion=self.ajustes.fragmentacion,
            )
            if self._recuperador is None or informe.version != self._recuperador.version:
                nuevo = self._crear_recuperador(informe.version) if informe.version else None
                with self._cerrojo:
                    self._recuperador = nuevo
            return informe

    def _crear_recuperador(self, version: str) -> Recuperador:
        a = self.ajustes
        return Recuperador(self.almacen, version, fusion=a.fusion, peso_lexico=a.peso_lexico,
                           peso_denso=a.peso_denso, candidatos=a.candidatos, cabezas=a.cabezas, factor_reemplazado=a.factor_reemplazado,
                           peso_oracion=a.peso_oracion, reordenar=a.reordenar,
                           factor_frase=a.factor_frase, factor_ambito=a.factor_ambito)

    @property
    def recuperador(self) -> Recuperador:
        with self._cerrojo:
            actual = self._recuperador
        version = self.almacen.version_actual()
        if actual is not None and (version is None or version == actual.version):
            return actual
        if version is None or not self._modelo_vigente(version):
            self.indexar()
        else:
            nuevo = self._crear_recuperador(version)
            with self._cerrojo:
                self._recuperador = nuevo
        with self._cerrojo:
            return self._recuperador

    def _modelo_vigente(self, version: str) -> bool:
        meta = self.almacen.leer_meta(version)
        a = self.ajustes
        return (meta.get("modelo"), meta.get("tamano_max"), meta.get("fragmentacion", "estructura")) == (
            a.modelo_embeddings, a.tamano_fragmento, a.fragmentacion)

    @property
    def compositor(self) -> Compositor:
        if self._compositor is None:
            from asistente.generativo import crear_compositor

            self._compositor = crear_compositor(self.ajustes)
        return self._compositor

    # --- consultas ---
    def _recuperar(self, pregunta: str, historial, k: int, filtros: Filtros | None,
                   perfil: str | None = None) -> tuple[Consulta, Recuperacion]:
        r = self.recuperador  # una sola lectura: la consulta entera usa la misma versión del índice
        historial = [h for h in (historial or []) if h and h.strip()]
        condensar = getattr(self.compositor, "condensar", None)
        if historial and condensar and self.ajustes.usar_historial and es_seguimiento(pregunta):
            # Con LLM, el seguimiento se reescribe como pregunta independiente antes de recuperar.
            independiente = condensar(pregunta, historial)
            if independiente:
                consulta = preparar(independiente, [], r.archivos, usar_siglas=self.ajustes.expandir_siglas,
                                    perfil=perfil)
                consulta.pregunta = pregunta
                return consulta, r.recuperar(consulta, k, filtros)
        consulta = preparar(pregunta, historial, r.archivos, usar_siglas=self.ajustes.expandir_siglas,
                            usar_historial=self.ajustes.usar_historial, perfil=perfil)
        return consulta, r.recuperar(consulta, k, filtros)

    def buscar(self, pregunta: str, k: int = 10, historial: list[str] | None = None,
               filtros: Filtros | None = None) -> Recuperacion:
        return self._recuperar(pregunta, historial, k, filtros)[1]

    def preguntar(self, pregunta: str, historial: list[str] | None = None, perfil: str | None = None,
                  filtros: Filtros | None = None, k: int = 10) -> Respuesta:
        consulta, recuperacion = self._recuperar(pregunta, historial, k, filtros, perfil)
        return con_plazos(self.compositor.componer(consulta, recuperacion, perfil), perfil)

    def preguntar_stream(self, pregunta: str, historial: list[str] | None = None, perfil: str | None = None,
                         k: int = 10) -> Iterator[str | Respuesta]:
        """Texto a medida que se genera y, al final, la Respuesta verificada (la que vale)."""
        consulta, recuperacion = self._recuperar(pregunta, historial, k, None, perfil)
        componer_stream = getattr(self.compositor, "componer_stream", None)
        if componer_stream is None:
            respuesta = con_plazos(self.compositor.componer(consulta, recuperacion, perfil), perfil)
            yield from re.findall(r"\S+\s*|\s+", respuesta.respuesta)
            yield respuesta
            return
        yield from componer_stream(consulta, recuperacion, perfil)
