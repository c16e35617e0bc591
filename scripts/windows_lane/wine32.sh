#!/usr/bin/env bash
# 32-bit Wine for the Windows lane's installer step, in a folder of its own: Inno Setup's
# ISCC.exe and every setup it builds are 32-bit programs, and Debian's wine64 runs only
# 64-bit ones. Called by scripts/windows-lane.sh:
#
#   wine32.sh DEST_DIR LOG
#
# Makes DEST_DIR/root (Debian's wine32:i386 and libwine:i386 with their i386 libraries,
# unpacked, not installed) and DEST_DIR/bin/wine, and leaves the machine's package state
# alone: no `dpkg --add-architecture i386`, no package installed. Installing wine32:i386
# the usual way fails whenever the security suite's i386 index is out of step with its
# amd64 one (Multi-Arch libraries must then have one version on both architectures, and
# apt refuses), and a half-added i386 architecture breaks every later `apt-get update`.
# apt runs here with a configuration of its own (lists, cache, an empty dpkg status) and
# only the main suite's i386 index: the unpacked libraries serve only the 32-bit Wine, so
# they need not match the machine's.
#
# DEST_DIR/env.sh sets what a step that runs 32-bit programs needs; the 32-bit loader is
# DEST_DIR/bin/wine.
#
# The copy is kept while the machine's wine64 version and DEST_DIR stay the same. Exit 0
# when DEST_DIR/bin/wine is there; otherwise the reason is the last line of LOG.
set -uo pipefail
DEST=$1
LOG=$2
WINE_VERSION=$(dpkg-query -W -f '${Version}' wine64 2>/dev/null)
STAMP="wine $WINE_VERSION in $DEST"
if [ -n "$WINE_VERSION" ] && [ "$(cat "$DEST/stamp" 2>/dev/null)" = "$STAMP" ] \
  && [ -x "$DEST/bin/wine" ] && [ -f "$DEST/env.sh" ]; then
  exit 0
fi
fail() { echo "$*" >>"$LOG"; exit 1; }
[ -n "$WINE_VERSION" ] || fail "wine64 is not installed"

. /etc/os-release
MIRROR=${WINDOWS_LANE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
rm -rf "$DEST"
APT=$DEST/apt
mkdir -p "$APT"/{lists/partial,cache/archives/partial,sources.d,debs} "$DEST/root" "$DEST/bin"
: >"$APT/status"
# The main suite only: the security suite adds nothing the 32-bit Wine needs, and its
# i386 index is the part a mirror has served broken.
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $MIRROR $VERSION_CODENAME main" \
  >"$APT/sources.list"
apt_private() {
  apt-get -q -o Dir::Etc::SourceList="$APT/sources.list" -o Dir::Etc::SourceParts="$APT/sources.d" \
    -o Dir::Etc::Preferences=/dev/null -o Dir::Etc::PreferencesParts="$APT/sources.d" \
    -o Dir::State::Lists="$APT/lists" -o Dir::Cache="$APT/cache" -o Dir::State::Status="$APT/status" \
    -o APT::Architecture=amd64 -o APT::Architectures::=amd64 -o APT::Architectures::=i386 \
    -o Debug::NoLocking=1 -o APT::Sandbox::User=root "$@" >>"$LOG" 2>&1
}
apt_private update || fail "apt-get update (private, $MIRROR $VERSION_CODENAME main i386) failed"
# The same version as the machine's wine64: the 32-bit and 64-bit halves share one
# wineserver, whose protocol changes between versions.
apt_private install -y --download-only --no-install-recommends \
  "wine32:i386=$WINE_VERSION" "libwine:i386=$WINE_VERSION" \
  || fail "apt-get could not download wine32:i386=$WINE_VERSION from $MIRROR"
(cd "$APT/debs" && apt_private download patchelf:amd64) || fail "apt-get could not download patchelf"
for deb in "$APT"/cache/archives/*.deb; do
  dpkg-deb -x "$deb" "$DEST/root" || fail "dpkg-deb -x $deb failed"
done
mkdir -p "$APT/patchelf"
dpkg-deb -x "$APT"/debs/patchelf_*.deb "$APT/patchelf" || fail "dpkg-deb -x patchelf failed"
LOADER=$DEST/root/usr/lib/wine/wine
INTERPRETER=$(readlink -f "$DEST/root/lib/ld-linux.so.2")
[ -x "$LOADER" ] && [ -f "$INTERPRETER" ] || fail "the wine32 packages have no loader or ld-linux.so.2"
# The loader's ELF interpreter is /lib/ld-linux.so.2, which a machine without i386 lacks.
"$APT/patchelf/usr/bin/patchelf" --set-interpreter "$INTERPRETER" "$LOADER" >>"$LOG" 2>&1 \
  || fail "patchelf --set-interpreter failed"
# Wine starts a process of the other width by name: the 32-bit side looks for wine64 beside
# itself, the 64-bit side (/usr/lib/wine/wine64) for `wine` in its folder and then on PATH.
ln -sf /usr/lib/wine/wine64 "$DEST/root/usr/lib/wine/wine64"
ln -sf "$LOADER" "$DEST/bin/wine"
# What a step that runs 32-bit programs sources: the i386 libraries for the loader, the
# i386 DLLs for the 64-bit side (wineboot fills the prefix's syswow64 from them), PATH for
# the 64-bit side to find `wine`.
cat >"$DEST/env.sh" <<ENV
export PATH="$DEST/bin:\$PATH"
export WINEDLLPATH="$DEST/root/usr/lib/i386-linux-gnu/wine"
export LD_LIBRARY_PATH="$DEST/root/lib/i386-linux-gnu:$DEST/root/usr/lib/i386-linux-gnu\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}"
ENV
rm -rf "$APT/cache" "$APT/lists" "$APT/debs"   # 140 MB of packages, no longer needed
echo "$STAMP" >"$DEST/stamp"
