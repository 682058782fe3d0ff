"""Carga: N clientes concurrentes contra un servidor real en loopback durante T segundos.

    python -m evaluacion.benchmark_carga --clientes 20 --segundos 60

Arranca `asistente servir` en otro proceso (límite por cliente desactivado para la medición),
espera a /api/salud y lanza los clientes con httpx. Imprime peticiones/s, latencia p50/p95
y errores. No es una prueba: imprime cifras.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from evaluacion.metricas import percentil

RAIZ = Path(__file__).resolve().parent.parent


def _preguntas() -> list[str]:
    lineas = (RAIZ / "evaluacion" / "preguntas.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(l)["pregunta"] for l in lineas if l.strip()]


async def _cliente(url: str, preguntas: list[str], fin: float, desfase: int, latencias: list[float], errores: list[str]) -> None:
    async with httpx.AsyncClient(timeout=30) as http:
        i = desfase
        while time.perf_counter() < fin:
            pregunta = preguntas[i % len(preguntas)]
            i += 1
            inicio = time.perf_counter()
            try:
                r = await http.post(f"{url}/api/preguntar", json={"pregunta": pregunta})
                if r.status_code != 200:
                    errores.append(str(r.status_code))
                    continue
            except httpx.HTTPError as error:
                errores.append(type(error).__name__)
                continue
            latencias.append((time.perf_counter() - inicio) * 1000)


async def medir(url: str, clientes: int, segundos: float) -> dict:
    preguntas = _preguntas()
    latencias: list[float] = []
    errores: list[str] = []
    inicio = time.perf_counter()
    fin = inicio + segundos
    await asyncio.gather(*(_cliente(url, preguntas, fin, k * 7, latencias, errores) for k in range(clientes)))
    total = time.perf_counter() - inicio
    return {"clientes": clientes, "segundos": round(total, 1), "peticiones": len(latencias),
            "peticiones_por_s": round(len(latencias) / total, 1), "p50_ms": round(percentil(latencias, 50), 1),
            "p95_ms": round(percentil(latencias, 95), 1), "errores": len(errores)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clientes", type=int, default=20)
    parser.add_argument("--segundos", type=float, default=60)
    parser.add_argument("--url", help="Servidor ya en marcha (si no, se arranca uno en loopback).")
    args = parser.parse_args()
    proceso = None
    url = args.url
    if not url:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            puerto = s.getsockname()[1]
        env = {**os.environ, "ASISTENTE_LIMITE_POR_MINUTO": "0"}
        proceso = subprocess.Popen([sys.executable, "-m", "interfaz.cli", "servir", "--host", "127.0.0.1", "--port", str(puerto)],
                                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{puerto}"
        limite = time.time() + 300
        while time.time() < limite:
            try:
                if httpx.get(f"{url}/api/salud", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
    try:
        print(json.dumps(asyncio.run(medir(url, args.clientes, args.segundos)), ensure_ascii=False))
    finally:
        if proceso:
            proceso.terminate()
            proceso.wait(timeout=30)


if __name__ == "__main__":
    main()
