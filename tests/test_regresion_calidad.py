"""Guardia de regresión: la calidad en el conjunto de desarrollo no cae bajo pisos medidos.

Los pisos están algo por debajo de lo medido (README, "Evaluación") para tolerar cambios
menores; si una mejora los supera con holgura, se suben. No hay aserciones de tiempo.
"""

from __future__ import annotations

from asistente.config import RAIZ
from evaluacion.evaluar import evaluar_preguntas, leer_preguntas, resumir

PISOS = {"recall@5": 0.85, "hechos": 0.78, "rechazos_correctos": 0.99, "citas_textuales": 1.0}
TECHOS = {"rechazos_falsos": 0.06}


def test_calidad_en_conjunto_de_desarrollo(asistente):
    preguntas = leer_preguntas(RAIZ / "evaluacion" / "preguntas_dev.jsonl")
    resumen = resumir(preguntas, evaluar_preguntas(asistente, preguntas), RAIZ / "corpus")
    for metrica, piso in PISOS.items():
        assert resumen[metrica] >= piso, (metrica, resumen[metrica])
    for metrica, techo in TECHOS.items():
        assert resumen[metrica] <= techo, (metrica, resumen[metrica])
