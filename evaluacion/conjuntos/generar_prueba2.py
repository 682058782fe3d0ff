"""Genera usuarios_prueba2.jsonl (conjunto de prueba nuevo, ids p2001...): python generar_prueba2.py
Escrito leyendo solo /work/shared/corpus/ (normas, protocolo y guia DNP en PDF extraida con pypdf).
Cada aguja es literal del archivo fuente; los hechos usan la redaccion de la fuente y la regla vigente
cuando una ley posterior del corpus cambio otra (revocatoria y cabildo: Ley 1757; periodos y faltas
absolutas de alcaldes: Constitucion; sesiones extraordinarias de asambleas: Ley 2200; categorias: Ley 136
consolidada con la Ley 1551)."""
from _generador import conv, escribir, fuera, q

C='CONSTITUCION-1991.md'; L131='LEY-131-1994.md'; L134='LEY-134-1994.md'; L136='LEY-136-1994.md'
L1454='LEY-1454-2011.md'; L1474='LEY-1474-2011.md'; L152='LEY-152-1994.md'; L1551='LEY-1551-2012.md'
L1712='LEY-1712-2014.md'; L1757='LEY-1757-2015.md'; L1909='LEY-1909-2018.md'; L2200='LEY-2200-2022.md'
L388='LEY-388-1997.md'; L594='LEY-594-2000.md'; L617='LEY-617-2000.md'; L715='LEY-715-2001.md'
L741='LEY-741-2002.md'; L951='LEY-951-2005.md'; P='protocolo_juntos_por_el_territorio.txt'
G='DNP-guia-orientadora-definicion-productos-2024.pdf'

