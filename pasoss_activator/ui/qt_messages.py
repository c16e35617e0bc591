"""Keeps one known, harmless message of Qt's offscreen platform off the terminal.

The offscreen plugin (used by ``--tour`` and on machines without a screen) prints "This
plugin does not support propagateSizeHints()" every time a window's size limits change:
a dozen lines of noise in the tour's output that say nothing about our program. Only
that message, and only on that platform, is dropped; every other message goes on to the
handler that was there before (Qt's own, or a test runner's), so no warning is hidden.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication

NOISE = "This plugin does not support propagateSizeHints()"
Handler = Callable[[QtMsgType, QMessageLogContext, str], Any]

_previous: Handler | None = None
_installed = False


def _filter(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if kind == QtMsgType.QtWarningMsg and message.strip() == NOISE:
        return
    if _previous is not None:
        _previous(kind, context, message)
    else:  # what Qt's default handler would print
        sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")


def quiet_offscreen_noise(app: QGuiApplication) -> bool:
    """Install the filter when ``app`` runs on the offscreen platform; True if installed."""
    global _previous, _installed
    if app.platformName() != "offscreen" or _installed:
        return _installed
    _previous = qInstallMessageHandler(_filter)
    _installed = True
    return True


def restore() -> None:
    """Put the previous handler back (when the app is done, and in tests)."""
    global _previous, _installed
    if _installed:
        qInstallMessageHandler(_previous)
    _previous, _installed = None, False
