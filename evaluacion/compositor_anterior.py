"""El compositor extractivo anterior (hasta diciembre de 2026), sólo para comparar: apila citas
«Según Ley X (Artículo Y): «…»» de las mejores oraciones. `asistente comparar` lo mide junto al actual.
"""

from __future__ import annotations

import re

from asistente.compositor import (_FECHA, _PLAZO_CONCRETO, _TIEMPO, CompositorExtractivo, _Unidad, confianza,
                                  documento_corto)
from asistente.consulta import Consulta
from asistente.recuperador import Recuperacion
from asistente.respuesta import Cita, Respuesta
from indexacion.oraciones import unidades
from indexacion.texto import terminos

_DEFINE = re.compile(r"\b(es|son) (el|la|los|las|un|una|aquel|aquella|aquellos|toda|todo)\b|se entiende(n)? por|se denomina|consiste en|^[^.]{3,60}\.\s+(Es|Son)\b", re.IGNORECASE)
_NUMERO = re.compile(r"\d|\b(uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|treinta|mitad|tercera?|cuarta)\b", re.IGNORECASE)
_ITEM = re.compile(r"^\s*(?:[-•✓▪o]\s|[0-9]{1,2}[.)]\s|[a-zñ][).]\s)")
MAX_CARACTERES = 1200


