"""Plazos y obligaciones: el calendario de cada rol en la transición y el plan de desarrollo, con fechas y fuentes.

La tabla curada (`corpus/obligaciones.yaml`) dice, para cada obligación, quién, desde qué evento, el plazo y la
oración textual de la ley que lo fija. Este módulo la valida (pydantic) y calcula las fechas a partir de las del
usuario (posesión, salida, elección…), porque la aritmética de días hábiles con festivos colombianos es justo lo que
la gente hace a mano y se equivoca.

Convenciones de cómputo (ver docs/plazos.md):
- Días hábiles: se excluyen sábados, domingos y festivos de Colombia (paquete `holidays`, que aplica la Ley
  Emiliani); se cuenta desde el día siguiente al evento.
- "Días" sin calificar en la norma: hábiles, porque el art. 62 de la Ley 4 de 1913 (Código de Régimen Político y
  Municipal) dice que en los plazos de días "se entienden suprimidos los feriados".
- Meses y años: según el calendario (art. 67 del Código Civil, art. 59 de la Ley 4 de 1913): vencen el día del mismo
  número en el mes de destino, o el último día del mes si ese número no existe (31 de enero + 1 mes = 28/29 de
  febrero). "Los primeros N meses del período" terminan el día anterior a ese (1 de enero + 4 meses → 30 de abril).
- Vencimiento en día no hábil: el art. 62 de la Ley 4 de 1913 extiende los plazos de meses y años "hasta el primer
  día hábil". Se muestra la fecha calendario (la prudente) y, aparte, la fecha hasta la que la ley la extiende.

No importa nada de `interfaz/`: la línea de órdenes, la API y el chat llaman a `calcular_plazos`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import Literal

import holidays
import yaml
from dateutil.relativedelta import relativedelta
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from asistente.config import RAIZ
from asistente.vocabulario import VOCABULARIO

TABLA = RAIZ / "corpus" / "obligaciones.yaml"
PERFILES = ("candidato", "funcionario", "ctp", "ciudadania")

ROLES = {
    # Quien se posesiona al comenzar el período y lo gobierna hasta el final (las obligaciones de cada año, la del
    # último año incluida, son suyas): «entrante» a secas confundía en el cuarto año.
    "alcalde_entrante": "Alcalde/sa del período (entrante)",
    "gobernador_entrante": "Gobernador/a del período (entrante)",
    "alcalde_saliente": "Alcalde/sa saliente",
    "gobernador_saliente": "Gobernador/a saliente",
    "equipo_empalme": "Equipo de empalme",
    "secretaria_planeacion": "Secretaría de planeación",
    "ctp": "Consejo Territorial de Planeación",
    "concejo": "Concejo municipal o distrital",
    "asamblea": "Asamblea departamental",
    "organizaciones_politicas": "Organizaciones políticas",
    "ciudadania": "Ciudadanía",
}

# Fechas que puede dar el usuario (nombre del campo → cómo se nombra en los mensajes).
CAMPOS_FECHA = {
    "posesion": "fecha de posesión",
    "salida": "fecha de salida del cargo",
    "eleccion": "fecha de elección",
    "presentacion_ctp": "fecha de presentación del plan al CTP",
    "presentacion_concejo": "fecha de presentación del plan al concejo o la asamblea",
    "firma_acta": "fecha de firma del acta de informe de gestión",
}
# Eventos que, si el usuario no da su fecha, se toman del vencimiento de otra obligación (el caso más tardío).
DERIVADOS = {
    "presentacion_ctp": "presentar-plan-ctp",
    "presentacion_concejo": "presentar-plan-concejo",
    "firma_acta": "acta-informe-gestion",
}
EVENTOS = set(CAMPOS_FECHA) | {"fin_periodo", "anio"}
AÑOS_PERIODO = 4  # Constitución, arts. 303 y 314: períodos institucionales de cuatro años.
# Fechas admitidas: desde la Constitución de 1991 hasta 2100 (los festivos se calculan por año; fuera de ese rango
# un año absurdo sólo produciría desbordes o esperas).
AÑO_MINIMO, AÑO_MAXIMO = 1991, 2100

Unidad = Literal["dias_habiles", "dias", "dias_calendario", "meses", "anios", "fecha_fija", "fin_de_anio", "inmediato"]
# Art. 62 Ley 4 de 1913: los plazos de meses y años que vencen en feriado se extienden al primer día hábil (y se
# aplica igual a los días calendario). Las fechas fijas ("a más tardar el 31 de enero") no se tocan.
PRORROGABLES = {"dias_calendario", "meses", "anios"}

_MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre")
_DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


class ErrorPlazos(ValueError):
    """Entrada inválida del usuario. `campo` nombra el dato culpable; nada se calcula."""

    def __init__(self, campo: str, mensaje: str, estado: int = 422) -> None:
        super().__init__(mensaje)
        self.campo = campo
        self.mensaje = mensaje
        self.estado = estado  # 422: dato inválido o que falta; 400: fechas válidas pero incoherentes entre sí


# ───────────────────────────── la tabla ─────────────────────────────
class Plazo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    unidad: Unidad
    texto: str = Field(..., description="Las palabras exactas de la cita que fijan el término.")
    numero: int | None = Field(None, gt=0)
    mes: int | None = Field(None, ge=1, le=12)
    dia: int | Literal["ultimo"] | None = None
    computo: Literal["siguientes", "primeros", "antes", "despues"] = "siguientes"

    @model_validator(mode="after")
    def _coherente(self) -> "Plazo":
        if self.unidad in {"dias_habiles", "dias", "dias_calendario", "meses", "anios"} and self.numero is None:
            raise ValueError(f"la unidad {self.unidad} necesita 'numero'")
        if self.unidad == "fecha_fija" and (self.mes is None or self.dia is None):
            raise ValueError("fecha_fija necesita 'mes' y 'dia'")
        if self.unidad == "fecha_fija" and isinstance(self.dia, int):
            date(2024, self.mes, self.dia)  # 2024 es bisiesto: admite el 29 de febrero
        return self


class Obligacion(BaseModel):
    """Una fila de la tabla: quién, desde qué evento, en qué plazo, qué hacer y la oración de la ley."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(..., pattern=r"^[a-z0-9-]+$")
    titulo: str
    obligacion: str
    roles: tuple[str, ...] = Field(..., min_length=1)
    perfiles: tuple[Literal["candidato", "funcionario", "ctp", "ciudadania"], ...] = Field(..., min_length=1)
    evento: str
    anios: tuple[int, ...] | None = None
    plazo: Plazo
    tipo: Literal["vence", "desde", "termina"]
    archivo: str
    articulo: str
    cita: str
    enlace: str = ""
    terminos: tuple[str, ...] = ()
    nota: str = ""

    @field_validator("roles")
    @classmethod
    def _roles_conocidos(cls, roles: tuple[str, ...]) -> tuple[str, ...]:
        desconocidos = [r for r in roles if r not in ROLES]
        if desconocidos:
            raise ValueError(f"roles desconocidos: {desconocidos}")
        return roles

    @field_validator("cita", "obligacion", "titulo", "nota")
    @classmethod
    def _espacios(cls, texto: str) -> str:
        return re.sub(r"\s+", " ", texto).strip()

    @model_validator(mode="after")
    def _evento(self) -> "Obligacion":
        if not (self.evento in EVENTOS or self.evento.startswith("obligacion:")):
            raise ValueError(f"evento desconocido: {self.evento}")
        if (self.evento == "anio") != (self.anios is not None):
            raise ValueError("'anios' va con el evento 'anio' y sólo con él")
        if self.plazo.unidad in {"fecha_fija", "fin_de_anio"} and self.evento != "anio":
            raise ValueError("las fechas fijas se cuentan por año del período (evento: anio)")
        if any(not 1 <= a <= AÑOS_PERIODO for a in self.anios or ()):
            raise ValueError(f"'anios' va de 1 a {AÑOS_PERIODO}")
        return self


