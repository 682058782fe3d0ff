"""Gráficos de la evaluación (matplotlib, sin pantalla)."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def grafico_escala(resultados: dict, salida: Path) -> None:
    corridas = resultados["corridas"]
    x = [c["fragmentos"] for c in corridas]
    fig, ejes = plt.subplots(1, 3, figsize=(13, 3.8))
    ejes[0].plot(x, [c["consulta_p50_ms"] for c in corridas], "o-", label="p50")
    ejes[0].plot(x, [c["consulta_p95_ms"] for c in corridas], "s-", label="p95")
    ejes[0].set(title="Latencia de consulta (ms)", xlabel="fragmentos", xscale="log")
    ejes[0].legend()
    ejes[1].plot(x, [c["indexacion_s"] for c in corridas], "o-")
    ejes[1].set(title="Indexación completa (s)", xlabel="fragmentos", xscale="log", yscale="log")
    ejes[2].plot(x, [c["memoria_max_mb"] for c in corridas], "o-")
    ejes[2].set(title="Memoria máxima del proceso (MB)", xlabel="fragmentos", xscale="log")
    fig.suptitle(f"Escala con el modelo {resultados['modelo']}")
    fig.tight_layout()
    fig.savefig(salida, dpi=110)
    plt.close(fig)


def graficos_comparacion(filas: list[dict], latencias: dict[str, list[float]], directorio: Path) -> list[Path]:
    """Métricas por configuración, distribución de latencias y calidad frente a latencia."""
    directorio.mkdir(parents=True, exist_ok=True)
    nombres = [f["variante"] for f in filas]
    rutas = []

    fig, eje = plt.subplots(figsize=(11, 4.5))
    ancho = 0.27
    for k, metrica in enumerate(["recall@5", "mrr@10", "hechos"]):
        eje.bar([i + (k - 1) * ancho for i in range(len(filas))], [f[metrica] for f in filas], ancho, label=metrica)
    eje.set_xticks(range(len(filas)), nombres, rotation=25, ha="right", fontsize=8)
    eje.set(ylim=(0, 1), title="Calidad por configuración")
    eje.legend()
    fig.tight_layout()
    rutas.append(directorio / "metricas_por_configuracion.png")
    fig.savefig(rutas[-1], dpi=110)
    plt.close(fig)

    fig, eje = plt.subplots(figsize=(11, 4.5))
    eje.boxplot([latencias[n] for n in nombres], showfliers=False)
    eje.set_xticks(range(1, len(nombres) + 1), nombres, rotation=25, ha="right", fontsize=8)
    eje.set(title="Distribución de latencia por pregunta (ms)", yscale="log")
    fig.tight_layout()
    rutas.append(directorio / "latencias.png")
    fig.savefig(rutas[-1], dpi=110)
    plt.close(fig)

    fig, eje = plt.subplots(figsize=(7, 5))
    for f in filas:
        eje.scatter(f["latencia_p50_ms"], f["hechos"])
        eje.annotate(f["variante"], (f["latencia_p50_ms"], f["hechos"]), fontsize=7, xytext=(4, 3), textcoords="offset points")
    eje.set(xscale="log", xlabel="latencia p50 (ms)", ylabel="hechos en la respuesta", title="Calidad frente a latencia")
    fig.tight_layout()
    rutas.append(directorio / "calidad_vs_latencia.png")
    fig.savefig(rutas[-1], dpi=110)
    plt.close(fig)
    return rutas


def grafico_latencias(latencias_ms: list[float], salida: Path) -> Path:
    salida.parent.mkdir(parents=True, exist_ok=True)
    fig, eje = plt.subplots(figsize=(6, 3.5))
    eje.hist(latencias_ms, bins=30)
    eje.set(title="Latencia por pregunta (en caliente)", xlabel="ms", ylabel="preguntas")
    fig.tight_layout()
    fig.savefig(salida, dpi=110)
    plt.close(fig)
    return salida
