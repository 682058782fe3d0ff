"""Genera usuarios_ajuste2.jsonl (ver README de esta carpeta): python generar_ajuste2.py"""
from _generador import conv, escribir, fuera, q

C='CONSTITUCION-1991.md'; L131='LEY-131-1994.md'; L134='LEY-134-1994.md'; L136='LEY-136-1994.md'
L1454='LEY-1454-2011.md'; L1474='LEY-1474-2011.md'; L152='LEY-152-1994.md'; L1551='LEY-1551-2012.md'
L1712='LEY-1712-2014.md'; L1757='LEY-1757-2015.md'; L1909='LEY-1909-2018.md'; L2200='LEY-2200-2022.md'
L388='LEY-388-1997.md'; L594='LEY-594-2000.md'; L617='LEY-617-2000.md'; L715='LEY-715-2001.md'
L741='LEY-741-2002.md'; L951='LEY-951-2005.md'; P='protocolo_juntos_por_el_territorio.txt'
G='DNP-guia-orientadora-definicion-productos-2024.pdf'

# ---------------- conversaciones ----------------
conv('a2c01', [
 ('candidato', 'q es eso del voto programatico, pa q me sirve el programa de gobierno q inscribo?',
  [(L131, 'imponen como mandato al elegido el cumplimiento del programa de gobierno')],
  [['programa de gobierno'], ['mandato']], 'amplia'),
 ('candidato', 'y si gano y despues no cumplo lo q prometi q me puede pasar?',
  [(P, 'incumple su programa de gobierno, la ciudadanía organizada puede')],
  [['revocatoria']], None),
 ('candidato', 'y cuantas firmas tendrian q juntar pa eso?',
  [(L1757, 'no menos del treinta por ciento (30%) de los votos obtenidos')],
  [['treinta por ciento (30%)', '30%']], None),
])
conv('a2c02', [
 ('ctp', 'nos acaban de pasar el proyecto del plan de desarrollo al consejo territorial, cuanto tiempo tenemos pa sacar el concepto?',
  [(L152, 'deberá realizar su labor antes de transcurrido un (1) mes')],
  [['un (1) mes', '1 mes', 'un mes']], 'puntual'),
 ('ctp', 'y si no alcanzamos ni a reunirnos en ese tiempo?',
  [(L152, 'considerará surtido el requisito en esa fecha')],
  [['surtido el requisito', 'surtido']], None),
 ('ctp', 'ok y aparte del contenido q mas nos toca revisar, lo del programa del alcalde?',
  [(L152, 'verificarán la correspondencia de los planes con los programas de gobierno')],
  [['correspondencia'], ['programas de gobierno', 'programa de gobierno']], None),
])
conv('a2c03', [
 ('ciudadania', 'como hacemos los vecinos pa pedir un cabildo abierto en el concejo del pueblo?',
  [(L1757, 'no inferior al cinco por mil de los ciudadanos del censo electoral')],
  [['cinco por mil'], ['censo electoral']], 'amplia'),
 ('ciudadania', 'y el alcalde esta obligado a ir o puede mandar a alguien?',
  [(L1757, 'Es obligación del alcalde o gobernador, según sea el caso')],
  [['obligación']], None),
 ('ciudadania', 'y si ahi el alcalde se compromete a algo, le toca cumplir?',
  [(L1757, 'incluyen compromisos decisorios, estos serán obligatorios')],
  [['obligatorios']], None),
])
conv('a2c04', [
 ('funcionario', 'salgo de la secretaria en diciembre, q tengo q entregarle al q llega?',
  [(L951, 'deberán preparar la entrega de los asuntos y recursos mediante acta administrativa')],
  [['acta'], ['recursos materiales, financieros y humanos', 'informe resumido']], 'amplia'),
 ('funcionario', 'y cuanto tiempo tengo pa eso?',
  [(L951, 'quince (15) días hábiles luego de haber salido del cargo')],
  [['quince (15) días hábiles', '15 días hábiles']], None),
 ('funcionario', 'y si no lo entrego q?',
  [(L951, 'será sancionado disciplinariamente en los términos de ley')],
  [['disciplinariamente', 'disciplinari']], None),
])
conv('a2c05', [
 ('candidato', 'si quedo de segundo en la alcaldia pierdo todo o tengo derecho a algo?',
  [(L1909, 'tendrán derecho personal a ocupar, en su orden, una curul')],
  [['curul'], ['concejo', 'concejos']], 'amplia'),
 ('candidato', 'y q tengo q hacer pa q me den esa silla?',
  [(L1909, 'deberán manifestar por escrito ante la comisión escrutadora competente')],
  [['por escrito'], ['comisión escrutadora']], None),
 ('candidato', 'y si no la acepto?',
  [(L1909, 'Si no hay aceptación de la curul se aplicará la regla general')],
  [['regla general', 'artículo 263']], None),
])
conv('a2c06', [
 ('funcionario', 'hasta cuando hay plazo pa montar el plan de accion en la pagina de la alcaldia?',
  [(L1474, 'a más tardar el 31 de enero de cada año')],
  [['31 de enero']], 'puntual'),
 ('funcionario', 'y q tiene q llevar ese plan?',
  [(L1474, 'se especificarán los objetivos, las estrategias, los proyectos, las metas')],
  [['objetivos'], ['metas'], ['indicadores de gestión', 'responsables']], None),
 ('funcionario', 'y lo del año pasado toca publicarlo tambien?',
  [(L1474, 'deberá estar acompañado del informe de gestión del año inmediatamente anterior')],
  [['informe de gestión']], None),
])
conv('a2c07', [
 ('ctp', 'cual es la diferencia entre POT, PBOT y EOT?',
  [(L388, 'municipios con población entre 30.000 y 100.000 habitantes')],
  [['100.000'], ['30.000']], 'amplia'),
 ('ctp', 'y antes de llegar al concejo por donde tiene q pasar ese plan?',
  [(L388, 'concierten los asuntos exclusivamente ambientales'),
   (L388, 'del Consejo Territorial de Planeación, instancia que deberá rendir concepto')],
  [['Corporación Autónoma Regional', 'autoridad ambiental'], ['Consejo Territorial de Planeación']], None),
 ('ctp', 'y si el concejo se queda quieto y no decide nada?',
  [(L388, 'Transcurridos sesenta (60) días desde la presentación del proyecto')],
  [['sesenta (60) días', '60 días'], ['decreto']], None),
])
conv('a2c08', [
 ('ciudadania', 'el alcalde si esta obligado a rendir cuentas a la gente o eso es voluntario?',
  [(L1757, 'tienen la obligación de rendir cuentas ante la ciudadanía')],
  [['obligación'], ['gestión', 'resultados']], 'amplia'),
 ('ciudadania', 'y si yo pregunto algo en la rendicion en cuanto me tienen q contestar',
  [(L1757, 'Respuestas escritas y en el término quince días')],
  [['quince días', '15 días']], None),
 ('ciudadania', 'y si la alcaldia no hace foros ni nada de eso?',
  [(L1757, 'realizar audiencias públicas participativas, mínimo dos veces al año')],
  [['audiencias públicas'], ['dos veces al año']], None),
])
conv('a2c09', [
 ('funcionario', 'pa la MGA y el plan de desarrollo q se entiende por producto?',
  [(G, 'Es entendido como el bien y/o servicio que es provisto')],
  [['bien y/o servicio']], 'amplia'),
 ('funcionario', 'y si mi producto es un servicio como lo nombro',
  [(G, 'Siempre inician con la palabra servicio')],
  [['palabra servicio']], None),
 ('funcionario', 'y q cosas no me las aceptan como producto?',
  [(G, 'Un proceso o actividad, por ejemplo')],
  [['insumo'], ['proceso o actividad'], ['indicador de producto', 'población beneficiaria']], None),
])

