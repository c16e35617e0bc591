"""Sentences the GUI shows for failures (the advice for a failing comparison row is the
core's, ``core/row_advice.py``, shared with the command line)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..core import comparison_text as comparison
from ..core import error_text as render

if TYPE_CHECKING:  # the programs' module brings the key codec and the network's URL rule
    from ..core.programs import InstalledProgram


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: -tr-function-alias tr+=_tr


def program_name(program: InstalledProgram) -> str:
    """The program's name in the window's language."""
    return comparison.program_name(program, QCoreApplication.translate)


def error_text(error: BaseException) -> str:
    """What the user reads, never a traceback: the failure's code rendered from the one
    catalogue through Qt's translations, with the window's own wording where the command
    line's would not fit (``core.error_catalogue.GUI``)."""
    return render.error_text(error, QCoreApplication.translate, gui=True)
