"""El contrato entre la indexación y el asistente: un pasaje citable con su origen."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field


CARPETA_SUBIDOS = "subidos/"


def es_subido(archivo: str) -> bool:
    return archivo.startswith(CARPETA_SUBIDOS)


@dataclass(frozen=True)
class Fragmento:
    """Unidad que se indexa, se recupera y se cita.

    `texto` es una copia literal de la fuente (sin marcas Markdown `*`/`#`), de modo que
    cualquier frase que se cite de él es una cita textual del documento.
    """

    archivo: str  # ruta relativa al directorio del corpus
    documento: str  # título legible del documento
    tipo: str  # guia | norma | circular | sentencia
    seccion: str  # "Artículo 40. Aprobación" o "5. Fases y resultados › Fase II"
    texto: str
    pagina: int | None = None  # sólo para PDF (1 = primera página)
    contexto: str = ""  # ruta de encabezados superiores: "Título II › Capítulo IX"
    fases: tuple[str, ...] = field(default_factory=tuple)
    orden: int = 0  # posición dentro del documento
    enlace: str = ""  # texto oficial en línea (con el ancla del artículo cuando la fuente la tiene)
    vigencia: str = ""  # nota de la fuente: "Modificado por el artículo 29 de la Ley 1551 de 2012", "Derogado…"
    # Artículo vigente que lo reemplazó, "archivo#número" (p. ej. "normas/LEY-1757-2015.md#9"); ver indexacion/vigencia.py
    reemplazado_por: str = ""

    @property
    def subido(self) -> bool:
        """Subido por un usuario (corpus/subidos/), no una fuente oficial: se marca y pesa menos en empates."""
        return es_subido(self.archivo)

    @property
    def id(self) -> str:
        """Identificador por contenido: el mismo pasaje conserva su id aunque se agreguen artículos antes
        de él, así los enlaces a citas guardados siguen sirviendo tras una reindexación."""
        base = f"{self.archivo}|{self.seccion}|{self.texto}"
        return hashlib.sha1(base.encode("utf-8")).hexdigest()[:20]

    def a_dict(self) -> dict:
        datos = asdict(self)
        datos["fases"] = list(self.fases)
        datos["id"] = self.id
        return datos

    @classmethod
    def de_dict(cls, datos: dict) -> "Fragmento":
        datos = {k: v for k, v in datos.items() if k != "id"}
        datos["fases"] = tuple(datos.get("fases") or ())
        return cls(**datos)

    def texto_para_embeber(self) -> str:
        """Título, Título › Capítulo y sección delante del texto: el modelo denso ve de qué trata el pasaje
        (un artículo de la Constitución no tiene epígrafe; "Capítulo 2. De los planes de desarrollo" sí lo
        dice). Con el contexto, 10 de 14 preguntas sobre los documentos nuevos encuentran su fuente entre
        las 5 primeras (9 sin él) y las 126 del conjunto propio siguen en 106."""
        contexto = f"{self.contexto}. " if self.contexto else ""
        return f"{self.documento}. {contexto}{self.seccion}. {self.texto}"
