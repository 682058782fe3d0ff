"""De la pregunta tal como se escribe a lo que se busca.

Corrige escritura coloquial, expande siglas del sector, detecta si se nombra una ley
("según la Ley 152…", "en la 951") y, si la pregunta es un seguimiento ("¿y en cuánto
tiempo?"), le suma el turno anterior de la conversación.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from asistente.vocabulario import VOCABULARIO
from indexacion.texto import palabras, plegar, terminos

_NORMA = re.compile(r"\b(?:ley(?:es)?|la|norma)\s+(?:n[°ºo.]*\s*)?(\d{2,4})(?:\s+de\s+(\d{4}))?\b")
_CONECTOR = re.compile(r"^(y|e|pero|entonces|tambien|ademas|o sea|osea|y si|bueno y)\b")
_ANAFORA = re.compile(r"\b(eso|esto|ello|dicho|dicha|aquello|lo mismo|ese|esa|esos|esas|este caso|ahi|alli)\b")
# Dos preguntas en una («¿qué es el banco de proyectos y quién lo tiene que tener?»): la segunda empieza con «y» y
# un interrogativo, tras al menos tres palabras, y dice algo (tres palabras o más; «…o qué?» no es otra pregunta).
_SEGUNDA = re.compile(r"^(?:\S+ ){3,}?(?:y|e) (?P<parte>(?=(?:\S+ ){2,}\S+$)(?:como|cuant[oa]s?|quien(?:es)?|cuando|donde|"
                      r"que|cual(?:es)?|por que|hasta cuando|cada cuanto|por cuanto|en cuanto|pa que|para que|en que|"
                      r"a quien)\b.*)$")


@dataclass
class Consulta:
    pregunta: str
    texto_busqueda: str  # lo que se busca (con siglas expandidas e historial si aplica)
    terminos: list[str]  # raíces de la pregunta actual (con siglas y sinónimos añadidos)
    terminos_pregunta: list[str] = field(default_factory=list)  # sólo lo escrito por el usuario
    terminos_historial: list[str] = field(default_factory=list)
    archivos_nombrados: list[str] = field(default_factory=list)
    tipo: str = "general"  # ver tipos_pregunta en vocabulario.yaml
    es_seguimiento: bool = False
    ambito: str | None = None  # territorial | nacional | None (sin preferencia)
    temas: frozenset[str] = frozenset()  # temas propios de una norma que la pregunta nombra (vocabulario.yaml)
    segunda_parte: str | None = None  # «…y cuánto se demora el concejo?»: la segunda pregunta, si hay dos
    # «¿y si no lo hago?» al abrir una conversación: nada nombra el tema y no hay turno anterior que lo diga.
    sin_tema: bool = False


def expandir_siglas(texto: str) -> str:
    """Añade el significado de las siglas y el término jurídico de expresiones coloquiales."""
    extras = [VOCABULARIO.siglas[p] for p in palabras(texto) if p in VOCABULARIO.siglas]
    plano = " ".join(palabras(texto))
    extras += [s for patron, s in VOCABULARIO.sinonimos if patron.search(plano)]
    return f"{texto} ({'; '.join(dict.fromkeys(extras))})" if extras else texto


def tipo_de_pregunta(texto: str) -> str:
    return VOCABULARIO.tipo_de_pregunta(texto)


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
    for patron, clave in VOCABULARIO.alias_normas:
        if patron.search(plano):
            salida.extend(por_numero.get(clave, []) or [a for a in archivos if clave in a])
    return list(dict.fromkeys(salida))


def es_seguimiento(pregunta: str) -> bool:
    """Seguimiento: empieza con un conector ("¿y si no lo hago?"), remite a lo dicho ("¿eso quién lo
    pide?") o no nombra tema propio (sólo palabras de pregunta: "¿y en cuánto tiempo?"). Una pregunta
    corta que nombra su propio tema ("¿Quién elige al contralor?") es una pregunta nueva."""
    t = " ".join(palabras(pregunta))
    if _CONECTOR.search(t) or _ANAFORA.search(t):
        return True
    genericos = VOCABULARIO.terminos_genericos
    return not [p for p in terminos(pregunta) if p not in genericos]


def dos_preguntas(pregunta: str) -> tuple[str, str | None]:
    """(primera, segunda) si la pregunta une dos con «y» («…cuándo lo presenta y qué pasa después?»); si no, (pregunta,
    None). El tipo de la primera manda en la primera línea («¿quién nombra a los consejeros y por cuánto tiempo?» es
    un «quién», aunque «cuánto tiempo» diga plazo); la segunda la responde el primer apoyo."""
    plano = " ".join(palabras(pregunta))
    m = _SEGUNDA.match(plano)
    if not m:
        return pregunta, None
    return plano[: m.start("parte")].rsplit(" ", 2)[0], m.group("parte")


def segunda_parte(pregunta: str) -> str | None:
    return dos_preguntas(pregunta)[1]


def tema_del_historial(historial: list[str]) -> list[str]:
    """Los turnos que fijan el tema: el último y, si era a su vez un seguimiento, los anteriores hasta
    la última pregunta que nombró su tema (así el tercer turno no pierde el asunto del primero)."""
    tema: list[str] = []
    for turno in reversed(historial[-4:]):
        tema.insert(0, turno)
        if not es_seguimiento(turno):
            break
    return tema


def preparar(
    pregunta: str,
    historial: list[str] | None = None,
    archivos: list[str] | None = None,
    *,
    usar_siglas: bool = True,
    usar_historial: bool = True,
    perfil: str | None = None,
) -> Consulta:
    historial = [h for h in (historial or []) if h and h.strip()]
    base = expandir_siglas(pregunta) if usar_siglas else pregunta
    seguimiento = bool(historial) and usar_historial and es_seguimiento(pregunta)
    previo = ""
    if seguimiento:
        previo = " ".join(tema_del_historial(historial))
        if usar_siglas:
            previo = expandir_siglas(previo)
    texto_busqueda = f"{previo} {base}".strip()
    quien = VOCABULARIO.quien_es_nosotros(pregunta, perfil)
    if quien and usar_siglas:
        texto_busqueda = f"{texto_busqueda} ({quien})"
    primera, segunda = dos_preguntas(pregunta)
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
        tipo=_tipo_con_historial(primera, previo),
        es_seguimiento=seguimiento,
        ambito=VOCABULARIO.ambito_pregunta(f"{previo} {pregunta}", perfil),
        temas=VOCABULARIO.temas_de_pregunta(f"{previo} {pregunta}"),
        segunda_parte=segunda,
        sin_tema=_sin_tema(pregunta, historial, quien),
    )


_OBJETO = re.compile(r"\b(lo|la|los|las|le|les|eso|esto|esa|ese|aquello)\b")


def _sin_tema(pregunta: str, historial: list[str], quien: str | None) -> bool:
    """Nada nombra el tema: ni la pregunta, ni un turno anterior (un «hola» o otra pregunta sin tema no lo dan), ni
    el perfil de quien pregunta en primera persona («¿qué funciones tenemos?» de un consejero)."""
    genericos = VOCABULARIO.terminos_genericos
    if set(terminos(pregunta)) - genericos or any(set(terminos(h)) - genericos for h in historial):
        return False
    # «¿Y si no lo hago?» de un consejero: el perfil dice quién, pero «lo» sigue sin decir qué.
    return quien is None or bool(_OBJETO.search(" ".join(palabras(pregunta))))


def _tipo_con_historial(pregunta: str, previo: str) -> str:
    """"¿y quién lo pide?" es de tipo quién aunque el tema venga de antes; si el seguimiento no dice
    qué quiere ("¿y eso?"), hereda el tipo de la pregunta anterior."""
    tipo = tipo_de_pregunta(pregunta)
    return tipo if tipo != "general" or not previo else tipo_de_pregunta(previo)
