"""Capas: corpus → indexacion → asistente → interfaz (evaluacion mide desde arriba).

Se recorre el AST de cada módulo (también los `import` dentro de funciones): una capa baja que
importa una alta acopla el núcleo a la web o a la evaluación (como hacía `asistente/cli.py`).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

RAIZ = Path(__file__).resolve().parent.parent
PERMITIDAS = {
    "indexacion": {"indexacion"},
    "asistente": {"asistente", "indexacion"},
    "interfaz": {"interfaz", "asistente", "indexacion", "evaluacion"},  # la CLI ofrece `asistente evaluar`
}
PROPIOS = {"indexacion", "asistente", "interfaz", "evaluacion"}


def importados(ruta: Path) -> set[str]:
    salida = set()
    for nodo in ast.walk(ast.parse(ruta.read_text(encoding="utf-8"))):
        if isinstance(nodo, ast.Import):
            salida |= {a.name.split(".")[0] for a in nodo.names}
        elif isinstance(nodo, ast.ImportFrom) and nodo.module and nodo.level == 0:
            salida.add(nodo.module.split(".")[0])
    return salida & PROPIOS


@pytest.mark.parametrize("paquete", sorted(PERMITIDAS))
def test_ninguna_capa_importa_una_superior(paquete):
    violaciones = {str(r.relative_to(RAIZ)): sorted(importados(r) - PERMITIDAS[paquete])
                   for r in sorted((RAIZ / paquete).rglob("*.py"))}
    assert not {k: v for k, v in violaciones.items() if v}


def test_la_cli_es_una_interfaz():
    assert not (RAIZ / "asistente" / "cli.py").exists()
    assert 'asistente = "interfaz.cli:main"' in (RAIZ / "pyproject.toml").read_text(encoding="utf-8")
