"""The language the program speaks: ``bg`` (the default; the source texts are Bulgarian) or
``en``, chosen by ``--lang`` or ``PASOSS_LANG`` (DESIGN.md section 7).

``translate(context, text)`` is the command line's ``QCoreApplication.translate``: the same
compiled catalogue (``resources/translations/pasoss_activator_<lang>.qm``), read without
Qt. A text missing from it stays Bulgarian, as in the GUI.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache

from .qm_file import read_qm
from .resources import resource

LANGUAGES = ("bg", "en")
DEFAULT = "bg"
ENV_VARIABLE = "PASOSS_LANG"

_current = DEFAULT


def current() -> str:
    return _current


def use(lang: str) -> None:
    """Speak ``lang`` from now on (an unknown one means the default)."""
    global _current
    _current = lang if lang in LANGUAGES else DEFAULT


def from_environment() -> str:
    value = os.environ.get(ENV_VARIABLE, "").strip().lower()
    return value if value in LANGUAGES else DEFAULT


def from_arguments(arguments: Sequence[str]) -> str:
    """``--lang X`` / ``--lang=X`` anywhere in the arguments (a global option may stand
    before or after the subcommand), else ``PASOSS_LANG``, else Bulgarian."""
    for index, argument in enumerate(arguments):
        if argument == "--":
            break
        if argument.startswith("--lang="):
            value = argument.split("=", 1)[1]
        elif argument == "--lang" and index + 1 < len(arguments):
            value = arguments[index + 1]
        else:
            continue
        if value in LANGUAGES:
            return value
    return from_environment()


@cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    if lang == DEFAULT:
        return {}
    return read_qm(resource("translations", f"pasoss_activator_{lang}.qm"))


def translate(context: str, text: str) -> str:
    """``text`` (Bulgarian) in the current language."""
    if _current == DEFAULT:
        return text
    return _catalogue(_current).get((context, text)) or text


def tx(context: str, text: str) -> str:
    """Short name for ``translate`` at the places that speak (``lupdate`` knows it by this
    name through ``-tr-function-alias translate+=tx``)."""
    return translate(context, text)