class Tabla(BaseModel):
    obligaciones: list[Obligacion]

    @model_validator(mode="after")
    def _referencias(self) -> "Tabla":
        ids = [o.id for o in self.obligaciones]
        repetidos = {i for i in ids if ids.count(i) > 1}
        if repetidos:
            raise ValueError(f"ids repetidos: {sorted(repetidos)}")
        referidos = [o.evento.split(":", 1)[1] for o in self.obligaciones if o.evento.startswith("obligacion:")]
        referidos += list(DERIVADOS.values())
        faltan = [r for r in referidos if r not in ids]
        if faltan:
            raise ValueError(f"eventos que remiten a obligaciones inexistentes: {faltan}")
        return self

    def por_id(self, ident: str) -> Obligacion:
        return next(o for o in self.obligaciones if o.id == ident)


def cargar_tabla(ruta: Path | str = TABLA) -> Tabla:
    """Lee y valida la tabla; un error de la tabla es un error del proyecto, no del usuario (ValidationError)."""
    datos = yaml.safe_load(Path(ruta).read_text(encoding="utf-8")) or {}
    return Tabla.model_validate(datos)


@lru_cache(maxsize=4)
def _tabla_cacheada(ruta: str) -> Tabla:
    return cargar_tabla(ruta)


def tabla(ruta: Path | str = TABLA) -> Tabla:
    return _tabla_cacheada(str(ruta))