# ---------------- conversaciones (3 turnos) ----------------
conv('p2c01', [
 ('ciudadania', 'en el pueblo queremos q la gente vote si deja entrar o no una empresa minera, como arrancamos a promover una consulta popular nosotros mismos?',
  [(L1757, 'su inscripción como promotor de un referendo'),
   (L1757, 'solicitar una consulta popular de origen ciudadano en las entidades territoriales')],
  [['Registraduría'], ['promotor'], ['diez por ciento (10%)', '10%']], 'amplia'),
 ('ciudadania', 'y despues de inscritos cuanto tiempo hay pa juntar las firmas?',
  [(L1757, 'estos contarán con seis meses para la recolección de las firmas')],
  [['seis meses']], None),
 ('ciudadania', 'y si al final gana el si, eso es obligatorio o el alcalde hace lo q quiera?',
  [(L1757, 'En la Consulta popular que la pregunta sometida al pueblo'),
   (L1757, 'Cuando el pueblo haya adoptado una decisión obligatoria en una consulta popular')],
  [['tercera parte'], ['mitad más uno'], ['obligatoria']], None),
])
conv('p2c02', [
 ('funcionario', 'me acaban de posesionar como secretario de obras y el anterior me dejo el acta de informe de gestion, cuanto tiempo tengo pa revisarla?',
  [(L951, 'por el servidor público entrante en un término de treinta (30) días')],
  [['treinta (30) días', '30 días']], 'puntual'),
 ('funcionario', 'y si al revisar veo q faltan cosas o hay plata q no cuadra q hago?',
  [(L951, 'deberá hacerlas del conocimiento del órgano de control')],
  [['órgano de control'], ['treinta (30) días calendario', '30 días calendario']], None),
 ('funcionario', 'otra cosa: las carpetas y archivos de la secretaria, el q se fue me los tenia q dejar inventariados por ley?',
  [(L594, 'entregarán los documentos y archivos a su cargo debidamente inventariados')],
  [['inventariados'], ['Archivo General de la Nación']], None),
])
conv('p2c03', [
 ('ctp', 'al consejo territorial de planeacion nos mandaron el proyecto de POT, en cuanto tiempo hay q devolver el concepto?',
  [(L388, 'formular recomendaciones dentro de los treinta (30) días hábiles')],
  [['treinta (30) días hábiles', '30 días hábiles']], 'puntual'),
 ('ctp', 'y antes de llegarnos a nosotros quien mas lo tenia q revisar?',
  [(L388, 'se someterá a consideración de la Corporación Autónoma Regional')],
  [['Corporación Autónoma Regional'], ['cuarenta y cinco (45) días', '45 días'], ['Junta Metropolitana']], None),
 ('ctp', 'y ya con nuestro concepto, cuando lo tiene q llevar el alcalde al concejo?',
  [(L388, 'dentro de los treinta (30) días siguientes al recibo del concepto')],
  [['treinta (30) días', '30 días']], None),
])
conv('p2c04', [
 ('candidato', 'si pierdo la alcaldia, mi partido se puede declarar en oposicion al q gano? hay un plazo pa eso?',
  [(L1909, 'Dentro del mes siguiente al inicio del Gobierno')],
  [['mes siguiente'], ['oposición'], ['independiente']], 'amplia'),
 ('candidato', 'y como oposicion q derechos tendriamos los concejales del partido?',
  [(L1909, 'tendrán los siguientes derechos específicos')],
  [['réplica'], ['acceso a la información'], ['mesas directivas']], None),
 ('candidato', 'y si pedimos documentos a la alcaldia y no nos los dan, a quien acudimos?',
  [(L1909, 'tendrán una acción de carácter especial ante la Autoridad Electoral'),
   (L1909, 'dentro de los cinco (5) días siguientes a la presentación')],
  [['Autoridad Electoral'], ['cinco (5) días', '5 días', 'cinco días']], None),
])
conv('p2c05', [
 ('funcionario', 'somos municipio de sexta, de la plata de proposito general del SGP cuanto podemos gastar libremente?',
  [(L715, 'podrán destinar libremente, para inversión u otros gastos inherentes')],
  [['cuarenta y dos por ciento (42%)', '42%']], 'puntual'),
 ('funcionario', 'y de lo q queda cuanto hay q dejar pa deporte y pa cultura?',
  [(L715, 'destinará El ocho por ciento (8%) para deporte')],
  [['ocho por ciento (8%)', '8%'], ['seis por ciento (6%)', '6%']], None),
 ('funcionario', 'y al q desvie o demore esa plata del sistema general de participaciones q le pasa?',
  [(L715, 'Incurren en falta disciplinaria gravísima los servidores públicos que desvíen')],
  [['falta disciplinaria gravísima']], None),
])
conv('p2c06', [
 ('ciudadania', 'quiero saber en q se gastaron la plata del parque, pa pedir esa info a la alcaldia toca hacer carta o puedo ir y preguntar?',
  [(L1712, 'de forma oral o escrita, incluida la vía electrónica')],
  [['oral o escrita']], 'puntual'),
 ('ciudadania', 'y si me dicen q es reservada y no me la dan, ellos tienen q probar algo?',
  [(L1712, 'Le corresponde al sujeto obligado aportar las razones y pruebas')],
  [['sujeto obligado'], ['razones y pruebas']], None),
 ('ciudadania', 'y si despues de q la pido la desaparecen o la botan?',
  [(L1712, 'Todo acto de ocultamiento, destrucción o alteración deliberada')],
  [['Código Penal']], None),
])
conv('p2c07', [
 ('funcionario', 'me van a nombrar jefe de control interno de la gobernacion, quien me nombra y por cuanto tiempo es el periodo?',
  [(L1474, 'será designado por un período fijo de cuatro años')],
  [['cuatro años'], ['mitad del respectivo período', 'en la mitad'], ['máxima autoridad administrativa', 'alcalde o gobernador']], 'amplia'),
 ('funcionario', 'y cada cuanto tengo q sacar el informe del estado del control interno?',
  [(L1474, 'deberá publicar cada seis (6) meses, en el sitio web')],
  [['seis (6) meses', '6 meses', 'seis meses'], ['falta disciplinaria grave']], None),
 ('funcionario', 'y con la oficina de quejas y reclamos de la entidad yo q tengo q ver?',
  [(L1474, 'La oficina de control interno deberá vigilar que la atención se preste')],
  [['informe semestral']], None),
])
conv('p2c08', [
 ('ciudadania', 'pa un cabildo abierto queremos q el alcalde nos conteste unas preguntas sobre el acueducto, como se hace eso?',
  [(L1757, 'deberá adjuntar a las firmas el cuestionario que formulará al funcionario')],
  [['cuestionario'], ['cinco (5) días', '5 días', 'cinco días']], 'amplia'),
 ('ciudadania', 'y los vecinos q quieran hablar ese dia cuantos dias antes se tienen q apuntar?',
  [(L1757, 'quienes se inscriban a más tardar tres (3) días antes')],
  [['tres (3) días', '3 días', 'tres días'], ['resumen escrito']], None),
 ('ciudadania', 'y ya hecho el cabildo cuando nos dan las respuestas?',
  [(L1757, 'Una semana después de la realización del cabildo')],
  [['una semana'], ['respuestas razonadas']], None),
])
conv('p2c09', [
 ('funcionario', 'estoy armando la parte de productos del plan de desarrollo, como se escribe el nombre de un producto cuando es un servicio?',
  [(G, 'Siempre inician con la palabra servicio y su complemento')],
  [['palabra servicio'], ['complemento']], 'puntual'),
 ('funcionario', 'y la descripcion del producto con q palabra debe empezar?',
  [(G, 'debe iniciar por las palabras corresponde o incluye')],
  [['corresponde o incluye']], None),
 ('funcionario', 'y si el indicador principal q trae el catalogo no me sirve lo puedo cambiar?',
  [(G, 'existente en el catálogo no se puede modificar')],
  [['no se puede modificar'], ['indicadores secundarios']], None),
])
conv('p2c10', [
 ('candidato', 'pa lanzarme a alcalde cuanto tiempo tengo q haber vivido en el municipio? naci en otro lado',
  [(L136, 'durante un (1) año anterior a la fecha de la inscripción')],
  [['un (1) año', '1 año', 'un año'], ['tres (3) años', '3 años', 'tres años']], 'puntual'),
 ('candidato', 'y yo fui secretario de gobierno de ese mismo municipio hasta hace 7 meses, eso me afecta?',
  [(L136, 'militar, en el respectivo municipio, o quien como empleado público')],
  [['doce (12) meses', '12 meses']], None),
 ('candidato', 'cambiando de tema, un departamento con menos de 300 mil habitantes cuantos diputados elige en la asamblea?',
  [(L2200, 'tendrán asambleas de 11 diputados')],
  [['11 diputados', 'once (11)']], None),
])

