"""Compara configuraciones lado a lado, con la línea base LangChain, en una sola invocación.

    asistente comparar --preguntas evaluacion/preguntas.jsonl [--variantes "híbrido USE (por defecto),…"]

Las variantes que comparten modelo y fragmentación comparten índice (en `datos_comparacion/`).
Escribe `evaluacion/resultados/comparacion.md` y tres gráficos (métricas por configuración,
latencias, calidad frente a latencia).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from asistente import Asistente
from asistente.config import RAIZ, Ajustes
from evaluacion.evaluar import evaluar_preguntas, leer_preguntas, resumir
from evaluacion.graficos import graficos_comparacion
from evaluacion.informe import tabla_comparacion

LINEA_BASE = "línea base LangChain"
ANTERIOR = "compositor anterior (citas apiladas)"

VARIANTES: dict[str, dict] = {
    "híbrido USE (por defecto)": {},
    ANTERIOR: {},
    "híbrido MiniLM": {"modelo_embeddings": "minilm"},
    "sólo léxico BM25": {"fusion": "lexico"},
    "sólo denso USE": {"fusion": "denso"},
    "sólo denso MiniLM": {"fusion": "denso", "modelo_embeddings": "minilm"},
    "híbrido RRF 1:1": {"peso_denso": 1.0},
    "fragmentos fijos 1000/200": {"fragmentacion": "fija"},
    "fragmentos de 700": {"tamano_fragmento": 700},
    "sin siglas ni sinónimos": {"expandir_siglas": False},
    "sin historial": {"usar_historial": False},
    LINEA_BASE: {},
}


def comparar(preguntas_ruta: Path, variantes: list[str], datos: Path, salida: Path) -> list[dict]:
    preguntas = leer_preguntas(preguntas_ruta)
    filas, latencias = [], {}
    for nombre in variantes:
        inicio = time.perf_counter()
        if nombre == LINEA_BASE:
            from evaluacion.linea_base import LineaBaseLangChain

            sistema = LineaBaseLangChain(RAIZ / "corpus")
        else:
            cambios = VARIANTES[nombre]
            base = Ajustes(**cambios)
            compositor = None
            if nombre == ANTERIOR:
                from evaluacion.compositor_anterior import CompositorCitasApiladas

                compositor = CompositorCitasApiladas(base.umbral_confianza, base.fragmentos_respuesta)
            sistema = Asistente(Ajustes(**{**cambios, "datos_dir": datos / f"{base.modelo_embeddings}-{base.tamano_fragmento}-{base.fragmentacion}"}),
                                compositor=compositor)
            sistema.indexar()
        indice_s = time.perf_counter() - inicio
        registros = evaluar_preguntas(sistema, preguntas)
        resumen = resumir(preguntas, registros, RAIZ / "corpus")
        latencias[nombre] = [r["latencia_ms"] for r in registros]
        filas.append({"variante": nombre, **{k: v for k, v in resumen.items() if k != "por_grupo"}, "indice_s": round(indice_s)})
        print(json.dumps(filas[-1], ensure_ascii=False), flush=True)
    base = next((f for f in filas if f["variante"] == LINEA_BASE), None)
    salida.mkdir(parents=True, exist_ok=True)
    graficos = graficos_comparacion(filas, latencias, salida)
    texto = (f"# Comparación de configuraciones\n\nConjunto: `{preguntas_ruta.name}` ({len(preguntas)} preguntas). "
             "«índice (s)»: tiempo de indexar (0 si el índice ya existía y no cambió).\n\n"
             + tabla_comparacion(filas, base) + "\n\n" + "\n".join(f"![{g.stem}]({g.name})" for g in graficos) + "\n")
    (salida / "comparacion.md").write_text(texto, encoding="utf-8")
    (salida / "comparacion.json").write_text(json.dumps(filas, ensure_ascii=False, indent=1), encoding="utf-8")
    print(texto)
    return filas
