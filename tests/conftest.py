"""Fixtures compartidas: el índice real del corpus (modelo real, Chroma real) se construye una vez."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import pytest

from asistente import Asistente
from asistente.config import RAIZ, Ajustes

CORPUS = RAIZ / "corpus"


@pytest.fixture(scope="session")
def datos_corpus(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("datos_corpus")


@pytest.fixture(scope="session")
def asistente(datos_corpus) -> Asistente:
    a = Asistente(Ajustes(corpus_dir=CORPUS, datos_dir=datos_corpus))
    informe = a.indexar()
    assert not informe.errores, informe.errores
    return a


@pytest.fixture
def corpus_pequeno(tmp_path) -> Path:
    """Copia de tres documentos reales, para pruebas que modifican el corpus."""
    destino = tmp_path / "corpus"
    (destino / "normas").mkdir(parents=True)
    (destino / "guias").mkdir()
    for nombre in ("LEY-951-2005.md", "LEY-131-1994.md"):
        shutil.copy(CORPUS / "normas" / nombre, destino / "normas" / nombre)
    shutil.copy(CORPUS / "guias" / "protocolo_juntos_por_el_territorio.txt", destino / "guias")
    return destino