# ───────────────────────────── fuentes ─────────────────────────────
def normalizar_fuente(texto: str) -> str:
    """El texto de un documento del corpus como se compara con una cita: sin marcas Markdown `*`/`#` y con los
    espacios colapsados (los saltos de línea de los PDF y TXT cortan oraciones)."""
    return re.sub(r"\s+", " ", re.sub(r"[*#]", "", texto)).strip()


@lru_cache(maxsize=64)
def _texto_documento(ruta: str) -> str:
    return Path(ruta).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _manifiesto(corpus: str) -> dict[str, dict]:
    ruta = Path(corpus) / "manifiesto.yaml"
    if not ruta.exists():
        return {}
    datos = yaml.safe_load(ruta.read_text(encoding="utf-8")) or {}
    return {d["archivo"]: d for d in datos.get("documentos", [])}


def _nombre_documento(archivo: str, corpus: Path) -> str:
    meta = _manifiesto(str(corpus)).get(archivo, {})
    if meta.get("titulo"):
        return meta["titulo"]
    base = Path(archivo).stem
    if m := re.fullmatch(r"LEY-(\d+)-(\d{4})", base):
        return f"Ley {m[1]} de {m[2]}"
    if base.startswith("CONSTITUCION"):
        return "Constitución Política de Colombia (1991)"
    return base


def enlace_oficial(obligacion: Obligacion, corpus: Path = TABLA.parent) -> str:
    """El enlace de la tabla si lo trae; si no, la fuente del manifiesto o del encabezado YAML del documento."""
    return obligacion.enlace or _enlace_documento(str(corpus), obligacion.archivo)


@lru_cache(maxsize=128)
def _enlace_documento(corpus: str, archivo: str) -> str:
    meta = _manifiesto(corpus).get(archivo, {})
    if meta.get("fuente"):
        return meta["fuente"]
    ruta = Path(corpus) / archivo
    if ruta.suffix == ".md" and ruta.exists():
        cabecera = re.match(r"---\n(.*?)\n---", _texto_documento(str(ruta)), re.S)
        if cabecera:
            meta = yaml.safe_load(cabecera[1]) or {}
            return str(meta.get("source") or meta.get("fuente") or "")
    return ""


# ───────────────────────────── aritmética de fechas ─────────────────────────────
@lru_cache(maxsize=64)
def festivos(anio: int) -> holidays.HolidayBase:
    """Festivos de Colombia de un año (con los traslados al lunes de la Ley Emiliani), nombres en español."""
    return holidays.country_holidays("CO", years=anio, language="es")


def es_habil(dia: date) -> bool:
    return dia.weekday() < 5 and dia not in festivos(dia.year)


def siguiente_habil(dia: date) -> date:
    while not es_habil(dia):
        dia += timedelta(days=1)
    return dia


def sumar_dias_habiles(desde: date, n: int) -> date:
    """El n-ésimo día hábil después de `desde` (el día del evento no cuenta); n negativo cuenta hacia atrás."""
    paso = 1 if n >= 0 else -1
    dia, faltan = desde, abs(n)
    while faltan:
        dia += timedelta(days=paso)
        if es_habil(dia):
            faltan -= 1
    return dia


def _fin_de_mes(anio: int, mes: int) -> date:
    return date(anio, mes, 1) + relativedelta(months=1) - timedelta(days=1)


