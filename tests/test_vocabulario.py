"""El vocabulario del dominio (asistente/vocabulario.yaml): cada tabla hace lo que dice."""

from __future__ import annotations

import re

import pytest

from asistente.consulta import (es_seguimiento, expandir_siglas, normas_nombradas, preparar, segunda_parte,
                                tema_del_historial)
from asistente.vocabulario import VOCABULARIO
from indexacion.texto import plegar

ARCHIVOS = ("normas/LEY-152-1994.md", "normas/LEY-951-2005.md", "normas/LEY-1757-2015.md", "normas/LEY-1909-2018.md", "normas/LEY-594-2000.md",
            "normas/CONSTITUCION-1991.md", "guias/protocolo_juntos_por_el_territorio.txt",
            "guias/DNP-guia-orientadora-definicion-productos-2024.pdf")


def test_todos_los_patrones_compilan_y_las_siglas_son_minusculas():
    assert all(s == s.lower() for s in VOCABULARIO.siglas)
    assert VOCABULARIO.tipos and VOCABULARIO.redirecciones and VOCABULARIO.alias_normas
    for _, patron in VOCABULARIO.tipos:
        assert isinstance(patron, re.Pattern)


@pytest.mark.parametrize("titulo, dictamen", [
    ("Concepto del Consejo Nacional de Planeación", True),
    ("Concepto previo para la realización de una consulta popular", True),
    ("Conceptos previos", True),
    ("Concepto del derecho", False),
    ("Concepto de vivienda de interés social", False),
    ("Concepto y finalidad del ordenamiento territorial", False),
])
def test_titulo_de_dictamen(titulo, dictamen):
    assert VOCABULARIO.es_titulo_de_dictamen(titulo) is dictamen


@pytest.mark.parametrize("pregunta, tipo", [
    ("cuanto tengo pa entregar el informe", "plazo"),
    ("¿y si no lo hago?", "consecuencia"),
    ("que pasa si el concejo no aprueba el plan", "consecuencia"),
    ("que es el empalme", "definicion"),
    ("¿Quién elige al contralor?", "quien"),
    ("como armo mi programa de gobierno", "procedimiento"),
    # «¿Qué tengo que hacer…?» pide lo que la norma obliga a hacer («deberán manifestar por escrito…»), no una lista.
    ("y q tengo q hacer pa q me den esa silla?", "procedimiento"),
    ("que le toca hacer al municipio en desastres", "procedimiento"),
    ("que tengo que entregar", "lista"),
    ("diferencia entre plan de desarrollo y programa de gobierno", "comparacion"),
    ("cuantas firmas necesito", "cantidad"),
    ("que debe contener el acta de informe de gestion", "lista"),
    ("rendicion de cuentas alcaldia", "general"),
    ("q etapas tiene la rendicion de cuentas", "lista"),
    ("el jefe de control interno cuanto dura", "plazo"),
])
def test_tipo_de_pregunta(pregunta, tipo):
    assert VOCABULARIO.tipo_de_pregunta(pregunta) == tipo