# ---------------- preguntas sueltas ----------------
# Constitucion
q('ciudadania', 'q funciones tiene un alcalde segun la constitucion?',
  [(C, 'Son atribuciones del alcalde: 1. Cumplir y hacer cumplir la Constitución')],
  [['orden público'], ['acción administrativa']], 'amplia')
q('candidato', 'si un alcalde renuncia cuando le falta un año, hay elecciones otra vez o q?',
  [(C, 'faltare menos de dieciocho (18) meses, el gobernador designará un alcalde')],
  [['dieciocho (18) meses', '18 meses'], ['gobernador designará', 'designará']], 'amplia')
q('ctp', 'los consejos de planeacion deciden o solo opinan? q dice la constitucion',
  [(C, 'El Consejo tendrá carácter consultivo y servirá de foro')],
  [['consultivo'], ['Sistema Nacional de Planeación', 'foro']], 'amplia')
q('ciudadania', 'pa q sirven las JAL de las comunas y corregimientos',
  [(C, 'Participar en la elaboración de los planes y programas municipales de desarrollo')],
  [['planes y programas'], ['vigilar', 'partidas globales']], 'amplia')
q('ciudadania', 'cuales son los mecanismos de participacion ciudadana q existen?',
  [(C, 'Son mecanismos de participación del pueblo en ejercicio de su soberanía')],
  [['plebiscito'], ['referendo'], ['cabildo abierto'], ['revocatoria']], 'amplia')