# ---------------- preguntas sueltas: candidatos ----------------
q('candidato', 'el programa de gobierno q uno presenta cuando se inscribe, despues lo publican en algun lado o solo queda en la registraduria?',
  [(L131, 'posteriormente su publicación en el órgano oficial de la entidad territorial')],
  [['órgano oficial'], ['inscripción']], 'amplia')
q('candidato', 'si gano la alcaldia y el plan de desarrollo del anterior sigue vigente, lo puedo cambiar pa meterle lo de mi programa?',
  [(L131, 'propondrán ante sus respectivos concejos municipales en las sesiones ordinarias siguientes')],
  [['sesiones ordinarias siguientes'], ['modificaciones, adiciones o supresiones'], ['programa']], 'amplia')
q('candidato', 'si salgo elegido hay alguna capacitacion pa alcaldes nuevos antes de posesionarse?',
  [(L617, 'adelantarán un programa de capacitación en administración pública')],
  [['Esap', 'Escuela Superior de Administración Pública'], ['elección y posesión']], 'amplia')
q('candidato', 'si gano, me toca cumplir si o si lo q puse en el programa o es solo pa la campaña?',
  [(C, 'imponen por mandato al elegido el programa que presentó')],
  [['mandato'], ['voto programático']], 'amplia')
q('candidato', 'q recomendaciones da el DNP pa q un programa de gobierno quede bien hecho?',
  [(P, 'Debe ser realista y basarse en un análisis objetivo de la situación')],
  [['realista'], ['viable técnica y financieramente'], ['participación ciudadana']], 'amplia')
q('candidato', 'el programa de gobierno ya no sirve pa nada despues de q se aprueba el plan de desarrollo?',
  [(P, 'sino que, a lo largo de la gestión, este instrumento')],
  [['monitorear'], ['informe de gestión']], 'amplia')
q('candidato', 'gane las elecciones, la alcaldia de ahora me tiene q dar informacion pa ir armando el plan antes de posesionarme?',
  [(L152, 'le prestarán a los candidatos electos y a las personas')],
  [['apoyo administrativo, técnico y de información'], ['programa de gobierno']], 'amplia')
q('candidato', 'q tengo q cumplir pa ser candidato al concejo, toca haber nacido en el municipio?',
  [(L136, 'haber nacido o ser residente del respectivo municipio')],
  [['seis (6) meses', '6 meses', 'seis meses'], ['tres (3) años', '3 años', 'tres años']], 'amplia')
q('candidato', 'mi hermano es el secretario de hacienda del municipio, eso me tumba la aspiracion a la alcaldia?',
  [(L136, 'Quien tenga vínculos por matrimonio, o unión permanente, o de parentesco')],
  [['segundo grado de consanguinidad'], ['doce (12) meses', '12 meses']], 'amplia')
q('candidato', 'una empresa q me aporte bastante plata a la campaña despues puede contratar con la alcaldia si gano?',
  [(L1474, 'Las personas naturales o jurídicas que hayan financiado campañas políticas')],
  [['dos por ciento', '2.0%'], ['todo el período']], 'amplia')
q('candidato', 'mi partido se declaro independiente, el alcalde me puede nombrar de secretario?',
  [(L1909, 'mientras se mantenga la declaración de independencia')],
  [['doce (12) meses', '12 meses'], ['candidatos']], 'amplia')
