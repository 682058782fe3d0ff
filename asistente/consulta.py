"""De la pregunta tal como se escribe a lo que se busca.

Corrige escritura coloquial, expande siglas del sector, detecta si se nombra una ley
("según la Ley 152…", "en la 951") y, si la pregunta es un seguimiento ("¿y en cuánto
tiempo?"), le suma el turno anterior de la conversación.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from indexacion.texto import palabras, plegar, terminos

SIGLAS = {
    "ctp": "Consejo Territorial de Planeación",
    "cnp": "Consejo Nacional de Planeación",
    "pdt": "plan de desarrollo territorial",
    "pd": "plan de desarrollo",
    "pg": "programa de gobierno",
    "pnd": "Plan Nacional de Desarrollo",
    "pot": "plan de ordenamiento territorial",
    "eot": "esquema de ordenamiento territorial",
    "sgp": "Sistema General de Participaciones",
    "sgr": "Sistema General de Regalías",
    "dnp": "Departamento Nacional de Planeación",
    "esap": "Escuela Superior de Administración Pública",
    "dafp": "Departamento Administrativo de la Función Pública",
    "jal": "juntas administradoras locales",
    "jac": "juntas de acción comunal",
    "eat": "esquemas asociativos territoriales",
    "rap": "región administrativa y de planificación",
    "loot": "Ley Orgánica de Ordenamiento Territorial",
    "cot": "Comisión de Ordenamiento Territorial",
    "ot": "ordenamiento territorial",
    "pdet": "Programas de Desarrollo con Enfoque Territorial",
    "conpes": "Consejo Nacional de Política Económica y Social",
    "ppi": "plan plurianual de inversiones",
    "mfmp": "marco fiscal de mediano plazo",
    "agn": "Archivo General de la Nación",
}

# Vocabulario coloquial → vocabulario de las normas (sólo se añade, nunca se reemplaza).
SINONIMOS = [
    (re.compile(r"\bno (lo |la )?cumple|incumpl"), "incumplimiento"),
    (re.compile(r"\b(tumbar|sacar|quitar|destituir)\w* al? (alcalde|gobernador)"), "revocatoria del mandato"),
    (re.compile(r"\bempalme"), "entrega y recepción acta de informe de gestión"),
    (re.compile(r"\b(salir|sale|deja|dejar|retira)\w* (del|el) cargo"), "separarse del cargo entrega"),
    (re.compile(r"\b(plazo|cuanto tiempo|cuantos dias|a tiempo|hasta cuando|cuanto tengo|tengo para|en cuanto)"), "término días meses"),
    (re.compile(r"\balcaldia"), "alcalde municipio"),
    (re.compile(r"\bgobernacion"), "gobernador departamento"),
    (re.compile(r"\bplata\b"), "recursos"),
    (re.compile(r"\bcandidat"), "candidatos inscripción"),
    (re.compile(r"\b(votos?|votacion)\b"), "votación votos"),
    (re.compile(r"\bfirmas?\b"), "suscriban apoyos memorial"),
    (re.compile(r"\ba quien(es)? (obliga|aplica|cobija)"), "aplicable ámbito de aplicación"),
    (re.compile(r"\b(contener|contiene|contenido|debe llevar|debe tener)\b"), "incluirá contendrá contenido"),
    (re.compile(r"\b(destru|borr|ocult)\w*"), "destrucción ocultamiento"),
]

_PLAZO = re.compile(r"\b(plazo|cuanto tiempo|cuando|termino|fecha|dias|meses|hasta cuando|tengo para|demora|tarda|antes de)\b")
_CANTIDAD = re.compile(r"\b(cuant[oa]s|numero|porcentaje|cuanto|cifra|cantidad|minimo|maximo)\b")
_LISTA = re.compile(r"\b(quienes son|quienes conforman|contener|contiene|cuales|requisitos|funciones|principios|elementos|incluir|incluye|tipos|clases|momentos|temas|que debe|quienes integran|conformad|integrad)\w*")
_DEFINICION = re.compile(r"^(que es|que son|que significa|defin|en que consiste|que se entiende)")
_SEGUIMIENTO = re.compile(r"^(y|e|pero|entonces|tambien|ademas|o sea|osea)\b|\b(eso|esto|ello|dicho|dicha|aquello|lo mismo|ese|esa|este caso)\b")
# Documentos nombrados por su nombre corriente y no por su número.
ALIAS_NORMAS = [
    (re.compile(r"\bley (general )?de archivos\b"), "594"),
    (re.compile(r"\bley de transparencia\b"), "1712"),
    (re.compile(r"\b(loot|ley organica de ordenamiento territorial)\b"), "1454"),
    (re.compile(r"\bley organica del plan|ley organica de planeacion\b"), "152"),
    (re.compile(r"\bley (del acta de informe de gestion|de empalme)\b"), "951"),
    (re.compile(r"\bley de (mecanismos de )?participacion ciudadana\b"), "134"),
    (re.compile(r"\bley (del|de) voto programatico\b"), "131"),
    (re.compile(r"\bley de (modernizacion de los )?municipios\b"), "1551"),
    (re.compile(r"\b(la estrategia|juntos por el territorio|el protocolo)\b"), "juntos_por_el_territorio"),
]
_NORMA = re.compile(r"\b(?:ley(?:es)?|la|norma)\s+(?:n[°ºo.]*\s*)?(\d{2,4})(?:\s+de\s+(\d{4}))?\b")


@dataclass
class Consulta:
    pregunta: str
    texto_busqueda: str  # lo que se busca (con siglas expandidas e historial si aplica)
    terminos: list[str]  # raíces de la pregunta actual (con siglas y sinónimos añadidos)
    terminos_pregunta: list[str] = field(default_factory=list)  # sólo lo escrito por el usuario
    terminos_historial: list[str] = field(default_factory=list)
    archivos_nombrados: list[str] = field(default_factory=list)
    tipo: str = "general"  # plazo | cantidad | lista | definicion | general
    es_seguimiento: bool = False


def expandir_siglas(texto: str) -> str:
    """Añade el significado de las siglas y el término jurídico de expresiones coloquiales."""
    extras = [SIGLAS[p] for p in palabras(texto) if p in SIGLAS]
    plano = " ".join(palabras(texto))
    extras += [s for patron, s in SINONIMOS if patron.search(plano)]
    return f"{texto} ({'; '.join(dict.fromkeys(extras))})" if extras else texto


def tipo_de_pregunta(texto: str) -> str:
    t = " ".join(palabras(texto))
    if _PLAZO.search(t):
        return "plazo"
    if _DEFINICION.search(t):
        return "definicion"
    if _CANTIDAD.search(t):
        return "cantidad"
    if _LISTA.search(t):
        return "lista"
    return "general"


@lru_cache(maxsize=8)
def _leyes_por_numero(archivos: tuple[str, ...]) -> dict[str, list[str]]:
    """Una vez por versión del índice, no en cada pregunta (con 700 documentos costaba 2 ms por consulta)."""
    por_numero: dict[str, list[str]] = {}
    for a in archivos:
        m = re.search(r"LEY-(\d+)-(\d{4})", a, re.IGNORECASE)
        if m:
            por_numero.setdefault(m.group(1), []).append(a)
    return por_numero


def normas_nombradas(texto: str, archivos: list[str] | tuple[str, ...]) -> list[str]:
    """Archivos que la pregunta nombra: leyes por número ("la 951") o por nombre ("ley de archivos")."""
    archivos = tuple(archivos)
    por_numero = _leyes_por_numero(archivos)
    salida = []
    plano = plegar(texto)
    for m in _NORMA.finditer(plano):
        salida.extend(por_numero.get(m.group(1).lstrip("0"), []))
    for patron, clave in ALIAS_NORMAS:
        if patron.search(plano):
            salida.extend(por_numero.get(clave, []) or [a for a in archivos if clave in a])
    return list(dict.fromkeys(salida))


def es_seguimiento(pregunta: str) -> bool:
    t = " ".join(palabras(pregunta))
    contenido = [p for p in terminos(pregunta)]
    return bool(_SEGUIMIENTO.search(t)) or len(contenido) <= 2


def preparar(
    pregunta: str,
    historial: list[str] | None = None,
    archivos: list[str] | None = None,
    *,
    usar_siglas: bool = True,
    usar_historial: bool = True,
) -> Consulta:
    historial = [h for h in (historial or []) if h and h.strip()]
    base = expandir_siglas(pregunta) if usar_siglas else pregunta
    seguimiento = bool(historial) and usar_historial and es_seguimiento(pregunta)
    previo = ""
    if seguimiento:
        previo = historial[-1]
        if usar_siglas:
            previo = expandir_siglas(previo)
    texto_busqueda = f"{previo} {base}".strip()
    nombrados = normas_nombradas(pregunta, archivos or [])
    if not nombrados and seguimiento:
        nombrados = normas_nombradas(previo, archivos or [])
    return Consulta(
        pregunta=pregunta,
        texto_busqueda=texto_busqueda,
        terminos=terminos(base),
        terminos_pregunta=terminos(pregunta),
        terminos_historial=terminos(previo) if previo else [],
        archivos_nombrados=nombrados,
        tipo=tipo_de_pregunta(pregunta),
        es_seguimiento=seguimiento,
    )