# Ley 152
q('funcionario', 'plazos del plan de desarrollo: cuando lo tiene q radicar el alcalde en el concejo y cuanto se demora el concejo?',
  [(L152, 'dentro de los primeros cuatro (4) meses del respectivo período')],
  [['cuatro (4) meses', 'cuatro meses'], ['mes siguiente'], ['decreto']], 'amplia')
q('ctp', 'quien nombra a los consejeros territoriales de planeacion y q sectores tienen q estar',
  [(L152, 'personas que designe el Gobernador o el Alcalde de las ternas')],
  [['ternas'], ['comunitarios', 'sociales']], 'amplia')
# Ley 1757
q('ciudadania', 'si hago control social q cosas puedo hacer, puedo pedir informacion a la alcaldia?',
  [(L1757, 'Solicitar la información pública que se requiera')],
  [['información'], ['acciones populares', 'tutela', 'denuncias']], 'amplia')
q('funcionario', 'mi municipio es de cuarta categoria, toca crear consejo municipal de participacion ciudadana?',
  [(L1757, 'en los municipios de categorías especial, de primera y de segunda')],
  [['especial, de primera y de segunda']], 'amplia')
q('ciudadania', 'q es un presupuesto participativo?',
  [(L1757, 'la orientación de un porcentaje de los ingresos municipales')],
  [['porcentaje de los ingresos'], ['Plan de Desarrollo']], 'amplia')
q('ciudadania', 'desde cuando se puede arrancar una revocatoria contra el alcalde, desde q se posesiona?',
  [(L1757, 'siempre que hayan transcurrido doce (12) meses contados a partir')],
  [['doce (12) meses', '12 meses'], ['un año']], 'amplia')
q('ciudadania', 'cuantos votos se necesitan pa q si tumben al alcalde en la votacion de revocatoria',
  [(L1757, 'siempre que el número de sufragios no sea inferior al cuarenta (40%)')],
  [['mitad más uno'], ['cuarenta (40%)', '40%']], 'puntual')
q('funcionario', 'una veeduria nos pide los informes del interventor de la obra, estamos obligados a darselos?',
  [(L1757, 'deberá rendir mínimo dos informes al grupo de auditoría ciudadana')],
  [['dos informes'], ['interventoría', 'interventor']], 'amplia')
# Ley 1909
q('candidato', 'nuestro partido perdio la alcaldia, como es lo de declararnos en oposicion y hasta cuando hay plazo',
  [(L1909, 'Dentro del mes siguiente al inicio del Gobierno')],
  [['mes siguiente'], ['oposición'], ['independiente']], 'amplia')
