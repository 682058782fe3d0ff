"""Normalización y análisis léxico del español, compartido por el índice y las consultas.

Se pliega acentos *antes* de aplicar el stemmer para que "publicación" y "publicacion"
(tal como la gente escribe) den el mismo término.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import Stemmer
import yaml

_PALABRA = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[a-zñ]+", re.IGNORECASE)

# Palabras vacías del español (lista de Snowball), ya sin acentos, más términos de pregunta.
PALABRAS_VACIAS = frozenset(
    """
    de la que el en y a los del se las por un para con no una su al lo como mas pero sus le ya o
    este si porque esta entre cuando muy sin sobre tambien me hasta hay donde quien desde todo nos
    durante todos uno les ni contra otros ese eso ante ellos e esto mi antes algunos que unos yo otro
    otras otra el tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo
    nosotros mis tu te ti tus ellas nosotras vosotros vosotras os mio mia mios mias tuyo tuya tuyos
    tuyas suyo suya suyos suyas nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras
    esos esas estoy estas esta estamos estais estan este estes estemos esteis esten estare estaras
    estara estaremos estareis estaran es son fue era ser sea han ha he hemos habia tiene tienen tengo
    tenemos cual cuales cuanto cuanta cuantos cuantas que quien quienes como donde cuando
    puede pueden debe deben hace hacer dice segun pasa sido seria serian cosa cosas alguien
    necesita necesitan necesito requiere requieren pedir piden tengo tener saber quiero debo
    ocurre sucede existe existen hay haber hago toca tocaria tocara oiga
    """.split()
)

# Escritura coloquial frecuente en chats.
COLOQUIALISMOS = {
    "q": "que", "k": "que", "xq": "porque", "pq": "porque", "porq": "porque", "x": "por",
    "tb": "tambien", "tmb": "tambien", "pa": "para", "d": "de", "dnd": "donde", "cdo": "cuando",
    "info": "informacion", "xfa": "", "porfa": "", "plis": "", "alcaldia": "alcaldia",
}

_stemmer = Stemmer.Stemmer("spanish")

_FAMILIAS_TXT = Path(__file__).with_name("familias.yaml").read_text(encoding="utf-8")
# Palabra plegada → raíz propia, para las familias que Snowball funde y aquí significan otra cosa
# ("ordenanza" no es "orden"): datos en `familias.yaml`, con su prueba.
_FAMILIAS: list[dict] = yaml.safe_load(_FAMILIAS_TXT)
RAICES_PROPIAS: dict[str, str] = {p: f["raiz"] for f in _FAMILIAS for p in f["palabras"]}


def huella_analisis(raices: dict[str, str] = RAICES_PROPIAS, vacias: frozenset = PALABRAS_VACIAS,
                    coloquialismos: dict[str, str] = COLOQUIALISMOS) -> str:
    """Huella del análisis léxico: si cambian las familias, las palabras vacías o los coloquialismos, los términos
    del índice BM25 ya no son los de las consultas; el indexador y el servidor la comparan. Se calcula sobre el
    contenido, no sobre el texto del archivo: un comentario nuevo en familias.yaml no obliga a reindexar."""
    datos = repr((sorted(raices.items()), sorted(vacias), sorted(coloquialismos.items()), Stemmer.version()))
    return hashlib.sha256(datos.encode()).hexdigest()[:12]


HUELLA_ANALISIS = huella_analisis()


def plegar(texto: str) -> str:
    """Minúsculas y sin tildes (la ñ se conserva)."""
    texto = texto.lower().replace("ñ", "\x00")
    texto = unicodedata.normalize("NFKD", texto)
    texto = "".join(c for c in texto if not unicodedata.combining(c))
    return texto.replace("\x00", "ñ")


def palabras(texto: str) -> list[str]:
    """Palabras plegadas, con la ortografía coloquial corregida."""
    salida = []
    for p in _PALABRA.findall(plegar(texto)):
        p = COLOQUIALISMOS.get(p, p)
        if p:
            salida.extend(p.split())
    return salida


@lru_cache(maxsize=200_000)
def raiz(palabra: str) -> str:
    return RAICES_PROPIAS.get(palabra) or _stemmer.stemWord(palabra)


# Sólo las familias que separan: volver a juntar por prefijo las que unen («reeleg» con «reelección») no deshace nada.
_RAICES_DE_FAMILIA = frozenset(f["raiz"] for f in _FAMILIAS if "separa_de" in f)


def prefijo(termino: str) -> str | None:
    """Cinco primeras letras, para emparejar variantes que Snowball no junta ("planeacion"/"planear"); ninguno
    para las raíces de familia: volver a juntar "partid" con "particip" desharía la separación."""
    return termino[:5] if len(termino) >= 5 and termino not in _RAICES_DE_FAMILIA else None


def terminos(texto: str) -> list[str]:
    """Términos para el índice léxico: palabras plegadas, sin vacías, con raíz Snowball (salvo familias propias)."""
    return [raiz(p) for p in palabras(texto) if p not in PALABRAS_VACIAS and (len(p) > 1 or p.isdigit())]


def colapsar(texto: str) -> str:
    """Forma canónica para comparar citas con la fuente: sin `*`/`#`, espacios colapsados."""
    return re.sub(r"\s+", " ", re.sub(r"[*#]", "", texto)).strip().lower()
