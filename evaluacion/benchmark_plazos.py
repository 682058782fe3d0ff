"""Cuánto tarda calcular un calendario de plazos (JSON e iCalendar), en proceso, sin servidor.

    python -m evaluacion.benchmark_plazos --repeticiones 200

Varía la fecha de posesión en cada repetición (otros años → otros festivos) para no medir sólo la caché.
Imprime la primera llamada (carga y validación de la tabla, festivos del año) y p50/p95 de las siguientes.
No es una prueba: imprime cifras.
"""

from __future__ import annotations

import argparse
import time
from datetime import date, timedelta

from asistente.plazos import PERFILES, calcular_plazos
from evaluacion.metricas import percentil


def main() -> None:
    analizador = argparse.ArgumentParser(description=__doc__)
    analizador.add_argument("--repeticiones", type=int, default=200)
    args = analizador.parse_args()

    inicio = time.perf_counter()
    calcular_plazos("funcionario", {"posesion": "2028-01-01", "salida": "2027-12-31"})
    primera = (time.perf_counter() - inicio) * 1000

    json_ms, ics_ms, plazos = [], [], 0
    for i in range(args.repeticiones):
        posesion = date(1992, 1, 1) + timedelta(days=97 * i)
        perfil = PERFILES[i % len(PERFILES)]
        t0 = time.perf_counter()
        cal = calcular_plazos(perfil, {"posesion": posesion})
        cal.a_dict()
        t1 = time.perf_counter()
        cal.a_ics()
        t2 = time.perf_counter()
        json_ms.append((t1 - t0) * 1000)
        ics_ms.append((t2 - t1) * 1000)
        plazos += len(cal.plazos)
    print(f"primera llamada (tabla + festivos): {primera:.1f} ms")
    print(f"{args.repeticiones} calendarios, {plazos / args.repeticiones:.1f} plazos de media")
    print(f"cálculo + JSON: p50 {percentil(json_ms, 50):.2f} ms · p95 {percentil(json_ms, 95):.2f} ms")
    print(f"iCalendar:      p50 {percentil(ics_ms, 50):.2f} ms · p95 {percentil(ics_ms, 95):.2f} ms")


if __name__ == "__main__":
    main()
