"""Informe Markdown de una evaluación o de una comparación de configuraciones."""

from __future__ import annotations

from pathlib import Path

METRICAS = ["recall@5", "mrr@10", "hechos", "hechos@300", "mediana_caracteres", "rechazos_correctos", "rechazos_falsos", "precision_rechazo",
            "citas_textuales", "latencia_p50_ms", "latencia_p95_ms"]


def _celda(metrica: str, valor: float) -> str:
    return f"{valor:.0f}" if metrica.endswith(("_ms", "caracteres")) else f"{valor:.3f}"


def tabla_grupos(resumen: dict) -> str:
    filas = ["| grupo | n | recall@5 | hechos | hechos@300 |", "|---|---|---|---|---|"]
    for clave, v in resumen["por_grupo"].items():
        filas.append(f"| {clave} | {v['n']} | {v['recall@5']:.2f} | {v['hechos']:.2f} | {v.get('hechos@300', 0):.2f} |")
    return "\n".join(filas)


def informe_evaluacion(nombre: str, resumen: dict, graficos: list[Path], salida: Path) -> None:
    lineas = [f"# Evaluación: {nombre}", "", f"{resumen['preguntas']} preguntas.", "", "| métrica | valor |", "|---|---|"]
    lineas += [f"| {m} | {_celda(m, resumen[m])} |" for m in METRICAS]
    lineas += ["", "## Por perfil, documento y tipo de pregunta", "", tabla_grupos(resumen), ""]
    lineas += [f"![{g.stem}]({g.name})" for g in graficos]
    salida.write_text("\n".join(lineas) + "\n", encoding="utf-8")


def tabla_comparacion(filas: list[dict], base: dict | None) -> str:
    cabecera = "| variante | " + " | ".join(METRICAS) + " | índice (s) |"
    lineas = [cabecera, "|---" * (len(METRICAS) + 2) + "|"]
    for f in filas:
        lineas.append(f"| {f['variante']} | " + " | ".join(_celda(m, f[m]) for m in METRICAS) + f" | {f['indice_s']} |")
    if base:
        lineas += ["", f"Razones respecto de la línea base ({base['variante']}):", "",
                   "| variante | recall@5 × | hechos × | latencia p50 × |", "|---|---|---|---|"]
        for f in filas:
            if f is base:
                continue
            lineas.append(f"| {f['variante']} | {f['recall@5'] / max(base['recall@5'], 1e-9):.2f} | "
                          f"{f['hechos'] / max(base['hechos'], 1e-9):.2f} | "
                          f"{f['latencia_p50_ms'] / max(base['latencia_p50_ms'], 1e-9):.2f} |")
    return "\n".join(lineas)
