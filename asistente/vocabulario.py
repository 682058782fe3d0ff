"""El vocabulario del dominio (asistente/vocabulario.yaml) cargado y compilado una vez.

Vive en un archivo de datos para que quien conoce el campo lo amplíe sin tocar código: siglas,
habla coloquial, nombres corrientes de las leyes, tipos de pregunta, ámbito (territorial o nacional),
temas vecinos con la entidad que sí los responde. Los patrones se aplican a la pregunta plegada
(minúsculas, sin tildes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import yaml

from indexacion.texto import palabras, plegar, terminos

RUTA = Path(__file__).with_name("vocabulario.yaml")


@dataclass(frozen=True)
class PatronPlegado:
    """Patrón escrito sin tildes que se busca en texto de las normas, que sí las lleva: «sancion» debe
    hallar «sanción» y «sera requerid», «será requerido» (compilado tal cual, no hallaba ninguno)."""

    regex: re.Pattern

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    def search(self, texto: str) -> re.Match | None:
        return self.regex.search(plegar(texto))


@dataclass(frozen=True)
class Redireccion:
    entidad: str
    motivo: str


class Vocabulario:
    def __init__(self, ruta: Path = RUTA) -> None:
        self.datos = yaml.safe_load(ruta.read_text(encoding="utf-8"))
        d = self.datos
        self.siglas: dict[str, str] = {str(k): str(v) for k, v in d["siglas"].items()}
        self.sinonimos = [(re.compile(s["patron"]), s["agrega"]) for s in d["sinonimos"]]
        self.alias_normas = [(re.compile(a["patron"]), str(a["norma"])) for a in d["alias_normas"]]
        self.tipos = [(t["tipo"], re.compile(t["patron"])) for t in d["tipos_pregunta"]]
        self._respuesta = {k: PatronPlegado(re.compile(v)) for k, v in d["patrones_respuesta"].items()}
        self.redirecciones = [(re.compile(r["patron"]), Redireccion(r["entidad"], r["motivo"])) for r in d["redirecciones"]]
        self.penalizacion_redireccion: float = float(d["penalizacion_redireccion"])
        lugar = d["dato_de_lugar"]
        self._dato_de_lugar = Redireccion(lugar["entidad"], lugar["motivo"])
        self._pregunta_de_dato = re.compile(lugar["pregunta"])
        nombres = sorted(lugar["lugares"], key=len, reverse=True)
        self._lugares = re.compile(r"\b(" + "|".join(re.escape(n) for n in nombres) + r")\b")
        a = d["ambitos"]
        self._ambito_territorial = re.compile(a["territorial"])
        self._ambito_nacional = re.compile(a["nacional"])
        self.marcas_nacionales = re.compile(a["marcas_nacionales"])
        self.marcas_territoriales = re.compile(a["marcas_territoriales"])
        self.regimen_especial = re.compile(a["regimen_especial"])
        sujeto = d["sujeto_del_perfil"]
        self._primera_persona = re.compile(sujeto["primera_persona"])
        self._sujeto_perfil = {k: re.compile(v) for k, v in sujeto.items() if k != "primera_persona"}
        self._titulo_dictamen = re.compile(d["titulos_dictamen"])
        self._formula_de_reforma = re.compile(d["formula_de_reforma"])
        modal = d["sujeto_nombrado"]["modal"]
        self._sujeto_nombrado = [(re.compile(rf"\b{modal} {a['pregunta']}\b|\b{a['pregunta']} {modal}\b"), re.compile(a["sujeto"]))
                                 for a in d["sujeto_nombrado"]["actores"]]
        # El actor que es el propio perfil («el ctp…» dicho por un CTP) es sujeto aunque no esté junto al verbo.
        self._actor_del_perfil = {perfil: re.compile(rf"\b{a['pregunta']}\b") for perfil, patron in self._sujeto_perfil.items()
                                  for a in d["sujeto_nombrado"]["actores"] if a["sujeto"] == patron.pattern}
        self.temas_propios = [(t["tema"], re.compile(t["documento"]), re.compile(t["pregunta"]))
                              for t in d["temas_propios"]]

    def traducciones(self, pregunta: str, max_palabras: int = 3) -> list[tuple[str, str]]:
        """(palabras del usuario, lo que la norma dice en su lugar) para cada sinónimo corto que casa: «plata» →
        «recursos». La palabra coloquial casi nunca está en la norma; la cubre su equivalente, como a una sigla."""
        plano = " ".join(palabras(pregunta))
        salida = []
        for patron, agrega in self.sinonimos:
            for m in patron.finditer(plano):
                if 0 < len(m.group(0).split()) <= max_palabras:
                    salida.append((m.group(0), agrega))
        return salida

    @cached_property
    def terminos_genericos(self) -> frozenset[str]:
        return frozenset(terminos(self.datos["terminos_genericos"])) | frozenset(self.datos["terminos_genericos"].split())

    @cached_property
    def niveles_de_gobierno(self) -> tuple[frozenset[str], ...]:
        return tuple(frozenset(terminos(n)) for n in self.datos["niveles_de_gobierno"])

    @staticmethod
    def plano(texto: str) -> str:
        return " ".join(palabras(texto))

    def tipo_de_pregunta(self, pregunta: str) -> str:
        t = self.plano(pregunta)
        return next((tipo for tipo, patron in self.tipos if patron.search(t)), "general")

    def quien_es_nosotros(self, pregunta: str, perfil: str | None) -> str | None:
        """«¿Y si no lo entregamos a tiempo?» de un consejero: la búsqueda suma «consejo territorial de planeación»."""
        frase = self.datos.get("nosotros_del_perfil", {}).get(perfil or "")
        if not frase or not self._primera_persona.search(self.plano(pregunta)):
            return None
        return None if set(terminos(frase)) <= set(terminos(pregunta)) else frase

    def sujeto_del_perfil(self, pregunta: str, perfil: str | None) -> re.Pattern | None:
        """Patrón del sujeto que es el usuario, si pregunta en primera persona y se sabe su perfil."""
        if perfil not in self._sujeto_perfil or not self._primera_persona.search(self.plano(pregunta)):
            return None
        return self._sujeto_perfil[perfil]

    def es_titulo_de_dictamen(self, titulo: str) -> bool:
        """«Concepto del Consejo Nacional de Planeación» es la opinión del Consejo, no su definición."""
        return bool(self._titulo_dictamen.search(self.plano(titulo)))

    def es_formula_de_reforma(self, oracion: str) -> bool:
        """«El artículo 43 de la Ley 136 de 1994 quedará así:» anuncia un texto; no responde nada."""
        return bool(self._formula_de_reforma.search(self.plano(oracion)))

    def sujeto_de(self, pregunta: str, perfil: str | None) -> re.Pattern | None:
        """El actor que la pregunta pone como sujeto de «tiene/debe/puede» («¿cuánto plazo tiene el CTP?»); si no
        nombra ninguno y va en primera persona, el del perfil."""
        t = self.plano(pregunta)
        # «¿cuántos concejales puede tener…?» cuenta actores, no obliga a ninguno.
        nombrados = [(m.start(), sujeto) for patron, sujeto in self._sujeto_nombrado for m in [patron.search(t)]
                     if m and not re.search(r"\bcuant[oa]s\s+$", t[:m.start()])]
        if nombrados:
            return min(nombrados, key=lambda x: x[0])[1]
        mencion = self._actor_del_perfil[perfil].search(t) if perfil in self._actor_del_perfil else None
        if mencion and not re.search(r"\b(al|a los|a las|a la|ante el|ante los|del|de los|con el|con los)\s*$", t[:mencion.start()]):
            return self._sujeto_perfil[perfil]  # «el ctp cuánto tiempo tiene…» dicho por un consejero; no «convocar al ctp»
        return self.sujeto_del_perfil(pregunta, perfil)

    def patron_respuesta(self, tipo: str) -> PatronPlegado | None:
        return self._respuesta.get(tipo)

    def redireccion(self, pregunta: str) -> Redireccion | None:
        t = self.plano(pregunta)
        tema = next((r for patron, r in self.redirecciones if patron.search(t)), None)
        if tema is None and self._lugares.search(t) and self._pregunta_de_dato.search(t):
            return self._dato_de_lugar
        return tema

    def temas_de_documento(self, documento: str) -> frozenset[str]:
        """Temas propios de un documento ("Ley 388 de 1997 …" → ordenamiento territorial)."""
        t = self.plano(documento)
        return frozenset(tema for tema, doc, _ in self.temas_propios if doc.search(t))

    def temas_de_pregunta(self, pregunta: str) -> frozenset[str]:
        t = self.plano(pregunta)
        return frozenset(tema for tema, _, preg in self.temas_propios if preg.search(t))

    def ambito_pregunta(self, pregunta: str, perfil: str | None = None) -> str | None:
        """'territorial' si la pregunta (o el perfil) es de municipio/departamento y no nombra lo nacional."""
        t = self.plano(pregunta)
        nacional = bool(self._ambito_nacional.search(t))
        territorial = bool(self._ambito_territorial.search(t))
        if nacional and not territorial:
            return "nacional"
        if territorial and not nacional:
            return "territorial"
        if not nacional and perfil in ("ctp", "funcionario", "candidato"):
            return "territorial"
        return None


VOCABULARIO = Vocabulario()
