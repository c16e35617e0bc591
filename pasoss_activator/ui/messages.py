"""Sentences the GUI shows for failures and for failing comparison rows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core import comparison_text as comparison
from ..core import error_text as render
from ..core.model import ComparisonRow
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


def row_hint(row: ComparisonRow) -> str:
    """One line of what to do about a failing comparison row."""
    param = row.param
    asked = str(row.requested_value or row.requested)
    allowed = str(row.entitled_value or row.entitled)
    if param == "version":
        return _tr(
            "Версията на програмата ({0}) е по-нова от най-високата лицензирана ({1}). "
            "Подновете абонамента, за да получите ключ за новата версия, или инсталирайте "
            "отново версия {1}."
        ).format(asked, allowed)
    if param == "modules":
        return _tr(
            "Програмата е с модули, които не са в лиценза. Изключете ги в програмата или "
            "поръчайте разширяване на лиценза."
        )
    if param == "workplaces":
        return _tr(
            "Поисканите работни места са повече от лицензираните. Намалете ги в програмата "
            "или поръчайте още работни места."
        )
    if param == "installation_type":
        return _tr(
            "Видът на инсталацията не отговаря на лиценза. Променете го в програмата или "
            "се обадете в ПАСОСС за друг вид лиценз."
        )
    if param == "workstation":
        return _tr(
            "Всички работни места по лиценза са заети. Освободете място чрез поддръжката "
            "на ПАСОСС или поръчайте още работни места."
        )
    if param == "subscription":
        return _tr(
            "Договорът не е активен или не е платен. Проверете раздел „Договори“ и се "
            "свържете с ПАСОСС."
        )
    if param == "customer":
        return _tr(
            "Ключът е от програма на друг клиент. Проверете дали сте влезли с правилния "
            "профил."
        )
    if param == "product":
        return _tr("Нямате лиценз за тази програма. Свържете се с ПАСОСС.")
    return _tr("Свържете се с поддръжката на ПАСОСС.")
