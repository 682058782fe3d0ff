"""Escala: indexación y consulta cuando el corpus crece 1×, 10× y ~70× (≥ 100.000 fragmentos).

    python -m evaluacion.benchmark_escala [--factores 1,10,70] [--salida evaluacion/resultados/escala.json]

Los corpus grandes se generan a partir del texto real: cada copia k de una ley cambia su número
y la redacción de cada oración de forma determinista (sinónimos, orden de cláusulas), así que
los fragmentos no son idénticos. Mide fragmentos/s de indexación, páginas/s de un PDF real
(la Ley 152 renderizada con fpdf2), latencia p50/p95 en caliente de las preguntas del conjunto
propio y la memoria máxima del proceso. Imprime cifras; no es una prueba.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import random
import re
import resource
import shutil
import tempfile
import time
from pathlib import Path

from asistente import Asistente
from asistente.config import RAIZ, Ajustes
from evaluacion.evaluar import leer_preguntas
from evaluacion.metricas import percentil

SINONIMOS = [("deberá", "tendrá que"), ("podrá", "puede"), ("los planes", "dichos planes"), ("la presente ley", "esta ley"),
             ("entidades territoriales", "entes territoriales"), ("el alcalde", "la alcaldesa o el alcalde"),
             ("ciudadanos", "ciudadanas y ciudadanos"), ("dentro de", "en el plazo de")]


def variante(texto: str, k: int) -> str:
    """Copia k de un documento: otra ley (número), redacción perturbada de forma reproducible."""
    azar = random.Random(k)
    texto = re.sub(r'identifier: "LEY-(\d+)-(\d{4})"', lambda m: f'identifier: "LEY-{int(m.group(1)) + 10000 * k}-{m.group(2)}"', texto)
    texto = re.sub(r'title: "', f'title: "(variante {k}) ', texto, count=1)
    lineas = []
    for linea in texto.splitlines():
        for a, b in azar.sample(SINONIMOS, 3):
            linea = linea.replace(a, b)
        lineas.append(linea)
    return "\n".join(lineas)


def generar_corpus(destino: Path, factor: int) -> None:
    origen = RAIZ / "corpus"
    shutil.copytree(origen, destino, ignore=shutil.ignore_patterns("subidos"))
    for k in range(1, factor):
        for ruta in sorted((origen / "normas").glob("*.md")) + sorted((origen / "guias").glob("*.txt")):
            copia = destino / ruta.parent.name / f"{ruta.stem}-v{k}{ruta.suffix}"
            copia.write_text(variante(ruta.read_text(encoding="utf-8"), k), encoding="utf-8")


def pdf_de_ley(destino: Path) -> int:
    """La Ley 152 renderizada a PDF (texto real, varias páginas): mide el cargador de PDF."""
    from fpdf import FPDF

    from indexacion.cargadores.ley_markdown import leer_front_matter

    _, cuerpo = leer_front_matter((RAIZ / "corpus" / "normas" / "LEY-152-1994.md").read_text(encoding="utf-8"))
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for linea in cuerpo.splitlines():
        limpia = re.sub(r"[*#]", "", linea).strip().encode("latin-1", "replace").decode("latin-1")
        if limpia:
            pdf.multi_cell(0, 5, limpia)
            pdf.ln(1)
    pdf.output(str(destino))
    return pdf.pages_count


def medir_pdf(tmp: Path) -> dict:
    from indexacion.cargadores.pdf import cargar_pdf

    ruta = tmp / "ley152.pdf"
    paginas = pdf_de_ley(ruta)
    inicio = time.perf_counter()
    fragmentos = cargar_pdf(ruta, "ley152.pdf", {}, 1200)
    segundos = time.perf_counter() - inicio
    return {"paginas": paginas, "fragmentos": len(fragmentos), "paginas_por_s_lectura": round(paginas / segundos, 1)}


def medir(factor: int, tmp: Path, modelo: str) -> dict:
    corpus = tmp / f"corpus-{factor}"
    generar_corpus(corpus, factor)
    asistente = Asistente(Ajustes(corpus_dir=corpus, datos_dir=tmp / f"datos-{factor}", modelo_embeddings=modelo))
    inicio = time.perf_counter()
    informe = asistente.indexar(progreso=True)
    indexacion = time.perf_counter() - inicio
    inicio = time.perf_counter()
    asistente.indexar()
    sin_cambios = time.perf_counter() - inicio
    preguntas = leer_preguntas(RAIZ / "evaluacion" / "preguntas.jsonl")
    asistente.preguntar("calentamiento")
    latencias = []
    for p in preguntas:
        t = time.perf_counter()
        asistente.preguntar(p["pregunta"], historial=p["historial"])
        latencias.append((time.perf_counter() - t) * 1000)
    perfil = cProfile.Profile()
    perfil.enable()
    for _ in range(20):
        asistente.preguntar("¿Cuánto tengo para entregar el informe de gestión?")
    perfil.disable()
    texto = io.StringIO()
    pstats.Stats(perfil, stream=texto).sort_stats("cumulative").print_stats(18)
    shutil.rmtree(corpus, ignore_errors=True)
    return {
        "factor": factor, "documentos": len(informe.nuevos), "fragmentos": informe.fragmentos,
        "indexacion_s": round(indexacion, 1), "fragmentos_por_s": round(informe.fragmentos / indexacion, 1),
        "reindexacion_sin_cambios_s": round(sin_cambios, 2),
        "consulta_p50_ms": round(percentil(latencias, 50), 1), "consulta_p95_ms": round(percentil(latencias, 95), 1),
        "memoria_max_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 0),
        "perfil_consulta": texto.getvalue(),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--factores", default="1,10,70")
    parser.add_argument("--modelo", default=Ajustes().modelo_embeddings)
    parser.add_argument("--salida", type=Path, default=RAIZ / "evaluacion" / "resultados" / "escala.json")
    args = parser.parse_args()
    resultados = {"modelo": args.modelo, "corridas": []}
    with tempfile.TemporaryDirectory() as tmp:
        resultados["pdf"] = medir_pdf(Path(tmp))
        print(json.dumps(resultados["pdf"], ensure_ascii=False), flush=True)
        for factor in (int(f) for f in args.factores.split(",")):
            r = medir(factor, Path(tmp), args.modelo)
            resultados["corridas"].append(r)
            print(json.dumps({k: v for k, v in r.items() if k != "perfil_consulta"}, ensure_ascii=False), flush=True)
    args.salida.parent.mkdir(parents=True, exist_ok=True)
    args.salida.write_text(json.dumps(resultados, ensure_ascii=False, indent=1), encoding="utf-8")
    from evaluacion.graficos import grafico_escala

    grafico_escala(resultados, args.salida.with_suffix(".png"))
    print(resultados["corridas"][-1]["perfil_consulta"])


if __name__ == "__main__":
    main()
