"""Preguntas de seguimiento: 2–3 temas vecinos de lo citado, que el corpus cubre por construcción.

Se derivan de los títulos de las secciones (no de respuestas escritas a mano): la sección que
sigue o precede a la citada en el mismo documento suele tratar el paso siguiente del mismo
trámite (aprobación → ajustes → evaluación), y las demás secciones citadas son temas que la
búsqueda ya juzgó cercanos. Toda sugerencia nombra una sección que existe en el índice.
"""

from __future__ import annotations

import re

from asistente.compositor import temas_relacionados
from asistente.consulta import preparar
from asistente.recuperador import titulo_propio
from asistente.respuesta import Respuesta
from indexacion.fragmento import Fragmento
from indexacion.texto import plegar

_RUTINA = re.compile(r"vigencia|derogatori|derogad|transitori|inexequible", re.I)  # trámite o sin texto: no son un tema
_RUBRO = re.compile(r"^(T[IÍ]TULO|CAP[IÍ]TULO|SECCI[OÓ]N|PARTE|LIBRO)\s+([IVXLC]+|\d+|[UÚ]NICO|PRELIMINAR)\b\.?\s*", re.I)
_GENERICOS = {"disposiciones generales", "disposiciones finales", "disposiciones varias", "generalidades"}
_FEMENINOS = ("ley", "constitucion", "guia", "circular", "sentencia", "resolucion", "estrategia", "cartilla")


def nombre_con_articulo(documento: str) -> str:
    """'Ley 951 de 2005 — Acta de informe de gestión' → 'la Ley 951 de 2005'; 'Protocolo … — …' → 'el Protocolo …'."""
    corto = documento.split(" — ")[0].strip()
    primera = plegar(corto.split(" ")[0]) if corto else ""
    if primera.startswith("constitucion"):
        return "la Constitución"
    return f"{'la' if primera.startswith(_FEMENINOS) else 'el'} {corto}"


def _tema(f: Fragmento) -> str:
    """Título legible de la sección, o '' si sólo es un número ('Artículo 2')."""
    titulo = titulo_propio(f.seccion).strip(" .:")
    return titulo if len(titulo) >= 4 and re.search(r"[a-záéíóúñ]{3}", titulo, re.I) else ""


def _rubro(f: Fragmento) -> str:
    """Para un artículo sin título, el capítulo o título que lo contiene: «De la oportunidad para…» →
    «la oportunidad para…». Medido: «¿Qué establece el artículo 3 de la Ley 951?» no lo halla la búsqueda
    (no resuelve números de artículo); el tema del capítulo sí."""
    for parte in reversed([p.strip() for p in f.contexto.split(" › ") if p.strip()]):
        nombre = _RUBRO.sub("", parte).strip(" .:")
        if len(nombre.split()) < 3 or plegar(nombre) in _GENERICOS or _RUTINA.search(nombre):
            continue
        nombre = re.sub(r"^Del\s+", "el ", nombre)
        nombre = re.sub(r"^De\s+(?=(la|las|los|el)\b)", "", nombre, flags=re.I)
        return nombre[0].lower() + nombre[1:] if nombre[:2].istitle() and not nombre.isupper() else nombre
    return ""


def _pregunta(f: Fragmento) -> str:
    tema = _tema(f) or _rubro(f)
    return f"¿Qué dice {nombre_con_articulo(f.documento)} sobre «{tema}»?" if tema else ""


def _vecinos(f: Fragmento, fragmentos: list[Fragmento], posicion: dict[str, int]) -> list[Fragmento]:
    """Secciones a ±1, ±2, +3 de la de `f` en su documento (una sección larga ocupa varios fragmentos)."""
    i = posicion.get(f.id)
    if i is None:
        return []
    salida = []
    for salto in (1, -1, 2, -2, 3):
        paso = 1 if salto > 0 else -1
        j, vistas = i, 0
        while 0 <= j + paso < len(fragmentos) and fragmentos[j + paso].archivo == f.archivo and vistas < abs(salto):
            j += paso
            if fragmentos[j].seccion != fragmentos[j - paso].seccion:
                vistas += 1
        if vistas == abs(salto):
            salida.append(fragmentos[j])
    return salida


def sugerir(respuesta: Respuesta, fragmentos: list[Fragmento], posicion: dict[str, int], maximo: int = 3,
            idf=lambda _t: 1.0) -> list[str]:
    """Secciones vecinas de las dos primeras citas (primero las de la primera), luego otros pasajes
    recuperados; sin repetir lo ya citado.

    `fragmentos`/`posicion` son los del recuperador: el orden de la lista es el del índice, por
    documento y luego por `orden`, así los vecinos se hallan sin recorrer todo el corpus.
    """
    if respuesta.sin_respuesta:
        # Sin respuesta no hay cita de la que partir: sólo secciones cuyo título comparte un tema con la
        # pregunta (lo demás que halló la búsqueda, para una pregunta fuera de alcance, no es cercano).
        consulta = preparar(respuesta.pregunta)
        salida = []
        for p in temas_relacionados(consulta, respuesta.pasajes[:10], idf):
            texto = _pregunta(p.fragmento)
            if texto and texto not in salida and plegar(_tema(p.fragmento)) not in plegar(respuesta.pregunta):
                salida.append(texto)
        return salida[:maximo]
    citados = [fragmentos[posicion[c.fragmento_id]] for c in respuesta.citas if c.fragmento_id in posicion]
    if not citados:
        citados = [p.fragmento for p in respuesta.pasajes[:3]]
    vistas = {(f.archivo, f.seccion) for f in citados}
    pregunta = plegar(respuesta.pregunta)
    # vecinas de las dos primeras citas; si no dan tema, otros pasajes que la búsqueda halló cercanos
    candidatos = [v for f in citados[:2] for v in _vecinos(f, fragmentos, posicion)]
    candidatos += [p.fragmento for p in respuesta.pasajes[:10]]
    candidatos = [v for v in candidatos if (v.archivo, v.seccion) not in vistas and not _RUTINA.search(v.seccion)]
    salida: list[str] = []
    # primero las secciones con título (la pregunta nombra el tema); luego «¿qué establece el artículo N…?»
    for con_titulo in (True, False):
        for f in candidatos:
            tema = _tema(f)
            if bool(tema) != con_titulo or (tema and plegar(tema) in pregunta):
                continue
            texto = _pregunta(f)
            if texto and texto not in salida:
                salida.append(texto)
            if len(salida) >= maximo:
                return salida
    return salida