q('candidato', 'el año pasado fui contratista de la gobernacion, puedo ser candidato a gobernador?',
  [(L2200, 'Quien haya celebrado en los 12 meses anteriores a la elección')],
  [['12 meses'], ['contrato']], 'amplia')
q('candidato', 'lei q el alcalde dura 3 años en el cargo, eso sigue asi o ya cambio?',
  [(C, 'será elegido popularmente para períodos institucionales de cuatro (4) años')],
  [['cuatro (4) años', '4 años', 'cuatro años'], ['no podrá ser reelegido']], 'puntual')
q('candidato', 'si quedo de concejal paso a ser empleado publico del municipio?',
  [(C, 'Los concejales no tendrán la calidad de empleados públicos')],
  [['no tendrán la calidad de empleados públicos']], 'puntual')
q('candidato', 'en un municipio de 8 mil habitantes cuantos concejales se eligen?',
  [(L136, 'de cinco mil uno (5.001) a diez mil (10.000), elegirán nueve (9)')],
  [['nueve (9)', 'nueve', '9']], 'puntual')
q('candidato', 'el concejo de un municipio de quinta categoria en q meses sesiona?',
  [(L136, 'máximo una vez (1) por día así: febrero, mayo, agosto y noviembre')],
  [['febrero, mayo, agosto y noviembre']], 'puntual')
q('candidato', 'los partidos tambien tienen q cumplir con la ley de transparencia y acceso a la informacion?',
  [(L1712, 'Los partidos o movimientos políticos y los grupos significativos de ciudadanos')],
  [['partidos o movimientos políticos']], 'puntual')

# ---------------- preguntas sueltas: funcionarios ----------------
q('funcionario', 'me toca coordinar la transicion de gobierno en la alcaldia, por q etapas pasa eso segun el DNP?',
  [(P, 'La transición de gobierno, consta de tres momentos claves')],
  [['informe de gestión'], ['rendición de cuentas'], ['empalme']], 'amplia')
q('funcionario', 'q tiene q contar el informe resumido de gestion q va con el acta de entrega?',
  [(L951, 'deberá contener una descripción resumida de la situación del Despacho')],
  [['fecha de inicio'], ['asuntos que se encuentran en proceso'], ['fecha de retiro']], 'amplia')
q('funcionario', 'el secretario q salia se enfermo y no pudo hacer el acta de entrega, quien la hace entonces?',
  [(L951, 'el servidor público de jerarquía inmediata inferior')],
  [['jerarquía inmediata inferior'], ['dos (2) testigos', '2 testigos', 'dos testigos'], ['control interno']], 'amplia')
q('funcionario', 'si el concejo no aprueba el plan de desarrollo q pasa, se queda el municipio sin plan?',
  [(L152, 'deberá decidir sobre los Planes dentro del mes siguiente a su presentación')],
  [['mes siguiente'], ['decreto']], 'amplia')
q('funcionario', 'q es eso del programa de transparencia y etica publica y cuanto plazo tiene un municipio pa tenerlo?',
  [(L1474, 'deberá implementar Programas de Transparencia y Ética Pública')],
  [['riesgo de corrupción'], ['dos (2) años', '2 años', 'dos años']], 'amplia')
q('funcionario', 'q etapas tiene q tener el proceso de rendicion de cuentas de la alcaldia?',
  [(L1757, 'El manual único de que trata el artículo 51')],
  [['Aprestamiento'], ['Publicación de información'], ['Convocatoria y evento'], ['Seguimiento']], 'amplia')
q('funcionario', 'q es una tabla de retencion documental y estamos obligados a tenerla en la alcaldia?',
  [(L594, 'Listado de series con sus correspondientes tipos documentales'),
   (L594, 'Será obligatorio para las entidades del Estado elaborar y adoptar')],
  [['listado de series'], ['obligatorio']], 'amplia')
q('funcionario', 'q informacion tiene q estar si o si publicada en la pagina web de la alcaldia?',
  [(L1712, 'deberá publicar la siguiente información mínima obligatoria de manera proactiva')],
  [['presupuesto'], ['directorio'], ['plan de compras']], 'amplia')
q('funcionario', 'si el municipio se pasa de los limites de gasto de funcionamiento q consecuencias tiene?',
  [(L617, 'adelantará, durante una vigencia fiscal, un programa de saneamiento')],
  [['programa de saneamiento'], ['plan de ajuste'], ['fusión']], 'amplia')
q('funcionario', 'puedo pagar una sentencia judicial contra el municipio con recursos del SGP?',
  [(L715, 'Está prohibido financiar con recursos del Sistema General de Participaciones')],
  [['Fallos judiciales'], ['recursos propios de libre destinación']], 'amplia')
