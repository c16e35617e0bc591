#!/bin/sh
# Refresh the translation sources from the code, then compile them.
# The source texts are Bulgarian; pasoss_activator_en.ts carries the English. One catalogue
# for the whole program: the GUI (ui/), the command line (cli.py, commands/) and the texts
# keyed by code (core/error_catalogue.py), read by Qt in the GUI and by core/qm_file.py on the command line.
# Aliases: module-level _tr() translates in the empty context; N(context, text) marks a
# catalogue entry (QT_TRANSLATE_NOOP); tx(context, text) is the command line's translate().
# New texts come out "unfinished": translate them in pyside6-linguist, then run this again
# (tests/i18n fails while any text lacks its English).
# TS=other.ts COMPILE=0 only refreshes a copy (the test does that).
set -e
cd "$(dirname "$0")/../.."
BIN=${BIN:-.venv/bin}
TS=${TS:-resources/translations/pasoss_activator_en.ts}
"$BIN/pyside6-lupdate" pasoss_activator/ui/*.py pasoss_activator/startup/*.py \
    pasoss_activator/commands/*.py pasoss_activator/cli.py pasoss_activator/core/*.py \
    -tr-function-alias tr+=_tr,QT_TRANSLATE_NOOP+=N,translate+=tx -no-obsolete \
    -locations none -ts "$TS"
if [ "${COMPILE:-1}" = 1 ]; then
    "$BIN/pyside6-lrelease" "$TS" -qm resources/translations/pasoss_activator_en.qm
fi
