"""A failure as people read it, in the chosen language, from its code and details.

Both front ends call ``error_parts``: the command line with ``language.translate``, the
GUI with ``QCoreApplication.translate`` and ``gui=True`` (the window's own wording first).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from . import language
from .error_catalogue import CONTEXT, GUI, TEXTS, Text
from .errors import ActivatorError

Translate = Callable[[str, str], str]


def text_keys(error: ActivatorError) -> list[str]:
    """The catalogue keys for ``error``, the most specific first."""
    reason = str(error.details.get("reason") or "")
    field = str(error.details.get("field") or "")
    keys = []
    if reason and field:
        keys.append(f"{error.code}.{reason}.{field}")
    if reason:
        keys.append(f"{error.code}.{reason}")
    keys.append(error.code)
    return keys


def has_text(error: ActivatorError) -> bool:
    return any(key in TEXTS for key in text_keys(error))


def error_parts(
    error: BaseException, t: Translate = language.translate, *, gui: bool = False
) -> tuple[str, str]:
    """(what happened, what to do) for ``error`` in the current language."""
    if not isinstance(error, ActivatorError):
        return t(CONTEXT, GUI["unexpected"].message), ""
    keys = text_keys(error)
    entry: Text | None = None
    own_gui_text = False
    if gui:
        entry = next((GUI[k] for k in keys if k in GUI), None)
        own_gui_text = entry is not None
    if entry is None:
        entry = next((TEXTS[k] for k in keys if k in TEXTS), None)
    if entry is None:
        # A code with no text yet (tests/i18n names it): what the raiser wrote, as it is.
        parts = [*error.fallback_text, "", ""]
        return parts[0] or t(CONTEXT, TEXTS["internal_error"].message), parts[1]
    message = t(CONTEXT, entry.message)
    action = t(CONTEXT, entry.action) if entry.action else ""
    service_message = error.details.get("service_message")
    if service_message and not own_gui_text and language.current() == "bg":
        # The service writes Bulgarian; its sentence is often more precise than ours.
        message = str(service_message)
        if entry.action_after_service is not None:
            action = entry.action_after_service
    values = _Values(error.details)
    return message.format_map(values), action.format_map(values)


def error_text(
    error: BaseException, t: Translate = language.translate, *, gui: bool = False
) -> str:
    """Message and action as one paragraph, for a dialog, the terminal or a report."""
    message, action = error_parts(error, t, gui=gui)
    return f"{message} {action}".strip()


class _Values(dict[str, str]):
    """``details`` as texts for ``str.format_map``: dates as дд.мм.гггг, a missing one empty."""

    def __init__(self, details: Mapping[str, Any]) -> None:
        super().__init__({k: _text(v) for k, v in details.items()})

    def __missing__(self, key: str) -> str:
        return ""


def _text(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return "" if value is None else str(value)
