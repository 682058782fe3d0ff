"""El conjunto de evaluación es válido: cada aguja está, literal, en su archivo del corpus."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from asistente.config import RAIZ
from evaluacion.metricas import _fuente_colapsada, contiene_aguja

CONJUNTOS = [RAIZ / "evaluacion" / "preguntas.jsonl", RAIZ / "evaluacion" / "preguntas_dev.jsonl",
             *sorted((RAIZ / "evaluacion" / "conjuntos").glob("*.jsonl"))]


def _preguntas():
    for ruta in CONJUNTOS:
        for linea in ruta.read_text(encoding="utf-8").splitlines():
            if linea.strip():
                yield ruta.name, json.loads(linea)


@pytest.mark.parametrize("conjunto, pregunta", list(_preguntas()), ids=lambda x: x["id"] if isinstance(x, dict) else x)
def test_aguja_existe_en_el_corpus(conjunto, pregunta):
    archivos = {p.name: p for p in (RAIZ / "corpus").rglob("*") if p.is_file()}
    assert set(pregunta) >= {"id", "perfil", "historial", "pregunta", "responde", "fuentes", "hechos"}
    if not pregunta["responde"]:
        assert not pregunta["fuentes"] and not pregunta["hechos"]
    for fuente in pregunta["fuentes"]:
        ruta = archivos[fuente["archivo"]]
        texto = _fuente_colapsada(str(ruta)) if ruta.suffix == ".pdf" else ruta.read_text(encoding="utf-8")
        assert contiene_aguja(texto, fuente["aguja"]), fuente


def test_conjunto_propio_cubre_lo_pedido():
    preguntas = [p for nombre, p in _preguntas() if nombre == "preguntas.jsonl"]
    assert len(preguntas) >= 120
    assert sum(not p["responde"] for p in preguntas) >= 20
    assert sum(bool(p["historial"]) for p in preguntas) >= 5
    assert set(Counter(p["perfil"] for p in preguntas)) == {"candidato", "funcionario", "ctp", "ciudadania"}
    # Entre todos los conjuntos, cada documento del corpus tiene preguntas.
    cubiertos = {f["archivo"] for _, p in _preguntas() for f in p["fuentes"]}
    assert cubiertos == {p.name for p in (RAIZ / "corpus").rglob("*") if p.suffix in (".md", ".txt", ".pdf")}


def test_conjunto_de_usuarios_cubre_lo_pedido():
    """Issue de respuestas: ≥ 150 preguntas, ≥ 25 conversaciones de 3+ turnos, ≥ 30 casi-aciertos fuera de alcance,
    partido una vez en ajuste y prueba (conversaciones enteras en el mismo lado)."""
    lados = {lado: [p for nombre, p in _preguntas() if nombre == f"usuarios_{lado}.jsonl"] for lado in ("ajuste", "prueba")}
    todas = lados["ajuste"] + lados["prueba"]
    assert len(todas) >= 150 and len({p["id"] for p in todas}) == len(todas)
    assert sum(not p["responde"] for p in todas) >= 30
    largas = {p["conversacion"] for p in todas if p.get("conversacion") and len(p["historial"]) >= 2}
    assert len(largas) >= 25
    por_lado = [{p["conversacion"] for p in ps if p.get("conversacion")} for ps in lados.values()]
    assert not por_lado[0] & por_lado[1]
