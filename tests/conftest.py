"""Fixtures compartidas: el índice real del corpus (modelo real, Chroma real) se construye una vez."""

from __future__ import annotations

import os
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
def servidor_chroma(tmp_path_factory):
    """Un `chroma run` real en loopback (modo cliente/servidor para varios trabajadores)."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        puerto = s.getsockname()[1]
    chroma = Path(sys.executable).parent / "chroma"
    proceso = subprocess.Popen([str(chroma), "run", "--path", str(tmp_path_factory.mktemp("chroma_servidor")),
                                "--host", "127.0.0.1", "--port", str(puerto)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    limite = time.time() + 60
    while time.time() < limite:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{puerto}/api/v2/heartbeat", timeout=1)
            break
        except OSError:
            time.sleep(0.3)
    else:
        proceso.kill()
        pytest.fail("chroma run no arrancó")
    yield puerto
    proceso.terminate()
    proceso.wait(timeout=20)


@pytest.fixture(scope="session", params=["chroma-embebido", "chroma-servidor"])
def asistente(request, tmp_path_factory, datos_corpus) -> Asistente:
    """Las pruebas de recuperación corren contra Chroma embebido y contra un servidor `chroma run`."""
    if request.param == "chroma-embebido":
        ajustes = Ajustes(corpus_dir=CORPUS, datos_dir=datos_corpus)
    else:
        puerto = request.getfixturevalue("servidor_chroma")
        ajustes = Ajustes(corpus_dir=CORPUS, datos_dir=tmp_path_factory.mktemp("datos_servidor"),
                          chroma_host="127.0.0.1", chroma_puerto=puerto)
    a = Asistente(ajustes)
    informe = a.indexar()
    assert not informe.errores, informe.errores
    return a


@pytest.fixture
def corpus_pequeno(tmp_path) -> Path:
    """Copia de tres documentos reales, para pruebas que modifican el corpus."""
    from evaluacion.corpus_pequeno import copiar_corpus_pequeno

    return copiar_corpus_pequeno(tmp_path / "corpus")
