"""Plazos y obligaciones: la tabla contra los textos del corpus, la aritmética de fechas con festivos de Colombia,
la orden `asistente plazos`, el .ics y GET /api/plazos (app real), y las entradas inválidas."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import holidays
import pytest
import yaml
from icalendar import Calendar
from pydantic import ValidationError

from asistente.config import RAIZ
from asistente.plazos import (
    TABLA,
    ErrorPlazos,
    Plazo,
    aplicar_plazo,
    calcular_plazos,
    cargar_tabla,
    es_pregunta_de_plazos,
    normalizar_fuente,
    plazos_relacionados,
    sugerencia_plazos,
    sumar_dias_habiles,
)

CORPUS = RAIZ / "corpus"
OBLIGACIONES = cargar_tabla().obligaciones
FESTIVOS_CO = holidays.country_holidays("CO", years=range(2023, 2033))

# Cómo se escriben los números en las normas: "quince (15)", "un (1) mes", "treinta y uno (31)", "dos de enero".
NUMEROS = {1: ("un", "uno", "una", "primero"), 2: ("dos",), 3: ("tres",), 4: ("cuatro",), 10: ("diez",),
           12: ("doce",), 15: ("quince",), 18: ("dieciocho",), 30: ("treinta",), 31: ("treinta y uno",)}
# Palabras que debe contener el texto del plazo según su unidad.
UNIDADES = {
    "dias_habiles": r"\bdías hábiles\b", "dias": r"\bdías\b(?! (hábiles|calendario))",
    "dias_calendario": r"\bdías calendario\b", "meses": r"\bmes(es)?\b", "anios": r"\baños?\b",
    "fin_de_anio": r"\bfinalizar cada año\b",
    "inmediato": r"\b(al|una vez|antes de|si transcurre)\b",
}


def _numero_en(numero: int, texto: str) -> bool:
    if numero == 1 and re.search(r"\b(el|del)\s+(mes|año)\b", texto, re.I):  # "dentro del mes siguiente"
        return True
    palabras = NUMEROS.get(numero, ())
    return bool(re.search(rf"\b{numero}\b", texto) or any(re.search(rf"\b{p}\b", texto, re.I) for p in palabras))


def _texto(archivo: str) -> str:
    return normalizar_fuente((CORPUS / archivo).read_text(encoding="utf-8"))


# ───────────────────────── la tabla ─────────────────────────
def test_tabla_cubre_perfiles_roles_y_documentos():
    assert len(OBLIGACIONES) >= 25
    assert {p for o in OBLIGACIONES for p in o.perfiles} == {"candidato", "funcionario", "ctp", "ciudadania"}
    roles = {r for o in OBLIGACIONES for r in o.roles}
    assert {"alcalde_entrante", "gobernador_entrante", "alcalde_saliente", "equipo_empalme", "secretaria_planeacion",
            "ctp", "concejo", "asamblea", "organizaciones_politicas", "ciudadania"} <= roles
    archivos = {o.archivo for o in OBLIGACIONES}
    assert len(archivos) >= 6
    assert all((CORPUS / a).exists() for a in archivos)
    assert {o.evento for o in OBLIGACIONES} >= {"eleccion", "posesion", "salida", "fin_periodo", "anio",
                                                 "presentacion_ctp", "presentacion_concejo"}


@pytest.mark.parametrize("o", OBLIGACIONES, ids=lambda o: o.id)
def test_cita_textual_y_plazo_en_la_oracion(o):
    """La cita está tal cual en el documento; el texto del plazo está en la cita con su número y su unidad."""
    assert o.cita in _texto(o.archivo), f"{o.id}: la cita no está textual en {o.archivo}"
    assert o.plazo.texto in o.cita, f"{o.id}: el plazo «{o.plazo.texto}» no está en la cita"
    p = o.plazo
    if p.numero is not None:
        assert _numero_en(p.numero, p.texto), f"{o.id}: el número {p.numero} no está en «{p.texto}»"
    if p.unidad == "fecha_fija":
        assert re.search(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                          "octubre", "noviembre", "diciembre"][p.mes - 1], p.texto), o.id
        assert ("último día" in p.texto) if p.dia == "ultimo" else _numero_en(p.dia, p.texto), o.id
    else:
        assert re.search(UNIDADES[p.unidad], p.texto, re.I), f"{o.id}: la unidad {p.unidad} no está en «{p.texto}»"


def test_la_prueba_de_cita_falla_si_cambia_una_palabra():
    """La comparación es estricta: una palabra cambiada (o un número) ya no está en el documento."""
    o = next(o for o in OBLIGACIONES if o.id == "acta-informe-gestion")
    texto = _texto(o.archivo)
    assert o.cita in texto
    assert o.cita.replace("quince (15)", "quince (16)") not in texto
    assert o.cita.replace("hábiles", "calendario") not in texto
    # Las marcas Markdown y los saltos de línea no cuentan: la cita de la Ley 1474 cruza "**…*…*.**".
    plan = next(o for o in OBLIGACIONES if o.id == "plan-accion-web")
    assert "**" in (CORPUS / plan.archivo).read_text(encoding="utf-8") and plan.cita in _texto(plan.archivo)


def test_enlaces_explicitos_salen_del_documento():
    """Un enlace escrito en la tabla no se inventa: aparece en el propio archivo del corpus."""
    for o in OBLIGACIONES:
        if o.enlace:
            assert o.enlace in (CORPUS / o.archivo).read_text(encoding="utf-8"), o.id


def test_tabla_invalida_se_rechaza(tmp_path):
    datos = yaml.safe_load(TABLA.read_text(encoding="utf-8"))
    datos["obligaciones"][0]["roles"] = ["alcaldesa_mayor"]
    ruta = tmp_path / "obligaciones.yaml"
    ruta.write_text(yaml.safe_dump(datos, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValidationError, match="roles desconocidos"):
        cargar_tabla(ruta)
    with pytest.raises(ValidationError):
        Plazo(unidad="meses", texto="dos (2) meses")  # sin número


# ───────────────────────── aritmética ─────────────────────────
def _habiles_independiente(desde: date, n: int) -> date:
    dia = desde
    while n:
        dia += timedelta(days=1)
        if dia.weekday() < 5 and dia not in FESTIVOS_CO:
            n -= 1
    return dia


def test_dias_habiles_saltan_festivo_trasladado_al_lunes():
    # San José (19 de marzo de 2028, domingo) se traslada al lunes 20 (Ley Emiliani).
    assert date(2028, 3, 20) in FESTIVOS_CO and date(2028, 3, 19).weekday() == 6
    assert sumar_dias_habiles(date(2028, 3, 17), 1) == date(2028, 3, 21)  # viernes + 1 hábil: salta el lunes festivo
    assert sumar_dias_habiles(date(2028, 3, 17), 5) == date(2028, 3, 27)
    # Reyes 2027 cae el miércoles 6 de enero y se traslada al lunes 11.
    assert sumar_dias_habiles(date(2027, 1, 8), 1) == date(2027, 1, 12)
    assert sumar_dias_habiles(date(2027, 1, 12), -1) == date(2027, 1, 8)


def test_meses_segun_calendario():
    meses = Plazo(unidad="meses", numero=1, texto="un (1) mes")
    assert aplicar_plazo(meses, date(2028, 1, 31)) == date(2028, 2, 29)  # no existe el 31 de febrero: último día
    assert aplicar_plazo(meses, date(2027, 1, 31)) == date(2027, 2, 28)
    assert aplicar_plazo(Plazo(unidad="meses", numero=2, texto="dos (2) meses"), date(2028, 1, 1)) == date(2028, 3, 1)
    primeros = Plazo(unidad="meses", numero=4, computo="primeros", texto="primeros cuatro (4) meses")
    assert aplicar_plazo(primeros, date(2028, 1, 1)) == date(2028, 4, 30)


def test_calendario_funcionario():
    cal = calcular_plazos("funcionario", {"posesion": "2028-01-01", "salida": "2027-12-31"})
    por_id = {p.obligacion.id: p for p in cal.plazos}
    # Acta de informe de gestión: 15 días hábiles colombianos después de la salida, calculado aparte.
    esperado = _habiles_independiente(date(2027, 12, 31), 15)
    assert por_id["acta-informe-gestion"].fecha == esperado == date(2028, 1, 24)
    # La verificación (30 días hábiles) se cuenta desde la firma del acta; sin esa fecha, desde el vencimiento.
    assert por_id["verificacion-acta"].fecha == _habiles_independiente(esperado, 30)
    assert "firma_acta" in por_id["verificacion-acta"].supuesto
    # Plan: al CTP en 2 meses, concepto en 1 mes, al concejo dentro de los primeros 4 meses, decisión al mes.
    assert por_id["presentar-plan-ctp"].fecha == date(2028, 3, 1)
    assert por_id["concepto-ctp"].fecha == date(2028, 4, 1)
    concejo = por_id["presentar-plan-concejo"].fecha
    assert concejo <= date(2028, 4, 30) and concejo.month == 4  # a más tardar al final del cuarto mes
    assert por_id["presentar-plan-concejo"].prorroga == {date(2028, 4, 30): date(2028, 5, 2)}  # domingo; 1 de mayo festivo
    assert por_id["decision-concejo"].fecha == date(2028, 5, 30)
    assert por_id["adopcion-por-decreto"].fecha == date(2028, 5, 31)
    assert por_id["protocolo-31-mayo"].fecha == date(2028, 5, 31)
    assert [d.isoformat() for d in por_id["plan-accion-web"].fechas] == ["2028-01-31", "2029-01-31", "2030-01-31", "2031-01-31"]
    assert por_id["categorizacion-municipio"].fecha == date(2028, 10, 30)  # "antes del 31 de octubre"
    assert cal.plazos == sorted(cal.plazos, key=lambda p: p.fecha)


def test_pestana_pliega_lo_que_ya_paso_y_acepta_dia_mes_anio():
    """Revisión en el navegador: el funcionario que calcula su salida encontraba el acta en el puesto 22 de 24, detrás
    de plazos de hace tres años; y «31/12/2027», como se escribe en Colombia, se rechazaba."""
    from interfaz.chat_plazos import fecha_iso, linea_de_tiempo

    assert fecha_iso("31/12/2027") == "2027-12-31" and fecha_iso("1-2-2028") == "2028-02-01"
    assert fecha_iso("2028-01-01") == "2028-01-01" and fecha_iso("12/2027") == "12/2027"  # lo demás lo valida el cálculo
    assert fecha_iso("31/12-2027") == "31/12-2027"  # separadores mezclados: no es una fecha escrita a mano
    cal = calcular_plazos("funcionario", {"posesion": "2024-01-01", "salida": fecha_iso("31/12/2027")})
    html_ = linea_de_tiempo(cal, hoy=date(2027, 12, 2))
    pasados, _, vigentes = html_.partition("</ol></details>")
    assert "fechas anteriores a hoy (jueves 2 de diciembre de 2027)" in pasados
    assert 'data-id="acta-informe-gestion"' in vigentes and 'data-id="acta-informe-gestion"' not in pasados
    assert 'datetime="2024-' in pasados and 'datetime="2024-' not in vigentes
    assert "anteriores a hoy" not in linea_de_tiempo(cal, hoy=date(2020, 1, 1))  # nada pasó: sin pliegue


def test_fechas_del_usuario_reemplazan_los_supuestos():
    cal = calcular_plazos("funcionario", {"posesion": "2028-01-01", "presentacion_concejo": "2028-03-15",
                                          "firma_acta": "2028-01-10"})
    por_id = {p.obligacion.id: p for p in cal.plazos}
    assert por_id["decision-concejo"].fecha == date(2028, 4, 15)
    assert por_id["verificacion-acta"].fecha == _habiles_independiente(date(2028, 1, 10), 30)
    assert por_id["acta-informe-gestion"].fecha == _habiles_independiente(date(2027, 12, 31), 15)  # salida supuesta
    assert any("día anterior a la posesión" in s for s in cal.supuestos)


def test_ciudadania_revocatoria_y_eleccion_opcional():
    cal = calcular_plazos("ciudadania", {"posesion": "2024-01-01"})
    por_id = {p.obligacion.id: p for p in cal.plazos}
    assert por_id["revocatoria-desde"].fecha == date(2025, 1, 1)
    assert por_id["revocatoria-hasta"].fecha == date(2026, 12, 31)
    assert por_id["falta-absoluta-18-meses"].fecha == date(2026, 6, 30)
    cand = calcular_plazos("candidato", {"posesion": "2028-01-01"})
    assert [s["falta"] for s in cand.sin_fecha] == ["eleccion"]
    con_eleccion = calcular_plazos("candidato", {"posesion": "2028-01-01", "eleccion": "2027-10-31"})
    assert not con_eleccion.sin_fecha
    assert {p.obligacion.id: p.fecha for p in con_eleccion.plazos}["apoyo-candidato-electo"] == date(2027, 10, 31)


@pytest.mark.parametrize("perfil, fechas, rol, campo, estado", [
    ("funcionario", {"posesion": "2028-02-30"}, None, "posesion", 422),
    ("funcionario", {"posesion": "01/01/2028"}, None, "posesion", 422),
    ("funcionario", {"salida": "2027-12-31"}, None, "posesion", 422),
    ("alcalde", {"posesion": "2028-01-01"}, None, "perfil", 422),
    (None, {"posesion": "2028-01-01"}, None, "perfil", 422),
    ("funcionario", {"posesion": "2028-01-01"}, "alcalde_mayor", "rol", 422),
    ("funcionario", {"posesion": "2028-01-01", "eleccion": "2028-03-01"}, None, "eleccion", 400),
    ("funcionario", {"posesion": "2028-01-01", "salida": "2027-13-01"}, None, "salida", 422),
    ("funcionario", {"posesion": "9999-01-01"}, None, "posesion", 422),
    ("ctp", {"posesion": "2028-01-01", "presentacion_ctp": "2027-12-01"}, None, "presentacion_ctp", 400),
])
def test_entradas_invalidas(perfil, fechas, rol, campo, estado):
    with pytest.raises(ErrorPlazos) as e:
        calcular_plazos(perfil, fechas, rol=rol)
    assert e.value.campo == campo and e.value.estado == estado
    assert f"'{campo}'" in e.value.mensaje


def test_plazos_relacionados_con_la_pregunta():
    assert [o.id for o in plazos_relacionados("¿cuándo vence el acta de informe de gestión?")] == ["acta-informe-gestion"]
    assert plazos_relacionados("cuanto tiempo tiene el ctp para dar concepto")[0].id == "concepto-ctp"
    assert plazos_relacionados("desde cuándo se puede pedir la revocatoria del mandato")[0].id == "revocatoria-desde"
    assert plazos_relacionados("¿qué plazos tengo?", perfil="ctp")
    assert all("ctp" in o.perfiles for o in plazos_relacionados("¿qué plazos tengo?", perfil="ctp"))
    assert plazos_relacionados("¿qué es un cabildo abierto?") == []
    texto = sugerencia_plazos("¿hasta cuándo entrego el acta de informe de gestión?", "funcionario", "2028-01-01")
    assert "lunes 24 de enero de 2028" in texto and "Plazos" in texto and "Artículo 4" in texto
    # La invitación al calendario es su propio párrafo: pegada al último ítem, Markdown la metía en la lista
    # (revisión en el navegador).
    from markdown_it import MarkdownIt
    html = MarkdownIt().render(texto)
    assert html.rstrip().endswith("</p>") and "Para la fecha exacta" not in html.split("</ul>")[0]


@pytest.mark.parametrize("pregunta, de_plazos", [
    ("cuanto tengo pa entregar el informe", True),  # el habla de los usuarios, como la reconoce el vocabulario
    ("¿hasta cuándo entrego el acta?", True),
    ("¿qué es un cabildo abierto?", False),
])
def test_pregunta_de_plazos_en_habla_coloquial(pregunta, de_plazos):
    assert es_pregunta_de_plazos(pregunta) is de_plazos


def test_un_rechazo_solo_lo_cambia_un_plazo_de_lo_que_se_pregunta():
    from asistente.nucleo import con_plazos
    from asistente.respuesta import Respuesta

    def rechazo(pregunta):
        return Respuesta(pregunta, "No encuentro eso en las fuentes…", [], True, 0.1, [])

    # Comparte «inscribir» con la revocatoria del mandato, pero pregunta por otra cosa (Registraduría).
    vecina = con_plazos(rechazo("hasta cuando puedo inscribir la cedula pa votar en las atipicas"), None)
    assert vecina.sin_respuesta and "Plazos que le aplican" not in vecina.respuesta
    propia = con_plazos(rechazo("¿hasta cuándo entrego el acta de informe de gestión?"), "funcionario")
    assert not propia.sin_respuesta and "Acta de informe de gestión" in propia.respuesta


def test_la_tabla_completa_una_respuesta_que_no_trae_el_plazo_preguntado():
    """La cita elegida habla de otra cosa (las comisiones del alcalde): la tabla añade el plazo del plan de acción
    con la letra de la Ley 1474, una vez; si la respuesta ya lo trae, sólo queda la invitación a Plazos."""
    from asistente.nucleo import con_plazos
    from asistente.respuesta import Respuesta

    pregunta = "hasta cuando hay plazo pa montar el plan de accion en la pagina de la alcaldia?"
    otra = con_plazos(Respuesta(pregunta, "**Plazo:** «…dentro de los quince (15) días siguientes…» [1]", [], False, 0.9, []),
                      "funcionario")
    assert otra.respuesta.count("a más tardar el 31 de enero de cada año") == 1 and "Ley 1474 de 2011" in otra.respuesta
    ya = con_plazos(Respuesta(pregunta, "**Plazo:** «a más tardar el 31 de enero de cada año» [1]", [], False, 0.9, []),
                    "funcionario")
    assert ya.respuesta.count("a más tardar el 31 de enero de cada año") == 1 and "pestaña **Plazos**" in ya.respuesta
    # Si la respuesta ya trae el plazo más pertinente, no se agrega el siguiente de la tabla (sería otro tema).
    pregunta = "desde cuando se puede pedir la revocatoria del alcalde"
    doce = "«Se podrán inscribir iniciativas para la revocatoria del mandato siempre que hayan transcurrido doce (12) " \
           "meses contados a partir del momento de posesión del respectivo alcalde o gobernador» [1]"
    con_tabla = con_plazos(Respuesta(pregunta, doce, [], False, 0.9, []), "ciudadania").respuesta
    assert con_tabla.startswith(doce) and "Vacancia" not in con_tabla and "**:" not in con_tabla


# ───────────────────────── orden de la terminal y .ics ─────────────────────────
def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "interfaz.cli", "plazos", *args], capture_output=True, text=True,
                          cwd=cwd, env={"PYTHONPATH": str(RAIZ), "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1"},
                          timeout=120)


def test_cli_json_e_ics(tmp_path):
    ics = tmp_path / "plazos.ics"
    r = _cli("--perfil", "funcionario", "--posesion", "2028-01-01", "--salida", "2027-12-31", "--json", "--ics", str(ics),
             cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    datos = json.loads(r.stdout)
    obligaciones = datos["obligaciones"]
    assert len(obligaciones) >= 10
    for o in obligaciones:
        assert {"fecha", "obligacion", "documento", "articulo", "cita"} <= set(o)
        date.fromisoformat(o["fecha"])
        assert o["cita"] in _texto(o["archivo"])
    acta = next(o for o in obligaciones if o["id"] == "acta-informe-gestion")
    assert acta["fecha"] == _habiles_independiente(date(2027, 12, 31), 15).isoformat()
    assert next(o for o in obligaciones if o["id"] == "presentar-plan-concejo")["fecha"] <= "2028-04-30"

    cal = Calendar.from_ical(ics.read_bytes())
    eventos = cal.walk("VEVENT")
    assert len(eventos) == len(obligaciones)
    por_resumen = {str(e.get("summary")): e for e in eventos}
    evento_acta = por_resumen[acta["titulo"]]
    assert evento_acta.decoded("dtstart") == date(2028, 1, 24)
    assert acta["cita"] in str(evento_acta.get("description"))
    assert "Ley 951 de 2005" in str(evento_acta.get("description"))
    anual = por_resumen["Plan de acción publicado en la página web"]  # 31 de enero de 2028 a 2031
    assert anual.decoded("dtstart") == date(2028, 1, 31)
    assert anual.get("rrule")["FREQ"] == ["YEARLY"] and anual.get("rrule")["COUNT"] == [4]


def test_ics_fechas_que_cambian_cada_año_van_en_rdate():
    """30 días hábiles desde el 31 de diciembre no caen el mismo día cada año: RDATE en vez de RRULE."""
    cal = calcular_plazos("funcionario", {"posesion": "2024-01-01"})
    eventos = {str(e["summary"]): e for e in Calendar.from_ical(cal.a_ics()).walk("VEVENT")}
    debate = eventos["Debate del informe de metas en plenaria"]
    assert debate.decoded("dtstart") == date(2025, 2, 13)
    assert "RRULE" not in debate
    assert [d.dt for d in debate.get("rdate").dts] == [date(2026, 2, 13), date(2027, 2, 15), date(2028, 2, 14)]


def test_cli_errores_nombran_la_opcion(tmp_path):
    r = _cli("--perfil", "funcionario", "--posesion", "2028-02-30", "--json", cwd=tmp_path)
    assert r.returncode == 2 and "--posesion" in r.stderr and "no existe" in r.stderr and not r.stdout
    r = _cli("--perfil", "alcalde", "--posesion", "2028-01-01", cwd=tmp_path)
    assert r.returncode == 2 and "--perfil" in r.stderr and "Perfil desconocido" in r.stderr
    r = _cli("--perfil", "ctp", cwd=tmp_path)
    assert r.returncode == 2 and "Falta la fecha de posesión" in r.stderr


# ───────────────────────── API ─────────────────────────
@pytest.fixture
def cliente(corpus_pequeno, tmp_path):
    from fastapi.testclient import TestClient

    from asistente.config import Ajustes
    from interfaz.servidor import crear_app

    ajustes = Ajustes(corpus_dir=corpus_pequeno, datos_dir=tmp_path / "datos", limite_por_minuto=0)
    with TestClient(crear_app(ajustes, con_chat=False)) as c:
        yield c


def test_api_plazos_json_ics_y_errores(cliente):
    r = cliente.get("/api/plazos", params={"perfil": "funcionario", "posesion": "2028-01-01", "salida": "2027-12-31"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    datos = r.json()
    assert len(datos["obligaciones"]) >= 10
    fechas = [o["fecha"] for o in datos["obligaciones"]]
    assert fechas == sorted(fechas)
    assert next(o for o in datos["obligaciones"] if o["id"] == "acta-informe-gestion")["fecha"] == "2028-01-24"

    for peticion in ({"params": {"perfil": "ctp", "posesion": "2028-01-01", "formato": "ics"}},
                     {"params": {"perfil": "ctp", "posesion": "2028-01-01"}, "headers": {"Accept": "text/calendar"}}):
        r = cliente.get("/api/plazos", **peticion)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
        eventos = Calendar.from_ical(r.content).walk("VEVENT")
        esperados = cliente.get("/api/plazos", params={"perfil": "ctp", "posesion": "2028-01-01"}).json()["obligaciones"]
        assert len(eventos) == len(esperados)
        assert all(o["cita"] in str(e.get("description")) for o, e in zip(esperados, eventos))

    casos = [({"perfil": "funcionario", "posesion": "2028-02-30"}, 422, "posesion"),
             ({"perfil": "funcionario"}, 422, "posesion"),
             ({"perfil": "alcaldesa", "posesion": "2028-01-01"}, 422, "perfil"),
             ({"perfil": "ctp", "posesion": "2028-01-01", "rol": "rey"}, 422, "rol"),
             ({"perfil": "ctp", "posesion": "2028-01-01", "formato": "pdf"}, 422, "formato"),
             ({"perfil": "ctp", "posesion": "9999-12-31"}, 422, "posesion"),
             ({"perfil": "ctp", "posesion": "2028-01-01", "eleccion": "2028-06-01"}, 400, "eleccion")]
    for params, estado, campo in casos:
        r = cliente.get("/api/plazos", params=params)
        assert r.status_code == estado, (params, r.text)
        assert r.json()["campo"] == campo and f"'{campo}'" in r.json()["error"]
    esquema = cliente.get("/openapi.json").json()["paths"]["/api/plazos"]["get"]["responses"]
    assert {"200", "400", "422"} <= set(esquema)


def test_ciclo_2024_coincide_con_el_protocolo():
    """Con la posesión del 1 de enero de 2024 sale la fecha que el propio protocolo del DNP escribe."""
    cal = calcular_plazos("ctp", {"posesion": "2024-01-01"})
    por_id = {p.obligacion.id: p for p in cal.plazos}
    assert por_id["protocolo-31-mayo"].fecha == date(2024, 5, 31)
    assert "31 de mayo de 2024" in por_id["protocolo-31-mayo"].obligacion.cita
    assert por_id["presentar-plan-concejo"].fecha == date(2024, 4, 30)
    assert por_id["presentar-plan-ctp"].fecha == date(2024, 3, 1)
