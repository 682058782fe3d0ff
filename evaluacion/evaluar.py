"""Corre un conjunto de preguntas contra el asistente y resume las métricas del contrato."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path

from evaluacion.metricas import cita_textual, hechos_presentes, percentil, rango_primera_fuente

PRIMEROS_CARACTERES = 300  # "hechos@300": los hechos deben estar al comienzo de la respuesta


def leer_preguntas(ruta: Path) -> list[dict]:
    with Path(ruta).open(encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def evaluar_preguntas(asistente, preguntas: list[dict]) -> list[dict]:
    """Un registro por pregunta, en orden, con el formato del contrato de evaluación."""
    asistente.preguntar("calentamiento")  # índice y modelos cargados: la latencia medida es en caliente
    registros = []
    for p in preguntas:
        inicio = time.perf_counter()
        r = asistente.preguntar(p["pregunta"], historial=p.get("historial") or [], perfil=p.get("perfil"))
        latencia = (time.perf_counter() - inicio) * 1000
        registros.append(
            {
                "id": p["id"],
                "pasajes": [
                    {k: v for k, v in pa.a_dict().items() if k != "id"} for pa in r.pasajes[:10]
                ],
                "respuesta": r.respuesta,
                "citas": [
                    {"archivo": c.archivo, "documento": c.documento, "seccion": c.seccion, "pagina": c.pagina, "texto": c.texto}
                    for c in r.citas
                ],
                "sin_respuesta": r.sin_respuesta,
                "confianza": r.confianza,
                "latencia_ms": round(latencia, 2),
            }
        )
    return registros


def resumir(preguntas: list[dict], registros: list[dict], corpus: Path) -> dict:
    n_resp = n_no = 0
    recall5 = mrr = hechos = hechos300 = rechazos_ok = rechazos_falsos = 0.0
    largos: list[float] = []
    citas_total = citas_ok = 0
    latencias = []
    grupos: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for p, r in zip(preguntas, registros):
        latencias.append(r["latencia_ms"])
        for c in r["citas"]:
            citas_total += 1
            citas_ok += cita_textual(c, corpus)
        if p["responde"]:
            n_resp += 1
            rango = rango_primera_fuente(r["pasajes"], p["fuentes"])
            r5 = 1.0 if rango and rango <= 5 else 0.0
            rr = 1.0 / rango if rango and rango <= 10 else 0.0
            h = 1.0 if (not r["sin_respuesta"] and hechos_presentes(r["respuesta"], p["hechos"])) else 0.0
            # Respuesta primero: quien lee sólo el comienzo ya debe tener los hechos.
            h300 = 1.0 if h and hechos_presentes(r["respuesta"][:PRIMEROS_CARACTERES], p["hechos"]) else 0.0
            if not r["sin_respuesta"]:
                largos.append(len(r["respuesta"]))
            recall5 += r5
            mrr += rr
            hechos += h
            hechos300 += h300
            rechazos_falsos += r["sin_respuesta"]
            doc = Path(p["fuentes"][0]["archivo"]).stem if p["fuentes"] else "?"
            for clave in (f"perfil:{p.get('perfil')}", f"documento:{doc}", f"tipo:{p.get('tipo', 'seguimiento' if p.get('historial') else 'directa')}"):
                grupos[clave]["recall@5"].append(r5)
                grupos[clave]["hechos"].append(h)
                grupos[clave]["hechos@300"].append(h300)
        else:
            n_no += 1
            rechazos_ok += r["sin_respuesta"]
    rechazos_emitidos = sum(r["sin_respuesta"] for r in registros)
    return {
        "preguntas": len(preguntas),
        "recall@5": recall5 / max(n_resp, 1),
        "mrr@10": mrr / max(n_resp, 1),
        "hechos": hechos / max(n_resp, 1),
        "hechos@300": hechos300 / max(n_resp, 1),
        "mediana_caracteres": float(percentil(largos, 50)),
        "rechazos_correctos": rechazos_ok / max(n_no, 1),
        "rechazos_falsos": rechazos_falsos / max(n_resp, 1),
        "precision_rechazo": rechazos_ok / rechazos_emitidos if rechazos_emitidos else 1.0,
        "citas_textuales": citas_ok / citas_total if citas_total else 1.0,
        "latencia_p50_ms": percentil(latencias, 50),
        "latencia_p95_ms": percentil(latencias, 95),
        "por_grupo": {k: {m: sum(v) / len(v) for m, v in d.items()} | {"n": len(next(iter(d.values())))} for k, d in sorted(grupos.items())},
    }


def escribir_registros(registros: list[dict], salida: Path) -> None:
    salida = Path(salida)
    salida.parent.mkdir(parents=True, exist_ok=True)
    with salida.open("w", encoding="utf-8") as f:
        for r in registros:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
