"""Genera usuarios_ajuste3.jsonl (ver README de esta carpeta): python generar_ajuste3.py

Cuarto conjunto de ajuste: preguntas de usuarios escritas leyendo sólo /work/shared/corpus/.
Cuando una ley posterior del corpus cambió la regla, el hecho esperado es el vigente
(revocatoria y cabildo: Ley 1757 de 2015; asambleas, gobernadores y diputados: Ley 2200 de 2022;
categorías municipales: Ley 1551 de 2012; periodo de alcaldes y concejales: Constitución)."""
from _generador import conv, escribir, fuera, q


C = 'CONSTITUCION-1991.md'; L131 = 'LEY-131-1994.md'; L134 = 'LEY-134-1994.md'; L136 = 'LEY-136-1994.md'
L1454 = 'LEY-1454-2011.md'; L1474 = 'LEY-1474-2011.md'; L152 = 'LEY-152-1994.md'; L1551 = 'LEY-1551-2012.md'
L1712 = 'LEY-1712-2014.md'; L1757 = 'LEY-1757-2015.md'; L1909 = 'LEY-1909-2018.md'; L2200 = 'LEY-2200-2022.md'
L388 = 'LEY-388-1997.md'; L594 = 'LEY-594-2000.md'; L617 = 'LEY-617-2000.md'; L715 = 'LEY-715-2001.md'
L741 = 'LEY-741-2002.md'; L951 = 'LEY-951-2005.md'; P = 'protocolo_juntos_por_el_territorio.txt'
G = 'DNP-guia-orientadora-definicion-productos-2024.pdf'

