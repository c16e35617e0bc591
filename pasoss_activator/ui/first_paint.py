"""A window's first paint: told at once to whoever listens (the bench's timing of a
start), and by the window's ``first_painted`` signal a turn of the event loop later.

The main window and the login dialog call ``painted`` from their ``paintEvent``. Their
parts paint right after them in the same pass, so the signal, which starts what follows
the paint (the worker's imports, the section held back), comes after those too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtWidgets import QWidget

_listeners: list[Callable[[QWidget], None]] = []


def listen(listener: Callable[[QWidget], None]) -> None:
    """``listener(window)`` at each window's first paint, inside that paint."""
    _listeners.append(listener)


def painted(window: QWidget, signal: SignalInstance) -> None:
    for listener in list(_listeners):
        listener(window)
    QTimer.singleShot(0, window, signal.emit)
