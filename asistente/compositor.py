"""Compositor extractivo (sin LLM) que responde primero y cita textualmente.

Forma de la respuesta, pensada para quien sólo lee las dos primeras líneas:

    **Plazo:** «…quince (15) días hábiles luego de haber salido del cargo…» (Ley 951 de 2005, art. 4) [1]

    - «oración de apoyo» (Ley 152 de 1994, art. 40) [2]
    - «la misma regla en dos normas» [3][4]

La primera línea es la cláusula que mejor contesta *según el tipo de pregunta* (un plazo busca la
cifra con su unidad; una definición, "es…/se entiende por…"; una consecuencia, la sanción…), recortada
a una ventana de cláusulas contiguas de la oración: cada tramo entre «» es una subcadena literal del
fragmento (los "…" marcan lo recortado). Luego, a lo sumo dos o tres puntos de apoyo: los ítems de la
lista que la primera oración introduce, o las mejores oraciones de otros pasajes. Dos oraciones casi
iguales de normas distintas (Ley 131 art. 7 y Ley 741 art. 1) se funden en un punto con ambas citas.
Cuando un artículo citado fue modificado por otro que también está en el corpus, manda el vigente.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from asistente.consulta import Consulta, preparar
from asistente.recuperador import NUMERACION, Recuperacion, titulo_propio
from asistente.respuesta import Cita, Respuesta
from asistente.seguridad import es_instruccion
from asistente.vocabulario import VOCABULARIO, PatronPlegado
from indexacion.oraciones import unidades
from indexacion.texto import plegar, terminos
from indexacion.vigencia import sin_efecto

_PLAZO_CONCRETO = re.compile(
    r"(\d+|\b(?:un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|treinta|sesenta|noventa))"
    r"\)?(?:\s+\(\d+\))?\s+(?:\w+\s+){0,1}(d[ií]as|mes(es)?|años?|semanas|horas)\b",
    re.IGNORECASE,
)
_TIEMPO = re.compile(
    r"\b(d[ií]as?|mes(es)?|años?|hábiles|plazo|término|dentro de|a más tardar|antes del?|hasta el|semanas?|"
    r"inmediat\w+|primer(os)? \w+)\b", re.IGNORECASE)
_FECHA = re.compile(r"\b\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
                    r"diciembre)\b", re.IGNORECASE)
_DEFINE = re.compile(r"\b(es|son) (el|la|los|las|un|una|aquel|aquella|aquellos|toda|todo)\b|se entiende(n)? por|"
                     r"se denomina|consiste en|^[^.]{3,60}\.\s+(Es|Son)\b|^[^.:]{3,60}:\s", re.IGNORECASE)
_NUMERO = re.compile(r"\d|\b(uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|treinta|mitad|tercera?|"
                     r"cuarta|por ciento)\b", re.IGNORECASE)
_MARCA_ITEM = re.compile(r"^\s*(?:[-•✓▪|]\s*|o\s+)?(?:(?:[0-9]{1,3}(?:\.[0-9]{1,3}){0,3}|[a-zñ]|[ivx]{1,4})[.)]\s+)?", re.IGNORECASE)
_ES_ITEM = re.compile(r"^\s*(?:[-•✓▪|]\s|o\s|(?:[0-9]{1,3}(?:\.[0-9]{1,3}){0,3}|[a-zñ]|[ivx]{1,4})[.)]\s)", re.IGNORECASE)
_ROTULO = re.compile(r"^\W*[^.:\n]{1,25}:\s*[A-ZÁÉÍÓÚÑ][^.:\n]{1,50}\.\s*$")  # "✓ Momento 3: Empalme."
_NUMERACION = re.compile(r"(?i)\W*" + NUMERACION)
_NUMERO_DE_ARTICULO = re.compile(r"(?i)\s*art[íi]culo\s+\d+[a-z]?\s*[º°o]?\s*\.\s*(?=\S)")
_CORTE_CLAUSULA = re.compile(r"(?<=[,;:])\s+|\s+(?=\b(?:y|o|que|cuando|si|salvo|siempre que|so pena)\b)")

ROTULOS = {
    "plazo": "Plazo", "cantidad": "Cifra", "definicion": "Qué es", "quien": "Quién", "lista": "En síntesis",
    "consecuencia": "Consecuencia", "procedimiento": "Cómo", "comparacion": "En síntesis", "general": "En síntesis",
}
TIPOS_CON_LISTA = frozenset({"lista", "procedimiento", "general", "comparacion"})  # preguntas que una enumeración responde
MAX_PRIMERA = 400  # la oración que responde casi siempre entera (recortarla a 250 perdía el dato en ajuste)
MAX_APOYO = 280
MAX_ITEM = 140
MAX_ITEMS = 5
ITEM_SUELTO = 100  # un ítem más corto no se sostiene solo («1. Las ordenanzas de la asamblea.»): lo abre su lista
MAX_APOYOS = 2
MAX_TOTAL = 850


class Compositor(Protocol):
    nombre: str

    def componer(self, consulta: Consulta, recuperacion: Recuperacion, perfil: str | None = None) -> Respuesta: ...


@dataclass
class _Unidad:
    texto: str
    fragmento: int  # posición en la lista de pasajes
    posicion: int  # posición dentro del fragmento
    puntaje: float = 0.0
    previa: float = 0.0  # peso del pasaje en la recuperación (relativo al primero)
    encabezado: frozenset = frozenset()  # términos de la sección del fragmento
    terminos: frozenset = field(default_factory=frozenset)
    hermanas: int = 0  # unidades en su fragmento
    de_su_lista: frozenset = frozenset()  # si introduce una lista ("…son:"), los términos de sus ítems
    partes: tuple = ()  # si es un par de oraciones seguidas, las dos unidades que lo forman
    heredados: frozenset = frozenset()  # fila de una tabla: los términos de la frase que la abre


def confianza(recuperacion: Recuperacion) -> float:
    """Cobertura léxica, similitud densa y términos ausentes del corpus, en una escala cuyo umbral
    se calibra en el conjunto de ajuste (README, "Evaluación")."""
    if not recuperacion.pasajes:
        return 0.0
    ausencia = 0.2 * (recuperacion.en_vocabulario - 1.0)
    if not recuperacion.hay_denso:  # sólo léxico: la cobertura carga todo el peso
        return 0.85 * recuperacion.cobertura + ausencia
    return 0.4 * recuperacion.cobertura + 1.2 * max(0.0, recuperacion.similitud_densa) + ausencia


def temas_relacionados(consulta: Consulta, pasajes, idf=lambda _t: 1.0, minimo: float = 0.4) -> list:
    """Pasajes cuyo título reúne buena parte (≥ `minimo`, por IDF) de lo que la pregunta nombra: al rechazar
    sólo se ofrecen temas de verdad cercanos («Ley 617: Pagos a los miembros de las JAL» no lo es de
    «¿cuánto pagan de Colombia Mayor?»), y con título legible (un «Artículo 218» suelto no dice nada)."""
    propios = set(consulta.terminos_pregunta or consulta.terminos) - VOCABULARIO.terminos_genericos
    total = sum(idf(t) for t in propios)
    salida = []
    for p in pasajes:
        titulo = titulo_propio(p.fragmento.seccion).strip(" .:")
        comunes = propios & set(terminos(titulo))
        if len(titulo) >= 4 and total and sum(idf(t) for t in comunes) / total >= minimo:
            salida.append(p)
    return salida


def documento_corto(documento: str) -> str:
    return documento.split(" — ")[0]


def referencia_corta(fragmento) -> str:
    """"Ley 951 de 2005, art. 4" / "Protocolo …, 5. Fases" / "Guía …, pág. 12"."""
    doc = documento_corto(fragmento.documento)
    lugar = fragmento.seccion.split(" › ")[-1]
    m = re.match(r"Art[íi]culo\s+(\S+?)\.?(?:\s|$)", lugar)
    if m:
        lugar = f"art. {m.group(1)}"
    elif len(lugar) > 60:
        lugar = lugar[:57].rstrip() + "…"
    pagina = f", pág. {fragmento.pagina}" if fragmento.pagina else ""
    return f"{doc}, {lugar}{pagina}"


def sin_marca(texto: str) -> str:
    """"- 2. Firma con datos…" → "Firma con datos…": el rótulo de lista no se muestra (la cita sigue textual); tampoco
    el número de artículo que algunas fuentes repiten al comienzo del texto ("ARTICULO 2º.En desarrollo…"): la
    referencia ya lo dice."""
    texto = texto[_MARCA_ITEM.match(texto).end():] if _ES_ITEM.match(texto) else texto
    return texto[_NUMERO_DE_ARTICULO.match(texto).end():] if _NUMERO_DE_ARTICULO.match(texto) else texto


def ventana(texto: str, pesos: dict[str, float], patron: re.Pattern | PatronPlegado | None, limite: int,
            llenar: bool = False) -> tuple[str, bool, bool]:
    """Tramo contiguo de cláusulas de `texto` (≤ `limite` caracteres) que más términos y patrón del tipo
    de pregunta reúne. Devuelve (tramo, recortado_al_inicio, recortado_al_final); el tramo es subcadena literal."""
    texto = texto.strip()
    if len(texto) <= limite:
        return texto, False, False
    cortes = [0] + [m.end() for m in _CORTE_CLAUSULA.finditer(texto)] + [len(texto)]
    cortes = sorted(set(cortes))
    mejor = (-1.0, 0, 0)
    total = sum(pesos.values()) or 1.0
    for i in range(len(cortes) - 1):
        for j in range(i + 1, len(cortes)):
            inicio, fin = cortes[i], cortes[j]
            if fin - inicio > limite and j > i + 1:
                break
            tramo = texto[inicio:fin]
            s = sum(w for t, w in pesos.items() if t in set(terminos(tramo))) / total
            if patron is not None and patron.search(tramo):
                s += 1.2  # lo que el tipo de pregunta busca (la cifra de un plazo) manda sobre los términos
            s -= 0.0005 * inicio  # a igualdad, lo primero: el sujeto de la oración suele estar allí
            if s > mejor[0]:
                mejor = (s, inicio, fin)
    _, inicio, fin = mejor
    # La ventana elegida marca dónde está la respuesta; se completa hasta el límite, primero hacia
    # adelante (lo que sigue a "Además del vocero podrán intervenir" es la respuesta) y luego hacia atrás.
    for c in cortes:
        if fin < c <= inicio + limite:
            fin = c
    for c in reversed(cortes):
        if c < inicio and fin - c <= limite:
            inicio = c
    if fin - inicio > limite:  # una sola cláusula más larga que el límite: se corta en un espacio
        corte = texto.rfind(" ", inicio, inicio + limite)
        fin = corte if corte > inicio else inicio + limite
    elif llenar and fin < len(texto) and fin - inicio < limite // 3:
        # Un ítem que se lee desde su comienzo: si la cláusula siguiente no cabe entera, quedaría en «El Alcalde…»;
        # se llena hasta el límite, cortando en un espacio.
        corte = texto.rfind(" ", inicio, inicio + limite)
        fin = max(fin, corte)
    tramo = texto[inicio:fin].strip().rstrip(",;:")
    return tramo, inicio > 0, fin < len(texto)


def citar(tramo: str, recorte_ini: bool, recorte_fin: bool) -> str:
    return f"«{'…' if recorte_ini else ''}{tramo}{'…' if recorte_fin else ''}»"


class CompositorExtractivo:
    nombre = "extractivo"

    def __init__(self, umbral: float = 0.50, fragmentos: int = 5, peso_previa: float = 1.0,
                 margen_par: float = 0.02, peso_sujeto: float = 0.2, peso_especial: float = 0.2,
                 peso_definido: float = 0.4) -> None:
        self.peso_definido = peso_definido
        # Pregunta en primera persona con perfil conocido: premio a la oración cuyo sujeto es ese perfil
        # (ajuste: 0.15 < 0.2 = 0.3 en hechos@300; 0.1 restaba hechos).
        self.peso_sujeto = peso_sujeto
        self.margen_par = margen_par  # cuánto más debe reunir un par de oraciones que la mejor sola (ajuste)
        self.umbral = umbral
        self.fragmentos = fragmentos
        self.peso_previa = peso_previa  # cuánto pesa el rango del pasaje al elegir la oración
        self.peso_especial = peso_especial  # oración de un régimen especial (San Andrés) que no se preguntó

    # --- respuesta ---
    def componer(self, consulta: Consulta, recuperacion: Recuperacion, perfil: str | None = None) -> Respuesta:
        conf = confianza(recuperacion)
        redireccion = VOCABULARIO.redireccion(consulta.pregunta)
        if redireccion and not consulta.archivos_nombrados:
            conf -= VOCABULARIO.penalizacion_redireccion
        pasajes = recuperacion.pasajes[: self.fragmentos]
        if conf < self.umbral or not pasajes:
            return self.rechazo(consulta, recuperacion, conf, redireccion)
        pesos = self._pesos(consulta, recuperacion.idf)
        sujeto = VOCABULARIO.sujeto_de(consulta.pregunta, perfil)
        candidatas, por_fragmento = self._candidatas(consulta, pasajes, pesos, sujeto)
        if not candidatas:
            return self.rechazo(consulta, recuperacion, conf, redireccion)
        patron = self._patron(consulta.tipo)
        citas: list[Cita] = []

        def cita_de(u: _Unidad, texto: str) -> int:
            f = pasajes[u.fragmento].fragmento
            for c in citas:
                if c.fragmento_id == f.id and texto in c.texto:
                    return c.numero
            citas.append(Cita(len(citas) + 1, f.archivo, f.documento, f.seccion, f.pagina, texto, f.id, f.enlace,
                              f.vigencia))
            return citas[-1].numero

        principal = candidatas[0]
        par = self._mejor_par(consulta, pasajes, por_fragmento, pesos, sujeto)
        if par is not None and par.puntaje > principal.puntaje + self.margen_par:
            principal = par
        principal = self._abre_su_lista(principal, por_fragmento[principal.fragmento], items=True)
        f0 = pasajes[principal.fragmento].fragmento
        tramo, ini, fin = ventana(sin_marca(principal.texto), pesos, patron, MAX_PRIMERA)
        numeros = [cita_de(principal, principal.texto)]
        mostradas = [principal, *principal.partes]
        # La misma regla en otra norma (p. ej. la ley que reformó a la otra): un punto, varias citas.
        for u in candidatas[1:]:
            if u.fragmento != principal.fragmento and _misma_regla(u, principal):
                numeros.append(cita_de(u, u.texto))
                mostradas.append(u)
        rotulo = self._rotulo(consulta.tipo, principal.texto)
        lineas = [f"**{rotulo}:** {citar(tramo, ini, fin)} ({referencia_corta(f0)}) " + "".join(f"[{n}]" for n in numeros)]
        nota = self._nota_vigencia([pasajes[u.fragmento].fragmento for u in mostradas])

        apoyos: list[str] = []
        hermanas = por_fragmento[principal.fragmento]
        items = self._items_de_lista(principal, hermanas)
        if len(items) > MAX_ITEMS and all(_es_fila(it) for it in items):
            # Una tabla más larga que lo que cabe: primero las filas que nombran lo preguntado («Sexta»), en su orden.
            nombran = [it for it in items if it.terminos & pesos.keys()]
            items = nombran + [it for it in items if it not in nombran]
        if items:
            largo = len(lineas[0])
            # Dos preguntas en una y la primera es una lista: la respuesta de la segunda va después de la lista, y
            # se le guarda el sitio.
            segunda, pesos_b, tipo_b = self._segunda_parte(consulta, candidatas, [*mostradas, *items], pesos,
                                                           recuperacion.idf, sujeto)
            linea_segunda = ""
            if segunda is not None:
                t, i2, f2 = ventana(sin_marca(segunda.texto), pesos_b, self._patron(tipo_b), MAX_APOYO)
                linea_segunda = f"- {citar(t, i2, f2)} ({referencia_corta(pasajes[segunda.fragmento].fragmento)}) "
                largo += len(linea_segunda)
            for n, it in enumerate(items[:MAX_ITEMS]):
                t, i2, f2 = ventana(sin_marca(it.texto), {}, None, MAX_ITEM, llenar=True)  # desde su comienzo (su rótulo)
                cuerpo = f"- {'…' if i2 else ''}{t}{'…' if f2 else ''} "
                if largo + len(cuerpo) + 4 > MAX_TOTAL - 40:  # queda sitio para "… (N más en la fuente)"
                    break
                linea = cuerpo + f"[{cita_de(it, it.texto)}]"
                apoyos.append(linea)
                mostradas.append(it)
                largo += len(linea)
            if len(items) > len(apoyos):
                apoyos.append(f"- … ({len(items) - len(apoyos)} más en la fuente [{numeros[0]}])")
            if segunda is not None:
                apoyos.append(linea_segunda + f"[{cita_de(segunda, segunda.texto)}]")
                mostradas.append(segunda)
        else:
            largo = len(lineas[0])
            # Dos preguntas en una: el primer apoyo responde la segunda («…y quién lo tiene que tener?»).
            segunda, pesos_b, tipo_b = self._segunda_parte(consulta, candidatas, mostradas, pesos, recuperacion.idf, sujeto)
            orden = [segunda] if segunda is not None else []
            orden += [u for u in candidatas[1:] if u is not segunda]
            for u in orden:
                # Plazo, cifra o definición: una línea basta; un par de oraciones ya trae su propio apoyo.
                sencilla = consulta.tipo in ("plazo", "cantidad", "definicion") or principal.partes
                if len(apoyos) >= MAX_APOYOS - (1 if sencilla and segunda is None else 0):
                    break
                if (u.puntaje < 0.55 * principal.puntaje and u is not segunda) or any(u is m for m in mostradas):
                    continue
                if u.texto.rstrip().endswith(":"):
                    continue  # «…deberá realizarse:» sin su lista no dice nada (la lista sólo va con la primera línea)
                intro = self._abre_su_lista(u, por_fragmento[u.fragmento]) if _es_fila(u) else None
                if intro is u or (intro is not None and any(intro is m for m in mostradas)):
                    continue  # una fila sin su tabla no dice de qué es la cifra; con la tabla ya mostrada, sobra
                if any(_casi_iguales(u, m) for m in mostradas):
                    continue
                if u is segunda:  # su tramo, con lo que pide la segunda pregunta («…cinco por mil…» para «cómo se pide»)
                    t, i2, f2 = ventana(sin_marca(u.texto), pesos_b, self._patron(tipo_b), MAX_APOYO)
                else:
                    t, i2, f2 = ventana(sin_marca(u.texto), pesos, patron, MAX_APOYO)
                gemelas = [v for v in candidatas if v is not u and v.fragmento != u.fragmento and _misma_regla(u, v)
                           and not any(v is m for m in mostradas)] if intro is None else []
                cita = citar(t, i2, f2)
                if intro is not None:  # «…como proporción de sus ingresos…, los siguientes límites» «Sexta | 80%»
                    cita = f"{citar(*ventana(sin_marca(intro.texto), pesos, None, MAX_ITEM))} {cita}"
                cuerpo = f"- {cita} ({referencia_corta(pasajes[u.fragmento].fragmento)}) "
                if largo + len(cuerpo) + 4 * (1 + len(gemelas)) > MAX_TOTAL:
                    continue  # se decide antes de numerar: ninguna cita queda en la lista sin aparecer en el texto
                nums = ([cita_de(intro, intro.texto)] if intro is not None else []) + [cita_de(u, u.texto)]
                nums += [cita_de(v, v.texto) for v in gemelas]
                linea = cuerpo + "".join(f"[{n}]" for n in dict.fromkeys(nums))
                apoyos.append(linea)
                mostradas.extend([u, *gemelas])
                largo += len(linea)
        texto = lineas[0]
        if apoyos:
            texto += "\n\n" + "\n".join(apoyos)
        if nota:
            texto += f"\n\n_{nota}_"
        return Respuesta(pregunta=consulta.pregunta, respuesta=texto, citas=citas, confianza=conf,
                         pasajes=recuperacion.pasajes)

    def rechazo(self, consulta: Consulta, recuperacion: Recuperacion, conf: float, redireccion=None) -> Respuesta:
        temas = []
        for p in temas_relacionados(consulta, recuperacion.pasajes[:6], recuperacion.idf):
            tema = f"{documento_corto(p.fragmento.documento)}: {titulo_propio(p.fragmento.seccion)}"
            if tema not in temas:
                temas.append(tema)
        texto = ("No encuentro eso en las fuentes que consulto (la estrategia Juntos por el Territorio del DNP, "
                 "la Constitución y las leyes de planeación, transición y participación), así que prefiero no adivinar.")
        if redireccion:
            entidad = re.sub(r"^el ", "al ", redireccion.entidad)
            entidad = entidad if entidad.startswith("al ") else f"a {entidad}"
            texto += f" Para {redireccion.motivo}, consulte {entidad}."
        if temas:
            texto += " Temas cercanos que sí cubren las fuentes: " + "; ".join(temas[:3]) + "."
        return Respuesta(consulta.pregunta, texto, [], True, conf, recuperacion.pasajes, temas[:3])

    # --- selección ---
    @staticmethod
    def _pesos(consulta: Consulta, idf) -> dict[str, float]:
        """Lo escrito por el usuario pesa entero; siglas/sinónimos añadidos y el tema anterior, menos."""
        propios = set(consulta.terminos_pregunta or consulta.terminos)
        pesos = {t: idf(t) * (1.0 if t in propios else 0.5) for t in consulta.terminos}
        for t in consulta.terminos_historial:
            pesos.setdefault(t, 0.4 * idf(t))
        return pesos

    @staticmethod
    def _patron(tipo: str) -> re.Pattern | PatronPlegado | None:
        if tipo == "plazo":
            return re.compile(f"{_PLAZO_CONCRETO.pattern}|{_FECHA.pattern}", re.IGNORECASE)
        if tipo == "cantidad":
            return _NUMERO
        return VOCABULARIO.patron_respuesta(tipo)

    def _puntuar(self, consulta: Consulta, u: _Unidad, pesos: dict[str, float], sujeto: re.Pattern | None = None) -> float:
        texto = u.texto
        total = sum(pesos.values()) or 1.0
        # Un término que sólo está en el título de la sección ("Artículo 4. Plazo…") cuenta a medias.
        # y uno que está en los ítems de la lista que la oración introduce, casi entero (la lista es la respuesta).
        lista = u.de_su_lista if consulta.tipo in TIPOS_CON_LISTA else frozenset()
        s = sum(w if t in u.terminos or t in u.heredados else (0.7 * w if t in lista else (0.6 * w if t in u.encabezado else 0.0))
                for t, w in pesos.items()) / total
        s += self.peso_previa * u.previa
        tipo = consulta.tipo
        if texto.rstrip().endswith(":") and u.posicion + 1 < u.hermanas:
            s += 0.2 if tipo == "lista" else 0.08  # introduce una enumeración: la respuesta viene con ella
        if tipo == "plazo":
            if _PLAZO_CONCRETO.search(texto) or _FECHA.search(texto):
                s += 0.45
            elif _TIEMPO.search(texto):
                s += 0.15
        elif tipo == "definicion" and (m := _DEFINE.search(texto)):
            s += 0.25
            if self.peso_definido and _define_lo_preguntado(consulta, texto, m):
                s += self.peso_definido
        elif tipo == "cantidad" and _NUMERO.search(texto):
            s += 0.2
        else:
            patron = VOCABULARIO.patron_respuesta(tipo)
            if patron is not None and patron.search(texto):
                s += 0.2
        if sujeto is not None and _abre_con(sujeto, sin_marca(texto)):
            s += self.peso_sujeto  # quien pregunta es el sujeto: «El respectivo Consejo Territorial… deberá»
        if (self.peso_especial and VOCABULARIO.regimen_especial.search(plegar(texto))
                and not _nombra_regimen_especial(consulta.texto_busqueda)):
            s -= self.peso_especial  # «Para ser elegido gobernador del Archipiélago…» no es la regla de todos
        if len(texto) < 30:
            s -= 0.2
        if _ES_ITEM.match(texto) and u.posicion > 0:
            s -= 0.05  # un ítem suelto responde peor que la oración que lo introduce
        return s

    def _candidatas(self, consulta: Consulta, pasajes, pesos, sujeto: re.Pattern | None = None
                    ) -> tuple[list[_Unidad], list[list[_Unidad]]]:
        candidatas: list[_Unidad] = []
        por_fragmento: list[list[_Unidad]] = []
        tope = pasajes[0].puntaje or 1.0
        for i, p in enumerate(pasajes):
            f = p.fragmento
            encabezado = frozenset(terminos(f"{f.seccion} {f.contexto}"))
            us = []
            for t in _unir_rotulos(f.texto, unidades(f.texto)):
                if es_instruccion(t):
                    continue  # un documento no oficial no le da órdenes al asistente ni al lector
                us.append(_Unidad(t, i, len(us), 0.0, p.puntaje / tope, encabezado, frozenset(terminos(t))))
            intro: _Unidad | None = None
            for u in us:
                u.hermanas = len(us)
                if not _es_fila(u):
                    intro = u if u.texto.rstrip().endswith(":") else None
                elif intro is not None:  # la fila de una tabla habla de lo que dice la frase que la abre
                    u.heredados = intro.terminos
                if u.texto.rstrip().endswith(":"):
                    u.de_su_lista = frozenset().union(*(h.terminos for h in self._items_de_lista(u, us)))
            for u in us:
                u.puntaje = self._puntuar(consulta, u, pesos, sujeto)
                if sin_efecto(f):  # ya no rige: sólo responde si nada vigente lo hace
                    u.puntaje *= 0.5
            por_fragmento.append(us)
            # El epígrafe repetido como oración ("Funciones de los Consejos Territoriales de Planeación.")
            # nombra el tema pero no responde: no encabeza ni apoya (sí cuenta para unir listas).
            # Tampoco la fórmula con que una ley reforma a otra («…quedará así:»): anuncia, no dice.
            candidatas.extend(u for u in us if not (u.terminos and u.terminos <= encabezado)
                              and not VOCABULARIO.es_formula_de_reforma(u.texto))
        candidatas.sort(key=lambda u: -u.puntaje)
        return candidatas, por_fragmento

    def _mejor_par(self, consulta: Consulta, pasajes, por_fragmento, pesos, sujeto: re.Pattern | None = None
                   ) -> _Unidad | None:
        """Dos oraciones seguidas del mismo pasaje, como un solo tramo literal, cuando juntas responden más
        que la mejor sola ("se realizaron 38 talleres…" + "participaron 3.715 personas"; la moción de
        censura la propone un tercio + la aprueban dos tercios)."""
        mejor: _Unidad | None = None
        for i, us in enumerate(por_fragmento):
            fuente = pasajes[i].fragmento.texto
            for a, b in zip(us, us[1:]):
                if (_ES_ITEM.match(b.texto) or a.texto.rstrip().endswith(":")
                        or b.texto.rstrip().endswith(":") or b.texto.lower().startswith("parágrafo")):
                    continue
                ini = fuente.find(a.texto)
                fin = fuente.find(b.texto, ini + len(a.texto)) if ini >= 0 else -1
                if fin < 0 or fin + len(b.texto) - ini > MAX_PRIMERA:
                    continue
                texto = fuente[ini:fin + len(b.texto)]
                u = _Unidad(texto, i, a.posicion, 0.0, a.previa, a.encabezado, a.terminos | b.terminos, a.hermanas,
                            partes=(a, b))
                u.puntaje = self._puntuar(consulta, u, pesos, sujeto)
                if mejor is None or u.puntaje > mejor.puntaje:
                    mejor = u
        return mejor

    def _segunda_parte(self, consulta: Consulta, candidatas, mostradas, pesos, idf, sujeto
                       ) -> tuple[_Unidad | None, dict[str, float], str]:
        """La oración que mejor responde la segunda pregunta, puntuada con su propio tipo y sus términos (los de la
        primera cuentan poco: dicen de qué se habla, «lo», «la»), entre las que no repiten lo ya mostrado."""
        if not consulta.segunda_parte:
            return None, pesos, consulta.tipo
        sub = preparar(consulta.segunda_parte)
        pesos_b = self._pesos(sub, idf)
        for t, w in pesos.items():
            pesos_b.setdefault(t, 0.3 * w)
        propios = set(sub.terminos_pregunta)
        libres = [u for u in candidatas if not any(u is m or _casi_iguales(u, m) for m in mostradas)
                  and not u.texto.rstrip().endswith(":") and not _es_fila(u) and propios & u.terminos]
        return max(libres, key=lambda u: self._puntuar(sub, u, pesos_b, sujeto), default=None), pesos_b, sub.tipo

    @staticmethod
    def _rotulo(tipo: str, texto: str) -> str:
        """«Plazo:» sólo sobre una oración que dice un tiempo, «Consecuencia:» sobre una que dice qué pasa…: si la
        mejor oración no es de la clase que se preguntó, el rótulo no lo promete («En síntesis:»)."""
        patron = {"plazo": _TIEMPO, "cantidad": _NUMERO, "definicion": _DEFINE}.get(tipo) or VOCABULARIO.patron_respuesta(tipo)
        if patron is not None and not patron.search(texto):
            return ROTULOS["general"]
        return ROTULOS.get(tipo, "Respuesta")

    @classmethod
    def _abre_su_lista(cls, u: _Unidad, hermanas: list[_Unidad], items: bool = False) -> _Unidad:
        """Una fila sola («Cuarta, quinta y sexta | 80%») no dice de qué es el 80 %: responde la frase que abre la
        tabla («…no podrán superar, como proporción de sus ingresos corrientes…, los siguientes límites:») con sus filas.
        Con `items`, lo mismo para un ítem corto de lista: «1. Las ordenanzas de la asamblea.» no dice dónde se
        publican; «…se publicará una Gaceta Departamental…, en la que se incluirán los siguientes documentos:» sí. Sólo
        si el ítem queda entre los que se muestran: si no, la respuesta lo perdería."""
        if _es_fila(u):
            anteriores = [h for h in hermanas[:u.posicion] if not _es_fila(h)]
            return anteriores[-1] if anteriores and anteriores[-1].texto.rstrip().endswith(":") else u
        if not items or u.posicion == 0 or not _ES_ITEM.match(u.texto) or len(sin_marca(u.texto)) >= ITEM_SUELTO:
            return u
        for h in reversed(hermanas[:u.posicion]):
            if h.texto.rstrip().endswith(":") and not _ES_ITEM.match(h.texto):
                return h if any(u is it for it in cls._items_de_lista(h, hermanas)[:MAX_ITEMS]) else u
        return u

    @staticmethod
    def _items_de_lista(principal: _Unidad, hermanas: list[_Unidad]) -> list[_Unidad]:
        """Si la oración elegida introduce una lista ("…son:", "…siguientes:"), sus ítems, en orden."""
        if not principal.texto.rstrip().endswith(":"):
            return []
        items = []
        siguientes = hermanas[principal.posicion + 1:]
        for n, h in enumerate(siguientes):
            if h.texto.lower().startswith("parágrafo"):
                break
            if _ES_ITEM.match(h.texto):
                items.append(h)
            elif n + 1 < len(siguientes) and _ES_ITEM.match(siguientes[n + 1].texto) and items:
                continue  # explicación del ítem anterior: la lista sigue
            elif items or n > 0:
                break
            else:
                items.append(h)  # lista sin marcas: la primera oración tras los dos puntos
        return items

    @staticmethod
    def _nota_vigencia(fragmentos) -> str:
        notas: list[str] = []
        for f in fragmentos:
            nota = f"{referencia_corta(f)}: {f.vigencia}"
            if f.vigencia and nota not in notas:  # la misma nota del mismo artículo, una vez
                notas.append(nota)
        if not notas:
            return ""
        texto = "Vigencia — " + "; ".join(notas[:2])
        if any("condicionalmente exequible" in n.lower() for n in notas[:2]):
            # La nota de la fuente habla de un aparte «subrayado» que en la cita no se ve: se dice qué significa.
            texto += " (la Corte Constitucional dejó esa parte con la condición de entenderla como indica la sentencia; " \
                     "véala en el texto oficial)"
        return texto


_DETERMINANTES = re.compile(r"\W*(?:(?:el|la|los|las|todo|toda|todos|todas|cada|un|una|dicho|dicha|respectiv[oa]s?)\s+)*")


@lru_cache(maxsize=256)
def _nombra_regimen_especial(texto_busqueda: str) -> bool:
    """Una vez por pregunta, no por cada oración candidata que se puntúa."""
    return bool(VOCABULARIO.regimen_especial.search(plegar(texto_busqueda)))


def _define_lo_preguntado(consulta: Consulta, texto: str, m: re.Match) -> bool:
    """¿La definición es de lo que se pregunta? Lo definido va antes del verbo («El programa de gobierno (PG) es el
    instrumento…», a lo sumo diez palabras: el sujeto), tras «se entiende por», o es el término de glosario que abre
    la oración («Empalme: proceso…», «Empalme. Es el proceso…»). «Esta fase tenía como propósito apoyar la
    formulación de Programas de gobierno» nombra lo preguntado pero no lo define. Una sigla de la pregunta («SGP»)
    cuenta si su significado está en lo definido."""
    propios = set(consulta.terminos_pregunta or consulta.terminos)
    if not propios:
        return False
    grupo = m.group(0)
    plano = grupo.lower()
    if plano.startswith("se "):
        definido = texto[m.end():m.end() + 80]
    elif plano.startswith("consiste"):
        definido = texto[max(0, m.start() - 80):m.start()]
    elif m.start() == 0 and (glosario := re.match(r"^([^.:]{3,60})[.:]", grupo)):
        definido = glosario.group(1)  # el término del glosario
    else:
        definido = texto[:m.start()]
        if len(definido.split()) > 10:
            return False
    hallados = set(terminos(definido))
    return all(t in hallados or (sig := set(terminos(VOCABULARIO.siglas.get(t, "")))) and sig <= hallados
               for t in propios)


def _es_fila(u: _Unidad) -> bool:
    """Fila de una tabla: `unidades` la deja como "| Especial | 50%" (indexacion/oraciones.py)."""
    return u.texto.startswith("|")


def _abre_con(sujeto: re.Pattern, texto: str) -> bool:
    """¿La oración abre con ese sujeto? «El respectivo Consejo Territorial… deberá» sí; «Cuando el servidor público
    saliente se abstenga…» no: ahí el sujeto es una condición, y la regla que se pregunta es otra."""
    plano = plegar(texto[:90])
    m = sujeto.search(plano)
    return bool(m) and bool(_DETERMINANTES.fullmatch(plano[:m.start()]))


def _unir_rotulos(fuente: str, textos: list[str]) -> list[str]:
    """"✓ Momento 2: Rendición de Cuentas." sola no dice nada: se une, como tramo literal, a la oración
    que la define ("Ejercicio de socialización sobre…"), así la definición del protocolo se cita entera."""
    salida: list[str] = []
    n = 0
    while n < len(textos):
        t = textos[n]
        if n + 1 < len(textos) and textos[n + 1][:1].isupper():
            ini = fuente.find(t)
            fin = fuente.find(textos[n + 1], ini + len(t)) if ini >= 0 else -1
            # Un rótulo, o el término de un glosario que abre su párrafo y sigue en la misma línea con su
            # definición ("Tabla de retención documental. Listado de series…", Ley 594 art. 3).
            termino = sin_marca(t)  # «a) Archivo de gestión. Comprende…»: el término de un ítem también
            glosario = (fin >= 0 and len(termino.split()) <= 6 and t.rstrip().endswith(".") and termino[:1].isupper()
                        and not any(c.isdigit() for c in termino) and not _NUMERACION.match(termino)
                        and (ini == 0 or fuente[ini - 1] == "\n") and "\n" not in fuente[ini + len(t):fin])
            if fin >= 0 and (_ROTULO.match(t) or glosario):
                salida.append(fuente[ini:fin + len(textos[n + 1])])
                n += 2
                continue
        salida.append(t)
        n += 1
    return salida


def _casi_iguales(a: _Unidad, b: _Unidad) -> bool:
    """Misma oración en dos normas (una reforma que repite el texto): ≥ 80 % de términos en común."""
    if not a.terminos or not b.terminos:
        return False
    comunes = len(a.terminos & b.terminos)
    return comunes / min(len(a.terminos), len(b.terminos)) >= 0.8 and comunes / max(len(a.terminos), len(b.terminos)) >= 0.6


def _misma_regla(a: _Unidad, b: _Unidad) -> bool:
    """Casi iguales y del mismo nivel de gobierno: un punto con las dos citas. La misma frase para los departamentos
    (Ley 617 art. 4) y para los municipios (art. 6) son dos reglas: no se citan juntas, y la otra tampoco se muestra
    como apoyo (sería repetir casi lo mismo)."""
    return _casi_iguales(a, b) and not _ambito_distinto(a.terminos, b.terminos)


def _ambito_distinto(a: frozenset, b: frozenset) -> bool:
    """¿Las oraciones hablan de niveles de gobierno distintos (una nombra uno que la otra no, y la otra, otro)?"""
    solo_a, solo_b = a - b, b - a
    return any(n1 & solo_a and n2 & solo_b for n1 in VOCABULARIO.niveles_de_gobierno
               for n2 in VOCABULARIO.niveles_de_gobierno if n1 is not n2)