def aplicar_plazo(plazo: Plazo, evento: date) -> date:
    """La fecha que resulta de contar `plazo` desde `evento` (para fechas fijas, `evento` es el 1 de enero del año)."""
    u, n, c = plazo.unidad, plazo.numero or 0, plazo.computo
    if u == "inmediato":
        return evento + timedelta(days={"antes": -1, "despues": 1}.get(c, 0))
    if u == "fecha_fija":
        dia = _fin_de_mes(evento.year, plazo.mes) if plazo.dia == "ultimo" else date(evento.year, plazo.mes, plazo.dia)
        return dia - timedelta(days=1) if c == "antes" else dia
    if u == "fin_de_anio":
        return date(evento.year, 12, 31)
    if u in {"dias_habiles", "dias"}:
        if c == "antes":
            return sumar_dias_habiles(evento, -n)
        if c == "primeros":
            return sumar_dias_habiles(evento - timedelta(days=1), n)
        return sumar_dias_habiles(evento, n)
    delta = timedelta(days=n) if u == "dias_calendario" else relativedelta(months=n) if u == "meses" else relativedelta(years=n)
    if c == "antes":
        return evento - delta
    if c == "primeros":
        return evento + delta - timedelta(days=1)
    return evento + delta


def formato_fecha(dia: date) -> str:
    """'lunes 24 de enero de 2028' (a mano: doce meses y siete días no justifican babel ni cambiar el locale)."""
    return f"{_DIAS[dia.weekday()]} {dia.day} de {_MESES[dia.month - 1]} de {dia.year}"


def leer_fecha(campo: str, valor: str | date | None) -> date | None:
    """'2028-01-01' → date; una fecha imposible o mal escrita es un ErrorPlazos que nombra el campo."""
    if valor is None or valor == "":
        return None
    if isinstance(valor, (date, datetime)):
        valor = (valor.date() if isinstance(valor, datetime) else valor).isoformat()
    texto = str(valor).strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", texto):
        raise ErrorPlazos(campo, f"La {CAMPOS_FECHA.get(campo, campo)} ('{campo}') debe escribirse AAAA-MM-DD; "
                                 f"se recibió '{texto}'.")
    try:
        dia = date.fromisoformat(texto)
    except ValueError:
        raise ErrorPlazos(campo, f"La {CAMPOS_FECHA.get(campo, campo)} ('{campo}') no existe en el calendario: "
                                 f"{texto}.") from None
    if not AÑO_MINIMO <= dia.year <= AÑO_MAXIMO:
        raise ErrorPlazos(campo, f"La {CAMPOS_FECHA.get(campo, campo)} ('{campo}') debe estar entre {AÑO_MINIMO} y "
                                 f"{AÑO_MAXIMO}; se recibió {texto}.")
    return dia


# ───────────────────────────── el cálculo ─────────────────────────────
@dataclass
class PlazoCalculado:
    obligacion: Obligacion
    fechas: list[date]
    documento: str
    enlace: str
    desde: str  # de qué evento y fecha se contó, en palabras
    supuesto: str = ""  # si el evento se tomó de otra fecha límite (no lo dio el usuario)
    prorroga: dict[date, date] = field(default_factory=dict)  # vencimiento en día no hábil → primer día hábil

    @property
    def fecha(self) -> date:
        return self.fechas[0]

    def a_dict(self) -> dict:
        o = self.obligacion
        datos = {
            "id": o.id, "fecha": self.fecha.isoformat(), "fechas": [f.isoformat() for f in self.fechas],
            "fecha_texto": formato_fecha(self.fecha), "tipo": o.tipo, "titulo": o.titulo, "obligacion": o.obligacion,
            "roles": [ROLES[r] for r in o.roles], "plazo": o.plazo.texto, "desde": self.desde,
            "documento": self.documento, "archivo": o.archivo, "articulo": o.articulo, "cita": o.cita,
            "enlace": self.enlace, "nota": " ".join(t for t in (o.nota, self.supuesto) if t),
        }
        if self.prorroga:
            datos["prorroga_dia_habil"] = {k.isoformat(): v.isoformat() for k, v in self.prorroga.items()}
        return datos


