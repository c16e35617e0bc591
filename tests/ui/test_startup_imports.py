"""What the window of a remembered session imports before its first paint: none of the
service code, the key codec or the typed account (each was ~7–50 ms of the GUI thread
before the window could paint; they come with the worker and the data after it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# Run in a fresh interpreter: the test process has imported everything already.
PROBE = """
import json, sys
from pasoss_activator.startup import gui  # the program's start path
from pasoss_activator.core.settings import Settings
from pasoss_activator.ui.app import application
from pasoss_activator.ui.main_window import MainWindow
from pasoss_activator.ui.ui_settings import UiSettings

application()
ui_settings = UiSettings(Settings.load())
ui_settings.last_section = sys.argv[1]
window = MainWindow(None, ui_settings, frame_first=True)  # as start_remembered builds it
window.wait_for_login()
assert window.current_section() == sys.argv[1]
print(json.dumps(sorted(sys.modules)))
"""

def run_probe(probe: str, home: Path, *args: str) -> Any:
    """Run ``probe`` in a fresh interpreter with its own user folder; the JSON it printed
    last."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PASOSS_ACTIVATOR_HOME=str(home))
    done = subprocess.run([sys.executable, "-c", probe, *args], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


NOT_BEFORE_PAINT = (
    "cryptography", "urllib3", "requests", "keyring",
    "pasoss_activator.core.account", "pasoss_activator.core.model",
    "pasoss_activator.core.programs", "pasoss_activator.core.registration_key",
    "pasoss_activator.core.trust", "pasoss_activator.core.what_changed",
)


@pytest.mark.parametrize("section", ["news", "this_pc"])
def test_the_remembered_window_imports_no_service_code_before_its_first_paint(
    tmp_path, section
) -> None:
    loaded = run_probe(PROBE, tmp_path, section)
    early = [m for m in loaded if m.split(".")[0] in NOT_BEFORE_PAINT or m in NOT_BEFORE_PAINT]
    assert early == []


# The window of a remembered session, painted: were any of the enum
# types of ``PySide6.QtCore.Qt`` made by then (all 93 at once, ~10 ms: ui/early_qt.py)?
# Prints the first one made and the lines of our code that made it.
QT_ENUMS_PROBE = """
import enum, json, sys, traceback
made = []  # (enum type, our frames) in the order PySide6 made them
original_new = enum.EnumType.__new__

def recording_new(metacls, name, bases, classdict, **kwargs):
    made_type = original_new(metacls, name, bases, classdict, **kwargs)
    ours = [f"{f.filename.rsplit('pasoss_activator', 1)[-1]}:{f.lineno} {f.line}"
            for f in traceback.extract_stack() if "pasoss_activator" in f.filename]
    made.append((made_type, ours))
    return made_type

enum.EnumType.__new__ = recording_new
from PySide6.QtCore import QTimer
from pasoss_activator.startup import gui  # the program's start path
from pasoss_activator.core.settings import Settings
from pasoss_activator.ui.app import application
from pasoss_activator.ui.main_window import MainWindow
from pasoss_activator.ui.ui_settings import UiSettings

app = application()
ui_settings = UiSettings(Settings.load())
ui_settings.last_section = sys.argv[1]
seen = {}

class Probe(MainWindow):
    def paintEvent(self, event):
        if not seen:
            seen["qt"] = [(t.__qualname__, ours) for t, ours in made
                          if t.__qualname__.startswith("Qt.")]
            QTimer.singleShot(0, app.quit)
        super().paintEvent(event)

window = Probe(None, ui_settings, frame_first=True)  # as start_remembered builds it
window.wait_for_login()
window.show()
app.exec()
print(json.dumps(seen["qt"][:1]))
"""


@pytest.mark.parametrize("section", ["news", "this_pc"])
def test_the_remembered_window_makes_no_qt_namespace_enums_before_its_first_paint(
    tmp_path, section
) -> None:
    first = run_probe(QT_ENUMS_PROBE, tmp_path, section)
    assert first == [], f"Qt's enums were made before the first paint, first by: {first}"


# Behind the login dialog, where the time is free, the window imports what the account's
# and the programs' arrival would otherwise import in the one turn that shows them.
AHEAD_PROBE = """
import json, sys
from pasoss_activator.core.settings import Settings
from pasoss_activator.ui.app import WindowInAdvance, application
from pasoss_activator.ui.ui_settings import UiSettings

application()
before = set(sys.modules)
WindowInAdvance(None, UiSettings(Settings.load()), start=False).build()
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_the_window_built_behind_the_login_imports_what_the_data_will_need(tmp_path) -> None:
    imported = set(run_probe(AHEAD_PROBE, tmp_path))
    assert {"pasoss_activator.ui.news_text", "pasoss_activator.ui.formatting",
            "pasoss_activator.ui.messages", "pasoss_activator.ui.this_pc_section",
            "pasoss_activator.ui.table_model"} <= imported
