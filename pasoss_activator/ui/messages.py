"""Sentences the GUI shows for failures (the advice for a failing comparison row is the
core's, ``core/row_advice.py``, shared with the command line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.errors import ActivatorError, LoginRequired, ServiceUnavailable


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: -tr-function-alias tr+=_tr


def error_text(error: Exception) -> str:
    """What the user reads: the core's own Bulgarian message and action, never a traceback."""
    if type(error) is LoginRequired:  # the core's text names the command line's "login"
        return _tr(
            "Не сте влезли в профила си в ПАСОСС. Изберете „Изход от профила“ и влезте "
            "отново с имейла и паролата си."
        )
    if isinstance(error, ServiceUnavailable) and error.details.get("reason") in (
        "connection", "timeout",
    ):
        # The core's advice ends with the command line's „activate --request“, which means
        # nothing in the window; the window offers „Активиране без интернет…“ itself.
        return f"{error.message} " + _tr(
            "Проверете връзката с интернет (и прокси сървъра, ако фирмата използва такъв) и "
            "опитайте отново."
        )
    if isinstance(error, ActivatorError):
        return error.user_text()
    return _tr(
        "Възникна неочаквана грешка. Опитайте отново; ако грешката се повтори, "
        "обадете се на поддръжката на ПАСОСС."
    )