@dataclass
class Calendario:
    perfil: str
    fechas: dict[str, date]  # las que dio el usuario más las derivadas (salida, fin del período)
    supuestos: list[str]
    plazos: list[PlazoCalculado]
    sin_fecha: list[dict]  # obligaciones del perfil que no se pueden fechar (falta la fecha de la elección…)

    def a_dict(self) -> dict:
        return {
            "perfil": self.perfil,
            "fechas": {k: v.isoformat() for k, v in self.fechas.items()},
            "supuestos": self.supuestos,
            "obligaciones": [p.a_dict() for p in self.plazos],
            "sin_fecha": self.sin_fecha,
            "aviso": "No es asesoría jurídica: verifique cada plazo en la norma citada y con su oficina jurídica.",
        }

    def a_ics(self) -> bytes:
        """Un VEVENT de día completo por obligación; si se repite cada año, RRULE anual (o RDATE si las fechas no
        caen el mismo día cada año, como las contadas en días hábiles). La cita
        textual va en la descripción, para que quien abra el calendario vea de dónde sale la fecha."""
        from icalendar import Calendar, Event, vDDDLists

        cal = Calendar()
        cal.add("prodid", "-//Asistente Juntos por el Territorio//plazos//ES")
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("x-wr-calname", f"Plazos ({self.perfil})")
        sello = datetime.now(timezone.utc).replace(microsecond=0)
        base = self.fechas.get("posesion")
        for p in self.plazos:
            o = p.obligacion
            evento = Event()
            evento.add("uid", f"{o.id}-{self.perfil}-{base}@asistente-juntos-territorio")
            evento.add("dtstamp", sello)
            evento.add("dtstart", p.fecha)
            evento.add("dtend", p.fecha + timedelta(days=1))
            evento.add("summary", o.titulo)
            evento.add("description", describir(p))
            evento.add("categories", [o.tipo])
            if len(p.fechas) > 1:
                regular = all(f.month == p.fecha.month and f.day == p.fecha.day and f.year == p.fecha.year + i
                              for i, f in enumerate(p.fechas))
                if regular:  # RRULE anual: lo entienden todas las agendas (Google ignora a veces RDATE)
                    evento.add("rrule", {"freq": "yearly", "count": len(p.fechas)})
                else:
                    evento.add("rdate", vDDDLists(p.fechas[1:]))
            if p.enlace:
                evento.add("url", p.enlace)
            cal.add_component(evento)
        return cal.to_ical()


_TIPO = {"vence": "Vence", "desde": "Desde", "termina": "Termina"}


def describir(p: PlazoCalculado) -> str:
    """Texto de un plazo con su fuente: lo que va en el .ics y en el chat."""
    o = p.obligacion
    lineas = [o.obligacion, f"Quién: {', '.join(ROLES[r] for r in o.roles)}.",
              f"Plazo: «{o.plazo.texto}», contado desde {p.desde}."]
    for nominal, habil in p.prorroga.items():
        lineas.append(f"El {formato_fecha(nominal)} no es día hábil: la ley extiende el plazo hasta el "
                      f"{formato_fecha(habil)} (art. 62, Ley 4 de 1913).")
    if o.nota or p.supuesto:
        lineas.append(" ".join(t for t in (o.nota, p.supuesto) if t))
    lineas.append(f"Fuente: {p.documento}, {o.articulo}: «{o.cita}»")
    if p.enlace:
        lineas.append(p.enlace)
    return "\n".join(lineas)


def _validar_entrada(perfil: str | None, rol: str | None, fechas: dict[str, str | date | None]) -> tuple[str, dict[str, date]]:
    if not perfil:
        raise ErrorPlazos("perfil", f"Falta el perfil ('perfil'): use uno de {', '.join(PERFILES)}.")
    if perfil not in PERFILES:
        raise ErrorPlazos("perfil", f"Perfil desconocido ('perfil'): '{perfil}'. Use uno de {', '.join(PERFILES)}.")
    if rol is not None and rol not in ROLES:
        raise ErrorPlazos("rol", f"Rol desconocido ('rol'): '{rol}'. Use uno de {', '.join(ROLES)}.")
    desconocidos = [k for k in fechas if k not in CAMPOS_FECHA]
    if desconocidos:
        raise ErrorPlazos(desconocidos[0], f"Dato desconocido: '{desconocidos[0]}'.")
    leidas = {k: d for k, v in fechas.items() if (d := leer_fecha(k, v)) is not None}
    if "posesion" not in leidas:
        raise ErrorPlazos("posesion", "Falta la fecha de posesión ('posesion', AAAA-MM-DD): todos los plazos del "
                                      "período se cuentan desde ella.")
    posesion = leidas["posesion"]
    if "eleccion" in leidas and leidas["eleccion"] >= posesion:
        raise ErrorPlazos("eleccion", "La fecha de elección ('eleccion') debe ser anterior a la de posesión.", 400)
    for campo in ("presentacion_ctp", "presentacion_concejo"):
        if campo in leidas and leidas[campo] < posesion:
            raise ErrorPlazos(campo, f"La {CAMPOS_FECHA[campo]} ('{campo}') no puede ser anterior a la posesión.", 400)
    if "firma_acta" in leidas and "salida" in leidas and leidas["firma_acta"] < leidas["salida"]:
        raise ErrorPlazos("firma_acta", "La fecha de firma del acta ('firma_acta') no puede ser anterior a la salida.", 400)
    return perfil, leidas