# ---------------- conversaciones (3 turnos) ----------------
conv('a3c01', [
    ('candidato', 'soy contratista de la alcaldia y me quiero lanzar a alcalde del mismo pueblo, eso me tumba la candidatura?',
     [(L136, 'celebración de contratos con entidades públicas de cualquier nivel')],
     [['dentro del año anterior a la elección'], ['celebración de contratos']], 'amplia'),
    ('candidato', 'y mi hermano es el secretario de gobierno ahi mismo, eso tambien me afecta o no?',
     [(L136, 'hasta el segundo grado de consanguinidad, primero de afinidad o único civil')],
     [['segundo grado de consanguinidad'], ['doce (12) meses anteriores a la elección', '12 meses anteriores a la elección'],
      ['autoridad civil, política, administrativa o militar']], 'amplia'),
    ('candidato', 'y si aun asi gano, ya de alcalde q cosas no puedo hacer? puedo seguir contratando por debajo?',
     [(L136, 'Celebrar en su interés particular por sí o por interpuesta persona')],
     [['contrato alguno con entidades públicas'], ['durante el año siguiente a la separación definitiva del cargo']], 'amplia'),
])
conv('a3c02', [
    ('ctp', 'q papel tiene el consejo territorial de planeacion en el POT del municipio, nos toca opinar o q?',
     [(L388, 'instancia que deberá rendir concepto y formular recomendaciones')],
     [['rendir concepto y formular recomendaciones'], ['treinta (30) días hábiles', '30 días hábiles']], 'amplia'),
    ('ctp', 'y antes de q nos llegue a nosotros quien mas lo revisa?',
     [(L388, 'concierten los asuntos exclusivamente ambientales')],
     [['Corporación Autónoma Regional'], ['cuarenta y cinco (45) días', '45 días']], 'seguimiento'),
    ('ctp', 'y ya con nuestro concepto cuanto tiempo tiene el alcalde pa llevarlo al concejo?',
     [(L388, 'dentro de los treinta (30) días siguientes al recibo del concepto')],
     [['treinta (30) días', '30 días'], ['concejo municipal o distrital']], 'seguimiento'),
])
conv('a3c03', [
    ('funcionario', 'soy el secretario nuevo, el q se fue me dejo el acta de informe de gestion, yo q tengo q hacer con ese papel?',
     [(L951, 'obligado a recibir el informe y acta respectiva')],
     [['revisar su contenido'], ['treinta (30) días', '30 días']], 'amplia'),
    ('funcionario', 'y si encuentro cosas raras o q falta plata o bienes, a quien le aviso?',
     [(L951, 'deberá hacerlas del conocimiento del órgano de control')],
     [['órgano de control'], ['treinta (30) días calendario', '30 días calendario']], 'seguimiento'),
    ('funcionario', 'y mientras reviso lo puedo llamar al q se fue pa q me explique cosas?',
     [(L951, 'podrá ser requerido para que haga las aclaraciones')],
     [['aclaraciones'], ['información adicional']], 'seguimiento'),
])
conv('a3c04', [
    ('ciudadania', 'el alcalde no ha cumplido nada de lo q prometio, como hacemos pa tumbarlo?',
     [(L1757, 'siempre que hayan transcurrido doce (12) meses contados'),
      (L1757, 'treinta por ciento (30%) de los votos obtenidos por el elegido')],
     [['doce (12) meses', '12 meses'], ['treinta por ciento (30%)', '30%'], ['Registraduría']], 'amplia'),
    ('ciudadania', 'y cuanto tiempo nos dan pa recoger las firmas?',
     [(L1757, 'contarán con seis meses para la recolección de las firmas')],
     [['seis meses'], ['tres meses más']], 'seguimiento'),
    ('ciudadania', 'y ya en la votacion cuanta gente tiene q votar pa q si lo saquen?',
     [(L1757, 'no sea inferior al cuarenta (40%) de la votación total válida')],
     [['mitad más uno'], ['cuarenta (40%)', '40%']], 'seguimiento'),
])
conv('a3c05', [
    ('candidato', 'el programa de gobierno es solo un requisito pa inscribirme o despues me obliga a algo?',
     [(C, 'imponen por mandato al elegido el programa que presentó')],
     [['mandato'], ['voto programático']], 'amplia'),
    ('candidato', 'y si gano, como se vuelve ese programa el plan de desarrollo?',
     [(L152, 'impartirá las orientaciones para la elaboración de los planes de desarrollo')],
     [['programa de gobierno presentado al inscribirse'], ['dos (2) meses siguientes a la posesión', '2 meses siguientes a la posesión']],
     'seguimiento'),
    ('candidato', 'y quien revisa q el plan si se parezca a lo q prometi en campaña?',
     [(L152, 'verificarán la correspondencia de los planes con los programas de gobierno')],
     [['Consejos Territoriales de Planeación'], ['Concejos y Asambleas']], 'seguimiento'),
])
conv('a3c06', [
    ('funcionario', 'como se saca la categoria del municipio pa el otro año, q certificados necesito y quien firma eso?',
     [(L1551, 'sobre el indicador de importancia económica')],
     [['treinta y uno (31) de octubre', '31 de octubre'], ['Contralor General de la República'],
      ['Departamento Administrativo Nacional de Estadística', 'DANE']], 'amplia'),
    ('funcionario', 'y si el alcalde no saca el decreto a tiempo q pasa?',
     [(L1551, 'será fijada por el Contador General de la Nación')],
     [['Contador General de la Nación'], ['noviembre']], 'seguimiento'),
    ('funcionario', 'y de un año pa otro cuanto puede subir o bajar, podemos brincar tres categorias de una?',
     [(L1551, 'Ningún municipio podrá aumentar o descender más de dos categorías')],
     [['más de dos categorías', 'dos categorías']], 'seguimiento'),
])
conv('a3c07', [
    ('ciudadania', 'quiero saber en q se gasto la alcaldia la plata del puente, tengo derecho a q me den esa info? como la pido',
     [(L1712, 'Toda persona tiene derecho a solicitar y recibir información')],
     [['solicitar y recibir información'], ['oral o escrita']], 'amplia'),
    ('ciudadania', 'y me pueden cobrar por las copias?',
     [(L1712, 'no supere el valor de la reproducción y envío')],
     [['gratuita'], ['valor de la reproducción y envío']], 'seguimiento'),
    ('ciudadania', 'y si me dicen q no porq es reservada por seguridad nacional, q hago?',
     [(L1712, 'el solicitante podrá acudir al recurso de reposición')],
     [['recurso de reposición'], ['tres (3) días', '3 días'], ['juez administrativo', 'Tribunal Administrativo']], 'seguimiento'),
])
conv('a3c08', [
    ('funcionario', 'trabajo en la gobernacion, cuantos meses al año sesiona la asamblea normal y en q fechas?',
     [(L2200, 'sesionarán de manera ordinaria durante seis (6) meses al año')],
     [['seis (6) meses', '6 meses'], ['1 de marzo y el 30 de abril']], 'puntual'),
    ('funcionario', 'y el gobernador cuantas veces los puede llamar a extras?',
     [(L2200, 'Podrán sesionar durante tres (3) meses al año de forma extraordinaria')],
     [['tres (3) meses', '3 meses'], ['oportunidades diferentes']], 'seguimiento'),
    ('funcionario', 'y en esas extras pueden hacer debate de control politico o solo lo q mande el gobernador?',
     [(L2200, 'solo podrá ocuparse de los asuntos que el Gobernador someta')],
     [['función de control político'], ['asuntos que el Gobernador someta a su consideración']], 'seguimiento'),
])

