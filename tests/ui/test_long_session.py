"""A long session must not abort: PySide6-Essentials 6.12.0 on Python 3.11 drops a
reference to None and True on every call, and is excluded in pyproject.toml. This test
catches such a version, should it come back."""

from __future__ import annotations

import subprocess
import sys

LONG_SESSION = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import pasoss_activator.ui
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Flag(QObject):
    changed = Signal(bool)

app = QApplication([])
label, flag = QLabel(), Flag()
flag.changed.connect(lambda _v: None)
for _ in range(60_000):  # far more than None's and True's own reference counts
    label.setText("x")
    flag.changed.emit(True)
print("alive")
"""


def test_sixty_thousand_qt_calls_neither_abort_nor_crash_on_exit() -> None:
    done = subprocess.run([sys.executable, "-c", LONG_SESSION], capture_output=True,
                          text=True, timeout=120)
    assert (done.returncode, done.stdout.strip()) == (0, "alive"), done.stderr[-500:]
