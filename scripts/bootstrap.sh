#!/usr/bin/env bash
# Everything a fresh machine needs: Debian packages (Xvfb for the Kivy window, Chromium for browser
# tests, PostgreSQL for the second database, Redis for state shared across workers), then .venv with the project and all its extras.
# Idempotent and quick when nothing changed: apt runs only for missing packages, pip only when
# pyproject.toml changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(xvfb xauth libmtdev1 chromium postgresql redis-server)
EXTRAS="${GUARDLINE_EXTRAS:-device,server,train,dev}"

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "bootstrap: installing Debian packages: ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
if [ ! -x .venv/bin/python ]; then
  echo "bootstrap: creating .venv with $PYTHON" >&2
  "$PYTHON" -m venv .venv
  .venv/bin/pip install -q --upgrade pip wheel setuptools
fi

stamp=".venv/.guardline-installed"
want="$(sha256sum pyproject.toml | cut -d' ' -f1) $EXTRAS"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "bootstrap: installing guardline[$EXTRAS] into .venv" >&2
  .venv/bin/pip install -q -e ".[$EXTRAS]"
  echo "$want" > "$stamp"
fi
