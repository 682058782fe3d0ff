"""Fachada del asistente: une índice, recuperación y composición detrás de una API pequeña."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator
from pathlib import Path

from asistente.compositor import Compositor
from asistente.config import Ajustes
from asistente.consulta import Consulta, es_seguimiento, preparar
from asistente.recuperador import Filtros, Recuperacion, Recuperador
from asistente.plazos import INVITACION_PLAZOS, es_pregunta_de_plazos, linea_de_plazo, plazo_preguntado, sugerencia_plazos
from asistente.respuesta import Respuesta
from indexacion.almacen import Almacen, ConfigChroma
from indexacion.indexador import InformeIndexacion, indexar
from indexacion.texto import HUELLA_ANALISIS, palabras

registro = logging.getLogger("asistente")

PERFILES = ("candidato", "funcionario", "ctp", "ciudadania")
COBERTURA_PLAZOS = 0.5


# «¿Qué plazos tengo?» no nombra un tema y sin embargo tiene respuesta: el calendario del perfil.
_PLAZOS_EN_GENERAL = re.compile(r"\b(plazos?|fechas?|calendario|vencimientos?|vence|obligaciones|cuanto tiempo|"
                                r"cuantos dias|cuantos meses)\b")
_MARCAS_MARKDOWN = re.compile(r"([\\`*_\[\]()#<>!|~])")


def pedir_tema(consulta: Consulta, recuperacion: Recuperacion, perfil: str | None = None) -> Respuesta:
    """Una pregunta sin tema y sin conversación previa («¿y si no lo hago?» tras «Nueva conversación») no se
    responde con lo que la búsqueda halle a ciegas: se pide el tema (la revisión en el navegador vio tres sanciones
    de leyes distintas). `con_plazos` la cambia por el calendario si se preguntó por los plazos en general."""
    eco = _MARCAS_MARKDOWN.sub(r"\\\1", consulta.pregunta.strip())  # el texto del usuario, sin enlaces ni formato
    texto = (f"¿Sobre qué tema es la pregunta? «{eco}» no dice de qué se trata y no hay una "
             "pregunta anterior en esta conversación que lo diga. Escríbala con el tema, por ejemplo: «¿Y si no "
             "entrego el acta de informe de gestión?» o «¿Cuándo se puede pedir la revocatoria del mandato?».")
    respuesta = Respuesta(consulta.pregunta, texto, [], True, 0.0, recuperacion.pasajes)
    if _PLAZOS_EN_GENERAL.search(" ".join(palabras(consulta.pregunta))):
        return con_plazos(respuesta, perfil)  # «¿qué plazos tengo?»: el calendario del perfil, si lo hay
    return respuesta


def con_plazos(respuesta: Respuesta, perfil: str | None) -> Respuesta:
    """Una pregunta de plazos ("¿qué plazos tengo?", "¿cuándo vence…?") lleva al calendario: si las
    fuentes no dieron una respuesta, la tabla de obligaciones la da (con la letra de la ley); si la
    dieron, se añade al final la invitación a calcular las fechas en la pestaña Plazos."""
    if not es_pregunta_de_plazos(respuesta.pregunta):
        return respuesta
    # Si las fuentes no respondieron, la tabla responde sólo si su obligación reúne la mitad de lo que la
    # pregunta nombra (ajuste: rechazos correctos 0.88 → 0.94 y 0.86 → 0.92, sin rechazos falsos nuevos).
    sugerencia = sugerencia_plazos(respuesta.pregunta, perfil,
                                   cobertura_minima=COBERTURA_PLAZOS if respuesta.sin_respuesta else 0.0)
    if not sugerencia:
        return respuesta
    if respuesta.sin_respuesta:
        respuesta.respuesta = "**Plazos que le aplican:**\n" + sugerencia
        respuesta.sin_respuesta = False
    else:
        # La tabla de obligaciones (letra de la ley, verificada contra los textos) completa la respuesta con el
        # plazo que la pregunta nombra, si la cita elegida no lo trae ya. Sólo la obligación más pertinente: si la
        # respuesta ya la trae, la siguiente de la tabla sería otro tema.
        o = plazo_preguntado(respuesta.pregunta, perfil, COBERTURA_PLAZOS)
        nueva = linea_de_plazo(o) if o and o.plazo.texto not in respuesta.respuesta else ""
        primera, _, resto = respuesta.respuesta.partition("\n\n")
        # Justo debajo de la primera línea: es el plazo que se preguntó, con su norma.
        respuesta.respuesta = "\n\n".join(x for x in (primera, nueva, resto, INVITACION_PLAZOS) if x)
    return respuesta


class Asistente:
    """`Asistente().preguntar("…")` construye el índice si falta y responde con citas.

    Es seguro entre hilos: una reindexación publica una versión nueva y el recuperador se
    cambia de golpe; las consultas en curso terminan sobre la versión anterior.
    """

    def __init__(self, ajustes: Ajustes | None = None, compositor: Compositor | None = None) -> None:
        self.ajustes = ajustes or Ajustes()
        a = self.ajustes
        self.almacen = Almacen(Path(a.datos_dir), ConfigChroma(a.chroma_host, a.chroma_puerto), a.versiones_conservadas)
        self._recuperador: Recuperador | None = None
        self._compositor = compositor
        self._cerrojo = threading.Lock()
        self._cerrojo_indexar = threading.Lock()
        self._cerrojo_abrir = threading.Lock()  # un solo hilo abre cada versión nueva
        self._reparando: threading.Thread | None = None
        self._version_danada: str | None = None
        self.degradado: str | None = None  # motivo (en español) si se sirve una versión de respaldo

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
            for reparacion in informe.reparaciones:
                registro.warning("Índice reparado: %s", reparacion)
            if self._recuperador is None or informe.version != self._recuperador.version:
                nuevo = self._crear_recuperador(informe.version) if informe.version else None
                with self._cerrojo:
                    self._recuperador = nuevo
            with self._cerrojo:
                self.degradado = None  # lo publicado acaba de validarse al abrirlo
            return informe

    def _crear_recuperador(self, version: str) -> Recuperador:
        a = self.ajustes
        problema = self.almacen.problema(version)
        if problema:
            raise ValueError(problema)
        return Recuperador(self.almacen, version, fusion=a.fusion, peso_lexico=a.peso_lexico,
                           peso_denso=a.peso_denso, candidatos=a.candidatos, cabezas=a.cabezas, factor_reemplazado=a.factor_reemplazado,
                           factor_frase=a.factor_frase, factor_ambito=a.factor_ambito,
                           factor_tema=a.factor_tema, factor_transitorio=a.factor_transitorio,
                           busqueda_densa=a.busqueda_densa)

    @property
    def recuperador(self) -> Recuperador:
        """El recuperador de la versión publicada, construido una sola vez por versión.

        Las peticiones concurrentes que encuentran una versión nueva esperan a que un hilo la
        abra (no la abre cada una). Si la versión publicada está dañada se sirve la más nueva
        que valide, se marca `degradado` y se repara en segundo plano; sólo si no hay ninguna
        válida se indexa aquí mismo (no hay nada que servir).
        """
        with self._cerrojo:
            actual = self._recuperador
        version = self.almacen.puntero()
        if actual is not None and self._vigente(actual, version):
            return actual
        with self._cerrojo_abrir:
            with self._cerrojo:
                actual = self._recuperador
            version = self.almacen.puntero()
            if actual is not None and self._vigente(actual, version):
                return actual
            if version is not None and self._modelo_vigente(version):
                try:
                    nuevo = self._crear_recuperador(version)
                    with self._cerrojo:
                        self._recuperador, self.degradado = nuevo, None
                    return nuevo
                except Exception as error:  # noqa: BLE001 — cualquier daño de la versión: se recurre a otra
                    self._degradar(version, str(error))
            elif version is None and (self.almacen.datos / "ACTUAL").exists():
                self._degradar(None, "el puntero ACTUAL es ilegible")
            respaldo = self._respaldo_valido(excluir=version)
            if respaldo is not None:
                with self._cerrojo:
                    self._recuperador = respaldo
                    if self.degradado is None and version is not None and not self._modelo_vigente(version):
                        self.degradado = "la versión publicada usa otra configuración; se reindexa"
                self._reparar_en_segundo_plano()
                return respaldo
            self.indexar()
            with self._cerrojo:
                self.degradado = None
                return self._recuperador

    def _vigente(self, actual: Recuperador, version: str | None) -> bool:
        if version == actual.version:
            return True
        if self.degradado is not None and version == self._version_danada:
            return True  # ya se sabe que la publicada está dañada: se sigue con el respaldo
        return version is None and not (self.almacen.datos / "ACTUAL").exists()

    def _degradar(self, version: str | None, motivo: str) -> None:
        mensaje = f"índice dañado ({motivo}); se sirve la última versión válida y se reconstruye"
        registro.warning("Estado degradado: %s (versión %s).", mensaje, version)
        with self._cerrojo:
            self.degradado = mensaje
            self._version_danada = version

    def _respaldo_valido(self, excluir: str | None) -> Recuperador | None:
        for version in self.almacen.listar_versiones():
            if version == excluir or not self._modelo_vigente(version):
                continue
            try:
                return self._crear_recuperador(version)
            except Exception:  # noqa: BLE001
                continue
        return None

    def _reparar_en_segundo_plano(self) -> None:
        if self._reparando is not None and self._reparando.is_alive():
            return

        def reparar() -> None:
            try:
                self.indexar()
            except Exception:  # noqa: BLE001 — se vuelve a intentar en la próxima petición
                registro.exception("No se pudo reparar el índice en segundo plano.")

        self._reparando = threading.Thread(target=reparar, name="reparar-indice", daemon=True)
        self._reparando.start()

    def esperar_reparacion(self, segundos: float | None = None) -> None:
        if self._reparando is not None:
            self._reparando.join(segundos)

    def _modelo_vigente(self, version: str) -> bool:
        try:
            meta = self.almacen.leer_meta(version)
        except (OSError, ValueError):
            return True  # meta ilegible: lo detecta la validación, que da un motivo claro
        a = self.ajustes
        # Un índice BM25 hecho con otro análisis léxico no entiende los términos de las consultas de ahora.
        return (meta.get("modelo"), meta.get("tamano_max"), meta.get("fragmentacion", "estructura"),
                meta.get("analisis")) == (a.modelo_embeddings, a.tamano_fragmento, a.fragmentacion, HUELLA_ANALISIS)

    @property
    def compositor(self) -> Compositor:
        if self._compositor is None:
            from asistente.generativo import crear_compositor

            self._compositor = crear_compositor(self.ajustes)
        return self._compositor

    # --- consultas ---
    def _limite(self) -> float | None:
        """Plazo único por pregunta para todo lo que haga el modelo (None si no hay modelo).

        Empieza con el índice ya abierto: la primera pregunta no gasta el plazo del modelo en indexar.
        """
        self.recuperador
        limite = getattr(self.compositor, "limite", None)
        return limite() if limite else None

    def _recuperar(self, pregunta: str, historial, k: int, filtros: Filtros | None,
                   perfil: str | None = None, limite: float | None = None) -> tuple[Consulta, Recuperacion]:
        r = self.recuperador  # una sola lectura: la consulta entera usa la misma versión del índice
        historial = [h for h in (historial or []) if h and h.strip()]
        condensar = getattr(self.compositor, "condensar", None)
        if historial and condensar and self.ajustes.usar_historial and es_seguimiento(pregunta):
            # Con LLM, el seguimiento se reescribe como pregunta independiente antes de recuperar.
            independiente = condensar(pregunta, historial, limite) if limite else condensar(pregunta, historial)
            if independiente:
                consulta = preparar(independiente, [], r.archivos, usar_siglas=self.ajustes.expandir_siglas,
                                    perfil=perfil)
                consulta.pregunta = pregunta
                consulta.sin_tema = False  # reescrita desde el historial: el tema venía de él
                return consulta, r.recuperar(consulta, k, filtros)
        consulta = preparar(pregunta, historial, r.archivos, usar_siglas=self.ajustes.expandir_siglas,
                            usar_historial=self.ajustes.usar_historial, perfil=perfil)
        return consulta, r.recuperar(consulta, k, filtros)

    def buscar(self, pregunta: str, k: int = 10, historial: list[str] | None = None,
               filtros: Filtros | None = None) -> Recuperacion:
        return self._recuperar(pregunta, historial, k, filtros)[1]

    def preguntar(self, pregunta: str, historial: list[str] | None = None, perfil: str | None = None,
                  filtros: Filtros | None = None, k: int = 10) -> Respuesta:
        limite = self._limite()
        consulta, recuperacion = self._recuperar(pregunta, historial, k, filtros, perfil, limite)
        if consulta.sin_tema:
            return pedir_tema(consulta, recuperacion, perfil)
        if limite:
            return con_plazos(self.compositor.componer(consulta, recuperacion, perfil, limite=limite), perfil)
        return con_plazos(self.compositor.componer(consulta, recuperacion, perfil), perfil)

    def preguntar_stream(self, pregunta: str, historial: list[str] | None = None, perfil: str | None = None,
                         k: int = 10) -> Iterator[str | Respuesta]:
        """Texto a medida que se genera y, al final, la Respuesta verificada (la que vale)."""
        limite = self._limite()
        consulta, recuperacion = self._recuperar(pregunta, historial, k, None, perfil, limite)
        componer_stream = getattr(self.compositor, "componer_stream", None)
        if consulta.sin_tema or componer_stream is None:
            respuesta = (pedir_tema(consulta, recuperacion, perfil) if consulta.sin_tema
                         else con_plazos(self.compositor.componer(consulta, recuperacion, perfil), perfil))
            yield from re.findall(r"\S+\s*|\s+", respuesta.respuesta)
            yield respuesta
            return
        yield from componer_stream(consulta, recuperacion, perfil, limite=limite)
