"""Qué artículo del corpus reemplazó a cuál: la tabla curada `corpus/vigencia.yaml`.

Las leyes viejas del corpus (131 y 134 de 1994) traen su texto original, p. ej. el 40 % de firmas para la
revocatoria, que hoy es el 30 % de la Ley 1757 de 2015. Sin esta tabla el asistente citaría la regla
superada. Cada fragmento de un artículo reemplazado lleva en `Fragmento.reemplazado_por` la referencia
`"archivo#número"` del artículo *vigente* (al final de la cadena 131 → 741 → 1757) y en
`Fragmento.vigencia` la nota de la tabla ("Modificado por el artículo 1 de la Ley 741 de 2002").

Interfaz para el compositor:
    reemplazos = leer_reemplazos(corpus_dir)           # list[Reemplazo]
    vigente(reemplazos, "normas/LEY-131-1994.md", "7")  # Referencia("normas/LEY-1757-2015.md", "9")
    es_del_articulo(fragmento, Referencia(...))           # ¿este fragmento es de ese artículo?
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from indexacion.fragmento import Fragmento

ARCHIVO_TABLA = "vigencia.yaml"


@dataclass(frozen=True)
class Referencia:
    archivo: str  # relativo al corpus: "normas/LEY-1757-2015.md"
    articulo: str  # "9", "22A", "transitorio 112"

    @classmethod
    def leer(cls, texto: str) -> "Referencia":
        archivo, _, articulo = str(texto).partition("#")
        if not archivo or not articulo:
            raise ValueError(f"Referencia inválida en {ARCHIVO_TABLA}: «{texto}» (se espera «archivo#número»).")
        return cls(archivo.strip(), articulo.strip())

    def __str__(self) -> str:
        return f"{self.archivo}#{self.articulo}"


@dataclass(frozen=True)
class Reemplazo:
    anterior: Referencia
    posterior: Referencia
    tipo: str  # modifica | adiciona | reemplaza
    nota: str
    menciona: str = ""  # texto que el artículo posterior contiene (se comprueba en las pruebas)


def leer_reemplazos(corpus_dir: Path) -> list[Reemplazo]:
    """La tabla del corpus; lista vacía si el corpus no la trae (un corpus de usuario sin leyes viejas)."""
    ruta = Path(corpus_dir) / ARCHIVO_TABLA
    if not ruta.exists():
        return []
    datos = yaml.safe_load(ruta.read_text(encoding="utf-8")) or {}
    return [
        Reemplazo(Referencia.leer(e["anterior"]), Referencia.leer(e["posterior"]), str(e.get("tipo") or "modifica"),
                  str(e.get("nota") or ""), str(e.get("menciona") or ""))
        for e in datos.get("reemplazos") or []
    ]


# Nota de la fuente que deja sin efecto el artículo entero ("Artículo declarado inexequible", "Artículo derogado por…");
# no la de un aparte o numeral ("Numeral declarado inexequible"), ni «…derogado parcialmente», ni una exequibilidad
# condicionada. Las notas de un fragmento van unidas con «; »: se mira cada una.
_SIN_EFECTO = re.compile(r"^Art[íi]culo\s+(?:declarad[oa]\s+inexequible|derogad[oa])\b(?!\s+parcial)", re.IGNORECASE)


def sin_efecto(fragmento: Fragmento) -> bool:
    """El artículo ya no rige (la Corte lo tumbó o una ley lo derogó) aunque la fuente conserve su texto."""
    return any(_SIN_EFECTO.match(nota.strip()) for nota in fragmento.vigencia.split(";"))


def numero_articulo(seccion: str) -> str | None:
    """"Artículo 9. Cantidad de apoyos…" → "9"; "Artículo transitorio 112" → "transitorio 112";
    "Artículo 6 › Artículo 3. Funciones… (texto modificado)" → "6" (el artículo que lo contiene)."""
    m = re.match(r"Artículo ((?:transitorio )?[\w-]+)", seccion)
    return m.group(1) if m else None


def es_del_articulo(fragmento: Fragmento, ref: Referencia) -> bool:
    return fragmento.archivo == ref.archivo and numero_articulo(fragmento.seccion) == ref.articulo


def vigente(reemplazos: list[Reemplazo], archivo: str, articulo: str,
            presentes: set[str] | None = None) -> Referencia | None:
    """El último artículo de la cadena de reemplazos (None si nadie lo reemplazó). Con `presentes` (archivos
    del corpus), la cadena se detiene en el último artículo que el corpus sí tiene."""
    siguiente = {str(r.anterior): r.posterior for r in reemplazos
                 if presentes is None or r.posterior.archivo in presentes}
    actual, visto = Referencia(archivo, articulo), set()
    while str(actual) in siguiente and str(actual) not in visto:
        visto.add(str(actual))
        actual = siguiente[str(actual)]
    return None if not visto else actual


def aplicar_reemplazos(fragmentos: list[Fragmento], reemplazos: list[Reemplazo],
                       presentes: set[str] | None = None) -> list[Fragmento]:
    """Marca los fragmentos de artículos reemplazados: `reemplazado_por` y la nota en `vigencia`. Sólo
    cuentan los reemplazos cuyo artículo posterior está en el corpus (`presentes`, si se da)."""
    if not reemplazos:
        return fragmentos
    por_anterior = {str(r.anterior): r for r in reemplazos if presentes is None or r.posterior.archivo in presentes}
    salida = []
    for f in fragmentos:
        num = numero_articulo(f.seccion) if f.tipo == "norma" else None
        r = por_anterior.get(f"{f.archivo}#{num}") if num else None
        if r is None:
            salida.append(f)
            continue
        final = vigente(reemplazos, f.archivo, num, presentes)
        nota = r.nota if r.nota and r.nota not in f.vigencia else ""
        vigencia = "; ".join(x for x in (f.vigencia, nota) if x)
        salida.append(replace(f, reemplazado_por=str(final), vigencia=vigencia))
    return salida


def reemplazos_de_archivo(reemplazos: list[Reemplazo], archivo: str, presentes: set[str] | None = None) -> str:
    """Las entradas que tocan un archivo, en texto estable: entra en su hash para reindexarlo si cambian."""
    propios = sorted((str(r.anterior), str(vigente(reemplazos, r.anterior.archivo, r.anterior.articulo, presentes)), r.nota)
                     for r in reemplazos if r.anterior.archivo == archivo
                     and (presentes is None or r.posterior.archivo in presentes))
    return repr(propios)