# ---------------- preguntas sueltas ----------------
# --- candidatos ---
q('candidato', 'q me piden pa lanzarme a la alcaldia? toca haber nacido o vivir en el pueblo?',
  [(L136, 'durante un (1) año anterior a la fecha de la inscripción')],
  [['ciudadano colombiano en ejercicio'], ['un (1) año anterior', '1 año anterior'], ['tres (3) años consecutivos', '3 años consecutivos']],
  'amplia')
q('candidato', 'pa concejal q requisitos hay, yo naci en otro lado pero vivo aca hace como 8 meses, me sirve?',
  [(L136, 'durante los seis (6) meses anteriores a la fecha de la inscripción')],
  [['seis (6) meses', '6 meses'], ['tres (3) años consecutivos', '3 años consecutivos']], 'amplia')
q('candidato', 'me quiero lanzar a la gobernacion, por q cosas me pueden inhabilitar?',
  [(L2200, 'No podrá ser inscrito como candidato, elegido o designado como gobernador'),
   (L2200, 'A quien se le hubiere revocado el mandato como gobernador o alcalde')],
  [['doce (12) meses anteriores a la elección', '12 meses anteriores a la elección'], ['doble nacionalidad'],
   ['revocado el mandato']], 'amplia')
q('candidato', 'pa ser diputado cuanto tiempo tengo q llevar viviendo en el departamento?',
  [(L2200, 'haber residido en la respectiva circunscripción electoral durante los doce (12) meses')],
  [['doce (12) meses inmediatamente anteriores', '12 meses inmediatamente anteriores'], ['ciudadano en ejercicio']], 'puntual')
q('candidato', 'fui concejal y me quitaron la investidura, puedo volver a lanzarme al concejo?',
  [(L136, 'la de diputado o concejal; o excluido del ejercicio de una profesión')],
  [['perdido la investidura'], ['No podrá ser inscrito como candidato ni elegido concejal']], 'amplia')
q('candidato', 'soy alcalde y me quiero lanzar a la gobernacion en las q vienen, si renuncio ya quedo libre?',
  [(L136, 'así medie renuncia previa de su empleo')],
  [['durante el año siguiente al mismo'], ['así medie renuncia previa']], 'amplia')
q('candidato', 'si pierdo la gobernacion pero quedo de segundo, me dan alguna silla en la asamblea? q tengo q hacer',
  [(L1909, 'tendrán derecho personal a ocupar, en su orden, una curul')],
  [['Asambleas Departamentales'], ['manifestar por escrito ante la comisión escrutadora']], 'amplia')
q('candidato', 'nuestro movimiento perdio, q es mejor declararnos oposicion o independientes, q diferencia hay?',
  [(L1909, 'las organizaciones políticas deberán optar por'),
   (L1909, 'no hacen parte del Gobierno, ni de la oposición')],
  [['Declararse en oposición'], ['Declararse independiente'], ['Dentro del mes siguiente al inicio del Gobierno'],
   ['herramientas de comunicación']], 'amplia')
