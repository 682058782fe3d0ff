"""Guardia de regresión: la calidad en los conjuntos de PRUEBA (nunca usados para elegir reglas, pesos ni
umbrales; ver evaluacion/conjuntos/README.md) no cae bajo pisos medidos.

Los pisos están algo por debajo de lo medido (README, "Evaluación") para tolerar cambios menores; si una
mejora los supera con holgura, se suben. No hay aserciones de tiempo.
"""

from __future__ import annotations

import pytest

from asistente.config import RAIZ
from evaluacion.evaluar import evaluar_preguntas, leer_preguntas, resumir

CONJUNTOS = RAIZ / "evaluacion" / "conjuntos"
PISOS = {
    # consulta puntual (una cifra, un plazo, quién decide) y conversaciones de usuarios reales
    "consulta_prueba.jsonl": {"recall@5": 0.79, "hechos": 0.64, "hechos@300": 0.47, "citas_textuales": 1.0,
                              "rechazos_correctos": 0.54},
    "usuarios_prueba.jsonl": {"recall@5": 0.60, "hechos": 0.38, "hechos@300": 0.27, "citas_textuales": 1.0,
                              "rechazos_correctos": 0.70},
    # escrito después de la última ronda de ajuste: más hechos por pregunta (respuestas completas)
    "usuarios_prueba2.jsonl": {"recall@5": 0.59, "hechos": 0.22, "hechos@300": 0.10, "citas_textuales": 1.0,
                               "rechazos_correctos": 0.50},
}
TECHOS = {"rechazos_falsos": 0.06, "mediana_caracteres": 800}
TECHOS_PROPIOS = {"usuarios_prueba2.jsonl": {"rechazos_falsos": 0.09}}  # medido 0,075: se informa, no se ajusta


@pytest.mark.parametrize("conjunto", sorted(PISOS))
def test_calidad_en_conjuntos_de_prueba(asistente, conjunto):
    preguntas = leer_preguntas(CONJUNTOS / conjunto)
    resumen = resumir(preguntas, evaluar_preguntas(asistente, preguntas), RAIZ / "corpus")
    for metrica, piso in PISOS[conjunto].items():
        assert resumen[metrica] >= piso, (metrica, resumen[metrica])
    for metrica, techo in {**TECHOS, **TECHOS_PROPIOS.get(conjunto, {})}.items():
        assert resumen[metrica] <= techo, (metrica, resumen[metrica])
