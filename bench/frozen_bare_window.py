"""The bare PySide6 window the bench freezes beside the program (bench/frozen_figures.py).

A ``QMainWindow`` of the program's default size, shown; prints ``first-paint <ns>`` (the
monotonic clock) at its first paint, noted in its own ``paintEvent`` as the frozen
program's windows note theirs (``PASOSS_ACTIVATOR_FIRST_PAINT=exit``), and ends.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow


class BareWindow(QMainWindow):
    painted = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            sys.stdout.write(f"first-paint {time.monotonic_ns()}\n")
            sys.stdout.flush()
            QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = BareWindow()
    window.resize(1100, 720)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