q('candidato', 'si el partido se declara en oposicion y despues se arrepiente, cuantas veces puede cambiar eso?',
  [(L1909, 'podrán por una sola vez y ante la Autoridad Electoral')],
  [['una sola vez']], 'puntual')
q('candidato', 'segun el DNP si gano hasta q fecha tengo pa tener aprobado el plan de desarrollo 2024-2027?',
  [(P, 'hasta el 31 de mayo de 2024')],
  [['31 de mayo de 2024'], ['programas de gobierno serán la base']], 'puntual')
q('candidato', 'el programa de gobierno sirve pa algo despues de aprobado el plan o ahi se muere?',
  [(P, 'a lo largo de la gestión, este instrumento puede llegar')],
  [['fuente de referencia'], ['informe de gestión y el empalme', 'informe de gestión']], 'amplia')
q('candidato', 'si quedo de diputado puedo seguir de contratista o meterme a un cargo en la gobernacion?',
  [(L2200, 'no podrán aceptar cargo alguno en la administración pública'),
   (L2200, 'hasta doce meses después del vencimiento de su período')],
  [['perderán su investidura'], ['contrato alguno'], ['doce meses después del vencimiento de su período']], 'amplia')
q('candidato', 'y si me eligen concejal q cosas me quedan prohibidas, y si renuncio a mitad de periodo?',
  [(L136, 'Ser apoderado ante las entidades públicas del respectivo municipio'),
   (L136, 'En caso de renuncia se mantendrán durante los seis (6) meses')],
  [['contrato alguno'], ['cátedra universitaria'], ['seis (6) meses siguientes a su aceptación', '6 meses siguientes a su aceptación']],
  'amplia')
q('candidato', 'cuantos concejales se eligen en un pueblo de unos 30 mil habitantes?',
  [(L136, 'a cincuenta mil (50.000) elegirán trece (13)')],
  [['trece (13)', '13']], 'puntual')
q('candidato', 'si el gobernador renuncia cuando le quedan dos años, quien queda? hay elecciones?',
  [(L2200, 'Siempre que se presente falta absoluta a más de dieciocho (18) meses')],
  [['se elegirá gobernador para el tiempo que reste'], ['dieciocho (18) meses', '18 meses'], ['secretario de gobierno']], 'amplia')

# --- funcionarios ---
q('funcionario', 'explicame paso a paso el tramite del plan de desarrollo desde q se posesiona el alcalde hasta q queda aprobado',
  [(L152, 'a más tardar dentro de los dos (2) meses siguientes'),
   (L152, 'dentro de los primeros cuatro (4) meses del respectivo período')],
  [['Consejo de Gobierno'], ['Consejos Territoriales de Planeación'], ['primeros cuatro (4) meses', '4 meses'],
   ['dentro del mes siguiente a su presentación']], 'amplia')
q('funcionario', 'desde la gobernacion queremos hacer un contrato plan con la nacion, q es eso y q tiene q quedar escrito?',
  [(L1454, 'la ejecución asociada de proyectos estratégicos de desarrollo territorial')],
  [['asociaciones de entidades territoriales'], ['aportes'], ['fuentes de financiación']], 'amplia')
q('funcionario', 'mientras el concejo aprueba el plan nuevo, con q plan sigo ejecutando la plata?',
  [(L1551, 'continuar con la ejecución de planes y programas')],
  [['plan de desarrollo anterior']], 'amplia')
q('funcionario', 'q cosas tiene q publicar si o si la alcaldia en la pagina web por la ley de transparencia?',
  [(L1712, 'Todo sujeto obligado deberá publicar la siguiente información mínima obligatoria'),
   (L1712, 'Su respectivo plan de compra anual, así como las contrataciones adjudicadas')],
  [['estructura orgánica'], ['presupuesto general'], ['plan de compra anual'], ['Plan Anticorrupción y de Atención al Ciudadano']],
  'amplia')