@pytest.mark.parametrize("pregunta, entidad", [
    ("quien arma el plan de gestion del riesgo de desastres del municipio", "UNGRD"),
    ("en cuanto salimos en el indice de transparencia de la procuraduria", "Procuraduría"),
    ("cuantos patrulleros le tocan a un municipio de 20 mil habitantes", "Policía Nacional"),
    ("donde va a ser el congreso nacional de planeacion", "Consejo Nacional de Planeación"),
    ("el municipio puede endeudarse si esta en semaforo rojo", "Hacienda"),
    ("quien aprueba el plan de accion territorial para las victimas", "Unidad para las Víctimas"),
    ("¿cuánto puedo gastar en mi campaña a la alcaldía?", "Consejo Nacional Electoral"),
    ("como inscribo mi candidatura en la registraduria", "Registraduría"),
    ("de cuanto es el incremento salarial de los empleados de la gobernacion", "Función Pública"),
    ("cual es el salario de un secretario de planeacion", "Función Pública"),
    ("cuando son las proximas elecciones", "Registraduría"),
    ("como consulto los procesos en el secop", "Colombia Compra"),
    ("me quiero pensionar, cuantas semanas cotizadas necesito", "Colpensiones"),
    ("como me inscribo al concurso de meritos de la cnsc", "Función Pública"),
    ("donde pongo una denuncia por hurto", "Fiscalía"),
    ("como se saca la licencia ambiental pa una obra", "CAR"),
    ("como funciona el plan de desarrollo en mexico", "ese país"),
    ("como cargo el plan en el kpt, me sale error", "mesa de ayuda"),
    ("cuanta plata de regalias recibio tumaco", "DNP"),
    # el dato de un lugar concreto: las fuentes son normas generales, el dato lo tiene la entidad misma
    ("quien es el alcalde de pasto", "TerriData"),
    ("quien es el gobernador de antioquia", "TerriData"),
    ("q dice el plan de desarrollo de cali sobre el mio", "TerriData"),
    ("en que categoria quedo zipaquira", "TerriData"),
    ("cuanto pagan de colombia mayor", "Prosperidad Social"),
    ("como me postulo al subsidio de vivienda", "Ministerio de Vivienda"),
    ("como saco las escrituras de un lote que compre con carta venta", "Agencia Nacional de Tierras"),
    ("q papeles piden pa que me adjudiquen un baldio", "Agencia Nacional de Tierras"),
    ("que dijo la corte en la sentencia SU-095 de 2018", "Corte Constitucional"),
])
def test_redireccion_de_temas_vecinos(pregunta, entidad):
    r = VOCABULARIO.redireccion(pregunta)
    assert r is not None and entidad in r.entidad


@pytest.mark.parametrize("pregunta", [
    # La inscripción con su programa de gobierno la dicen las Leyes 131 (arts. 1 y 3) y 136 (art. 107).
    "¿El programa de gobierno hace parte de la inscripción de la candidatura?",
    "¿qué debe contener el programa de gobierno que inscriben los candidatos?",
    "¿cuántas firmas necesito para la revocatoria del mandato?",
    "¿qué plazo tiene el concejo para aprobar el plan de desarrollo?",
    "¿cómo se hace la rendición de cuentas?",
    "cuanto gana un alcalde de un municipio de categoria especial",  # Ley 136, art. 87
    "puedo poner una tutela contra la alcaldia",  # Constitución, art. 86
    "como funciona el concejo de bogota",  # lugar nombrado, pero sin pedir un dato de ese lugar
    "que dice la ley de la asamblea del valle sobre la mocion de censura",  # ídem: "que dice la ley"
    "que es un plan de desarrollo",
    "que dijo la sentencia C-274 de 2013 sobre la ley de transparencia",  # está en el corpus
    "como se calcula la plusvalia de un predio en el pot",  # Ley 388
    "el plan de ordenamiento tiene que definir las zonas de riesgo?",  # Ley 388, no la gestión del riesgo
    "el pot tiene que marcar las zonas de riesgo de desastres?",  # ídem
    "el concejo tiene que autorizar al alcalde pa endeudarse?",  # Ley 136/1551
    "cuales son los limites de endeudamiento de los departamentos segun la ley 617",  # Ley 617 lo nombra
    "que participacion tienen las victimas en los consejos de planeacion",  # Ley 152: sectores representados
])
def test_preguntas_del_corpus_no_se_redirigen(pregunta):
    assert VOCABULARIO.redireccion(pregunta) is None