q('ciudadania', 'q derechos tiene un partido de oposicion?',
  [(L1909, 'tendrán los siguientes derechos específicos')],
  [['réplica'], ['mesas directivas', 'información']], 'amplia')
q('ciudadania', 'el informe de metas del plan q el alcalde le pasa al concejo, cuando lo presenta y q pasa despues?',
  [(L1909, 'antes de finalizar cada año del período constitucional'),
   (L1909, 'debatido en plenaria dentro de los treinta (30) días siguientes')],
  [['antes de finalizar cada año'], ['treinta (30) días', '30 días']], 'amplia')
# Ley 2200
q('candidato', 'q requisitos piden pa ser gobernador?',
  [(L2200, 'Para ser elegido gobernador se requiere ser ciudadano colombiano en ejercicio')],
  [['ciudadano colombiano en ejercicio', 'ciudadano'], ['año anterior', 'tres (3) años']], 'amplia')
q('ciudadania', 'q hace una asamblea departamental?',
  [(L2200, 'Expedir, interpretar, reformar y derogar las ordenanzas')],
  [['ordenanzas'], ['Contralor', 'presupuesto', 'Mesa Directiva']], 'amplia')
q('funcionario', 'cuanto plazo tiene el gobernador pa objetar una ordenanza',
  [(L2200, 'para devolver con objeciones cualquier proyecto')],
  [['cinco (5) días'], ['diez (10) días'], ['veinte (20) días']], 'puntual')
q('ciudadania', 'los ciudadanos podemos presentar un proyecto de ordenanza a la asamblea?',
  [(L2200, 'el diez por ciento (10%) de los ciudadanos inscritos')],
  [['diez por ciento (10%)', '10%']], 'amplia')
q('funcionario', 'como funciona la mocion de censura en la asamblea contra un secretario',
  [(L2200, 'podrán proponer moción de censura respecto de los secretarios')],
  [['tercera parte'], ['dos terceras partes'], ['separado de su cargo']], 'amplia')
# Ley 136
q('ciudadania', 'pa q sirve el personero municipal',
  [(L136, 'la guarda y promoción de los derechos humanos')],
  [['derechos humanos'], ['interés público', 'conducta']], 'amplia')
q('candidato', 'cuantos concejales elige un pueblo de unos 8 mil habitantes',
  [(L136, 'a diez mil (10.000), elegirán nueve (9)')],
  [['nueve (9)', 'nueve']], 'puntual')
q('funcionario', 'el alcalde objeto un acuerdo por inconveniente y el concejo rechazo las objeciones, ahora q?',
  [(L136, 'rechazare las objeciones por inconveniencia, el Alcalde deberá sancionar')],
  [['sancionar'], ['ocho (8) días', '8 días']], 'amplia')
# Ley 1551
q('funcionario', 'como se saca la categoria de un municipio y quien la define cada año?',
  [(L1551, 'se clasificarán atendiendo su población, ingresos corrientes de libre destinación'),
   (L1551, 'mediante decreto expedido antes del treinta y uno (31) de octubre')],
  [['población'], ['ingresos corrientes de libre destinación'], ['treinta y uno (31) de octubre', '31 de octubre']], 'amplia')
q('ciudadania', 'un municipio de menos de 10 mil habitantes en q categoria queda',
  [(L1551, 'Población igual o inferior a diez mil (10.000)')],
  [['sexta']], 'puntual')
q('funcionario', 'si el municipio se pasa del limite de gastos de funcionamiento le bajan la categoria?',
  [(L1551, 'se reclasificará en la categoría inmediatamente inferior')],
  [['inmediatamente inferior']], 'amplia')
# Ley 617
q('funcionario', 'cual es el tope de gastos de funcionamiento pa un municipio de sexta',
  [(L617, 'Cuarta, quinta y sexta | 80%')],
  [['80%']], 'puntual')
q('funcionario', 'con q plata se pagan los gastos de funcionamiento, puedo meter regalias ahi?',
  [(L617, 'deben financiarse con sus ingresos corrientes de libre destinación')],
  [['ingresos corrientes de libre destinación'], ['regalías']], 'amplia')