q('funcionario', 'nos dijeron q toca hacer un programa de transparencia y etica publica, q es eso y q tiene q llevar?',
  [(L1474, 'deberá implementar Programas de Transparencia y Ética Pública')],
  [['riesgo de corrupción'], ['Canales de denuncia'], ['dos (2) años', '2 años']], 'amplia')
q('funcionario', 'la plata del SGP la podemos meter en la misma cuenta del municipio o toca aparte?',
  [(L715, 'no harán Unidad de caja con los demás recursos del presupuesto')],
  [['cuentas separadas'], ['embargo'], ['mismo sector']], 'amplia')
q('funcionario', 'de la plata de proposito general cuanto toca dejar pa deporte, cultura y el fonpet?',
  [(L715, 'ocho por ciento (8%) para deporte y recreación')],
  [['ocho por ciento (8%)', '8%'], ['seis por ciento (6%)', '6%'], ['diez por ciento (10%)', '10%']], 'puntual')
q('funcionario', 'q son las tablas de retencion documental y q tipos de archivo tiene q manejar la alcaldia?',
  [(L594, 'Será obligatorio para las entidades del Estado elaborar y adoptar')],
  [['tablas de retención documental'], ['Archivo de gestión'], ['Archivo central'], ['Archivo histórico']], 'amplia')
q('funcionario', 'la asamblea aprobo la ordenanza y el gobernador ya la firmo, en cuantos dias hay q publicarla?',
  [(L2200, 'dentro de los diez (10) días siguientes a su sanción')],
  [['diez (10) días', '10 días'], ['gaceta']], 'puntual')
q('funcionario', 'cual es el tope de gastos de funcionamiento pa un departamento de segunda categoria?',
  [(L617, 'Valor máximo de los gastos de funcionamiento de los departamentos')],
  [['60%'], ['ingresos corrientes de libre destinación']], 'puntual')
q('funcionario', 'en un municipio de sexta categoria hasta cuanto se le puede pasar a la personeria al año?',
  [(L617, 'Aportes máximos en la vigencia en Salarios Mínimos Legales Mensuales')],
  [['200 SMML']], 'puntual')
q('funcionario', 'como organizo la rendicion de cuentas de la alcaldia, q etapas tiene q tener el proceso?',
  [(L1757, 'de que trata el artículo 51 de la presente ley contendrá')],
  [['Aprestamiento'], ['Capacitación'], ['Publicación de información'], ['Convocatoria y evento'], ['Seguimiento']], 'amplia')
q('funcionario', 'el secretario q sale esta incapacitado y no puede hacer la entrega, como se hace el empalme de esa oficina?',
  [(L951, 'a levantar el acta circunstanciada, dejando constancia del estado')],
  [['jerarquía inmediata inferior'], ['dos (2) testigos', '2 testigos'], ['órgano de control interno']], 'amplia')
q('funcionario', 'segun el DNP como deberia quedar el informe de gestion al final del gobierno, q se espera de la transicion?',
  [(P, 'informe de gestión bajo la lógica de un balance de resultados')],
  [['balance de resultados'], ['diálogo social y la transparencia'], ['empalme efectivos']], 'amplia')

# --- consejos territoriales de planeacion ---
q('ctp', 'ademas del concepto del plan q otras funciones tiene el consejo territorial de planeacion?',
  [(L152, 'las mismas definidas para el Consejo Nacional, en cuanto sean compatibles'),
   (L152, 'Absolver las consultas que, sobre el Plan Nacional de Desarrollo')],
  [['Analizar y discutir el proyecto'], ['Absolver las consultas'], ['Formular recomendaciones']], 'amplia')
q('ctp', 'la alcaldia tiene q darnos apoyo pa funcionar como consejo o nos toca con nuestra plata?',
  [(L152, 'prestará al respectivo Consejo, el apoyo administrativo y logístico')],
  [['apoyo administrativo y logístico'], ['dependencia de planeación']], 'amplia')