q('funcionario', 'un juzgado ordeno embargar cuentas del municipio, pueden embargar la plata del SGP?',
  [(L1551, 'La medida cautelar del embargo no aplicará sobre los recursos'),
   (L715, 'estos recursos no pueden ser sujetos de embargo')],
  [['no aplicará', 'no pueden ser sujetos de embargo']], 'amplia')
q('funcionario', 'q es un producto en el plan de desarrollo segun el DNP? no entiendo la diferencia con un proyecto',
  [(G, 'el bien y/o servicio que es provisto por el proyecto')],
  [['bien y/o servicio'], ['insumos'], ['actividades']], 'amplia')
q('funcionario', 'en el plan puse como producto "ninos y ninas con alimentacion escolar" y me lo devolvieron, como deberia escribirlo?',
  [(G, 'Porque el Estado no genera entre sus proyectos')],
  [['Servicio de apoyo'], ['cobertura educativa']], 'amplia')
q('funcionario', 'varios municipios vecinos queremos juntarnos pa hacer un relleno sanitario, la ley lo permite? como?',
  [(L1454, 'Dos o más municipios de un mismo departamento o de varios')],
  [['convenio o contrato-plan'], ['concejos municipales']], 'amplia')
q('funcionario', 'hasta q fecha tiene el alcalde pa sacar el decreto de la categoria del municipio y si no lo saca q pasa?',
  [(L136, 'mediante decreto expedido antes del treinta y uno (31) de octubre')],
  [['treinta y uno (31) de octubre', '31 de octubre'], ['Contador General de la Nación']], 'puntual')
q('funcionario', 'cuanto es el maximo q un municipio de cuarta categoria puede gastar en funcionamiento?',
  [(L617, 'los gastos de funcionamiento de los distritos y municipios no podrán superar')],
  [['80%'], ['ingresos corrientes de libre destinación']], 'puntual')
q('funcionario', 'como se reparte el sistema general de participaciones entre los sectores, cuanto va pa educacion y salud?',
  [(L715, 'Un 58.5% corresponderá a la participación para educación')],
  [['58.5%'], ['24.5%']], 'puntual')
q('funcionario', 'mi municipio tiene 45 mil habitantes, nos toca POT, PBOT o esquema de ordenamiento?',
  [(L388, 'municipios con población entre 30.000 y 100.000 habitantes')],
  [['Planes básicos de ordenamiento', 'Plan Básico de Ordenamiento', 'PBOT']], 'puntual')
q('funcionario', 'me citaron a debate de control politico en la asamblea, en cuantos dias tengo q mandar las respuestas al cuestionario?',
  [(L2200, 'Dentro de los cinco (5) días siguientes al recibo de la citación')],
  [['cinco (5) días', '5 días', 'cinco días'], ['Secretaría General']], 'puntual')
q('funcionario', 'cuanto tiempo de sesiones extras puede convocar el gobernador a la asamblea en el año? lei q eran 2 meses',
  [(L2200, 'Podrán sesionar durante tres (3) meses al año de forma extraordinaria')],
  [['tres (3) meses', '3 meses', 'tres meses']], 'puntual')
q('funcionario', 'soy concejala, puedo pedir licencia sin sueldo por un tiempo? me reemplazan?',
  [(L1551, 'en ningún caso podrá ser inferior a tres (3) meses')],
  [['tres (3) meses', '3 meses', 'tres meses'], ['no podrá ser reemplazado', 'reemplazado']], 'puntual')

# ---------------- preguntas sueltas: consejos territoriales de planeacion ----------------
q('ctp', 'q sectores tienen q estar representados como minimo en un CTP?',
  [(L152, 'Dichos Consejos, como mínimo, deberán estar integrados por representantes')],
  [['económicos'], ['ecológicos'], ['comunitarios']], 'amplia')
q('ctp', 'cuales son las funciones del consejo territorial de planeacion, solo dar el concepto del plan?',
  [(L152, 'las mismas definidas para el Consejo Nacional, en cuanto sean compatibles'),
   (L152, 'Analizar y discutir el proyecto del Plan Nacional de Desarrollo')],
  [['Consejo Nacional'], ['Analizar y discutir'], ['recomendaciones']], 'amplia')
q('ctp', 'el concepto q da el CTP es obligatorio pal alcalde o es solo una opinion?',
  [(C, 'El Consejo tendrá carácter consultivo y servirá de foro')],
  [['consultivo'], ['consejos de planeación']], 'amplia')
