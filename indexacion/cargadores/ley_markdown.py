"""Leyes en Markdown: un cargador para los tres dialectos del corpus, elegidos por detectores pequeños.

Dialectos (ver `detectar_formato`):

- ``suin``: SUIN-Juriscol, con front matter en inglés (legalize-co: `title`, `identifier`, `source`) o en
  español (`titulo`, `identificador`, `fuente`). Artículos en negrita (`**Artículo N.**`), con `#####`, en
  línea simple o al comienzo de una celda de tabla (`| **Artículo 96.**… | |`, Ley 617); títulos y capítulos
  con `###` o en línea simple ("CAPITULO I" y su nombre en la línea siguiente). Los textos consolidados
  traen dentro de un artículo el de otra ley que modifica ("…quedará así:"); esos no abren artículo nuevo
  (ver `_numeros_en_secuencia`).
- ``senado``: Secretaría del Senado, `## art:N — EPÍGRAFE` por artículo y una línea `ubicacion:` con
  Título › Capítulo; las notas de vigencia van al comienzo del párrafo entre `<…>`.
- ``constitucion``: la Constitución del Senado: índice, luego bloques `### Artículo N` con una línea
  `**URL:**` (el enlace oficial con ancla) y el texto que empieza "ARTICULO N.". El archivo no trae los
  títulos y capítulos: se recuperan de la estructura oficial (`indexacion/cargadores/constitucion.py`).

En todos: el `texto` de cada fragmento es copia literal de la fuente (sólo se quitan `*`/`#`); las
notas de vigencia ("Derogado", "Declarado inexequible", "<Aparte subrayado CONDICIONALMENTE exequible>",
"Nota: …") se quitan del texto y pasan a `Fragmento.vigencia`; un artículo que sólo es esa nota (p. ej.
"Artículo 94. Derogado.") no forma fragmento: no hay nada vigente que citar.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from indexacion.cargadores import ErrorDeDocumento
from indexacion.fragmentador import Bloque, agrupar
from indexacion.fragmento import Fragmento

_PALABRA_ART = r"(?:ART[IÍ]CULO|Art[íi]culo|ARTÍCULO)"
# `celda`: SUIN envuelve a veces un artículo en una tabla de una fila (`| **Artículo 96.***Vigencia…*La presente… | |`,
# Ley 617): el encabezado al comienzo de la primera celda también abre artículo.
_ARTICULO = re.compile(
    rf"^(?P<celda>\|\s*)?(?P<nivel>#{{0,6}})\s*\*{{0,3}}\s*{_PALABRA_ART}\s+"
    r"(?P<num>\d+(?:-\d+)?(?![0-9])(?:[A-Z](?![a-z]))?|[ÚU]nico|[úu]nico|ÚNICO|(?:TRANSITORIO|[Tt]ransitorio)(?:\s+\d+)?)"
    r"(?P<tras>[^\n]{0,6})"
)
# Tras el número: "1º.", "5**º.", "34-1.", "12**.", "92.Derogado", "transitorio." o fin de línea. Así
# "Artículo 58 de la Ley 9…" al comienzo de un párrafo no se toma por encabezado.
_TRAS_NUMERO = re.compile(r"^(?:[\s*]*[º°ª]|[\s*]*o\b|[\s*]*[.:\-–]|[\s*]*$|\*+\s*[A-ZÁÉÍÓÚ])")
_ESTRUCTURA = re.compile(
    r"^(?P<clave>L\s?I\s?B\s?R\s?O|P\s?A\s?R\s?T\s?E|T\s?[IÍ]\s?T\s?U\s?L\s?O|CAP[IÍ]TULO|Cap[íi]tulo|T[íi]tulo|"
    r"SUBSECCI[OÓ]N|Subsecci[óo]n|SECCI[OÓ]N|Secci[óo]n)\s*"
    r"(?P<resto>(?:[IVXLCl]+|\d+|[ÚU]NICO|[ÚU]nico|PRIMER[OA]|SEGUND[OA]|TERCER[OA]|CUART[OA]|QUINT[OA]|"
    r"PRELIMINAR|Preliminar|Primer[oa]|Segund[oa]|Tercer[oa])\b[^\n]{0,140})?$"
)
# Fila vacía o separador de una tabla Markdown ("| | |", "| --- | --- |"): andamiaje, nada que citar.
_ANDAMIO_TABLA = re.compile(r"^\|[\s|:-]*$")
_RANGO = {"LIBRO": 0, "PARTE": 0, "TITULO": 1, "CAPITULO": 2, "SECCION": 3, "SUBSECCION": 4}
_CAPITULO_ROMANO = re.compile(r"^[IVXL]{1,6}\.\s+[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ ,.;()-]{3,200}$")
_FIN_DE_LEY = re.compile(r"^\**\s*(?:El|La)\s+President[ea]\s+del?\s+(?:la\s+)?(?:honorable|H\.)?\s*(?:Senado|C[áa]mara)", re.I)
_INICIO_SENTENCIA = re.compile(r"^\*\*Corte Constitucional\*\*\s*$")
_ENCABEZADO_SENTENCIA = re.compile(
    r"^(?:-\s*)?\**\s*(?:[IVX]{1,5}\.|\d+(?:\.\d+){0,5}\.)\s*\**\s*[A-ZÁÉÍÓÚÑ][^\n]{2,110}$"
)
_NO_TITULO = re.compile(r"^(El|La|Los|Las|Lo|Para|En|Cuando|Si|Son|Se|Sin|Toda|Todo|Todas|Todos|De|Del|Con|Por|Una|Un|A|Al|Es|No|Sólo|Solo)\b")

# Notas de vigencia que la fuente intercala. Una línea que es sólo la nota se quita del texto.
_NOTA_LINEA = re.compile(
    r"^\(?\s*(?:Nota\s*(?:de vigencia)?\s*:\s*)?(?P<nota>(?:Modificad[oa]|Derogad[oa]|Adicionad[oa]|Subrogad[oa]|Sustituid[oa]"
    r"|Declarad[oa]\s+(?:CONDICIONALMENTE\s+|condicionalmente\s+)?(?:INEXEQUIBLE|[Ii]nexequible|EXEQUIBLE|[Ee]xequible)"
    r"|(?:INEXEQUIBLE|[Ii]nexequible))\b[^\n]{0,400})$"
)
_NOTA_EXPLICITA = re.compile(r"^Nota\s*:\s*(?P<nota>[^\n]{5,600})$")
# Senado: "<Aparte subrayado CONDICIONALMENTE exequible> Texto…", "5. <Numeral INEXEQUIBLE>".
_NOTA_ANGULAR = re.compile(
    r"<(?P<nota>[^<>\n]{0,200}?(?:EXEQUIBLE|[Ee]xequible|INEXEQUIBLE|[Ii]nexequible|[Mm]odificad[oa]|[Dd]erogad[oa]"
    r"|[Aa]dicionad[oa]|[Ss]ubrogad[oa]|criterio del editor|[Nn]ota)[^<>\n]{0,300})>"
)
# Artículo que es sólo su nota: "Derogado.", "Declarado Inexequible.", "inexequible. Corte Constitucional. Sentencia C-011…"
_SOLO_NOTA = re.compile(
    r"^(?:Declarad[oa]\s+)?(?:Derogad[oa]|[Ii]nexequible|INEXEQUIBLE)\b(?:[.\s]*$|\.\s*(?:Corte Constitucional|Sentencia)[^\n]*$)"
)


@dataclass(frozen=True)
class MetaLey:
    """Lo que se sabe del documento, venga de cualquier variante de front matter."""

    titulo: str
    identificador: str
    fuente: str
    fecha: str = ""


def limpiar(linea: str) -> str:
    """Quita marcas Markdown de encabezado y énfasis; el resto queda literal."""
    linea = re.sub(r"^#{1,6}\s*", "", linea)
    return re.sub(r"\*+", "", linea).strip()


def leer_front_matter(texto: str) -> tuple[dict, str]:
    if texto.startswith("---"):
        fin = texto.find("\n---", 3)
        if fin != -1:
            try:
                meta = yaml.safe_load(texto[3:fin]) or {}
            except yaml.YAMLError as error:
                raise ErrorDeDocumento(f"El encabezado YAML no es válido: {error}") from error
            return meta, texto[fin + 4 :]
    return {}, texto


def normalizar_meta(meta: dict, cuerpo: str, nombre_archivo: str) -> MetaLey:
    """Título, identificador y fuente desde claves en inglés (legalize-co), en español (SUIN) o del
    Senado (`id: co:ley-estatutaria:1757:2015`); si no hay front matter, del primer encabezado."""
    ident = str(meta.get("identifier") or meta.get("identificador") or "")
    if not ident and meta.get("id"):
        m = re.match(r"co:([a-z-]+):(\d+):(\d{4})", str(meta["id"]))
        if m:
            ident = f"{'LEY' if m.group(1).startswith('ley') else m.group(1).upper()}-{m.group(2)}-{m.group(3)}"
    ident = ident or Path(nombre_archivo).stem
    titulo = str(meta.get("title") or meta.get("titulo") or "").strip()
    if not titulo:
        m = re.search(r"^#{1,3}\s+(.+)$", cuerpo, re.M)
        titulo = limpiar(m.group(1)) if m else ident
    fuente = str(meta.get("source") or meta.get("fuente") or "").strip()
    fecha = str(meta.get("publication_date") or meta.get("fecha_publicacion") or meta.get("fecha") or "")
    return MetaLey(titulo=titulo, identificador=ident, fuente=fuente, fecha=fecha)


def detectar_formato(cuerpo: str) -> str:
    """`senado` (## art:N), `constitucion` (### Artículo N + **URL:**) o `suin` (lo demás)."""
    if re.search(r"^## art:\S+", cuerpo, re.M):
        return "senado"
    if re.search(r"^### Art[íi]culo \S+(?: \d+)?\s*$", cuerpo, re.M) and re.search(r"^\*\*URL:\*\*", cuerpo, re.M):
        return "constitucion"
    return "suin"


def nombre_articulo(linea_limpia: str, num: str, crudo: str = "") -> str:
    """"Artículo 40. Aprobación. Los planes…" → "Artículo 40. Aprobación". Si la fuente marca el epígrafe
    con énfasis (`**Artículo 3°.***Funciones de los municipios.*`, `**Artículo 6°. Categorización…**`),
    se toma lo marcado; un epígrafe en mayúsculas se deja en minúsculas de oración."""
    m_num = re.match(rf"^{_PALABRA_ART}\s+((?:[Tt]ransitorio\s+)?[^\s.:]+)\s*[.:-]?\s*", linea_limpia)
    resto = linea_limpia[m_num.end():] if m_num else linea_limpia
    # «3º», «3o.»: el ordinal tras la cifra sobra; «transitorio» y «único» se quedan enteros.
    base = f"Artículo {re.sub(r'(?<=[0-9])[º°oª]+$', '', m_num.group(1)) if m_num else num}"
    if crudo:
        m_pre = re.match(rf"^#*\s*\**\s*{_PALABRA_ART}\s+(?:[Tt]ransitorio\s+)?[^\s.:*]+[\s*]*[º°ª]?[\s*]*[.:\-–]?", crudo)
        cola = crudo[m_pre.end():] if m_pre else ""
        marcado = re.match(r"^[\s*]*\*\s*([^*\n]{3,150}?)\s*\*", cola) or re.match(r"^\s*([^*\n]{3,150}?)\s*\*", cola)
        if marcado:
            epi = marcado.group(1).strip().rstrip(".:").strip()
            if epi and not _NO_TITULO.match(epi) and len(epi.split()) <= 18 and ". " not in epi:
                return f"{base}. {_titulo_oracion(epi)}"
    m = re.match(r"([^.:]{3,70})[.:]\s*\S", resto)
    if m and not _NO_TITULO.match(m.group(1)) and len(m.group(1).split()) <= 9:
        return f"{base}. {_titulo_oracion(m.group(1).strip())}"
    return base


def titulo_de_ley(meta: MetaLey) -> str:
    m = re.match(r"LEY-(\d+)-(\d{4})", meta.identificador or "")
    if m:
        return f"Ley {m.group(1)} de {m.group(2)}"
    return meta.titulo or meta.identificador


def _nombre_documento(meta: MetaLey, meta_manifiesto: dict) -> str:
    if meta_manifiesto.get("titulo"):
        return meta_manifiesto["titulo"]
    ley = titulo_de_ley(meta)
    resto = re.sub(r"^(?:LEY|Ley)\s+\d+\s+(?:DE|de)\s+\d{4}\s*[-—:]?\s*", "", meta.titulo).strip()
    return f"{ley} — {resto}".strip(" —") if resto and resto != ley else ley


def cargar_ley(ruta: Path, archivo: str, meta_manifiesto: dict, tamano_max: int) -> list[Fragmento]:
    try:
        crudo = ruta.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ErrorDeDocumento(f"{ruta.name} no está en UTF-8.") from error
    meta_fm, cuerpo = leer_front_matter(crudo)
    meta = normalizar_meta(meta_fm, cuerpo, ruta.name)
    documento = _nombre_documento(meta, meta_manifiesto)
    fases = tuple(meta_manifiesto.get("fases") or ())
    tipo = meta_manifiesto.get("tipo") or "norma"
    enlace = str(meta_manifiesto.get("fuente") or meta.fuente or "")
    lineas = cuerpo.splitlines()
    formato = detectar_formato(cuerpo)

    sentencia: list[str] = []
    if formato == "senado":
        bloques = bloques_senado(lineas)
    elif formato == "constitucion":
        bloques = bloques_constitucion(lineas)
    else:
        corte = next((i for i, l in enumerate(lineas) if _INICIO_SENTENCIA.match(l.strip())), len(lineas))
        bloques, sentencia = bloques_suin(lineas[:corte]), lineas[corte:]
    for b in bloques:
        b.enlace = b.enlace or enlace

    fragmentos = agrupar(bloques, archivo=archivo, documento=documento, tipo=tipo, fases=fases, tamano_max=tamano_max)
    if sentencia:
        fragmentos += _cargar_sentencia(sentencia, archivo, documento, fases, tamano_max, len(fragmentos), enlace)
    if not fragmentos:
        raise ErrorDeDocumento(f"{ruta.name}: no se encontró ningún artículo.")
    return fragmentos


# ---------------------------------------------------------------- notas de vigencia


def _resumir_nota(nota: str) -> str:
    """Nota corta en español: sin la cola "El nuevo texto es el siguiente:", primera letra mayúscula;
    "Numeral INEXEQUIBLE" → "Numeral declarado inexequible"."""
    nota = re.sub(r"\s*El nuevo texto es el siguiente:?\s*$", "", nota.strip()).strip(" .:")
    nota = re.sub(r"^(Art[íi]culo|Numeral|Inciso|Literal|Par[áa]grafo|Apartes?(?: (?:tachados?|subrayados?))?)\s+"
                  r"(CONDICIONALMENTE\s+)?(IN)?EXEQUIBLES?$",
                  lambda m: f"{m.group(1)} declarado {(m.group(2) or '').lower()}{(m.group(3) or '').lower()}exequible", nota)
    nota = re.sub(r"\s+", " ", nota)
    if len(nota) > 220:
        nota = nota[:217].rsplit(" ", 1)[0] + "…"
    return nota[:1].upper() + nota[1:]


def separar_nota(linea_limpia: str) -> tuple[list[str], str]:
    """(tramos de texto que quedan, nota). Sólo se *quita* la nota: cada tramo es texto literal de la
    fuente; si la nota estaba en medio ("Texto… <Aparte subrayado…> más texto"), quedan dos tramos y el
    segundo no se une al primero (ver `Bloque.corte`). Un rótulo que queda solo ("5." de "5. <Numeral
    INEXEQUIBLE>", "PARÁGRAFO 1o." de "PARÁGRAFO 1o. <Aparte…> Se podrán…") no es texto que citar."""
    m = _NOTA_ANGULAR.search(linea_limpia)
    if m:
        antes, despues = linea_limpia[: m.start()].strip(), linea_limpia[m.end():].strip()
        if re.fullmatch(r"(?:\d{1,3}|[a-zñ])[.)]|(?:PAR[ÁA]GRAFO|Par[áa]grafo)(?:\s+\w+)?\.?", antes):
            antes = ""  # un rótulo solo ("5.", "PARÁGRAFO 2o.") no es texto que citar
        nota = m.group("nota")
        if nota.lower().startswith("en criterio del editor"):
            nota = ""  # comentario editorial del Senado, no una nota de vigencia
        return [t for t in (antes, despues) if t], _resumir_nota(nota) if nota else ""
    m = _NOTA_EXPLICITA.match(linea_limpia)
    if m:
        return [], _resumir_nota(m.group("nota"))
    m = _NOTA_LINEA.match(linea_limpia)
    if m and len(linea_limpia) < 300:
        return [], _resumir_nota(m.group("nota"))
    return [linea_limpia], ""


def _aplicar_vigencia(bloques: list[Bloque], notas: dict[str, list[str]]) -> list[Bloque]:
    for b in bloques:
        clave = b.seccion.split(" › ")[0]
        if notas.get(clave):
            b.vigencia = "; ".join(dict.fromkeys(notas[clave]))
    return bloques


# ---------------------------------------------------------------- dialecto SUIN (inglés y español)


def _numero(num: str) -> int | None:
    m = re.match(r"\d+", num)
    return int(m.group()) if m else None


def _numeros_en_secuencia(numeros: list[int | None]) -> set[int]:
    """Índices de los candidatos a artículo que forman la secuencia no decreciente más larga.

    Los textos consolidados de SUIN insertan, dentro de un artículo, el artículo de otra ley que éste
    modifica ("Artículo 16. Modifíquese el artículo 9° de la Ley 136…" seguido de "**Artículo 9º.**"):
    ese número rompe la secuencia 16 → 17 y queda dentro del artículo padre. Los no numerados
    ("Artículo transitorio", "Artículo único") siempre cuentan."""
    idx = [i for i, n in enumerate(numeros) if n is not None]
    colas: list[int] = []  # valor final mínimo de una subsecuencia de largo k+1
    colas_i: list[int] = []
    previo: dict[int, int | None] = {}
    for i in idx:
        n = numeros[i]
        k = bisect.bisect_right(colas, n)
        previo[i] = colas_i[k - 1] if k > 0 else None
        if k == len(colas):
            colas.append(n)
            colas_i.append(i)
        else:
            colas[k] = n
            colas_i[k] = i
    elegidos: set[int] = {i for i, n in enumerate(numeros) if n is None}
    i = colas_i[-1] if colas_i else None
    while i is not None:
        elegidos.add(i)
        i = previo[i]
    return elegidos


def _es_articulo(crudo_l: str):
    m = _ARTICULO.match(crudo_l)
    if m and _TRAS_NUMERO.match(m.group("tras")):
        return m
    return None


def _estructura(limpia: str) -> tuple[int, str] | None:
    """("TÍTULO II", "CAPITULO ll", "T I T U L O II", "SECCIÓN PRIMERA") → (rango, nombre)."""
    m = _ESTRUCTURA.match(limpia)
    if not m or len(limpia) > 160:
        return None
    clave = re.sub(r"\s", "", m.group("clave")).upper().replace("Í", "I").replace("Ó", "O")
    palabra = m.group("clave") if " " not in m.group("clave") else {"TITULO": "TÍTULO"}.get(clave, clave)
    resto = limpia[m.end("clave"):]
    # "CAPITULO lll" (ele por I en la fuente): el número del capítulo se lee en romanos.
    resto = re.sub(r"^(\s*)([IVXl]+)\b", lambda r: r.group(1) + r.group(2).replace("l", "I"), resto)
    return _RANGO[clave], f"{palabra}{resto}"


def _romano(texto: str) -> int:
    valores = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for a, b in zip(texto, texto[1:] + " "):
        v = valores.get(a, 0)
        total += -v if valores.get(b, 0) > v else v
    return total


def _es_capitulo_romano(ley: list[str], i: int, en_secuencia: set[int], ultimo: int) -> bool:
    """"VI. ALCALDES" sin "CAPÍTULO" (Ley 136) es capítulo si lo sigue un artículo, no viene después de
    otra línea numerada en romanos (una lista: "I. PRIMER GRUPO", "II. SEGUNDO GRUPO"…) y su número avanza."""
    siguiente = next((j for j in range(i + 1, len(ley)) if ley[j].strip()), None)
    previa = next((j for j in range(i - 1, -1, -1) if ley[j].strip()), None)
    if siguiente is None or siguiente not in en_secuencia:
        return False
    if previa is not None and _CAPITULO_ROMANO.match(limpiar(ley[previa].strip()).rstrip(":")):
        return False
    return _romano(limpiar(ley[i].strip()).split(".")[0]) > ultimo


def _tabla_abre_articulo(ley: list[str], i: int, en_secuencia: set[int]) -> bool:
    """La fila vacía o el separador de la línea `i` abren una tabla cuya primera fila con texto es un artículo."""
    j = next((j for j in range(i + 1, len(ley)) if ley[j].strip() and not _ANDAMIO_TABLA.match(ley[j].strip())), None)
    return j is not None and j in en_secuencia and ley[j].lstrip().startswith("|")


def bloques_suin(ley: list[str]) -> list[Bloque]:
    # Si la mayoría de los artículos usa `#####`, los que no lo usan son de otra ley citada (legalize-co).
    todos = [l for l in ley if _es_articulo(l.strip())]
    con_almohadillas = sum(l.startswith("#") for l in todos) > len(todos) / 2
    candidatos = [
        i for i, l in enumerate(ley)
        if (m := _es_articulo(l.strip())) and (m.group("nivel") or not con_almohadillas)
    ]
    en_secuencia = {candidatos[j] for j in _numeros_en_secuencia([_numero(_es_articulo(ley[i].strip()).group("num")) for i in candidatos])}

    bloques: list[Bloque] = []
    notas: dict[str, list[str]] = {}
    contexto: list[tuple[int, str]] = []
    articulo: str | None = None
    subseccion: str | None = None
    pendiente_nombre = False  # la línea que sigue a "TÍTULO I" es su nombre
    empezo = False  # antes del primer artículo o título sólo hay preámbulo
    ultimo_romano = 0
    cortar = False
    en_firmas = False
    for i, linea in enumerate(ley):
        crudo_l = linea.strip()
        if not crudo_l:
            continue
        if empezo and _FIN_DE_LEY.match(crudo_l):
            en_firmas, articulo = True, None  # firmas: nada que citar hasta otro artículo (si lo hay)
        if _ANDAMIO_TABLA.match(crudo_l) and _tabla_abre_articulo(ley, i, en_secuencia):
            continue  # la tabla que envuelve al artículo siguiente no es texto del anterior
        ctx = " › ".join(n for _, n in contexto)
        m = _es_articulo(crudo_l)
        if m and m.group("celda"):
            # Artículo en una celda: su texto es el de la celda sin los `|` ni las celdas vacías del final (sigue
            # siendo literal de la fuente) y se parte en oraciones, no como una fila de tabla (`oraciones._FILA`).
            crudo_l = re.sub(r"[\s|]*$", "", crudo_l[m.end("celda"):])
        if en_firmas and not (m and i in en_secuencia):
            continue
        if m and i in en_secuencia:
            empezo, en_firmas = True, False
            limpia = limpiar(crudo_l)
            articulo = nombre_articulo(limpia, m.group("num"), crudo_l)
            subseccion = None
            pendiente_nombre = False
            resto = re.sub(rf"^{_PALABRA_ART}\s+[^\s.:]+\s*[.:\-–]?\s*", "", limpia)
            if _SOLO_NOTA.match(resto):
                notas.setdefault(articulo, []).append(_resumir_nota(resto))
                continue
            bloques.append(Bloque(limpia, articulo, None, ctx))
            continue
        if m and articulo:  # artículo de otra ley citado dentro del artículo actual
            limpia = limpiar(crudo_l)
            subseccion = f"{articulo} › {nombre_articulo(limpia, m.group('num'), crudo_l)} (texto modificado)"
            bloques.append(Bloque(limpia, subseccion, None, ctx))
            continue
        limpia = limpiar(crudo_l)
        est = _estructura(limpia) if (crudo_l.startswith(("#", "*")) or len(limpia) < 40) else None
        if est is None and _CAPITULO_ROMANO.match(limpia) and _es_capitulo_romano(ley, i, en_secuencia, ultimo_romano):
            est = (2, limpia)
            ultimo_romano = _romano(limpia.split(".")[0])
        if est:
            empezo = True
            rango, nombre = est
            if contexto and contexto[-1] == (rango, nombre) or any(n.startswith(nombre + ".") for r, n in contexto if r == rango):
                continue  # encabezado repetido por la fuente
            contexto = [(r, n) for r, n in contexto if r < rango] + [(rango, nombre)]
            articulo, subseccion = None, None
            pendiente_nombre = not re.search(r"[A-Za-zÁÉÍÓÚÑáéíóúñ]{4,}", re.sub(r"^\S+\s+\S+", "", nombre))
            continue
        if any(n.endswith(f". {limpia}") or n == limpia for _, n in contexto):
            continue  # nombre de división repetido por la fuente
        if pendiente_nombre and articulo is None and len(limpia) < 160:
            rango, nombre = contexto[-1]
            contexto[-1] = (rango, f"{nombre}. {limpia}")
            pendiente_nombre = False
            continue
        if articulo is None:
            if empezo and crudo_l.startswith("#") and len(limpia) < 120 and not limpia.endswith(".") and contexto:
                # Nombre de capítulo sin su "CAPÍTULO N" (p. ej. "### Competencias de las entidades territoriales").
                rango = contexto[-1][0]
                contexto = [(r, n) for r, n in contexto if r < rango] + [(rango, limpia)]
            # Preámbulo ("El Congreso de Colombia DECRETA"): sin valor de consulta.
            continue
        if crudo_l.startswith("#") and not re.match(r"^[\d(a-z)]", limpia) and len(limpia) < 120 and not limpia.endswith((".", ":", ";")):
            # Encabezado entre artículos que no es Título/Capítulo: nombre de una división sin número.
            rango = contexto[-1][0] if contexto else 2
            contexto = [(r, n) for r, n in contexto if r < rango] + [(rango, limpia)]
            articulo, subseccion = None, None
            continue
        tramos, nota = separar_nota(limpia)
        if nota:
            notas.setdefault(articulo, []).append(nota)
        for tramo in tramos:
            if tramo != limpia and not limpia.startswith(tramo):
                cortar = True  # lo que sigue a una nota quitada empieza fragmento: cada uno es un tramo contiguo
            bloques.append(Bloque(tramo, subseccion or articulo, None, ctx, corte=cortar))
            cortar = False
        if tramos != [limpia]:
            cortar = True
    return _aplicar_vigencia(bloques, notas)


# ---------------------------------------------------------------- dialecto del Senado


def _titulo_oracion(texto: str) -> str:
    """"DE LOS MECANISMOS DE PARTICIPACIÓN" → "De los mecanismos de participación" (sólo si viene en mayúsculas)."""
    texto = texto.strip().rstrip(".").strip()
    if texto and texto.upper() == texto:
        texto = texto[:1] + texto[1:].lower()
    return texto


def _ubicacion(texto: str) -> str:
    """"TÍTULO II. DE LOS MECANISMOS…. > CAPÍTULO I. REGLAS…." → "Título II. De los mecanismos… › Capítulo I. Reglas…"."""
    partes = []
    for parte in re.split(r"\s+>\s+", texto.strip()):
        m = re.match(r"^(T[ÍI]TULO|CAP[ÍI]TULO|LIBRO|PARTE|SECCI[ÓO]N|SUBSECCI[ÓO]N)\s+([^.\s]+)\.?\s*(.*)$", parte.strip())
        if m:
            clave = m.group(1).capitalize()
            nombre = _titulo_oracion(m.group(3))
            partes.append(f"{clave} {m.group(2)}" + (f". {nombre}" if nombre else ""))
        elif parte.strip():
            partes.append(_titulo_oracion(parte))
    return " › ".join(partes)


def bloques_senado(lineas: list[str]) -> list[Bloque]:
    bloques: list[Bloque] = []
    notas: dict[str, list[str]] = {}
    articulo: str | None = None
    contexto = ""
    cortar = False
    for linea in lineas:
        crudo_l = linea.strip()
        if not crudo_l or crudo_l == "---":
            continue
        m = re.match(r"^## art:(?P<num>\S+)\s*(?:[—–-]\s*(?P<epi>.*))?$", crudo_l)
        if m:
            num = m.group("num")
            t = re.match(r"transitorio-?(\d*)", num, re.I)
            base = f"Artículo transitorio {t.group(1)}".strip() if t else f"Artículo {num}"
            epi = _titulo_oracion(m.group("epi") or "")
            articulo = f"{base}. {epi}" if epi else base
            contexto = ""
            continue
        if crudo_l.startswith("ubicacion:"):
            contexto = _ubicacion(crudo_l[len("ubicacion:"):])
            continue
        if articulo is None:
            continue
        limpia = limpiar(crudo_l)
        tramos, nota = separar_nota(limpia)
        if nota:
            notas.setdefault(articulo, []).append(nota)
        for tramo in tramos:
            if tramo != limpia and not limpia.startswith(tramo):
                cortar = True
            bloques.append(Bloque(tramo, articulo, None, contexto, corte=cortar))
            cortar = False
        if tramos != [limpia]:
            cortar = True
    return _aplicar_vigencia(bloques, notas)


# ---------------------------------------------------------------- Constitución


def bloques_constitucion(lineas: list[str]) -> list[Bloque]:
    from indexacion.cargadores.constitucion import ubicar_articulo

    bloques: list[Bloque] = []
    articulo: str | None = None
    contexto = ""
    enlace = ""
    primera = False
    cortar = False
    for linea in lineas:
        crudo_l = linea.strip()
        m = re.match(r"^### Art[íi]culo\s+(?P<num>TRANSITORIO\s+\d+\w*|\d+[A-Z]?)\s*$", crudo_l, re.I)
        if m:
            num = m.group("num")
            articulo, contexto, enlace, primera = num, "", "", True
            continue
        if articulo is None or not crudo_l or crudo_l == "---":
            continue
        if crudo_l.startswith("**Parágrafos:**"):
            cortar = True  # rótulo del conversor, no de la Constitución: se quita y el fragmento no lo salta
            continue
        if crudo_l.startswith("**URL:**"):
            # Bajo un mismo encabezado pueden venir varios artículos (transitorios 61–64): cada URL abre uno.
            enlace = crudo_l[len("**URL:**"):].strip(" []<>")
            primera = True
            continue
        if crudo_l.startswith("#") or crudo_l.startswith("**Total de"):
            continue
        limpia = limpiar(crudo_l)
        if re.match(rf"^{_PALABRA_ART}(?:\s+TRANSITORIO)?(?:\s+\d+\w*)?\.?$", limpia, re.I):
            continue  # artículo sin texto (derogado en la fuente): nada que citar
        if primera:
            articulo, contexto = _seccion_constitucion(articulo, limpia, enlace, ubicar_articulo)
            primera = False
        bloques.append(Bloque(limpia, articulo, None, contexto, enlace=enlace, corte=cortar))
        cortar = False
    return bloques


def _seccion_constitucion(num: str, primera_linea: str, enlace: str, ubicar) -> tuple[str, str]:
    """"339" → ("Artículo 339", "Título XII. … › Capítulo 2. De los planes de desarrollo").

    Los transitorios se nombran por el ancla oficial, no por el encabezado del archivo (que repite
    números): `#TRANSITORIO%2061` → "Artículo transitorio 61"; los de actos legislativos posteriores,
    `#TRANSITORIO%20ACL01017-1` → "Artículo transitorio 1 (Acto Legislativo 01 de 2017)"."""
    from urllib.parse import unquote

    ancla = unquote(enlace.rsplit("#", 1)[1]) if "#" in enlace else ""
    t = re.match(r"TRANSITORIO\s*(\S*)", ancla or num, re.I)
    if t:
        resto = t.group(1)
        acto = re.match(r"ACL(\d{2})\d(\d{2})-(\w+)", resto)
        if acto:
            origen = f"Acto Legislativo {acto.group(1)} de {2000 + int(acto.group(2))}"
            base = f"Artículo transitorio {acto.group(3)} ({origen})"
            contexto = f"Disposiciones transitorias › {origen}"
        else:
            base = f"Artículo transitorio {resto.lower() if resto.isalpha() else resto}".strip()
            contexto = "Disposiciones transitorias"
    else:
        base = f"Artículo {num}"
        contexto = ubicar(num)
    resto = re.sub(rf"^{_PALABRA_ART}\s+(?:TRANSITORIO\s+)?\S+?\.\s*", "", primera_linea)
    epi = re.match(r"^([A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ ,()-]{3,120})\.\s", resto)
    if epi:
        base = f"{base}. {_titulo_oracion(epi.group(1))}"
    return base, contexto


# ---------------------------------------------------------------- sentencia anexa (Ley 1712)


def _cargar_sentencia(lineas: list[str], archivo, documento_ley, fases, tamano_max, orden, enlace="") -> list[Fragmento]:
    """La sentencia que revisó la ley, anexa al mismo archivo: otro documento, otro tipo."""
    texto = "\n".join(lineas)
    m = re.search(r"SENTENCIA\s+N[ÚU]MERO\s+(C-\d+\s+DE\s+\d{4})", texto)
    nombre = f"Sentencia {m.group(1).title().replace('De', 'de')}" if m else "Sentencia de la Corte Constitucional"
    documento = f"{nombre} (Corte Constitucional), sobre la {documento_ley.split(' — ')[0]}"
    bloques: list[Bloque] = []
    seccion = "Oficio remisorio"
    for linea in lineas:
        crudo_l = linea.strip()
        if not crudo_l:
            continue
        limpia = limpiar(crudo_l)
        if re.match(r"^\*\*\d{1,3}\*\*\s", crudo_l):
            bloques.append(Bloque(limpia, f"Nota al pie {crudo_l.split('**')[1]}", enlace=enlace))
            continue
        if _ENCABEZADO_SENTENCIA.match(crudo_l) and (crudo_l.startswith(("-", "*")) or crudo_l.isupper()):
            seccion = re.sub(r"^-\s*", "", limpia).rstrip(":")
        bloques.append(Bloque(limpia, seccion, enlace=enlace))
    return agrupar(bloques, archivo=archivo, documento=documento, tipo="sentencia", fases=fases,
                   tamano_max=tamano_max, orden_inicial=orden)