q('ctp', 'nosotros como instancia de participacion tambien tenemos q rendir cuentas? cada cuanto?',
  [(L1757, 'rendición de cuentas en por lo menos una sesión de trabajo anual')],
  [['una sesión de trabajo anual']], 'amplia')
q('ctp', 'cuando nos tienen q convocar pa conformar el consejo, antes o despues de q el plan este listo?',
  [(L152, 'convocará a constituirse al Consejo Territorial de Planeación')],
  [['Simultáneamente'], ['Consejo de Gobierno']], 'amplia')
q('ctp', 'como puede participar la gente de los barrios y veredas cuando se hace el POT?',
  [(L388, 'podrán designar representantes para que transmitan y pongan a consideración')],
  [['organizaciones cívicas'], ['barrios'], ['veredas'], ['veeduría ciudadana']], 'amplia')
q('ctp', 'q componentes tiene q tener el POT?',
  [(L388, 'Los planes de ordenamiento territorial deberán contemplar tres componentes')],
  [['componente general'], ['componente urbano'], ['componente rural']], 'amplia')
q('ctp', 'cuanto dura un POT? cada cuanto toca revisarlo y si se vence q pasa?',
  [(L388, 'correspondiente a tres períodos constitucionales de las administraciones municipales')],
  [['tres períodos constitucionales'], ['dos períodos constitucionales'], ['seguirá vigente el ya adoptado']], 'amplia')
q('ctp', 'q es eso del suelo de proteccion y el suelo suburbano en el POT?',
  [(L388, 'tiene restringida la posibilidad de urbanízarse')],
  [['riesgo no mitigable'], ['se mezclan los usos del suelo'], ['restringida la posibilidad de urbanizarse']], 'amplia')
q('ctp', 'y lo del presupuesto participativo como se conecta con el consejo de planeacion?',
  [(L1757, 'sustentan los acuerdos y compromisos adquiridos, ante los Consejos')],
  [['Consejos Regionales, Municipales y Locales de Planeación'], ['presupuesto institucional'],
   ['previos a la discusión de los presupuestos plurianuales']], 'amplia')
q('ctp', 'el alcalde cada año tiene q presentar un informe del plan? q tiene q decir ese informe',
  [(L152, 'presentará informe anual de la ejecución de los planes'),
   (L1909, 'el monto total de la inversión que se realizó en el municipio')],
  [['informe anual'], ['cumplimiento de metas sobre el Plan de Desarrollo'], ['corregimientos, comunas o localidades'],
   ['distribución sectorial de la inversión']], 'amplia')
q('ctp', 'la estrategia juntos por el territorio del DNP a quien iba dirigida, los CTP estabamos incluidos?',
  [(P, 'Los grupos de valor que se han beneficiado de la Estrategia')],
  [['Consejos Territoriales de Planeación'], ['Candidatos a Alcaldías y Gobernaciones'], ['Organizaciones sociales y comunitarias']],
  'amplia')
q('ctp', 'en el plan vienen productos q son bienes y otros servicios, cual es la diferencia?',
  [(G, 'Los bienes corresponden a los productos tangibles, físicos y acumulables')],
  [['tangibles, físicos y acumulables'], ['intangibles y no acumulables']], 'amplia')
q('ctp', 'q son los programas orientados a resultados y cuales son misionales y cuales de apoyo?',
  [(G, 'Los programas pueden ser misionales o de apoyo a la gestión:')],
  [['MISIONALES'], ['DE APOYO'], ['marco de desempeño']], 'amplia')
q('ctp', 'cuantos digitos tiene el codigo de un indicador de producto del catalogo?',
  [(G, '00 si es principal y 01 en adelante si es secundario')],
  [['9 dígitos'], ['00 si es principal']], 'puntual')
q('ctp', 'como se debe escribir la descripcion de un producto, q no debe llevar?',
  [(G, 'debe iniciar por las palabras corresponde o incluye')],
  [['corresponde o incluye'], ['No ser la repetición del nombre'], ['No debe incluir el nombre de una política pública']], 'amplia')