q('ctp', 'q principios de la planeacion podemos usar pa evaluar el plan en el concepto?',
  [(L152, 'Los principios generales que rigen las actuaciones de las autoridades')],
  [['Autonomía'], ['Coordinación'], ['Consistencia']], 'amplia')
q('ctp', 'q componentes debe tener un plan de ordenamiento territorial?',
  [(L388, 'Los planes de ordenamiento territorial deberán contemplar tres componentes')],
  [['general'], ['urbano'], ['rural']], 'amplia')
q('ctp', 'q relacion hay entre el POT y el plan de desarrollo del municipio?',
  [(L388, 'define a largo y mediano plazo un modelo de ocupación del territorio')],
  [['modelo de ocupación'], ['largo y mediano plazo']], 'amplia')
q('ctp', 'q sectores o temas le corresponden al municipio ademas de salud y educacion segun la ley 715?',
  [(L715, 'corresponde a los Municipios, directa o indirectamente, con recursos propios')],
  [['servicios públicos'], ['vivienda'], ['agropecuario']], 'amplia')
q('ctp', 'q significa el ordenamiento territorial segun la ley organica, pa explicarlo en una reunion?',
  [(L1454, 'El ordenamiento territorial es un instrumento de planificación y de gestión')],
  [['instrumento de planificación y de gestión'], ['construcción colectiva']], 'amplia')
q('ctp', 'en ordenamiento del territorio q le toca al municipio segun la LOOT?',
  [(L1454, 'Formular y adoptar los planes de ordenamiento del territorio')],
  [['usos del suelo'], ['planes de ordenamiento']], 'amplia')
q('ctp', 'los departamentos tambien hacen planes de ordenamiento? q definen?',
  [(L2200, 'los departamentos expedirán planes de ordenamiento departamental')],
  [['visión a largo plazo'], ['modelo de ordenamiento territorial']], 'amplia')
q('ctp', 'q criterios deben cumplir los indicadores de producto del plan? escuche algo de CREMA',
  [(G, 'con los criterios CREMA: Claro, Relevante, Económico, Medible y Adecuado')],
  [['Claro'], ['Relevante'], ['Medible']], 'amplia')
q('ctp', 'a quienes estaba dirigida la estrategia juntos por el territorio, los consejos de planeacion estaban?',
  [(P, 'Los grupos de valor que se han beneficiado de la Estrategia')],
  [['Consejos Territoriales de Planeación'], ['Jefes de control interno'], ['Candidatos']], 'amplia')
q('ctp', 'quien escoge a los miembros del consejo territorial de planeacion del municipio?',
  [(L152, 'las personas que designe el Gobernador o el Alcalde de las ternas')],
  [['ternas'], ['Alcalde']], 'puntual')
q('ctp', 'la alcaldia esta obligada a darnos apoyo pa funcionar como CTP, sitio de reunion, papeleria y eso?',
  [(L152, 'prestará al respectivo Consejo, el apoyo administrativo y logístico')],
  [['apoyo administrativo y logístico'], ['dependencia de planeación', 'planeación']], 'puntual')
q('ctp', 'q plazo tiene el alcalde pa entregarnos el plan de desarrollo consolidado al CTP?',
  [(L152, 'a más tardar dentro de los dos (2) meses siguientes')],
  [['dos (2) meses', '2 meses', 'dos meses']], 'puntual')
q('ctp', 'hay algun consejo asesor del POT aparte del CTP? en q municipios es obligatorio?',
  [(L388, 'El Consejo Consultivo de Ordenamiento será una instancia asesora')],
  [['Consejo Consultivo de Ordenamiento'], ['treinta mil (30.000)', '30.000']], 'puntual')

# ---------------- preguntas sueltas: ciudadania ----------------
q('ciudadania', 'cual es la diferencia entre un referendo y una consulta popular? siempre los confundo',
  [(L134, 'Es la convocatoria que se hace al pueblo para que apruebe'),
   (L134, 'una pregunta de carácter general sobre un asunto de trascendencia')],
  [['apruebe o rechace', 'rechaza'], ['pregunta de carácter general', 'pregunta']], 'amplia')
q('ciudadania', 'con unos vecinos queremos vigilar la obra del polideportivo, podemos armar una veeduria?',
  [(L134, 'Las organizaciones civiles podrán constituir veedurías ciudadanas o juntas de vigilancia')],
  [['veedurías ciudadanas'], ['vigilar la gestión pública']], 'amplia')
q('ciudadania', 'si revocan al alcalde quien queda mandando y cuando hay nuevas elecciones?',
  [(L1757, 'se convocará a elecciones para escoger al sucesor')],
  [['2 meses', 'dos meses'], ['encargado']], 'amplia')