class CompositorCitasApiladas:
    nombre = "citas-apiladas"

    def __init__(self, umbral: float = 0.58, fragmentos: int = 5) -> None:
        self.umbral = umbral
        self.fragmentos = fragmentos

    def componer(self, consulta: Consulta, recuperacion: Recuperacion, perfil: str | None = None) -> Respuesta:
        conf = confianza(recuperacion)
        pasajes = recuperacion.pasajes[: self.fragmentos]
        if conf < self.umbral or not pasajes:
            return self.rechazo(consulta, recuperacion, conf)
        elegidas = self._elegir(consulta, pasajes, recuperacion.idf)
        citas: list[Cita] = []
        lineas: list[str] = []
        for grupo in elegidas:
            f = pasajes[grupo[0].fragmento].fragmento
            texto = "\n".join(u.texto for u in grupo)
            mostrado = self._resumir(grupo)
            cita = Cita(len(citas) + 1, f.archivo, f.documento, f.seccion, f.pagina, texto, f.id, f.enlace, f.vigencia)
            citas.append(cita)
            lugar = f.seccion.split(" › ")[-1]
            pagina = f", pág. {f.pagina}" if f.pagina else ""
            lineas.append(f"Según {documento_corto(f.documento)} ({lugar}{pagina}): «{mostrado}» [{cita.numero}]")
        return Respuesta(
            pregunta=consulta.pregunta,
            respuesta="\n\n".join(lineas),
            citas=citas,
            confianza=conf,
            pasajes=recuperacion.pasajes,
        )

    def rechazo(self, consulta: Consulta, recuperacion: Recuperacion, conf: float) -> Respuesta:
        temas = []
        for p in recuperacion.pasajes[:4]:
            tema = f"{documento_corto(p.fragmento.documento)}: {p.fragmento.seccion.split(' › ')[-1]}"
            if tema not in temas:
                temas.append(tema)
        texto = (
            "No encuentro información sobre eso en las fuentes que consulto (la estrategia Juntos por el "
            "Territorio del DNP y las leyes de planeación, transición y participación). Prefiero no adivinar."
        )
        if temas and conf > 0.2:
            texto += " Temas relacionados que sí cubren las fuentes: " + "; ".join(temas[:3]) + "."
        return Respuesta(consulta.pregunta, texto, [], True, conf, recuperacion.pasajes, temas[:3])

    # --- selección de oraciones ---
    _pesos = staticmethod(CompositorExtractivo._pesos)

    def _puntuar(self, consulta: Consulta, u: _Unidad, pesos: dict[str, float]) -> float:
        texto = u.texto
        propios = set(terminos(texto))
        total = sum(pesos.values()) or 1.0
        # Un término que sólo está en el título de la sección ("2. Objetivo…") cuenta a medias.
        s = sum(w if t in propios else (0.6 * w if t in u.encabezado else 0.0) for t, w in pesos.items()) / total
        s += 0.3 * u.previa
        if consulta.tipo == "lista" and texto.rstrip().endswith(":"):
            s += 0.2
        if consulta.tipo == "plazo":
            if _PLAZO_CONCRETO.search(texto) or _FECHA.search(texto):
                s += 0.45
            elif _TIEMPO.search(texto):
                s += 0.15
        if consulta.tipo == "definicion" and _DEFINE.search(texto):
            s += 0.25
        if consulta.tipo == "cantidad" and _NUMERO.search(texto):
            s += 0.2
        if len(texto) < 30:
            s -= 0.2
        return s

    def _elegir(self, consulta: Consulta, pasajes, idf) -> list[list[_Unidad]]:
        pesos = self._pesos(consulta, idf)
        candidatas: list[_Unidad] = []
        por_fragmento: list[list[_Unidad]] = []
        tope = pasajes[0].puntaje or 1.0
        for i, p in enumerate(pasajes):
            encabezado = frozenset(terminos(f"{p.fragmento.seccion} {p.fragmento.contexto}"))
            us = [_Unidad(t, i, j, 0.0, p.puntaje / tope, encabezado) for j, t in enumerate(unidades(p.fragmento.texto))]
            for u in us:
                u.puntaje = self._puntuar(consulta, u, pesos)
            por_fragmento.append(us)
            candidatas.extend(us)
        candidatas.sort(key=lambda u: -u.puntaje)
        grupos: list[list[_Unidad]] = []
        usados: set[tuple[int, int]] = set()
        largo = 0
        mejor = candidatas[0].puntaje if candidatas else 0
        for u in candidatas:
            if len(grupos) >= 4 or (grupos and u.puntaje < 0.6 * mejor):
                break
            if (u.fragmento, u.posicion) in usados:
                continue
            grupo = [u]
            hermanas = por_fragmento[u.fragmento]
            # Una frase que introduce una lista ("…son:", "…siguientes:") va con sus ítems.
            if u.texto.rstrip().endswith(":") or consulta.tipo == "lista":
                for h in hermanas[u.posicion + 1 :]:
                    if h.texto.lower().startswith("parágrafo"):
                        break
                    grupo.append(h)
                    if sum(len(x.texto) for x in grupo) > MAX_CARACTERES:
                        break
            # Un encabezado suelto ("Artículo 4º.") no responde: se añade la oración siguiente.
            elif len(u.texto) < 60 and u.posicion + 1 < len(hermanas):
                grupo.append(hermanas[u.posicion + 1])
            tam = sum(len(x.texto) for x in grupo)
            if grupos and largo + tam > MAX_CARACTERES:
                continue
            grupo = self._contiguas(grupo)
            grupos.append(grupo)
            usados |= {(x.fragmento, x.posicion) for x in grupo}
            largo += tam
        # La cita que mejor responde va primero: quien lee sólo la primera línea ya tiene la respuesta.
        return grupos

    @staticmethod
    def _resumir(grupo: list[_Unidad]) -> str:
        """En una lista se muestra la primera oración de cada ítem; la cita guarda el pasaje entero."""
        if len(grupo) <= 2 or not any(_ITEM.match(u.texto) for u in grupo[1:]):
            return "\n".join(u.texto for u in grupo)
        partes = [grupo[0].texto]
        for u in grupo[1:]:
            if _ITEM.match(u.texto):
                partes.append(u.texto)
            elif not partes[-1].endswith("…"):
                partes[-1] += " …"
        return "\n".join(partes)

    @staticmethod
    def _contiguas(grupo: list[_Unidad]) -> list[_Unidad]:
        return sorted({(u.posicion): u for u in grupo}.values(), key=lambda u: u.posicion)
