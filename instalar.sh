#!/usr/bin/env bash
# Instala el asistente en .venv (sin descargas de modelos: los pesos vienen en paquetes de PyPI).
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
[ -d .venv ] || "$PY" -m venv .venv
.venv/bin/pip install -q --upgrade pip
# torch primero y fijo: la versión CPU local; una versión más laxa trae un build CUDA de varios GB.
.venv/bin/pip install -q "torch==2.13.0"
.venv/bin/pip install -q -e ".[dev]"
