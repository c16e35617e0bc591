#!/bin/sh
# Refresh the translation sources from the code, then compile them.
# The source texts are Bulgarian; pasoss_activator_en.ts carries the English.
# Module-level helpers named _tr() translate in the empty context, hence the alias.
# New texts come out "unfinished": translate them in pyside6-linguist, then run this again
# (tests/ui/test_app.py fails while any text lacks its English).
set -e
cd "$(dirname "$0")/../.."
BIN=${BIN:-.venv/bin}
"$BIN/pyside6-lupdate" pasoss_activator/ui/*.py -tr-function-alias tr+=_tr -no-obsolete \
    -locations none -ts resources/translations/pasoss_activator_en.ts
"$BIN/pyside6-lrelease" resources/translations/pasoss_activator_en.ts \
    -qm resources/translations/pasoss_activator_en.qm
