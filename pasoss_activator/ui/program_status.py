"""A program found on this PC with its status, and how the window names that status:
worked out off the GUI thread (``find_with_status``) and shown by „На този компютър“."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ..core.key_status import Status
from .messages import error_text, program_name

if TYPE_CHECKING:  # the programs' module (files, the key codec) is the worker's
    from ..core.account import Activator
    from ..core.programs import ProgramWithStatus

    # A program with its status, worked out off the GUI thread (the core's one rule).
    FoundProgram = ProgramWithStatus


def status_name(status: Status) -> str:
    """The status in the language of the window (the core names it in Bulgarian only)."""
    names = {
        Status.NONE: QCoreApplication.translate("ThisPcSection", "Няма ключ"),
        Status.VALID: QCoreApplication.translate("ThisPcSection", "Активирана"),
        Status.SIGNATURE_INVALID: QCoreApplication.translate(
            "ThisPcSection", "Ключът е повреден или подправен"
        ),
        Status.UNTRUSTED_SIGNER: QCoreApplication.translate(
            "ThisPcSection", "Ключът не е издаден от ПАСОСС"
        ),
        Status.OTHER_INSTALLATION: QCoreApplication.translate(
            "ThisPcSection", "Ключът е за друга инсталация"
        ),
        Status.VERSION_NOT_COVERED: QCoreApplication.translate(
            "ThisPcSection", "Версията не е покрита от ключа"
        ),
        Status.EXPIRED: QCoreApplication.translate("ThisPcSection", "Ключът е изтекъл"),
        Status.DAMAGED: QCoreApplication.translate(
            "ThisPcSection", "Инсталационният ключ е повреден"
        ),
    }
    return names.get(status, status.display_name)


def damaged_key_lines(program: Any) -> list[str]:
    """For an installation key in PASOSS.INI that does not read: which group, what to do.
    The program writes that key itself, so the way out is the program, not retyping."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("", text)  # lupdate files a bare tr() under ""

    text = str(program.installation_key_text or "").strip()
    if not text:
        return [
            tr("Във файла PASOSS.INI няма инсталационен ключ."),
            tr(
                "Отворете програмата {0} и влезте в меню „Регистрация“ — тя ще запише "
                "инсталационния ключ. След това натиснете „Търси отново“."
            ).format(program_name(program)),
        ]
    error = getattr(program, "key_error", None)
    group = error.details.get("group") if error is not None else None
    groups = " ".join(f"{n}) {g}" for n, g in enumerate(text.split("-"), start=1))
    first = (
        tr("Група {0} на инсталационния ключ във файла PASOSS.INI не е вярна.").format(group)
        if group
        else tr("Инсталационният ключ във файла PASOSS.INI не е пълен или не е верен.")
    )
    return [
        first,
        tr("Ключът във файла: {0}").format(groups),
        tr(
            "Отворете програмата {0} и влезте в меню „Регистрация“ — тя ще запише "
            "инсталационния ключ наново. След това натиснете „Търси отново“. Ако грешката "
            "остане, обадете се на поддръжката на ПАСОСС."
        ).format(program_name(program)),
    ]


def status_text(found: FoundProgram) -> str:
    program = found.program
    if program.problem is not None:
        return error_text(program.problem)
    text = status_name(found.status) if found.status else ""
    if program.version_mismatch:
        text += " " + QCoreApplication.translate(
            "ThisPcSection", "(версията във файла е {0}, а в ключа {1})"
        ).format(program.ini_version, program.version)
    return text


def change_text(kind: str, text: str) -> str:
    """A change since registration as the window says it: the workstation in words (the
    codes stay in the diagnostics report, for support)."""
    if kind == "workstation":
        return QCoreApplication.translate(
            "ThisPcSection",
            "Програмата е на нов диск или на друг компютър: регистрирана е на друг "
            "компютър, не на този.",
        )
    return text


def needs_key(found: list[FoundProgram]) -> bool:
    """Some program found on this PC has no valid registration key (the work to do)."""
    return any(f.status != Status.VALID for f in found)


def find_with_status(activator: Activator) -> list[FoundProgram]:
    """Blocking (runs in the worker): the programs found on this PC and their status."""
    return activator.programs_with_status()
