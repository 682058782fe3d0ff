"""Lo que el asistente devuelve: una respuesta breve y las citas textuales que la sostienen."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from indexacion.fragmento import Fragmento


@dataclass
class Pasaje:
    """Un fragmento recuperado con su puntaje de fusión."""

    fragmento: Fragmento
    puntaje: float

    def a_dict(self) -> dict:
        f = self.fragmento
        return {"id": f.id, "archivo": f.archivo, "documento": f.documento, "seccion": f.seccion,
                "pagina": f.pagina, "texto": f.texto, "puntaje": round(self.puntaje, 6)}


@dataclass
class Cita:
    numero: int
    archivo: str
    documento: str
    seccion: str
    pagina: int | None
    texto: str  # cita textual de la fuente
    fragmento_id: str
    enlace: str = ""  # texto oficial en línea
    vigencia: str = ""  # "Modificado por…", "Derogado…": se muestra junto a la cita
    origen: str = ""  # "oficial" | "subido" (documento subido por un usuario, no verificado); se deduce del archivo

    def __post_init__(self) -> None:
        if not self.origen:
            from indexacion.fragmento import es_subido

            self.origen = "subido" if es_subido(self.archivo) else "oficial"

    def referencia(self) -> str:
        pagina = f", pág. {self.pagina}" if self.pagina else ""
        marca = " (documento subido, no oficial)" if self.origen == "subido" else ""
        return f"[{self.numero}] {self.documento}{marca} — {self.seccion}{pagina}"

    def a_dict(self) -> dict:
        return asdict(self)


@dataclass
class Respuesta:
    pregunta: str
    respuesta: str
    citas: list[Cita] = field(default_factory=list)
    sin_respuesta: bool = False
    confianza: float = 0.0
    pasajes: list[Pasaje] = field(default_factory=list)
    sugerencias: list[str] = field(default_factory=list)
    compositor: str = "extractivo"

    def texto_con_fuentes(self) -> str:
        if not self.citas:
            return self.respuesta
        fuentes = "\n".join(c.referencia() for c in self.citas)
        return f"{self.respuesta}\n\nFuentes:\n{fuentes}"

    def a_dict(self, con_pasajes: bool = False) -> dict:
        datos = {
            "pregunta": self.pregunta,
            "respuesta": self.respuesta,
            "citas": [c.a_dict() for c in self.citas],
            "sin_respuesta": self.sin_respuesta,
            "confianza": round(self.confianza, 4),
            "sugerencias": self.sugerencias,
            "compositor": self.compositor,
        }
        if con_pasajes:
            datos["pasajes"] = [p.a_dict() for p in self.pasajes]
        return datos
