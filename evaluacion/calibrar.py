"""Calibra el umbral de confianza del compositor extractivo en un conjunto de AJUSTE.

    python -m evaluacion.calibrar evaluacion/conjuntos/usuarios_ajuste.jsonl evaluacion/conjuntos/consulta_ajuste.jsonl

Imprime, por umbral, rechazos correctos (fuera de alcance rechazado) y rechazos falsos (pregunta
que el corpus responde, rechazada), y sugiere el umbral que más rechaza con ≤ 3 % de rechazos falsos.
Nunca se corre sobre `*_prueba.jsonl`: esos conjuntos sólo se informan.
"""

from __future__ import annotations

import sys
from pathlib import Path

from asistente import Asistente
from asistente.compositor import confianza
from asistente.vocabulario import VOCABULARIO
from evaluacion.evaluar import leer_preguntas

TECHO_FALSOS = 0.03


def confianzas(asistente: Asistente, preguntas: list[dict]) -> list[tuple[float, bool]]:
    salida = []
    for p in preguntas:
        consulta, rec = asistente._recuperar(p["pregunta"], p.get("historial") or [], 10, None, p.get("perfil"))
        c = confianza(rec)
        if VOCABULARIO.redireccion(consulta.pregunta) and not consulta.archivos_nombrados:
            c -= VOCABULARIO.penalizacion_redireccion
        salida.append((c, bool(p["responde"])))
    return salida


def main(rutas: list[str]) -> None:
    if any("prueba" in Path(r).name for r in rutas):
        sys.exit("El umbral se calibra en conjuntos de ajuste, no de prueba.")
    preguntas = [p for r in rutas for p in leer_preguntas(Path(r))]
    datos = confianzas(Asistente(), preguntas)
    si = [c for c, r in datos if r]
    no = [c for c, r in datos if not r]
    mejor = None
    print(f"{len(si)} con respuesta, {len(no)} fuera de alcance")
    print("umbral  rechazos_correctos  rechazos_falsos")
    for i in range(30, 81, 2):
        u = i / 100
        correctos = sum(c < u for c in no) / max(len(no), 1)
        falsos = sum(c < u for c in si) / max(len(si), 1)
        print(f"{u:.2f}    {correctos:.3f}               {falsos:.3f}")
        if falsos <= TECHO_FALSOS:
            mejor = u
    print(f"Umbral sugerido (rechazos falsos ≤ {TECHO_FALSOS:.0%}): {mejor}")


if __name__ == "__main__":
    main(sys.argv[1:])
