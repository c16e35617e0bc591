#!/usr/bin/env bash
# Sets up a fresh machine for PASOSS Activator: the system libraries Qt needs (on Debian or
# Ubuntu), a virtual environment in .venv and the project in it.
#   scripts/setup.sh          the app
#   scripts/setup.sh test     the app plus the test tools
set -euo pipefail
cd "$(dirname "$0")/.."

QT_LIBS="libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core"
# Qt's xcb platform plugin (a real window on X11): without libxcb-cursor0 and friends Qt
# aborts with "could not load the Qt platform plugin xcb".
QT_LIBS="$QT_LIBS libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0"
QT_LIBS="$QT_LIBS libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1"
QT_LIBS="$QT_LIBS libxkbcommon-x11-0 libx11-xcb1"
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
# setuptools tells every editable install, in a framed wall, that folders named like the
# package may shadow it; ours are the package itself. Only that notice is silenced: any
# other warning of the build (a deprecation, say) still shows.
export PYTHONWARNINGS="ignore:Editable installation:UserWarning"
if [ "${1:-}" = "test" ]; then
  .venv/bin/python -m pip install -q -e ".[test,bundle]"
else
  .venv/bin/python -m pip install -q -e .
fi
