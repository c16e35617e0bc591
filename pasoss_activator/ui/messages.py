"""Sentences the GUI shows for failures and for failing comparison rows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.errors import ActivatorError, LoginRequired, ServiceUnavailable
from ..core.model import ComparisonRow


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