q('ciudadania', 'q cambio la ley 741 de 2002 en la revocatoria del mandato?',
  [(L741, 'en número no inferior al 40% del total de votos')],
  [['40%'], ['cincuenta y cinco por ciento (55%)', '55%'], ['un año']], 'amplia')
q('ciudadania', 'en mi vereda hay una mina grande, existe algun espacio pa sentarnos a dialogar la comunidad, la alcaldia y la empresa?',
  [(L1757, 'se podrán crear a nivel municipal Alianzas para la Prosperidad')],
  [['Alianzas para la Prosperidad'], ['consulta previa']], 'amplia')
q('ciudadania', 'cuales son los mecanismos de participacion q reconoce la constitucion?',
  [(C, 'Son mecanismos de participación del pueblo en ejercicio de su soberanía')],
  [['plebiscito'], ['cabildo abierto'], ['revocatoria del mandato']], 'amplia')
q('ciudadania', 'si el alcalde se muere o renuncia a mitad del periodo q pasa, hay elecciones?',
  [(C, 'se elegirá alcalde para el tiempo que reste')],
  [['dieciocho (18) meses', '18 meses'], ['gobernador designa']], 'amplia')
q('ciudadania', 'como se saca a un secretario de la gobernacion q no cumple? la asamblea puede?',
  [(L2200, 'podrán proponer moción de censura respecto de los secretarios')],
  [['moción de censura'], ['tercera parte'], ['dos terceras partes']], 'amplia')
q('ciudadania', 'el alcalde tiene q reunirse con la comunidad pa contar como va su gestion o no?',
  [(L136, 'Convocar por lo menos dos veces al año a ediles')],
  [['dos veces al año'], ['veedurías ciudadanas']], 'amplia')
q('ciudadania', 'puedo opinar sobre un proyecto de acuerdo q esta estudiando el concejo? como?',
  [(L136, 'podrá presentar observaciones sobre cualquier proyecto de acuerdo')],
  [['observaciones'], ['por escrito'], ['inscribirse']], 'amplia')
q('ciudadania', 'la junta de accion comunal puede hacer obras con la alcaldia sin licitacion?',
  [(L1551, 'celebrar directamente convenios solidarios con las juntas de acción comunal')],
  [['mínima cuantía'], ['habitantes de la comunidad']], 'amplia')
q('ciudadania', 'me da miedo pedir informacion sobre unos contratos con mi nombre, hay forma de pedirla sin q sepan quien soy?',
  [(L1712, 'el procedimiento especial de solicitud con identificación reservada')],
  [['identificación reservada'], ['Ministerio Público']], 'amplia')
q('ciudadania', 'el alcalde puede poner su cara y su nombre en la publicidad de las obras de la alcaldia?',
  [(L1474, 'Se prohíbe el uso de publicidad oficial')],
  [['promoción de servidores públicos', 'prohíbe'], ['imagen']], 'amplia')
q('ciudadania', 'la gente puede participar en la elaboracion del POT? como?',
  [(L388, 'podrán designar representantes para que transmitan y pongan a consideración')],
  [['organizaciones cívicas'], ['representantes'], ['veeduría ciudadana']], 'amplia')
q('ciudadania', 'el alcalde tiene q contarle al concejo cada año como va el plan de desarrollo?',
  [(L152, 'presentará informe anual de la ejecución de los planes'),
   (L1909, 'un informe de cumplimiento de metas del Plan de Desarrollo')],
  [['informe anual', 'informe de cumplimiento de metas'], ['treinta (30) días', '30 días']], 'amplia')
q('ciudadania', 'puedo pedir copia de documentos del archivo municipal aunque no sean mios?',
  [(L594, 'Todas las personas tienen derecho a consultar los documentos de archivos públicos')],
  [['copia'], ['reservado']], 'amplia')
q('ciudadania', 'lei q pa sacar al alcalde hay q juntar firmas del 40% de los votos q saco, todavia es asi?',
  [(L1757, 'Para presentar una revocatoria de mandato se requiere del apoyo')],
  [['treinta por ciento (30%)', '30%']], 'puntual')
q('ciudadania', 'el alcalde se posesiono hace 8 meses y ya queremos revocarlo, se puede?',
  [(L1757, 'siempre que hayan transcurrido doce (12) meses contados')],
  [['doce (12) meses', '12 meses'], ['menos de un año']], 'puntual')
q('ciudadania', 'se puede hacer una consulta popular en el municipio pa q bajen los impuestos?',
  [(L1757, 'Presupuestales, fiscales o tributarias')],
  [['tributarias']], 'puntual')
q('ciudadania', 'el interventor de la obra tiene q rendirle informes a los ciudadanos q hacemos auditoria? cuantos?',
  [(L1757, 'deberá rendir mínimo dos informes al grupo de auditoría ciudadana')],
  [['dos informes']], 'puntual')