def test_siglas_y_coloquialismos_se_suman_sin_reemplazar():
    texto = expandir_siglas("que hace el ctp con el pdt")
    assert texto.startswith("que hace el ctp con el pdt") and "Consejo Territorial de Planeación" in texto
    assert "plan de desarrollo territorial" in texto
    assert "revocatoria del mandato" in expandir_siglas("como tumbar al alcalde")
    for dicho in ("y si gano y despues no cumplo lo q prometi?", "el alcalde no ha cumplido nada de lo que prometio",
                  "incumplio el programa de gobierno"):
        assert "incumplimiento del programa de gobierno" in expandir_siglas(dicho), dicho
    assert "incumplimiento del programa" not in expandir_siglas("si no cumplo con el acta que pasa")
    for dicho in ("q hace un gobernador", "pa q sirven las JAL", "de que se encarga el personero"):
        assert "funciones atribuciones" in expandir_siglas(dicho), dicho
    # «Funciones» en la pregunta; «atribuciones» en la Constitución (art. 315) y la Ley 2200.
    assert "atribuciones" in expandir_siglas("q funciones tiene un alcalde segun la constitucion")
    assert "atribuciones" not in expandir_siglas("cuando se posesiona el alcalde")
    for dicho in ("los consejos de planeacion deciden o solo opinan?", "el cnp decide o solo aconseja",
                  "es obligatorio el concepto del ctp"):
        assert "carácter consultivo" in expandir_siglas(dicho), dicho
    # Quedar «amarrado» al programa es el voto programático (Ley 131, art. 1); el programa a secas, no.
    for dicho in ("si gano la alcaldia q tan amarrado quedo al programa", "estoy obligado a cumplir lo que prometi?",
                  "el programa de gobierno q inscribo me obliga a algo despues o es puro papel",
                  "el alcalde tiene que cumplir el programa de gobierno?"):
        assert "voto programático" in expandir_siglas(dicho), dicho
    assert "voto programático" not in expandir_siglas("como armo mi programa de gobierno")
    for dicho in ("quien nombra a los consejeros del ctp", "como escogen a los consejeros de planeacion"):
        assert "designe" in expandir_siglas(dicho), dicho
    assert "designe" not in expandir_siglas("como se llama el consejo de planeacion")
    # Revisión en el navegador (perfil CTP): «y quien nos nombra a nosotros» no traía la designación (Ley 152 art. 34).
    assert "designe" in expandir_siglas("y quien nos nombra a nosotros")
    # «¿Cuánto se gana un alcalde?»: la Ley 136 (art. 87) dice salarios; el derecho de petición, la Ley 1712 (art. 26).
    assert "cantidad" in expandir_siglas("cuantas firmas necesito?")
    # Contar personas o votos es otra cosa (segunda lectura: «¿cuántas personas conforman el concejo?»).
    assert "cantidad" not in expandir_siglas("cuantos dias tengo")
    assert "cantidad" not in expandir_siglas("cuantas personas conforman el concejo municipal")
    assert "salarios" in expandir_siglas("cuanto se gana un alcalde")
    assert "salarios" not in expandir_siglas("cuanto dura el alcalde")
    assert "solicitud de acceso" in expandir_siglas("en cuanto me responden un derecho de peticion")
    for dicho in ("como hago pa q el alcalde rinda cuentas", "el gobernador rindio las cuentas?"):
        assert "rendición de cuentas" in expandir_siglas(dicho), dicho
    # Lo que impide ser candidato son las inhabilidades (Ley 136, art. 95; Ley 2200, arts. 49 y 111).
    for dicho in ("trabaje en la gobernacion, cuanto debo esperar pa aspirar a la asamblea",
                  "mi hermano es secretario, eso me tumba la aspiracion?", "que inhabilidades tiene un diputado",
                  "soy contratista del municipio, puedo lanzarme a concejal?"):
        assert "inhabilidades" in expandir_siglas(dicho), dicho
    assert "inhabilidades" not in expandir_siglas("cuanto tiempo tengo que haber vivido en el municipio pa lanzarme")
    # Vivir en el municipio es residencia; cobrar las copias, el costo de reproducción; el derecho a que le den la
    # información, acceso a la información pública; lo que falta al recibir el cargo, irregularidades (Ley 951).
    assert "residencia" in expandir_siglas("cuantos años hay que haber vivido en el departamento pa ser gobernador")
    assert "costo de reproducción" in expandir_siglas("la alcaldia me puede cobrar las fotocopias del contrato?")
    assert "acceso a la información pública" in expandir_siglas("tengo derecho a que me den los contratos del municipio?")
    assert "irregularidades" in expandir_siglas("recibi la oficina y faltan equipos, que hago")
    assert "irregularidades" not in expandir_siglas("como denuncio el robo de mi celular")
    # Apoyo para que el consejo funcione; el programa que se vuelve plan; lo que no puede hacer quien salga elegido.
    assert "apoyo administrativo y logístico" in expandir_siglas("el municipio le da recursos al ctp pa sesionar?")
    assert "conforme al programa de gobierno" in expandir_siglas("como se refleja mi programa en el plan de desarrollo")
    assert "incompatibilidades" in expandir_siglas("si gano el concejo puedo seguir con mi contrato?")
    assert "incompatibilidades" not in expandir_siglas("que debe tener un contrato plan")
    # Destruir o perder archivos es una falta contra el patrimonio documental (Ley 594).
    assert "patrimonio documental" in expandir_siglas("que pasa si el secretario quema los expedientes")
    assert "patrimonio documental" in expandir_siglas("los documentos del archivo aparecieron dañados, hay sancion?")
    assert "patrimonio documental" not in expandir_siglas("que documentos tengo que entregar en el empalme")
    # Pedir o arrancar una revocatoria es, en la Ley 1757, inscribir la iniciativa.
    for dicho in ("¿Cuándo se puede pedir la revocatoria del mandato?", "desde cuando se puede arrancar una revocatoria",
                  "como promover un referendo"):
        assert "inscribir inscripción iniciativa" in expandir_siglas(dicho), dicho
    assert "inscribir" not in expandir_siglas("que es la revocatoria del mandato")
    assert "comité promotor" in expandir_siglas("como hago pa sacar al alcalde, eso de la revocatoria como es")
    assert "comité promotor" not in expandir_siglas("si sacan al alcalde quien queda")
    # Cómo se arma un programa de gobierno: los «tópicos esenciales» del protocolo; el plan de desarrollo no.
    for dicho in ("como armo mi programa de gobierno", "¿Qué características debe tener un buen programa de gobierno?",
                  "como hago el programa de gobierno si me voy a lanzar"):
        assert "tópicos esenciales" in expandir_siglas(dicho), dicho
    assert "tópicos esenciales" not in expandir_siglas("como armo el plan de desarrollo")
    # Revisión en el navegador: «q tengo q poner en el programa…» citaba la Ley 152 art. 39 (el plan, no el programa).
    assert "tópicos esenciales" in expandir_siglas("q tengo q poner en el programa de gobierno pa inscribirme")
    # Quien deja el puesto habla de «salgo» y «el que llega»; la Ley 951 de «servidor público entrante».
    for dicho in ("salgo de la secretaria en diciembre, q le dejo al q llega?", "que le dejo a quien me reemplaza",
                  "me voy de la alcaldia, que hago", "soy secretario de hacienda y me voy en diciembre q tengo q entregar"):
        assert "acta de informe de gestión" in expandir_siglas(dicho), dicho
    assert "supresiones al plan" in expandir_siglas("el alcalde q llega puede cambiar el plan de desarrollo?")
    assert "supresiones al plan" not in expandir_siglas("cuando se aprueba el plan de desarrollo")
    # «¿Qué tengo que entregar?» es el contenido del acta (Ley 951 art. 10: «en la que se incluirá…»).
    for dicho in ("soy secretario y me voy, q tengo q entregar", "que documentos hay que dejarle al que llega"):
        assert "se incluirá" in expandir_siglas(dicho), dicho
    assert "se incluirá" not in expandir_siglas("cuando tengo que entregar el informe")
    # El alcalde que «tiene que hacerle caso» al concepto: el carácter consultivo de los consejos de planeación.
    assert "carácter consultivo" in expandir_siglas("el alcalde esta obligado a hacerle caso a nuestro concepto?")
    assert "carácter consultivo" not in expandir_siglas("el alcalde esta obligado a rendir cuentas")
    # «Me voy del cargo» con los archivos es la Ley 594; «el gobernador nuevo» y el plan, la 152/131.
    for otro in ("q hago con los archivos cuando me voy del cargo", "el gobernador nuevo cuando lleva el plan",
                 "cuando llega el concepto del consejo"):
        assert "acta de informe de gestión" not in expandir_siglas(otro), otro