q('ciudadania', 'q le pasa a un municipio q no cumple los limites de la ley 617',
  [(L617, 'un programa de saneamiento tendiente a obtener')],
  [['programa de saneamiento'], ['fusión']], 'amplia')
# Ley 715
q('ciudadania', 'como se reparte la plata del SGP entre educacion, salud y lo demas',
  [(L715, 'Un 58.5% corresponderá a la participación para educación')],
  [['58.5%'], ['24.5%'], ['11.6%']], 'amplia')
q('funcionario', 'en un municipio de sexta en q puedo gastar la plata de proposito general',
  [(L715, 'hasta un cuarenta y dos por ciento (42%) de los recursos')],
  [['cuarenta y dos por ciento (42%)', '42%'], ['ocho por ciento (8%)', '8%'], ['seis por ciento (6%)', '6%']], 'amplia')
q('funcionario', 'puedo pagar una sentencia o conciliacion con recursos del SGP?',
  [(L715, 'Está prohibido financiar con recursos del Sistema General de Participaciones')],
  [['prohibido'], ['Fallos judiciales']], 'amplia')
q('candidato', 'q le toca al municipio en vivienda y en lo agropecuario segun la ley 715',
  [(L715, 'Promover y apoyar programas o proyectos de vivienda de interés social')],
  [['vivienda de interés social'], ['asistencia técnica agropecuaria']], 'amplia')
# Ley 388
q('ciudadania', 'en el POT q tipos de suelo hay',
  [(L388, 'en suelo urbano, rural y de expansión urbana')],
  [['urbano'], ['rural'], ['expansión urbana']], 'amplia')
q('ctp', 'q es el consejo consultivo de ordenamiento, es lo mismo q el CTP?',
  [(L388, 'será una instancia asesora de la administración municipal o distrital')],
  [['asesora'], ['treinta mil (30.000)', 'Consejo Territorial de Planeación']], 'amplia')
# Ley 1474
q('ciudadania', 'toda entidad publica tiene q tener oficina de quejas y reclamos?',
  [(L1474, 'una dependencia encargada de recibir, tramitar y resolver las quejas')],
  [['quejas'], ['página web']], 'amplia')
q('funcionario', 'el jefe de control interno de la alcaldia cuanto dura y cada cuanto publica informe',
  [(L1474, 'Este funcionario será designado por un período fijo de cuatro años'),
   (L1474, 'deberá publicar cada seis (6) meses')],
  [['cuatro años'], ['seis (6) meses', 'seis meses']], 'amplia')
q('candidato', 'si una empresa me financia la campaña, despues puede contratar con la alcaldia?',
  [(L1474, 'con aportes superiores al dos por ciento (2.0%) de las sumas máximas')],
  [['dos por ciento (2.0%)', '2.0%'], ['no podrán celebrar contratos']], 'amplia')
# Ley 594
q('funcionario', 'cuando me retire del cargo q hago con los archivos de la oficina, me los llevo?',
  [(L594, 'entregarán los documentos y archivos a su cargo debidamente inventariados')],
  [['inventariados'], ['entregarán']], 'amplia')
# Ley 1712
q('ciudadania', 'me negaron una info diciendo q es reservada, esa reserva dura pa siempre?',
  [(L1712, 'no deberá extenderse por un período mayor a quince (15) años')],
  [['quince (15) años', '15 años']], 'puntual')
q('ciudadania', 'pa pedir informacion publica tiene q ser por escrito o puedo ir y preguntar',
  [(L1712, 'de forma oral o escrita, incluida la vía electrónica')],
  [['oral'], ['escrita']], 'amplia')
# Ley 1454
q('funcionario', 'q es una provincia administrativa y de planificacion y como se arma',
  [(L1454, 'Dos o más municipios geográficamente contiguos de un mismo departamento')],
  [['contiguos'], ['ordenanza']], 'amplia')
q('ciudadania', 'q es una RAP?',
  [(L1454, 'los gobernadores de dos o más departamentos podrán constituir mediante convenio')],
  [['dos o más departamentos'], ['convenio']], 'amplia')