q('ctp', 'los indicadores de producto miden la oferta o la demanda? como es eso',
  [(G, 'Los indicadores se pueden diseñar para medir la provisión del producto')],
  [['recae sobre las unidades generadas'], ['recae sobre el sujeto que recibe el bien o servicio']], 'amplia')
q('ctp', 'la alcaldia quiere cambiarle el indicador principal a un producto del catalogo, se puede?',
  [(G, 'existente en el catálogo no se puede modificar')],
  [['no se puede modificar'], ['indicadores secundarios']], 'amplia')

# --- ciudadania ---
q('ciudadania', 'con un cabildo abierto podemos presentarle un proyecto de acuerdo al concejo? o como se hace eso',
  [(L1757, 'no se podrán presentar iniciativas de ordenanza, acuerdo o resolución local'),
   (L1757, 'iniciativa popular normativa de competencia de entidades territoriales')],
  [['no se podrán presentar iniciativas'], ['10% del Censo Electoral']], 'amplia')
q('ciudadania', 'cuantas firmas se necesitan pa pedir un cabildo y en cuanto tiempo lo tienen q hacer?',
  [(L1757, 'por iniciativa de un número no inferior al cinco por mil'),
   (L1757, 'deberá celebrarse a más tardar un mes después de la radicación')],
  [['cinco por mil'], ['un mes después de la radicación']], 'amplia')
q('ciudadania', 'como ciudadano como puedo hacer control social, por medio de q grupos o figuras?',
  [(L1757, 'Se puede desarrollar el control social a través de veedurías ciudadanas')],
  [['veedurías ciudadanas'], ['auditorías ciudadanas'], ['Juntas de vigilancia']], 'amplia')
q('ciudadania', 'si pongo una denuncia en la contraloria porq se perdio plata de una obra, en cuanto me responden?',
  [(L1757, 'dará respuesta definitiva a la denuncia durante los siguientes seis (6) meses')],
  [['seis (6) meses', '6 meses'], ['Evaluación y determinación de competencia']], 'amplia')
q('ciudadania', 'pa q una consulta popular en el municipio valga cuanta gente tiene q votar?',
  [(L1757, 'haya participado no menos de la tercera parte de los electores')],
  [['mitad más uno de los sufragios válidos'], ['tercera parte']], 'puntual')
q('ciudadania', 'si revocan al alcalde quien queda mandando y cuando hay elecciones otra vez?',
  [(L1757, 'se convocará a elecciones para escoger al sucesor')],
  [['2 meses', 'dos meses'], ['encargado'], ['plan de desarrollo']], 'amplia')
q('ciudadania', 'la oposicion pide unos documentos a la alcaldia, en cuantos dias se los tienen q dar?',
  [(L1909, 'dentro de los cinco (5) días siguientes a la presentación')],
  [['cinco (5) días', '5 días']], 'puntual')
q('ciudadania', 'si el alcalde sale en la emisora publica atacando a la oposicion, ellos pueden responderle?',
  [(L1909, 'tendrán el derecho de réplica en los medios de comunicación')],
  [['derecho de réplica'], ['tiempo, medio y espacio por lo menos iguales']], 'amplia')
q('ciudadania', 'cada cuanto se eligen concejales? lei q era cada 3 años',
  [(C, 'elegida popularmente para períodos de cuatro (4) años')],
  [['cuatro (4) años', '4 años']], 'puntual')
q('ciudadania', 'cuanto dura el alcalde en el puesto y se puede reelegir seguido?',
  [(C, 'períodos institucionales de cuatro (4) años, y no podrá ser reelegido')],
  [['cuatro (4) años', '4 años'], ['no podrá ser reelegido para el período siguiente']], 'puntual')
q('ciudadania', 'cuantos diputados tiene una asamblea departamental como minimo y maximo?',
  [(C, 'integrada por no menos de 11 miembros ni más de 31')],
  [['no menos de 11 miembros'], ['más de 31']], 'puntual')