@pytest.mark.parametrize("pregunta, archivo", [
    ("segun la ley 152 que hace el ctp", "normas/LEY-152-1994.md"),
    ("que dice el estatuto de la oposicion", "normas/LEY-1909-2018.md"),
    ("un secretario de despacho tambien tiene q hacer acta de informe de gestion?", "normas/LEY-951-2005.md"),
    ("que dice la constitucion del plan de desarrollo", "normas/CONSTITUCION-1991.md"),
    ("la guia de productos que es un producto", "guias/DNP-guia-orientadora-definicion-productos-2024.pdf"),
    ("en la 1757 como es la rendicion de cuentas", "normas/LEY-1757-2015.md"),
])
def test_normas_nombradas(pregunta, archivo):
    assert archivo in normas_nombradas(pregunta, ARCHIVOS)


@pytest.mark.parametrize("pregunta, seguimiento", [
    ("¿y quién lo puede pedir?", True),
    ("¿y en cuánto tiempo?", True),
    ("¿eso aplica a gobernadores?", True),
    ("¿Quién elige al contralor?", False),
    ("¿Qué es un cabildo abierto?", False),
    ("plazo", True),
    # «Fases», «etapas», «funciones» piden un sujeto: sin él, es el del turno anterior.
    ("q fases tuvo", True),
    ("y que funciones tiene", True),
    ("q etapas tiene la rendicion de cuentas", False),
])
def test_seguimiento_o_pregunta_nueva(pregunta, seguimiento):
    assert es_seguimiento(pregunta) is seguimiento


