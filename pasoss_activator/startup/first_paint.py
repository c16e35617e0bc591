"""A measurement hook for the bench: the moment the program's first window is painted.

With ``PASOSS_ACTIVATOR_FIRST_PAINT=exit`` the program prints ``first-paint <ns>`` (the
system's monotonic clock, comparable with the process that started it) when the first of
its windows (the main window, or the login dialog on a PC without a remembered session)
has been painted, and then closes its windows: the bench times the frozen bundle's start
this way, as it cannot reach inside it (bench/frozen_figures.py). Off otherwise.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

VARIABLE = "PASOSS_ACTIVATOR_FIRST_PAINT"  # also named in startup/gui.py


class _FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.seen = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            self.seen = True
            sys.stdout.write(f"first-paint {time.monotonic_ns()}\n")
            sys.stdout.flush()
            QTimer.singleShot(0, self.app.closeAllWindows)
        return False


def install_if_asked(app: QApplication) -> None:
    if os.environ.get(VARIABLE) == "exit":
        app.installEventFilter(_FirstPaint(app))
