"""API JSON en español, con los mismos nombres de campo que el contrato de evaluación."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Literal

from fastapi import APIRouter, Depends, File, Header, Query, Request, Response, UploadFile
from fastapi.sse import EventSourceResponse, ServerSentEvent
from pydantic import BaseModel, Field

from interfaz.servicio import ErrorDeUsuario, ServicioChat

Perfil = Literal["candidato", "funcionario", "ctp", "ciudadania"]


class PeticionPregunta(BaseModel):
    pregunta: str = Field(..., min_length=1, max_length=4000, pattern=r"[^\s\x1c-\x1f\x85]", description="La pregunta, en lenguaje natural.", examples=["¿Cuánto tengo para entregar el informe de gestión?"])
    conversacion_id: str | None = Field(None, description="Para preguntas de seguimiento en la misma conversación.")
    perfil: Perfil | None = None


class CitaSalida(BaseModel):
    numero: int
    archivo: str
    documento: str
    seccion: str
    pagina: int | None
    texto: str
    fragmento_id: str
    enlace: str = Field("", description="Texto oficial en línea (vacío si la fuente no lo da).")
    vigencia: str = Field("", description="Nota de la fuente: 'Modificado por…', 'Derogado…'.")
    origen: str = "oficial"  # "subido": documento subido por un usuario, no es fuente oficial


class RespuestaSalida(BaseModel):
    respuesta: str
    citas: list[CitaSalida]
    sin_respuesta: bool
    conversacion_id: str
    mensaje_id: str
    sugerencias: list[str] = []


class PeticionRetroalimentacion(BaseModel):
    mensaje_id: str
    util: bool
    comentario: str | None = Field(None, max_length=2000)


class ErrorSalida(BaseModel):
    error: str = Field(..., examples=["La fecha de posesión ('posesion') no existe en el calendario: 2028-02-30."])
    campo: str | None = Field(None, description="El dato culpable (perfil, rol, posesion, salida…).")


class PlazoSalida(BaseModel):
    id: str
    fecha: str = Field(..., description="Primera (o única) fecha, ISO 8601.")
    fechas: list[str] = Field(..., description="Todas las fechas: las obligaciones anuales tienen una por año.")
    fecha_texto: str
    tipo: Literal["vence", "desde", "termina"]
    titulo: str
    obligacion: str
    roles: list[str]
    plazo: str = Field(..., description="Las palabras de la norma que fijan el término.")
    desde: str
    documento: str
    archivo: str
    articulo: str
    cita: str = Field(..., description="Oración textual de la fuente.")
    enlace: str
    nota: str
    prorroga_dia_habil: dict[str, str] | None = Field(None, description="Vencimiento en día no hábil → primer día hábil (art. 62 Ley 4 de 1913).")


class CalendarioSalida(BaseModel):
    perfil: str
    fechas: dict[str, str]
    supuestos: list[str]
    obligaciones: list[PlazoSalida]
    sin_fecha: list[dict]
    aviso: str


def crear_router(servicio: ServicioChat) -> APIRouter:
    router = APIRouter(prefix="/api")
    ajustes = servicio.asistente.ajustes

    def admin(authorization: str | None = Header(None)) -> None:
        token = ajustes.secreto(ajustes.token_admin)
        if not token:
            raise ErrorDeUsuario("La administración está deshabilitada: no hay token configurado (ASISTENTE_TOKEN_ADMIN).", 403)
        esperado = f"Bearer {token}"
        if not authorization or not secrets.compare_digest(authorization.encode(), esperado.encode()):
            raise ErrorDeUsuario("Token de administración ausente o incorrecto.", 401)

    def salida(turno) -> RespuestaSalida:
        r = turno.respuesta
        return RespuestaSalida(respuesta=r.respuesta, citas=[CitaSalida(**c.a_dict()) for c in r.citas],
                               sin_respuesta=r.sin_respuesta, conversacion_id=turno.conversacion_id,
                               mensaje_id=turno.mensaje_id, sugerencias=r.sugerencias)

    @router.post("/preguntar", response_model=RespuestaSalida,
                 summary="Responde una pregunta con citas textuales a la fuente")
    def preguntar(peticion: PeticionPregunta) -> RespuestaSalida:
        return salida(servicio.preguntar(peticion.pregunta, peticion.conversacion_id, peticion.perfil))

    def validada(peticion: PeticionPregunta) -> PeticionPregunta:
        servicio.abrir(peticion.pregunta, peticion.conversacion_id, peticion.perfil)  # 4xx antes de abrir el flujo
        return peticion

    @router.post("/preguntar/stream", response_class=EventSourceResponse,
                 summary="Igual que /preguntar, por eventos SSE: 'texto' progresivo, 'respuesta' verificada, 'citas' y 'fin'")
    def preguntar_stream(peticion: PeticionPregunta = Depends(validada)) -> Iterator[ServerSentEvent]:
        try:
            yield from _eventos(peticion)
        except ErrorDeUsuario as error:  # el flujo ya se abrió: el error llega como evento, nunca un 200 vacío
            yield ServerSentEvent(data={"error": error.mensaje, "estado": error.estado}, event="error")

    def _eventos(peticion: PeticionPregunta) -> Iterator[ServerSentEvent]:
        for parte in servicio.preguntar_stream(peticion.pregunta, peticion.conversacion_id, peticion.perfil):
            if isinstance(parte, str):
                yield ServerSentEvent(data=parte, event="texto")
                continue
            completo = salida(parte)
            # Con LLM, la respuesta verificada puede diferir del texto emitido: ésta es la que vale.
            yield ServerSentEvent(data=completo.respuesta, event="respuesta")
            yield ServerSentEvent(data=[c.model_dump() for c in completo.citas], event="citas")
            yield ServerSentEvent(data=completo.model_dump(exclude={"respuesta", "citas"}), event="fin")

    @router.get("/conversaciones/{conversacion_id}", summary="Mensajes de una conversación")
    def conversacion(conversacion_id: str) -> dict:
        if not servicio.persistencia.existe_conversacion(conversacion_id):
            raise ErrorDeUsuario("No existe una conversación con ese identificador.", 404)
        return {"conversacion_id": conversacion_id, "mensajes": servicio.persistencia.mensajes(conversacion_id)}

    @router.post("/retroalimentacion", status_code=201, summary="¿Fue útil la respuesta?")
    def retroalimentacion(peticion: PeticionRetroalimentacion) -> dict:
        ident = servicio.retroalimentar(peticion.mensaje_id, peticion.util, peticion.comentario)
        return {"id": ident, "mensaje_id": peticion.mensaje_id}

    @router.get("/documentos", summary="Documentos indexados y cuántos fragmentos tiene cada uno")
    def documentos() -> list[dict]:
        return servicio.documentos()

    @router.get("/fragmentos/{fragmento_id}", summary="El artículo o la sección completa detrás de una cita, con la cita resaltada")
    def fragmento(fragmento_id: str, cita: str | None = Query(None, max_length=5000, description="Texto citado a resaltar")) -> dict:
        return servicio.fragmento(fragmento_id, cita)

    @router.get(
        "/plazos", response_model=CalendarioSalida, summary="Plazos y obligaciones del perfil, con fechas y fuentes",
        description="Calcula las fechas (días hábiles con festivos de Colombia, meses según el calendario) a partir de "
        "la posesión y, si se dan, la salida, la elección y las presentaciones del plan. JSON por omisión; con "
        "`Accept: text/calendar` o `formato=ics`, un archivo iCalendar (un evento por obligación).",
        responses={200: {"content": {"text/calendar": {}}}, 400: {"model": ErrorSalida, "description": "Fechas incoherentes"},
                   422: {"model": ErrorSalida, "description": "Perfil o rol desconocido, fecha imposible o que falta"}},
    )
    def plazos(
        request: Request,
        perfil: str = Query(..., description="candidato | funcionario | ctp | ciudadania", examples=["funcionario"]),
        posesion: str = Query(..., description="Fecha de posesión AAAA-MM-DD", examples=["2028-01-01"]),
        salida: str | None = Query(None, description="Fecha de salida del cargo (por omisión, la víspera de la posesión)"),
        eleccion: str | None = Query(None, description="Fecha de la elección"),
        presentacion_ctp: str | None = Query(None, description="Fecha en que se presentó el plan al CTP"),
        presentacion_concejo: str | None = Query(None, description="Fecha en que se presentó el plan al concejo o la asamblea"),
        firma_acta: str | None = Query(None, description="Fecha de firma del acta de informe de gestión"),
        rol: str | None = Query(None, description="Sólo un rol: alcalde_saliente, ctp, concejo…"),
        formato: str | None = Query(None, description="json (por omisión) | ics (iCalendar)"),
    ):
        from asistente.plazos import ErrorPlazos, calcular_plazos

        fechas = {"posesion": posesion, "salida": salida, "eleccion": eleccion, "presentacion_ctp": presentacion_ctp,
                  "presentacion_concejo": presentacion_concejo, "firma_acta": firma_acta}
        if formato not in (None, "json", "ics"):
            raise ErrorDeUsuario(f"Formato desconocido ('formato'): '{formato}'. Use json o ics.", 422, campo="formato")
        try:
            calendario = calcular_plazos(perfil, fechas, rol=rol)
        except ErrorPlazos as error:
            raise ErrorDeUsuario(error.mensaje, error.estado, campo=error.campo) from None
        if formato == "ics" or (formato is None and "text/calendar" in request.headers.get("accept", "")):
            return Response(calendario.a_ics(), media_type="text/calendar; charset=utf-8",
                            headers={"Content-Disposition": f'attachment; filename="plazos-{calendario.perfil}.ics"'})
        return calendario.a_dict()

    @router.get("/salud", summary="Estado del índice y del modelo")
    def salud() -> dict:
        return servicio.salud()

    @router.post("/admin/documentos", status_code=201, dependencies=[Depends(admin)],
                 summary="Sube un PDF y lo indexa (requiere token)")
    async def subir(archivo: UploadFile = File(...)) -> dict:
        limite = ajustes.max_mb_pdf * 1024 * 1024
        contenido = await archivo.read(limite + 1)
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(servicio.subir_pdf, archivo.filename or "documento.pdf", contenido)

    @router.post("/admin/reindexar", dependencies=[Depends(admin)], summary="Reindexa el corpus (requiere token)")
    def reindexar(forzar: bool = False) -> dict:
        return servicio.reindexar(forzar)

    return router