def test_el_tema_sobrevive_tres_turnos():
    historial = ["¿Qué es la revocatoria del mandato?", "¿y cuántas firmas necesito?"]
    assert tema_del_historial(historial) == historial
    c = preparar("¿y quién la puede pedir?", historial, list(ARCHIVOS))
    assert c.es_seguimiento and "revocatoria" in c.texto_busqueda.lower()
    nueva = preparar("¿Quién elige al contralor?", historial, list(ARCHIVOS))
    assert not nueva.es_seguimiento and "revocatoria" not in nueva.texto_busqueda.lower()


def test_ambito_territorial_por_pregunta_o_perfil():
    assert VOCABULARIO.ambito_pregunta("que hace el consejo territorial de planeacion del municipio") == "territorial"
    assert VOCABULARIO.ambito_pregunta("quien integra el consejo nacional de planeacion") == "nacional"
    assert VOCABULARIO.ambito_pregunta("que es un plan de desarrollo", perfil="ctp") == "territorial"
    assert VOCABULARIO.ambito_pregunta("que es un plan de desarrollo", perfil="ciudadania") is None


def test_temas_propios_de_una_norma():
    assert VOCABULARIO.temas_de_documento("Ley 388 de 1997 — Ordenamiento territorial") == {"ordenamiento territorial (POT)"}
    assert not VOCABULARIO.temas_de_documento("Ley 152 de 1994 — Ley Orgánica del Plan de Desarrollo")
    for pregunta in ("cuanto dura el contenido estructural del pot", "en que tipos de suelo divide el municipio",
                     "que es la plusvalia", "el concejo no aprueba el plan de ordenamiento"):
        assert VOCABULARIO.temas_de_pregunta(pregunta), pregunta
    for pregunta in ("el ctp cuanto tiempo tiene pa dar concepto del plan", "que es el banco de programas y proyectos",
                     "quien evalua los planes de los municipios"):
        assert not VOCABULARIO.temas_de_pregunta(pregunta), pregunta