q('ciudadania', 'me pueden cobrar por darme copias de la informacion publica q pido?',
  [(L1712, 'deberá ser gratuita o sujeta a un costo')],
  [['gratuita'], ['reproducción']], 'puntual')
q('ciudadania', 'q es la plusvalia q cobra el municipio y de cuanto es?',
  [(L388, 'podrá oscilar entre el treinta (30%) y el cincuenta por ciento (50%)')],
  [['treinta (30%)', '30%'], ['cincuenta por ciento (50%)', '50%']], 'puntual')
q('ciudadania', 'en el departamento hay alguna comision donde se junten procuraduria, contraloria y fiscalia contra la corrupcion?',
  [(L1474, 'Cada departamento instalará una Comisión Regional de Moralización')],
  [['Comisión Regional de Moralización'], ['mensualmente']], 'puntual')

# ---------------- fuera de alcance (casi aciertos) ----------------
F = [
 ('candidato', 'en q fecha exacta son las elecciones de alcaldes y gobernadores de 2027 y hasta cuando hay plazo pa inscribir la candidatura'),
 ('candidato', 'si saco buena votacion cuanta plata me reponen por cada voto en la campaña a la alcaldia'),
 ('candidato', 'en q banco abro la cuenta unica de la campaña y q papeles me piden'),
 ('candidato', 'cuantos testigos electorales puedo acreditar por mesa y como los inscribo'),
 ('candidato', 'cuantas vallas de campaña puedo poner en el municipio y de q tamaño'),
 ('candidato', 'puedo pagar pauta en facebook pa mi campaña al concejo y desde q fecha se permite'),
 ('candidato', 'en q quedo la demanda de nulidad electoral contra la eleccion del alcalde de Soledad'),
 ('funcionario', 'cuanto gana un profesional universitario grado 01 en una alcaldia de cuarta categoria este año'),
 ('funcionario', 'cual es la tarifa del impuesto predial q cobra Zipaquira a los lotes urbanos sin construir'),
 ('funcionario', 'q porcentaje de retencion en la fuente le aplico a los honorarios de un contratista persona natural'),
 ('funcionario', 'cuanta plata le giraron a Tumaco del SGP de agua potable en 2024'),
 ('funcionario', 'como registro un proyecto en el SUIFP territorial, me pide un usuario y no se cual'),
 ('funcionario', 'como se diligencia el FURAG pa medir el avance del MIPG en control interno'),
 ('funcionario', 'como cargo la rendicion de la cuenta en el SIRECI y cuales son las fechas de reporte'),
 ('funcionario', 'q puntaje saco mi municipio en la medicion de desempeño municipal del DNP el año pasado'),
 ('funcionario', 'cuanto es la prima tecnica de un asesor del despacho del gobernador'),
 ('funcionario', 'cual fue el IPC de 2024 pa reajustar los contratos de arrendamiento de la alcaldia'),
 ('ctp', 'cuanto le pagan a un consejero territorial de planeacion por cada sesion a la q asiste'),
 ('ctp', 'q resolvio la corte constitucional en la sentencia C-524 de 2003 sobre los consejos de planeacion'),
 ('ctp', 'cual es la tasa de desempleo de Monteria segun el DANE pa ponerla en el diagnostico del concepto'),
 ('ctp', 'q recomendaciones le hizo el consejo nacional de planeacion al plan nacional de desarrollo 2022-2026'),
 ('ciudadania', 'me llego carisimo el recibo del agua, ante quien pongo el reclamo y en cuantos dias me tienen q contestar'),
 ('ciudadania', 'cuanto cuesta sacar el duplicado de la cedula y cuanto se demora la registraduria'),
 ('ciudadania', 'quien gano la alcaldia de Pasto en 2023 y con cuantos votos'),
 ('ciudadania', 'cuanto vale el semestre en la universidad de antioquia pa estrato 1'),
 ('ciudadania', 'como saco cita pa la vacuna del papiloma de mi hija en el hospital del pueblo'),
 ('ciudadania', 'cuantos votos saco el si en la consulta popular anticorrupcion de 2018'),
 ('ciudadania', 'en q va la revocatoria del alcalde de Ibague, la registraduria ya valido las firmas?'),
 ('ciudadania', 'como pongo una queja en la superintendencia de industria y comercio por una nevera q salio mala'),
 ('ciudadania', 'como tramito el subsidio de desempleo en la caja de compensacion'),
]
for p, t in F: fuera(p, t)

escribir('usuarios_prueba2.jsonl', 'p2')
