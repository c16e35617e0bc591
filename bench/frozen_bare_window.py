"""The bare PySide6 window the bench freezes beside the program (bench/frozen_figures.py).

A ``QMainWindow`` of the program's default size, shown; prints ``first-paint <ns>`` (the
monotonic clock) at its first paint, as the frozen program does with
``PASOSS_ACTIVATOR_FIRST_PAINT=exit``, and ends.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


class FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.seen = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            self.seen = True
            sys.stdout.write(f"first-paint {time.monotonic_ns()}\n")
            sys.stdout.flush()
            QTimer.singleShot(0, self.app.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.installEventFilter(FirstPaint(app))
    window = QMainWindow()
    window.resize(1100, 720)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
