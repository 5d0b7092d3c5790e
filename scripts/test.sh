#!/usr/bin/env bash
# The whole suite. Static checks first (cheap, and a lint error should not wait for the slow tests).
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONDONTWRITEBYTECODE=1 TF_CPP_MIN_LOG_LEVEL=2
.venv/bin/ruff check .
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