@pytest.mark.parametrize("tipo, oracion", [
    ("consecuencia", "La omisión dará lugar a la destitución del servidor."),
    ("consecuencia", "Quien la incumpla incurrirá en la sanción prevista."),
    # El silencio también tiene consecuencia: el requisito se da por cumplido sin el concepto.
    ("consecuencia", "Si transcurriere dicho mes sin que el Consejo se hubiere pronunciado, considerará surtido el requisito."),
    ("procedimiento", "El alcalde lo someterá a consideración del Consejo."),
    ("quien", "La designación estará a cargo del gobernador."),
])
def test_patrones_de_respuesta_hallan_el_texto_con_tildes(tipo, oracion):
    # Se escriben sin tildes (como los de la pregunta) pero se buscan en las normas, que las llevan.
    assert VOCABULARIO.patron_respuesta(tipo).search(oracion)
    assert not VOCABULARIO.patron_respuesta(tipo).search("Los municipios de categoría especial.")


def test_sujeto_del_perfil_solo_en_primera_persona():
    ctp = VOCABULARIO.sujeto_del_perfil("cuanto tiempo tenemos pa dar el concepto", "ctp")
    assert ctp is not None and ctp.search("el respectivo consejo territorial de planeacion debera")
    assert not ctp.search("el consejo nacional de planeacion")  # el del usuario es el territorial
    funcionario = VOCABULARIO.sujeto_del_perfil("y cuanto tiempo tengo pa eso?", "funcionario")
    assert funcionario.search("el servidor publico saliente") and not funcionario.search("el servidor publico entrante")
    assert VOCABULARIO.sujeto_del_perfil("cuanto tiempo tiene el ctp para el concepto", "ctp") is None
    assert VOCABULARIO.sujeto_del_perfil("cuanto tiempo tenemos", None) is None


def test_sujeto_nombrado_junto_al_verbo_que_lo_obliga():
    """«¿Cuánto plazo tiene el CTP…?»: el CTP es el sujeto (como si preguntara el consejero); «…presentar el plan
    al CTP» no lo es, ni «¿cuántos concejales…?» (ahí se cuenta, no se obliga a nadie)."""
    ctp = VOCABULARIO.sujeto_de("¿Cuánto plazo tiene el CTP para dar su concepto sobre el plan?", None)
    assert ctp is not None and ctp.search("el respectivo consejo territorial de planeacion debera")
    alcalde = VOCABULARIO.sujeto_de("cuanto tiempo tiene el alcalde pa presentar el plan al ctp", "ctp")
    assert alcalde.search("el alcalde o gobernador") and not alcalde.search("el respectivo consejo territorial")
    assert VOCABULARIO.sujeto_de("¿Cuántos concejales puede tener un concejo?", None) is None
    assert VOCABULARIO.sujeto_de("para que periodo se eligen los concejales", None) is None
    # El propio perfil nombrado lejos del verbo («el ctp cuánto tiempo tiene…» dicho por un consejero) es el sujeto;
    # dicho por otro perfil, no.
    lejos = VOCABULARIO.sujeto_de("el ctp cuanto tiempo tiene pa dar el concepto", "ctp")
    assert lejos is not None and lejos.search("el respectivo consejo territorial de planeacion debera")
    assert VOCABULARIO.sujeto_de("el ctp cuanto tiempo tiene pa dar el concepto", "ciudadania") is None
    # El CTP como complemento («convocar al ctp») no es el sujeto: el que convoca es la alcaldía.
    assert VOCABULARIO.sujeto_de("en q momento la alcaldia tiene q convocar al ctp pa el plan", "ctp") is None
    # Sin actor nombrado, el del perfil si la pregunta va en primera persona.
    assert VOCABULARIO.sujeto_de("cuanto tiempo tenemos", "ctp") is VOCABULARIO.sujeto_del_perfil("cuanto tiempo tenemos", "ctp")