def calcular_plazos(perfil: str | None, fechas: dict[str, str | date | None], rol: str | None = None,
                    ruta_tabla: Path | str = TABLA) -> Calendario:
    """El calendario de un perfil (y, si se pide, de un rol) a partir de las fechas del usuario.

    `fechas`: posesion (obligatoria), salida, eleccion, presentacion_ctp, presentacion_concejo, firma_acta, como
    'AAAA-MM-DD' o `date`. Entrada inválida → ErrorPlazos (nombra el campo) antes de calcular nada.
    """
    perfil, dadas = _validar_entrada(perfil, rol, fechas)
    t = tabla(ruta_tabla)
    corpus = Path(ruta_tabla).parent
    posesion = dadas["posesion"]
    conocidas = dict(dadas)
    supuestos: list[str] = []
    if "salida" not in conocidas:
        conocidas["salida"] = posesion - timedelta(days=1)
        supuestos.append(f"Sin fecha de salida: se toma el día anterior a la posesión ({conocidas['salida']}), "
                         "cuando termina el período saliente.")
    conocidas["fin_periodo"] = posesion + relativedelta(years=AÑOS_PERIODO) - timedelta(days=1)
    supuestos.append(f"El período termina el {conocidas['fin_periodo']} (cuatro años desde la posesión, "
                     "Constitución arts. 303 y 314).")

    memo: dict[str, tuple[list[date], str, str] | None] = {}

    def ocurrencias(o: Obligacion, pila: tuple[str, ...] = ()) -> tuple[list[date], str, str] | None:
        """(fechas, desde, supuesto) o None si falta la fecha del evento."""
        if o.id in memo:
            return memo[o.id]
        ev = o.evento
        supuesto = ""
        if ev == "anio":
            bases = [date(posesion.year + a - 1, 1, 1) for a in o.anios]
            desde = "cada año del período" if len(bases) > 1 else "el primer año del período"
        elif ev.startswith("obligacion:") or (ev in DERIVADOS and ev not in conocidas):
            origen = t.por_id(ev.split(":", 1)[1] if ev.startswith("obligacion:") else DERIVADOS[ev])
            previo = ocurrencias(origen, pila + (o.id,))
            if previo is None:
                memo[o.id] = None
                return None
            bases = previo[0]
            desde = f"el vencimiento de «{origen.titulo}» ({', '.join(d.isoformat() for d in bases)})"
            if ev in DERIVADOS:
                supuesto = (f"Se cuenta desde la fecha límite de «{origen.titulo}»; si ya tiene la "
                            f"{CAMPOS_FECHA[ev]}, indíquela ('{ev}').")
        elif ev in conocidas:
            bases = [conocidas[ev]]
            desde = f"la {CAMPOS_FECHA.get(ev, 'fecha de fin del período')} ({conocidas[ev].isoformat()})"
        else:
            memo[o.id] = None
            return None
        resultado = (sorted({aplicar_plazo(o.plazo, b) for b in bases}), desde, supuesto)
        memo[o.id] = resultado
        return resultado

    plazos: list[PlazoCalculado] = []
    sin_fecha: list[dict] = []
    for o in t.obligaciones:
        if perfil not in o.perfiles or (rol and rol not in o.roles):
            continue
        calculo = ocurrencias(o)
        if calculo is None:
            falta = o.evento if o.evento in CAMPOS_FECHA else "eleccion"
            sin_fecha.append({"id": o.id, "titulo": o.titulo, "obligacion": o.obligacion, "falta": falta,
                              "mensaje": f"Indique la {CAMPOS_FECHA[falta]} ('{falta}') para fechar este plazo.",
                              "plazo": o.plazo.texto, "articulo": o.articulo, "cita": o.cita,
                              "documento": _nombre_documento(o.archivo, corpus)})
            continue
        lista, desde, supuesto = calculo
        prorroga = {}
        if o.tipo == "vence" and o.plazo.unidad in PRORROGABLES and o.plazo.computo != "antes":
            prorroga = {d: siguiente_habil(d) for d in lista if not es_habil(d)}
        plazos.append(PlazoCalculado(o, lista, _nombre_documento(o.archivo, corpus), enlace_oficial(o, corpus),
                                     desde, supuesto, prorroga))
    plazos.sort(key=lambda p: (p.fecha, p.obligacion.id))
    fechas_salida = {k: conocidas[k] for k in ("eleccion", "posesion", "salida", "fin_periodo", *DERIVADOS) if k in conocidas}
    return Calendario(perfil, fechas_salida, supuestos, plazos, sin_fecha)