# Ley 134
q('ciudadania', 'q diferencia hay entre un referendo y una consulta popular?',
  [(L134, 'apruebe o rechace un proyecto de norma jurídica'),
   (L134, 'una pregunta de carácter general sobre un asunto de trascendencia')],
  [['norma jurídica'], ['pregunta de carácter general']], 'amplia')
# Ley 741 vs 1757
q('ciudadania', 'lei q pa revocar un alcalde tiene q votar el 55% segun la ley 741, eso sigue asi?',
  [(L1757, 'siempre que el número de sufragios no sea inferior al cuarenta (40%)'),
   (L741, 'cincuenta y cinco por ciento (55%)')],
  [['cuarenta (40%)', '40%']], 'amplia')
# Ley 131
q('candidato', 'el programa de gobierno q inscribo despues donde lo publican?',
  [(L131, 'su publicación en el órgano oficial de la entidad territorial')],
  [['órgano oficial'], ['inscripción']], 'amplia')
# Protocolo
q('funcionario', 'segun el DNP cuales son los momentos de la transicion de gobierno',
  [(P, 'La transición de gobierno, consta de tres momentos claves')],
  [['informe de gestión'], ['rendición de cuentas'], ['empalme']], 'amplia')
q('candidato', 'q recomendo el DNP pa q un programa de gobierno quede bien hecho',
  [(P, 'Debe ser realista y basarse en un análisis objetivo')],
  [['realista'], ['autonomía', 'participación ciudadana']], 'amplia')
q('ciudadania', 'cuantos candidatos se certificaron en el curso yo elijo saber de la esap',
  [(P, 'se certificaron 20.743 candidatos')],
  [['20.743']], 'puntual')
# Guia DNP
q('funcionario', 'como se arma el codigo de un producto del catalogo, cuantos digitos lleva',
  [(G, 'incorporando 3 dígitos adicionales')],
  [['3 dígitos adicionales', '7 dígitos']], 'amplia')
q('funcionario', 'indicador principal vs secundario cual es la diferencia',
  [(G, 'Es un indicador de carácter obligatorio para la medición')],
  [['obligatorio'], ['opcional']], 'amplia')
q('funcionario', 'q es eso de CREMA en los indicadores de producto',
  [(G, 'con los criterios CREMA: Claro, Relevante, Económico, Medible y Adecuado')],
  [['Claro'], ['Relevante'], ['Medible']], 'amplia')

