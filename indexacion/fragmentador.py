"""Agrupa bloques (párrafos o ítems de lista con su sección y página) en fragmentos.

Escrito a mano porque los separadores de LangChain cortan por caracteres: aquí el corte
respeta la estructura (nunca mezcla secciones, nunca separa un encabezado de su texto,
mantiene las listas con su frase introductoria) y conserva la página de origen.
"""

from __future__ import annotations

from dataclasses import dataclass

from indexacion.fragmento import Fragmento
from indexacion.oraciones import unidades

TAMANO_MAX = 2500  # caracteres; un artículo de ley típico cabe entero (README, "Evaluación")


@dataclass
class Bloque:
    texto: str
    seccion: str
    pagina: int | None = None
    contexto: str = ""
    corte: bool = False  # antes de él se quitó algo de la fuente (pie de página, gráfico): no se une a lo anterior
    enlace: str = ""  # URL oficial (con ancla del artículo si la fuente la da)
    vigencia: str = ""  # nota de vigencia del artículo ("Derogado…", "Modificado por…")


def agrupar(
    bloques: list[Bloque],
    *,
    archivo: str,
    documento: str,
    tipo: str,
    fases: tuple[str, ...] = (),
    tamano_max: int = TAMANO_MAX,
    orden_inicial: int = 0,
) -> list[Fragmento]:
    """Bloques consecutivos de la misma sección se unen hasta `tamano_max` caracteres."""
    fragmentos: list[Fragmento] = []
    actual: list[Bloque] = []
    vistos: set[tuple[str, str]] = set()

    def cerrar() -> None:
        if not actual:
            return
        texto = "\n".join(b.texto for b in actual).strip()
        # Un pasaje idéntico en la misma sección (fuentes que repiten un párrafo) se guarda una vez:
        # el id es el contenido y dos copias no aportan nada que citar.
        if texto and (actual[0].seccion, texto) not in vistos:
            vistos.add((actual[0].seccion, texto))
            fragmentos.append(
                Fragmento(
                    archivo=archivo,
                    documento=documento,
                    tipo=tipo,
                    seccion=actual[0].seccion,
                    texto=texto,
                    pagina=actual[0].pagina,
                    contexto=actual[0].contexto,
                    fases=fases,
                    orden=orden_inicial + len(fragmentos),
                    enlace=actual[0].enlace,
                    vigencia=actual[0].vigencia,
                )
            )
        actual.clear()

    for bloque in bloques:
        if not bloque.texto.strip():
            continue
        if bloque.corte:
            cerrar()  # así todo fragmento (y toda cita) es un tramo contiguo de la fuente
        largo = sum(len(b.texto) + 1 for b in actual)
        misma_seccion = bool(actual) and actual[0].seccion == bloque.seccion and actual[0].enlace == bloque.enlace
        if actual and (not misma_seccion or largo + len(bloque.texto) > tamano_max):
            # Una frase que termina en ":" introduce lo que sigue: no se deja sola al final.
            arrastre = [actual.pop()] if misma_seccion and len(actual) > 1 and actual[-1].texto.rstrip().endswith(":") else []
            cerrar()
            actual.extend(arrastre)
        for trozo in _partir_largo(bloque.texto, tamano_max):
            if actual and sum(len(b.texto) + 1 for b in actual) + len(trozo) > tamano_max:
                cerrar()
            actual.append(Bloque(trozo, bloque.seccion, bloque.pagina, bloque.contexto,
                                 enlace=bloque.enlace, vigencia=bloque.vigencia))
    cerrar()
    return fragmentos


def _partir_largo(texto: str, tamano_max: int) -> list[str]:
    """Un párrafo más largo que el máximo se corta en fronteras de oración."""
    if len(texto) <= tamano_max:
        return [texto]

    trozos: list[str] = []
    actual = ""
    for unidad in unidades(texto):
        if actual and len(actual) + len(unidad) + 1 > tamano_max:
            trozos.append(actual)
            actual = unidad
        else:
            actual = f"{actual} {unidad}" if actual else unidad
    if actual:
        trozos.append(actual)
    return trozos


def refragmentar_fijo(fragmentos: list[Fragmento], tamano: int = 1000, solape: int = 200) -> list[Fragmento]:
    """Variante de comparación: cortes de tamaño fijo (RecursiveCharacterTextSplitter de LangChain)
    sobre el texto del documento, ignorando su estructura. Cada trozo hereda la sección y la página
    del fragmento donde empieza, para poder citarlo igual."""
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    if not fragmentos:
        return []
    cortador = RecursiveCharacterTextSplitter(chunk_size=tamano, chunk_overlap=solape, add_start_index=True)
    texto, inicios = "", []
    for f in fragmentos:
        inicios.append(len(texto))
        texto += f.texto + "\n"
    salida = []
    for n, doc in enumerate(cortador.create_documents([texto])):
        inicio = doc.metadata["start_index"]
        origen = fragmentos[max(i for i, x in enumerate(inicios) if x <= inicio)]
        salida.append(Fragmento(origen.archivo, origen.documento, origen.tipo, origen.seccion, doc.page_content,
                                origen.pagina, origen.contexto, origen.fases, n, origen.enlace, origen.vigencia))
    return salida