def imprimir_calendario(calendario: Calendario, consola) -> None:
    """Tabla legible en la terminal (rich): fecha, qué hacer, quién y la fuente."""
    from rich.table import Table

    t = Table(title=f"Plazos — perfil {calendario.perfil} (posesión {calendario.fechas['posesion']})", show_lines=True)
    for col in ("fecha", "qué hacer", "fuente"):
        t.add_column(col)
    for p in calendario.plazos:
        o = p.obligacion
        fecha = f"{_TIPO[o.tipo]} {p.fecha.isoformat()}"
        if len(p.fechas) > 1:
            fecha += f"\n(y {', '.join(d.isoformat() for d in p.fechas[1:])})"
        for nominal, habil in p.prorroga.items():
            fecha += f"\n{nominal.isoformat()} no es hábil → {habil.isoformat()}"
        t.add_row(fecha, f"[b]{o.titulo}[/b]\n{o.obligacion}\n[dim]{', '.join(ROLES[r] for r in o.roles)}[/dim]",
                  f"{p.documento}, {o.articulo}: «{o.cita}»")
    consola.print(t)
    for s in calendario.supuestos:
        consola.print(f"[dim]Supuesto: {s}[/dim]")
    for s in calendario.sin_fecha:
        consola.print(f"[yellow]Sin fecha[/yellow] {s['titulo']}: {s['mensaje']}")
    consola.print("[dim]No es asesoría jurídica: verifique cada plazo en la norma citada.[/dim]")


# ───────────────────────────── para el chat ─────────────────────────────
_PREGUNTA_DE_PLAZO = re.compile(
    r"\b(plazos?|cu[aá]ndo|vence|vencen|vencimiento|hasta cu[aá]ndo|fecha l[ií]mite|fechas?|cu[aá]nto tiempo|"
    r"t[eé]rmino|calendario|d[ií]as h[aá]biles|a m[aá]s tardar|qu[eé] tengo que hacer)\b", re.I)


def es_pregunta_de_plazos(pregunta: str) -> bool:
    """¿Pregunta por cuándo / en cuánto tiempo? (entonces conviene mostrar la fecha calculada y la pestaña Plazos)."""
    # También lo que el vocabulario reconoce como pregunta de plazo: «cuanto tengo pa entregar el informe».
    return bool(_PREGUNTA_DE_PLAZO.search(pregunta or "")) or VOCABULARIO.tipo_de_pregunta(pregunta or "") == "plazo"


@lru_cache(maxsize=8)
def _raices_obligaciones(ruta: str) -> list[tuple[Obligacion, frozenset[str], frozenset[str]]]:
    from indexacion.texto import terminos

    salida = []
    for o in tabla(ruta).obligaciones:
        fuertes = frozenset(r for t in o.terminos for r in terminos(t))
        debiles = frozenset(terminos(f"{o.titulo} {o.obligacion}")) - fuertes
        salida.append((o, fuertes, debiles))
    return salida


def _raices_fuertes(o: Obligacion, ruta: str) -> frozenset[str]:
    return next(f for ob, f, _ in _raices_obligaciones(ruta) if ob.id == o.id)


def plazos_relacionados(pregunta: str, perfil: str | None = None, limite: int = 3,
                        ruta_tabla: Path | str = TABLA) -> list[Obligacion]:
    """Las obligaciones de la tabla a las que se refiere una pregunta sobre plazos ("¿qué plazos tengo?",
    "¿cuándo vence el acta de informe de gestión?"), de la más a la menos pertinente.

    Puntúa por raíces compartidas con los `terminos` de cada obligación (peso 2) y con su título y texto (peso 1).
    "¿Qué plazos tengo?" sin tema devuelve las primeras del perfil. Si la pregunta no es de plazos, devuelve [].
    """
    if not es_pregunta_de_plazos(pregunta):
        return []
    raices = _raices_propias(pregunta)
    candidatas = []
    for orden, (o, fuertes, debiles) in enumerate(_raices_obligaciones(str(ruta_tabla))):
        if perfil and perfil not in o.perfiles:
            continue
        puntaje = 2 * len(raices & fuertes) + len(raices & debiles)
        candidatas.append((puntaje, -orden, o))
    if not raices:
        return [o for _, _, o in candidatas[:limite]]
    candidatas.sort(key=lambda c: (c[0], c[1]), reverse=True)
    mejor = candidatas[0][0] if candidatas else 0
    # Sólo las que comparten un término propio y se acercan a la mejor: "el acta" no trae el fin del período.
    candidatas = [c for c in candidatas if c[0] >= max(2, 0.6 * mejor) and raices & _raices_fuertes(c[2], str(ruta_tabla))]
    return [o for _, _, o in candidatas[:limite]]


