"""A measurement hook for the bench: the moment the program's first window is painted.

With ``PASOSS_ACTIVATOR_FIRST_PAINT=exit`` the program prints ``first-paint <ns>`` (the
system's monotonic clock, comparable with the process that started it) when the first of
its windows (the main window, or the login dialog on a PC without a remembered session)
has been painted, and then closes its windows: the bench times the frozen bundle's start
this way, as it cannot reach inside it (bench/frozen_figures.py). Off otherwise.

The windows tell their first paint themselves (``ui/first_paint.py``): an event filter
on the whole application would send every event of every object through Python, and
converting those objects makes PySide6 create enum types the program never needs.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ..ui import first_paint

VARIABLE = "PASOSS_ACTIVATOR_FIRST_PAINT"  # also named in startup/gui.py


def install_if_asked(app: QApplication) -> None:
    if os.environ.get(VARIABLE) != "exit":
        return
    seen: list[bool] = []

    def painted(_window: QWidget) -> None:
        if not seen:
            seen.append(True)
            sys.stdout.write(f"first-paint {time.monotonic_ns()}\n")
            sys.stdout.flush()
            QTimer.singleShot(0, app.closeAllWindows)

    first_paint.listen(painted)