q('ciudadania', 'q formas hay pa q los municipios y departamentos se junten, q esquemas asociativos existen?',
  [(L1454, 'Constituirán esquemas asociativos territoriales las regiones administrativas y de planificación')],
  [['áreas metropolitanas'], ['asociaciones de municipios'], ['regiones de planeación y gestión']], 'amplia')
q('ciudadania', 'en desastres como inundaciones q le toca hacer al municipio segun la ley 715?',
  [(L715, 'Prevenir y atender los desastres en su jurisdicción')],
  [['reubicación de asentamientos'], ['cofinanciación de la Nación y los departamentos']], 'amplia')
q('ciudadania', 'q informacion me pueden negar diciendo q es clasificada o reservada, y como me la tienen q negar?',
  [(L1712, 'podrá ser rechazado o denegado de manera motivada y por escrito')],
  [['motivada y por escrito'], ['intimidad'], ['defensa y seguridad nacional']], 'amplia')
q('ciudadania', 'si un funcionario bota o daña los archivos viejos de la alcaldia, eso tiene sancion?',
  [(L594, 'Las faltas contra el patrimonio documental serán tenidas como faltas gravísimas')],
  [['faltas gravísimas'], ['veinte (20) salarios mínimos', '20 salarios mínimos']], 'amplia')
q('ciudadania', 'la alcaldia tiene q publicar en internet los proyectos de inversion q va a hacer?',
  [(L1474, 'deberán publicar en sus respectivas páginas web cada proyecto de inversión')],
  [['Banco de Programas y Proyectos de Inversión']], 'amplia')

# ---------------- fuera de alcance (casi-aciertos) ----------------
F = [
    ('ciudadania', 'cuantos meses antes de las elecciones queda prohibida la contratacion directa por la ley de garantias?'),
    ('ciudadania', 'cuanto vale la multa general tipo 4 del codigo de policia por pelear en la calle'),
    ('funcionario', 'la plata de la estampilla pro adulto mayor en q la puede invertir el municipio?'),
    ('funcionario', 'quienes tienen q estar en el consejo municipal de gestion del riesgo de desastres y cada cuanto se reune?'),
    ('funcionario', 'hasta q fecha hay pa reportar el FURAG del MIPG este año?'),
    ('funcionario', 'me acaban de nombrar secretaria de despacho, como actualizo mi hoja de vida en el SIGEP?'),
    ('ciudadania', 'cada cuanto se eligen los consejos municipales de juventud y desde q edad se puede votar?'),
    ('ciudadania', 'cuando son las elecciones de dignatarios de las juntas de accion comunal y cuanto dura el periodo?'),
    ('funcionario', 'como se si el municipio esta en semaforo verde pa endeudarse, cual es el limite del indicador de solvencia?'),
    ('candidato', 'q metas trae el plan nacional de desarrollo 2022-2026 pa los municipios pequeños?'),
    ('funcionario', 'q es el PAT de victimas y en q comite del municipio se aprueba?'),
    ('ciudadania', 'como calcula la procuraduria el indice de transparencia y acceso a la informacion ITA?'),
    ('funcionario', 'en una auditoria de la contraloria cuantos dias tengo pa contestar el informe preliminar con los hallazgos?'),
    ('ctp', 'a los consejeros del CTP nos tienen q pagar algo por sesion o al menos el transporte?'),
    ('candidato', 'cuando toca hacer consulta previa con un resguardo pa una via terciaria y cuanto se demora?'),
    ('ctp', 'cuando y donde es el congreso nacional de planeacion de este año?'),
    ('candidato', 'quien organiza los debates en television entre candidatos a la gobernacion y como me invitan?'),
    ('ciudadania', 'cuando es el proximo censo del DANE y como hago pa q me cuenten?'),
    ('ciudadania', 'cuantos policias le corresponden al municipio segun el numero de habitantes?'),
    ('candidato', 'si el candidato del partido se muere despues de inscrito, hasta cuando lo pueden reemplazar?'),
]
for p, t in F:
    fuera(p, t)

escribir('usuarios_ajuste3.jsonl', 'a3')
