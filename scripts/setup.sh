#!/usr/bin/env bash
# Sets up a fresh machine for PASOSS Activator: the system libraries Qt needs (on Debian or
# Ubuntu), a virtual environment in .venv and the project in it.
#   scripts/setup.sh          the app
#   scripts/setup.sh test     the app plus the test tools
set -euo pipefail
cd "$(dirname "$0")/.."

QT_LIBS="libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core"
# binutils: the bundle build strips binaries and trims ICU data (installer/icu_trim.py).
QT_LIBS="$QT_LIBS binutils"
if command -v dpkg >/dev/null 2>&1; then
  missing=""
  for pkg in $QT_LIBS; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
  done
  if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing
  fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "${1:-}" = "test" ]; then
  .venv/bin/python -m pip install -q -e ".[test,bundle]"
else
  .venv/bin/python -m pip install -q -e .
fi
