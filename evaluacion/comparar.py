"""Compara variantes de configuración sobre un conjunto de preguntas, lado a lado.

    python -m evaluacion.comparar --preguntas evaluacion/preguntas.jsonl [--variantes base,lexico,...]

Cada variante es un conjunto de ajustes; las que comparten modelo y tamaño de fragmento
comparten índice (en `datos_comparacion/`). Imprime una tabla Markdown y la guarda en
`evaluacion/resultados/comparacion.md`.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from asistente import Asistente
from asistente.config import RAIZ, Ajustes
from evaluacion.evaluar import evaluar_preguntas, leer_preguntas, resumir

VARIANTES: dict[str, dict] = {
    "híbrido USE (por defecto)": {},
    "híbrido MiniLM": {"modelo_embeddings": "minilm"},
    "sólo léxico (BM25)": {"fusion": "lexico"},
    "sólo denso USE": {"fusion": "denso"},
    "sólo denso MiniLM": {"fusion": "denso", "modelo_embeddings": "minilm"},
    "sin siglas ni sinónimos": {"expandir_siglas": False},
    "sin historial": {"usar_historial": False},
    "fragmentos de 700": {"tamano_fragmento": 700},
}

METRICAS = ["recall@5", "mrr@10", "hechos", "rechazos_correctos", "rechazos_falsos", "citas_textuales", "latencia_p50_ms", "latencia_p95_ms"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--preguntas", type=Path, default=RAIZ / "evaluacion" / "preguntas.jsonl")
    parser.add_argument("--variantes", default=",".join(VARIANTES))
    parser.add_argument("--datos", type=Path, default=RAIZ / "datos_comparacion")
    args = parser.parse_args()
    preguntas = leer_preguntas(args.preguntas)
    filas = []
    for nombre in args.variantes.split(","):
        cambios = VARIANTES[nombre]
        base = Ajustes(**cambios)
        datos = args.datos / f"{base.modelo_embeddings}-{base.tamano_fragmento}"
        asistente = Asistente(Ajustes(**{**cambios, "datos_dir": datos}))
        inicio = time.perf_counter()
        informe = asistente.indexar()
        segundos_indice = time.perf_counter() - inicio if not informe.sin_cambios else float("nan")
        resumen = resumir(preguntas, evaluar_preguntas(asistente, preguntas), base.corpus_dir)
        filas.append((nombre, resumen, segundos_indice))
        print(nombre, {m: round(resumen[m], 3) for m in METRICAS}, flush=True)
    tabla = ["| variante | " + " | ".join(METRICAS) + " | índice (s) |", "|---" * (len(METRICAS) + 2) + "|"]
    for nombre, r, s in filas:
        tabla.append(f"| {nombre} | " + " | ".join(f"{r[m]:.3f}" if "ms" not in m else f"{r[m]:.0f}" for m in METRICAS) + f" | {s:.0f} |")
    texto = f"Conjunto: `{args.preguntas.name}` ({len(preguntas)} preguntas)\n\n" + "\n".join(tabla) + "\n"
    salida = RAIZ / "evaluacion" / "resultados" / "comparacion.md"
    salida.parent.mkdir(parents=True, exist_ok=True)
    salida.write_text(texto, encoding="utf-8")
    print(texto)


if __name__ == "__main__":
    main()