# ---------------- fuera de alcance ----------------
F = [
 ('candidato', 'cuanta plata es lo maximo q puedo gastar en mi campaña al concejo en un municipio de sexta? el tope exacto en pesos'),
 ('candidato', 'como subo los ingresos y gastos de campaña al aplicativo cuentas claras, me pide un usuario q no tengo'),
 ('candidato', 'pa inscribirme a la alcaldia por firmas cuantas firmas tengo q recoger y de cuanto es la poliza'),
 ('ciudadania', 'hasta q fecha puedo inscribir la cedula pa votar en otro municipio en las proximas locales'),
 ('ciudadania', 'a q hora abren y cierran las mesas de votacion el dia de elecciones'),
 ('candidato', 'puedo hacer publicidad de mi candidatura en facebook antes de inscribirme o me multan'),
 ('ciudadania', 'cuanto es el salario minimo pal 2025'),
 ('funcionario', 'cuanto gana un docente del 1278 en grado 2A con maestria'),
 ('ciudadania', 'cuanto le pagan a un patrullero de la policia recien graduado'),
 ('funcionario', 'cual es la asignacion basica de un profesional universitario codigo 219 grado 01 en una alcaldia de sexta este año'),
 ('ciudadania', 'de cuanto fue el presupuesto de medellin aprobado pal 2025'),
 ('ctp', 'cuanta plata de SGP le llego a ipiales el año pasado'),
 ('funcionario', 'en q categoria quedo zipaquira pa este año'),
 ('ciudadania', 'como pago el predial de mi apto en bogota por pse y hasta cuando hay descuento'),
 ('ciudadania', 'q tarifa de ICA le toca pagar a una tienda de barrio en cali'),
 ('ciudadania', 'hasta cuando hay plazo pa pagar el impuesto de la moto en antioquia sin intereses'),
 ('ciudadania', 'como me registro como proveedor en el secop 2 pa venderle cosas a la alcaldia'),
 ('funcionario', 'q porcentaje de retencion en la fuente le descuento a un contratista de prestacion de servicios por honorarios'),
 ('funcionario', 'de cuanto es la minima cuantia este año pa un municipio de sexta, en pesos'),
 ('ciudadania', 'me hicieron la encuesta del sisben y sali en C5, como pido q me vuelvan a encuestar'),
 ('ciudadania', 'q grupo del sisben necesito pa q me den renta ciudadana'),
 ('ciudadania', 'como me postulo pal subsidio de mi casa ya si gano 2 minimos'),
 ('ciudadania', 'cuanto pagan de colombia mayor a los abuelos y q dia sale el pago'),
 ('ciudadania', 'como pongo un denuncio por robo de celular por internet en la pagina de la policia'),
 ('ciudadania', 'me pusieron un comparendo de transito, como lo pago con el descuento del 50%'),
 ('ciudadania', 'como saco cita de medicina general en la nueva eps por whatsapp'),
 ('ciudadania', 'como inscribo a mi hijo en un colegio publico de bogota pal año q viene, q fechas hay'),
 ('ctp', 'q decidio la corte en la sentencia SU-095 de 2018 sobre las consultas populares mineras'),
 ('ciudadania', 'en q va el proceso penal contra el exgobernador de la guajira'),
 ('ciudadania', 'compre un lote con carta venta hace 10 años, como saco las escrituras a mi nombre'),
 ('ciudadania', 'q papeles pide la agencia nacional de tierras pa adjudicarme un baldio en el campo'),
 ('funcionario', 'cuando abre la CNSC la convocatoria pa cargos de carrera en alcaldias de boyaca'),
 ('funcionario', 'como me inscribo en SIMO pa un concurso de meritos y q documentos tengo q cargar'),
 ('funcionario', 'soy contratista de la gobernacion, sobre q valor me toca pagar salud y pension como independiente'),
 ('funcionario', 'me puedo pasar de porvenir a colpensiones si ya tengo 48 años'),
 ('funcionario', 'como me creo usuario en la MGA web pa registrar un proyecto, no me deja entrar'),
 ('funcionario', 'como cargo el plan de desarrollo en el KPT, me sale error al subir el excel'),
 ('funcionario', 'como se diligencia el FUT en el CHIP de la contaduria, cuales formularios son trimestrales'),
 ('ciudadania', 'el dueño del apto q arriendo me quiere sacar sin preaviso, q hago'),
 ('ciudadania', 'mi ex no me pasa la cuota alimentaria del niño, como lo demando'),
 ('ciudadania', 'como funciona la revocatoria del mandato en mexico'),
 ('ctp', 'en ecuador como se aprueba el PDOT de un canton'),
 ('ciudadania', 'cuantos habitantes tiene soacha segun el ultimo censo del dane'),
 ('ciudadania', 'quien es el gobernador del valle ahorita'),
 ('ciudadania', 'q dice el plan de desarrollo de cali 2024-2027 sobre el MIO'),
 ('ciudadania', 'cuantos afiliados minimo se necesitan pa crear una junta de accion comunal en mi vereda'),
 ('ciudadania', 'como saco el certificado de antecedentes de la procuraduria'),
 ('ciudadania', 'cuanto vale el pasaje de transmilenio este año'),
 ('ciudadania', 'cual es el pico y placa en medellin esta semana'),
 ('ciudadania', 'q requisitos pide el icetex pa un credito de posgrado en el exterior'),
]
for p, t in F: fuera(p, t)

escribir('usuarios_ajuste2.jsonl', 'a2')
