"""Recuperación, respuestas y CLI sobre el índice real del corpus (modelo real, Chroma real)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from asistente.recuperador import Filtros
from evaluacion.metricas import cita_textual, contiene_aguja
from tests.conftest import CORPUS


def _rango(recuperacion, archivo: str, aguja: str) -> int | None:
    for i, p in enumerate(recuperacion.pasajes, 1):
        if p.fragmento.archivo.endswith(archivo) and contiene_aguja(p.fragmento.texto, aguja):
            return i
    return None


def test_pregunta_coloquial_de_plazo_trae_el_articulo_y_la_frase_del_plazo(asistente):
    r = asistente.preguntar("cuanto tengo pa entregar el informe de gestion?")
    assert not r.sin_respuesta
    assert "quince (15) días hábiles" in r.respuesta
    assert any(c.archivo == "normas/LEY-951-2005.md" and c.seccion == "Artículo 4" for c in r.citas)


def test_seguimiento_usa_el_historial(asistente):
    sin_historia = asistente.buscar("¿y en cuánto tiempo?")
    con_historia = asistente.buscar("¿y en cuánto tiempo?", historial=["¿Quién debe rendir el acta de informe de gestión?"])
    aguja = "quince (15) días hábiles"
    assert _rango(con_historia, "LEY-951-2005.md", aguja) is not None
    assert _rango(con_historia, "LEY-951-2005.md", aguja) <= 5
    assert _rango(sin_historia, "LEY-951-2005.md", aguja) is None or _rango(sin_historia, "LEY-951-2005.md", aguja) > 5


def test_nombrar_una_ley_la_favorece(asistente):
    r = asistente.buscar("en la 951 que pasa si no entrego")
    assert r.pasajes[0].fragmento.archivo == "normas/LEY-951-2005.md"


def test_siglas_se_expanden(asistente):
    r = asistente.buscar("funciones del CTP")
    assert any("Consejos Territoriales de Planeación" in p.fragmento.seccion for p in r.pasajes[:3])


def test_filtro_por_tipo_de_documento(asistente):
    r = asistente.buscar("programa de gobierno", filtros=Filtros(tipos=["guia"]))
    assert r.pasajes and all(p.fragmento.tipo == "guia" for p in r.pasajes)


def test_fuera_de_alcance_se_rechaza_sin_inventar(asistente):
    for pregunta in ("¿Cuál es el pronóstico del clima para Bogotá mañana?", "Recomiéndame una receta de ajiaco santafereño"):
        r = asistente.preguntar(pregunta)
        assert r.sin_respuesta and not r.citas
        assert "No encuentro" in r.respuesta


def test_citas_son_textuales_y_numeradas(asistente):
    r = asistente.preguntar("¿Cuáles son los principios generales de la planeación?")
    assert r.citas
    for i, c in enumerate(r.citas, 1):
        assert c.numero == i and f"[{i}]" in r.respuesta
        assert cita_textual(c.a_dict(), CORPUS)
    assert "Autonomía" in r.respuesta


def _cli(*args, asistente) -> subprocess.CompletedProcess:
    """La CLI en otro proceso, sobre el mismo índice (y el mismo Chroma) que el asistente de la prueba."""
    a = asistente.ajustes
    env = {**os.environ, "ASISTENTE_DATOS_DIR": str(a.datos_dir)}
    if a.chroma_host:
        env |= {"ASISTENTE_CHROMA_HOST": a.chroma_host, "ASISTENTE_CHROMA_PUERTO": str(a.chroma_puerto)}
    return subprocess.run([sys.executable, "-m", "interfaz.cli", *args], capture_output=True, text=True, env=env, timeout=300)


def test_cli_preguntar_json(asistente):
    salida = _cli("preguntar", "¿Qué es el voto programático?", "--perfil", "candidato", "--json", asistente=asistente)
    assert salida.returncode == 0, salida.stderr
    datos = json.loads(salida.stdout)
    assert set(datos) >= {"respuesta", "citas", "sin_respuesta"}
    assert datos["citas"][0]["archivo"] == "normas/LEY-131-1994.md"
    assert {"archivo", "documento", "seccion", "pagina", "texto"} <= set(datos["citas"][0])


def test_cli_buscar_json_y_perfil_invalido(asistente):
    salida = _cli("buscar", "revocatoria del mandato", "-k", "3", "--json", asistente=asistente)
    pasajes = json.loads(salida.stdout)
    assert len(pasajes) == 3 and all("puntaje" in p for p in pasajes)
    malo = _cli("preguntar", "hola", "--perfil", "astronauta", asistente=asistente)
    assert malo.returncode != 0 and "Perfil desconocido" in malo.stderr


def test_cli_evaluar_escribe_el_contrato(asistente, tmp_path):
    salida_jsonl = tmp_path / "r.jsonl"
    r = _cli("evaluar", "--preguntas", str(CORPUS.parent / "evaluacion" / "preguntas_dev.jsonl"),
             "--salida", str(salida_jsonl), asistente=asistente)
    assert r.returncode == 0, r.stderr
    registros = [json.loads(l) for l in salida_jsonl.read_text(encoding="utf-8").splitlines()]
    assert len(registros) == 20
    for reg in registros:
        assert set(reg) >= {"id", "pasajes", "respuesta", "citas", "sin_respuesta", "latencia_ms"}
        assert len(reg["pasajes"]) == 10
        assert set(reg["pasajes"][0]) >= {"archivo", "documento", "seccion", "pagina", "texto", "puntaje"}
    assert "recall@5" in r.stdout
    informe = (tmp_path / "r_informe.md").read_text(encoding="utf-8")
    assert "| recall@5 |" in informe and "perfil:funcionario" in informe
    assert (tmp_path / "r_latencias.png").stat().st_size > 1000


def test_definicion_trae_el_articulo_que_define(asistente):
    assert asistente.buscar("¿Qué es un referendo?").pasajes[0].fragmento.seccion == "Artículo 3. Referendo"
    glosario = asistente.buscar("¿Qué es un archivo según la ley general de archivos?")
    assert any(p.fragmento.archivo.endswith("LEY-594-2000.md") and p.fragmento.seccion == "Artículo 3. Definiciones"
               for p in glosario.pasajes[:5])


def test_el_concepto_de_un_organo_no_es_su_definicion(asistente):
    """«Concepto del Consejo Nacional de Planeación» (Ley 152 art. 18) es el dictamen del Consejo, no dice qué es."""
    r = asistente.buscar("q es el consejo nacional de planeacion")
    assert r.pasajes[0].fragmento.seccion == "Artículo 9. Consejo Nacional de Planeación"
    assert asistente.buscar("¿Qué es un referendo?").pasajes[0].fragmento.seccion == "Artículo 3. Referendo"


def test_ley_nombrada_por_su_nombre(asistente):
    r = asistente.buscar("¿Qué debe entregar un servidor público al dejar el cargo según la ley de archivos?")
    assert r.pasajes[0].fragmento.archivo == "normas/LEY-594-2000.md"


def test_el_plan_del_ctp_es_el_de_desarrollo_salvo_que_nombre_el_pot(asistente):
    """La Ley 388 (POT) también da plazo al concepto del consejo territorial: sólo manda si se pregunta por el POT."""
    desarrollo = asistente.preguntar("el ctp cuanto tiempo tiene pa dar concepto del plan", perfil="ctp")
    assert "un (1) mes" in desarrollo.respuesta
    assert desarrollo.citas and all(c.archivo == "normas/LEY-152-1994.md" for c in desarrollo.citas)
    pot = asistente.preguntar("el ctp cuanto tiempo tiene pa dar concepto del pot", perfil="ctp")
    assert "treinta (30) días" in pot.respuesta
    assert pot.citas[0].archivo == "normas/LEY-388-1997.md"


def test_terminos_propios_de_la_estrategia_se_definen_con_el_protocolo(asistente):
    """El protocolo define el empalme en una oración con rótulo ("Momento 3: Empalme. Proceso…"), no en un glosario."""
    r = asistente.preguntar("que es el empalme")
    assert not r.sin_respuesta
    assert "gestión del conocimiento" in r.respuesta.split("\n")[0]
    assert r.citas[0].archivo == "guias/protocolo_juntos_por_el_territorio.txt"
    cuentas = asistente.preguntar("que es la rendicion de cuentas")
    assert "expresión de control social" in cuentas.respuesta.split("\n")[0]


def test_la_ley_nombrada_manda_aunque_otra_la_haya_reformado(asistente):
    """Sin nombrar ley, la revocatoria se responde con la regla vigente (Ley 1757); quien pregunta qué
    exigía la Ley 741 quiere ese texto, aunque la Ley 1757 lo haya cambiado."""
    vieja = asistente.buscar("que exigia la ley 741 de 2002 para pedir la revocatoria del mandato")
    assert vieja.pasajes[0].fragmento.archivo == "normas/LEY-741-2002.md"
    hoy = asistente.buscar("cuantas firmas se necesitan para pedir la revocatoria del mandato")
    assert hoy.pasajes[0].fragmento.archivo == "normas/LEY-1757-2015.md"


def test_al_rechazar_solo_ofrece_temas_de_verdad_cercanos(asistente):
    """Fuera de alcance: remite a quien responde y no ofrece temas que sólo comparten una palabra suelta."""
    from asistente.sugerencias import sugerir

    r = asistente.recuperador
    lejos = asistente.preguntar("cuanto pagan de colombia mayor a los abuelos y q dia sale el pago")
    assert lejos.sin_respuesta and "Temas cercanos" not in lejos.respuesta
    assert sugerir(lejos, r.fragmentos, r.posicion, idf=r.lexico.idf_de) == []
    cerca = asistente.preguntar("como funciona la revocatoria del mandato en mexico")
    assert cerca.sin_respuesta and "Revocatoria del mandato" in cerca.respuesta.split("Temas cercanos")[1]
    # Las sugerencias no repiten lo que ya se preguntó («la revocatoria del mandato»).
    assert not any("revocatoria del mandato»" in s for s in sugerir(cerca, r.fragmentos, r.posicion, idf=r.lexico.idf_de))


def test_consecuencia_de_no_entregar_el_informe(asistente):
    """«Cuando … se abstenga …, será requerido por el órgano de control interno»: una consecuencia sin la
    palabra «sanción», reconocida por su forma (vocabulario: patrones_respuesta.consecuencia)."""
    r = asistente.preguntar("y si no entrego el informe de gestion que me pasa", perfil="funcionario")
    primera = r.respuesta.split("\n")[0]
    assert primera.startswith("**Consecuencia:**") and "control interno" in primera
    assert r.citas[0].archivo == "normas/LEY-951-2005.md" and r.citas[0].seccion == "Artículo 15"


def test_busqueda_densa_exacta_es_estable_y_coincide_con_chroma(asistente):
    """El coseno exacto sobre los vectores de la versión da siempre el mismo orden y sus primeros vecinos son
    los que Chroma (HNSW, aproximado) también halla."""
    from asistente.consulta import preparar

    r = asistente.recuperador
    consulta = preparar("cuanto tiempo tiene el consejo territorial para dar concepto", [], r.archivos)
    exactos = r._denso(consulta, 10, None)
    assert exactos == r._denso(consulta, 10, None)
    similitudes = [s for _, s in exactos]
    assert len(exactos) == 10 and similitudes == sorted(similitudes, reverse=True)
    vector = r.embebedor.embeber([consulta.texto_busqueda])[0]
    hnsw = r.coleccion.query(query_embeddings=[vector.tolist()], n_results=3, include=["distances"])
    assert {r.posicion[i] for i in hnsw["ids"][0]} <= {i for i, _ in exactos[:5]}
    solo_guias = r._denso(consulta, 10, Filtros(tipos=["guia"]))
    assert solo_guias and all(r.fragmentos[i].tipo == "guia" for i, _ in solo_guias)


def test_el_consejo_que_pregunta_en_primera_persona_recibe_su_plazo_primero(asistente):
    """«¿Cuánto tiempo tenemos?» dicho por un CTP: primero el mes del consejo (Ley 152 art. 39), no los dos
    meses del alcalde para presentarle el plan."""
    pregunta = "cuanto tiempo tenemos en el consejo territorial pa dar el concepto del plan?"
    primera = asistente.preguntar(pregunta, perfil="ctp").respuesta.split("\n")[0]
    assert "un (1) mes" in primera and "dos (2) meses" not in primera


def test_el_plazo_del_informe_para_quien_sale_es_el_del_articulo_4(asistente):
    primera = asistente.preguntar("¿Cuánto tengo para entregar el informe de gestión?",
                                  perfil="funcionario").respuesta.split("\n")[0]
    assert "quince (15) días hábiles" in primera and "art. 4" in primera


def test_si_el_consejo_no_alcanza_se_da_por_surtido_el_requisito(asistente):
    """«¿Y si no alcanzamos?» tras el plazo del CTP: la consecuencia es el silencio (Ley 152 art. 39), no otro plazo."""
    primera = asistente.preguntar("¿y si no alcanzamos?", ["cuanto tiempo tenemos en el consejo territorial pa dar el concepto del plan?"],
                                  perfil="ctp").respuesta.split("\n")[0]
    assert "surtido el requisito" in primera


def test_la_sigla_del_usuario_la_cubre_su_significado(asistente):
    """«quienes conforman el ctp»: «ctp» no está tal cual en la Ley 152, pero «Consejos Territoriales de Planeación»
    sí; antes la cobertura la contaba como ausente y la pregunta se rechazaba."""
    r = asistente.preguntar("quienes conforman el ctp", perfil="ctp")
    assert not r.sin_respuesta, r.respuesta
    assert any(c.archivo == "normas/LEY-152-1994.md" for c in r.citas)


def test_la_palabra_coloquial_la_cubre_su_equivalente(asistente):
    """«que es el sgp y pa que es esa plata»: «plata» casi no está en las normas (la Ley 715 dice «recursos») y la
    cobertura la contaba ausente: la pregunta se rechazaba. Un sinónimo corto del vocabulario la cubre, como a una
    sigla; una palabra sin equivalente sigue contando como ausente."""
    r = asistente.preguntar("que es el sgp y pa que es esa plata")
    assert not r.sin_respuesta, r.respuesta
    assert any(c.archivo == "normas/LEY-715-2001.md" for c in r.citas)
    from asistente.consulta import preparar
    from asistente.vocabulario import VOCABULARIO

    assert ("plata", "recursos") in VOCABULARIO.traducciones("pa que es esa plata")
    consulta = preparar("que es el sgp y pa que es esa plata")
    _, presentes = asistente.recuperador.cobertura(consulta, asistente.recuperador.recuperar(consulta, 3).pasajes)
    assert "plat" in presentes
    consulta = preparar("que es el sgp y pa que es esa vaina")
    _, presentes = asistente.recuperador.cobertura(consulta, asistente.recuperador.recuperar(consulta, 3).pasajes)
    assert "vain" not in presentes


def test_como_armo_mi_programa_trae_las_recomendaciones_del_dnp(asistente):
    """Revisión en el navegador: «como armo mi programa» citaba el art. 39 de la Ley 152 (el plan, no el programa)."""
    r = asistente.preguntar("como armo mi programa de gobierno", perfil="candidato")
    primera = r.respuesta.split("\n")[0]
    assert "tópicos esenciales" in primera and r.citas[0].archivo == "guias/protocolo_juntos_por_el_territorio.txt"
    assert "Se formula con plena autonomía" in r.respuesta  # la lista que anuncia, como lista


def test_plazo_del_ctp_preguntado_en_tercera_persona(asistente):
    """Sugerencia del perfil CTP (revisión en el navegador): respondía con los dos meses del alcalde."""
    r = asistente.preguntar("¿Cuánto plazo tiene el CTP para dar su concepto sobre el plan?", perfil="ctp")
    assert "un (1) mes" in r.respuesta.split("\n")[0], r.respuesta


def test_una_fecha_en_la_pregunta_no_trae_un_articulo_transitorio(asistente):
    """Revisión en el navegador: «…si me voy el 31 de diciembre» respondía con el transitorio de la Constitución
    sobre los períodos de 2003–2007 (fecha y plazo coincidían). Los transitorios ceden sin desaparecer."""
    r = asistente.preguntar("cuanto tengo pa entregar el acta si me voy el 31 de diciembre", perfil="funcionario")
    assert "transitorio" not in r.respuesta and "quince (15) días hábiles" in r.respuesta, r.respuesta
    rec = asistente.buscar("artículo transitorio de la Constitución sobre el período de alcaldes hasta 2007", k=10)
    assert any("transitorio" in p.fragmento.seccion for p in rec.pasajes[:5])


def test_quedar_amarrado_al_programa_es_el_voto_programatico(asistente):
    """Revisión en el navegador: el candidato que pregunta si queda «amarrado» al programa recibía la
    definición de autoridad política (Ley 136 art. 189)."""
    r = asistente.preguntar("si gano la alcaldia q tan amarrado quedo al programa de gobierno", perfil="candidato")
    assert r.citas[0].archivo == "normas/LEY-131-1994.md" and "Voto Programático" in r.respuesta.split("\n")[0]


def test_el_consejero_que_nombra_al_ctp_lejos_del_verbo_recibe_su_plazo(asistente):
    """Revisión en el navegador: «el ctp cuanto tiempo tiene…» (actor lejos de «tiene») daba primero los dos meses
    del alcalde. Dicho por un consejero, el CTP es el sujeto."""
    r = asistente.preguntar("el ctp cuanto tiempo tiene pa dar el concepto", perfil="ctp")
    assert "un (1) mes" in r.respuesta.split("\n")[0], r.respuesta


def test_que_el_alcalde_rinda_cuentas_es_rendicion_de_cuentas(asistente):
    """«rinda cuentas» casaba con «rinda su concepto» (Ley 152 art. 39) y respondía con la elaboración del plan."""
    r = asistente.preguntar("como hago pa q el alcalde rinda cuentas", perfil="ciudadania")
    assert "rendición de cuentas" in r.respuesta.split("\n")[0] and r.citas[0].archivo == "normas/LEY-1757-2015.md"


def test_un_articulo_declarado_inexequible_no_abre_la_respuesta(asistente):
    """Respuesta al azar de prueba (q081): «¿Qué calidades se exigen…?» abría con la Ley 2200, art. 151, que la
    fuente marca «Artículo declarado inexequible». Cede como un artículo reemplazado; nombrando la ley, vuelve."""
    r = asistente.preguntar("¿Qué calidades se exigen para ser elegido alcalde?", perfil="candidato")
    assert r.citas[0].seccion.startswith("Artículo 86") and "Ley 136" in r.citas[0].documento, r.respuesta
    rec = asistente.buscar("Ley 2200 de 2022 requisitos para ser elegido alcalde excepción creación de municipios", k=10)
    assert any(p.fragmento.seccion.startswith("Artículo 151") for p in rec.pasajes[:5])


def test_sin_efecto_solo_para_el_articulo_entero():
    from dataclasses import replace

    from indexacion.fragmento import Fragmento
    from indexacion.vigencia import sin_efecto
    f = Fragmento(archivo="normas/X.md", documento="Ley X", tipo="norma", seccion="Artículo 1", texto="…")
    assert sin_efecto(replace(f, vigencia="Artículo declarado inexequible"))
    assert sin_efecto(replace(f, vigencia="Artículo derogado por el artículo 3 de la Ley 1551 de 2012"))
    assert sin_efecto(replace(f, vigencia="Numeral declarado inexequible; Artículo derogado por la Ley 1551 de 2012"))
    assert not sin_efecto(replace(f, vigencia="Artículo derogado parcialmente por la Ley 1551 de 2012"))
    # «Inexequible» sola no dice si es el artículo entero o un aparte: no basta para apartarlo.
    assert not sin_efecto(replace(f, vigencia="Inexequible"))
    assert not sin_efecto(replace(f, vigencia="Numeral declarado inexequible"))
    assert not sin_efecto(replace(f, vigencia="Artículo declarado CONDICIONALMENTE exequible"))
    assert not sin_efecto(f)


def test_un_item_corto_que_gana_abre_con_la_frase_de_su_lista(asistente):
    """Revisión en el navegador: «¿dónde se publican las ordenanzas?» abría con el ítem «1. Las ordenanzas de la
    asamblea departamental.», que no dice dónde. Como una fila de tabla, el ítem corto trae la frase que abre su lista
    («…se publicará una Gaceta Departamental…») y va en la lista."""
    r = asistente.preguntar("donde se publican las ordenanzas de la asamblea", perfil="funcionario")
    lineas = r.respuesta.split("\n")
    assert "Gaceta Departamental" in lineas[0], r.respuesta
    assert any(l.startswith("- Las ordenanzas de la asamblea departamental.") for l in lineas), r.respuesta


def test_la_regla_de_un_regimen_especial_no_abre_si_no_se_pregunta_por_el(asistente):
    """Calidades de los diputados (Ley 2200, art. 46): la cláusula de San Andrés («…Providencia y Santa Catalina, se
    requiere además… ser residente…») abría la respuesta a quien preguntaba por la residencia de cualquier diputado
    (consulta · ajuste q072). Cede si la pregunta no nombra el régimen especial; si lo nombra, vuelve."""
    general = asistente.preguntar("¿Cuánto tiempo de residencia en la circunscripción se exige para ser diputado?")
    assert "Para ser diputado se requiere" in general.respuesta.split("\n")[0], general.respuesta
    especial = asistente.preguntar("¿Cuánto tiempo de residencia se exige para ser diputado en San Andrés?")
    assert "Santa Catalina" in especial.respuesta.split("\n")[0], especial.respuesta


def test_el_periodo_del_alcalde_es_el_de_la_constitucion_vigente(asistente):
    """Ley 136, art. 85 («un período de tres (3) años») lo cambió el Acto Legislativo 02 de 2002 (Constitución, art.
    314: cuatro años); la tabla corpus/vigencia.yaml lo dice y la respuesta abre con la regla de hoy."""
    r = asistente.preguntar("por cuantos años eligen al alcalde y lo pueden reelegir de una?", perfil="candidato")
    primera = r.respuesta.split("\n")[0]
    assert "cuatro (4) años" in primera and "art. 314" in primera, r.respuesta
    assert "período de tres (3) años que se iniciará" not in r.respuesta


def test_sin_tema_ni_conversacion_se_pide_el_tema(asistente):
    """Revisión en el navegador: «¿y si no lo hago?» tras «Nueva conversación» devolvía tres sanciones de leyes
    distintas. Sin tema y sin turno anterior, se pide el tema; con turno anterior, se responde; «¿qué plazos tengo?»
    tiene respuesta (el calendario del perfil)."""
    r = asistente.preguntar("¿y si no lo hago?", perfil="funcionario")
    assert r.sin_respuesta and r.respuesta.startswith("¿Sobre qué tema") and not r.citas
    seguimiento = asistente.preguntar("¿y si no lo hago?", ["cuanto tengo pa entregar el informe de gestion"],
                                      perfil="funcionario")
    assert not seguimiento.sin_respuesta and seguimiento.citas
    plazos = asistente.preguntar("¿qué plazos tengo?", perfil="funcionario")
    assert not plazos.sin_respuesta and "Acta de informe de gestión" in plazos.respuesta
    partes = list(asistente.preguntar_stream("y cuando se puede pedir?", perfil="candidato"))
    assert partes[-1].sin_respuesta and partes[-1].respuesta.startswith("¿Sobre qué tema")
    # Segunda lectura: un saludo no da tema; el perfil sí («¿qué funciones tenemos?» de un consejero); «¿cuánto
    # tiempo tengo?» es el calendario; el eco de la pregunta no lleva enlaces ni formato del usuario.
    assert asistente.preguntar("¿y si no lo hago?", ["hola"], perfil="funcionario").respuesta.startswith("¿Sobre qué tema")
    consejo = asistente.preguntar("¿qué funciones tenemos?", perfil="ctp")
    assert not consejo.sin_respuesta and consejo.citas
    # En el navegador, un consejero tras «Nueva conversación»: el perfil dice quién, «lo» sigue sin decir qué.
    assert asistente.preguntar("¿y si no lo hago?", perfil="ctp").respuesta.startswith("¿Sobre qué tema")
    assert "Plazos que le aplican" in asistente.preguntar("¿cuánto tiempo tengo?", perfil="funcionario").respuesta
    eco = asistente.preguntar("**¿y si no lo hago?** _ya_", perfil="funcionario").respuesta
    assert eco.startswith("¿Sobre qué tema") and "\\*\\*¿y si no lo hago?\\*\\* \\_ya\\_" in eco


def test_el_nosotros_del_consejero_es_el_consejo_territorial(asistente):
    """Revisión en el navegador, perfil CTP: «y si no lo entregamos a tiempo?» tras el plazo del concepto citaba la
    recolección de firmas (Ley 1757 art. 10). En primera persona, la búsqueda suma el consejo territorial."""
    from asistente.vocabulario import VOCABULARIO
    assert VOCABULARIO.quien_es_nosotros("y si no lo entregamos a tiempo?", "ctp") == "consejo territorial de planeación"
    assert VOCABULARIO.quien_es_nosotros("y si no lo entregamos a tiempo?", "ciudadania") is None
    assert VOCABULARIO.quien_es_nosotros("que hace el consejo territorial de planeacion", "ctp") is None
    r = asistente.preguntar("y si no lo entregamos a tiempo?", ["cuantos dias tenemos pa dar el concepto del plan de desarrollo"],
                            perfil="ctp")
    assert "surtido el requisito" in r.respuesta and r.citas[0].archivo == "normas/LEY-152-1994.md"