def test_el_congreso_nacional_marca_un_pasaje_nacional():
    """Ley 152 art. 25 («Si el Congreso Nacional no aprueba el Plan Nacional de Inversiones…») no responde a quien
    pregunta por el plan de su municipio; el art. 40 (Asamblea o Concejo) sí es territorial."""
    from asistente.config import RAIZ
    from asistente.recuperador import Recuperador
    from indexacion.cargadores import cargar
    from indexacion.indexador import leer_manifiesto

    archivo = "normas/LEY-152-1994.md"
    fragmentos = cargar(RAIZ / "corpus" / archivo, archivo, leer_manifiesto(RAIZ / "corpus").get(archivo, {}), 1200)
    de = lambda n: [f for f in fragmentos if f.seccion.startswith(f"Artículo {n}.")]  # noqa: E731
    assert de(25) and all(Recuperador._es_nacional(f) for f in de(25))
    assert de(40) and not any(Recuperador._es_nacional(f) for f in de(40))


@pytest.mark.parametrize("oracion, reforma", [
    ("El artículo 43 de la Ley 136 de 1994 quedará así:", True),
    ("Adiciónense al artículo 131 de la Ley 136 de 1994 los siguientes numerales y un parágrafo, así:", True),
    ("El numeral 1 del artículo 8° de la Ley 80 de 1993 tendrá un nuevo literal k), el cual quedará así:", True),
    ("Modifíquese el artículo 40 de la Ley 152 de 1994.", True),
    ("El alcalde presentará el proyecto de plan al concejo así:", False),
    ("El plan quedará en firme si el concejo no decide en el plazo.", False),
])
def test_formula_de_reforma(oracion, reforma):
    assert VOCABULARIO.es_formula_de_reforma(oracion) is reforma


@pytest.mark.parametrize("pregunta, segunda", [
    ("q es el banco de programas y proyectos y quien lo tiene q tener", "quien lo tiene que tener"),
    ("el informe de metas, cuando lo presenta y q pasa despues?", "que pasa despues"),
    ("que es un cabildo abierto y como se pide uno", "como se pide uno"),
    ("toda la informacion que tiene la alcaldia es publica o que", None),  # «…o qué?» no es otra pregunta
    ("diferencia entre plan de desarrollo y programa de gobierno", None),
    ("y si no lo entrego q pasa", None),
])
def test_dos_preguntas_en_una(pregunta, segunda):
    assert segunda_parte(pregunta) == segunda
    assert preparar(pregunta).segunda_parte == segunda


def test_el_tipo_lo_da_la_primera_de_dos_preguntas():
    """Revisión en el navegador: «quién nombra a los consejeros del ctp y por cuánto tiempo quedamos» se tomaba como
    plazo y respondía el mes del concepto; la primera línea responde el «quién», el primer apoyo el «cuánto tiempo»."""
    assert preparar("quien nombra a los consejeros del ctp y por cuanto tiempo quedamos").tipo == "quien"
    assert preparar("que es un cabildo abierto y como se pide uno").tipo == "definicion"


@pytest.mark.parametrize("texto, especial", [
    ("Para ser elegido gobernador del Archipiélago de San Andrés, Providencia y Santa Catalina", True),
    ("Para ser elegido alcalde de los municipios del Departamento Archipiélago de San Andrés", True),
    # Bogotá no: reglas generales lo nombran de paso («…en el caso del Distrito Capital…, y los gobernadores…»).
    ("El Presidente de la República en el caso del Distrito Capital de Bogotá", False),
    ("Para ser elegido gobernador se requiere ser ciudadano colombiano en ejercicio", False),
    ("la providencia judicial que declare la nulidad", False),
])
def test_regimen_especial(texto, especial):
    assert bool(VOCABULARIO.regimen_especial.search(plegar(texto))) == especial