def _raices_propias(pregunta: str) -> set[str]:
    """Raíces de lo que la pregunta nombra, sin las palabras con que se pregunta por un plazo."""
    from indexacion.texto import terminos

    return set(terminos(pregunta)) - _raices_genericas()


@lru_cache(maxsize=1)
def _raices_genericas() -> frozenset[str]:
    from indexacion.texto import terminos

    return frozenset(terminos("plazo plazos fecha fechas vence vencimiento cuándo tiempo término días hábiles tengo "
                              "puedo hasta hay"))


def cobertura_de_pregunta(pregunta: str, obligacion: Obligacion, ruta_tabla: Path | str = TABLA) -> float:
    """Qué parte de lo que la pregunta nombra (sin las palabras de plazo) está en la obligación."""
    raices = _raices_propias(pregunta)
    if not raices:
        return 1.0
    _, fuertes, debiles = next(x for x in _raices_obligaciones(str(ruta_tabla)) if x[0].id == obligacion.id)
    return len(raices & (fuertes | debiles)) / len(raices)


def sugerencia_plazos(pregunta: str, perfil: str | None = None, posesion: str | date | None = None,
                      salida: str | date | None = None, cobertura_minima: float = 0.0) -> str:
    """Párrafo para la respuesta del chat: qué plazo aplica, en palabras de la ley, la fecha si se conoce la
    posesión, y la invitación a la pestaña Plazos. Cadena vacía si la pregunta no es de plazos.

    `cobertura_minima`: cuando las fuentes no respondieron, la tabla sólo responde si la obligación reúne esa
    parte de lo que la pregunta nombra; «¿hasta cuándo inscribo la cédula pa votar?» comparte «inscribir» con
    la revocatoria, pero no es eso (es de la Registraduría) y sigue siendo un rechazo."""
    relacionadas = [o for o in plazos_relacionados(pregunta, perfil)
                    if cobertura_de_pregunta(pregunta, o) >= cobertura_minima]
    if not relacionadas:
        return ""
    fechas: dict[str, PlazoCalculado] = {}
    if posesion:
        try:
            cal = calcular_plazos(perfil or "funcionario", {"posesion": posesion, "salida": salida})
            fechas = {p.obligacion.id: p for p in cal.plazos}
        except ErrorPlazos:
            fechas = {}
    lineas = [linea_de_plazo(o, fechas[o.id].fecha if o.id in fechas else None) for o in relacionadas]
    # La invitación va aparte (línea en blanco): pegada al último ítem, Markdown la volvía parte de él.
    return "\n".join(lineas) + "\n\n" + INVITACION_PLAZOS


# Lo leen sobre todo en el chat: la orden de terminal (`asistente plazos`) está en su --help y en el README.
INVITACION_PLAZOS = "Para la fecha exacta (días hábiles, con festivos), use la pestaña **Plazos**."


def linea_de_plazo(o: Obligacion, fecha: date | None = None) -> str:
    """«- **Título**: «letra de la ley» (Ley…, Artículo N) → **fecha**», la línea de una obligación en el chat."""
    linea = f"- **{o.titulo}**: «{o.plazo.texto}» ({_nombre_documento(o.archivo, TABLA.parent)}, {o.articulo})"
    return linea + (f" → **{formato_fecha(fecha)}**" if fecha else "")


def plazo_preguntado(pregunta: str, perfil: str | None = None, cobertura_minima: float = 0.0) -> Obligacion | None:
    """La obligación más pertinente que reúne `cobertura_minima` de lo que la pregunta nombra (o None)."""
    return next((o for o in plazos_relacionados(pregunta, perfil) if cobertura_de_pregunta(pregunta, o) >= cobertura_minima),
                None)
