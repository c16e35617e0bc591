"""Помощ → Диагностика: the report support needs, to read, copy, save or send.

The report is built by the core (``build_report``, already redacted: no password, no
token, no full registration key) off the GUI thread, because its network check can take
a few seconds on a slow or blocked connection; meanwhile a busy line says what is going
on. Above the text, what is wrong (each finding already says what to do), so the client
sees it without reading the whole report.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.diagnostics import build_report, save_report
from ..core.diagnostics_text import report_text
from .busy import BusyLine
from .look import BANNER_STYLE, ERROR_STYLE, OK_COLOUR, app_icon, icon, monospace_font
from .messages import error_text
from .program_status import change_text
from .worker import run_in_background

if TYPE_CHECKING:
    from ..core.account import Activator
    from .support_dialog import LoginOpener, SupportCodeDialog

OK_STYLE = f"color:{OK_COLOUR.name()}; font-weight:bold;"
MAX_PROBLEMS_SHOWN = 4


def default_file_name(now: dt.datetime | None = None) -> str:
    """``pasoss-diagnostika-ГГГГММДД-ЧЧММ.txt``: sorts by date and says what it is."""
    moment = (now or dt.datetime.now()).astimezone()
    return f"pasoss-diagnostika-{moment:%Y%m%d-%H%M}.txt"


def plain_problem(line: str, report: dict[str, Any]) -> str:
    """A finding as the client reads it: a new computer in words, without the workstation
    codes the report keeps for support."""
    for program in report.get("programs") or []:
        for change in (program.get("what_changed") or {}).get("changes") or []:
            if change.get("kind") == "workstation" and change.get("text"):
                line = line.replace(str(change["text"]),
                                    change_text("workstation", str(change["text"])))
    return line


class DiagnosticsDialog(QDialog):
    key_written = Signal(object)  # from its support dialog: the main window refreshes

    def __init__(
        self, activator: Activator, parent: QWidget | None = None, *,
        login: LoginOpener | None = None,
    ) -> None:
        super().__init__(parent)
        self.activator = activator
        self.report: dict[str, Any] | None = None
        self.login = login  # for the support code; none when opened from the login dialog
        self.setWindowTitle(self.tr("Диагностика — PASOSS Activator"))
        self.setWindowIcon(app_icon())
        self.resize(820, 640)

        intro = QLabel(
            self.tr(
                "Тук е всичко, което поддръжката на ПАСОСС трябва да знае за този компютър "
                "и връзката му с услугата. В отчета няма пароли и пълни регистрационни ключове."
            )
        )
        intro.setWordWrap(True)
        self.busy = BusyLine(self.tr("Проверка на компютъра и връзката…"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Открити проблеми"))
        # The report itself is for support: behind „Подробности“, so the codes, versions and
        # library names in it do not stand between the client and what is wrong.
        self.details_button = QToolButton()
        self.details_button.setText(self.tr("Подробности за поддръжката"))
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setAutoRaise(True)
        self.details_button.toggled.connect(self.show_details)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(monospace_font())
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setAccessibleName(self.tr("Отчет"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Съобщение"))

        self.copy_button = QPushButton(icon("copy"), self.tr("Копирай"))
        self.copy_button.setToolTip(self.tr("Копира отчета, за да го поставите в имейл."))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(icon("save"), self.tr("Запази…"))
        self.save_button.clicked.connect(self.ask_save)
        self.support_button = QPushButton(icon("phone"), self.tr("Свържи се с поддръжката"))
        self.support_button.setToolTip(
            self.tr("Изпраща отчета на поддръжката и показва код, който да кажете по телефона.")
        )
        self.support_button.clicked.connect(self.contact_support)
        self.again_button = QPushButton(icon("refresh"), self.tr("Провери отново"))
        self.again_button.clicked.connect(self.start)
        close = QPushButton(self.tr("Затвори"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.save_button, self.support_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.busy)
        layout.addWidget(self.problems)
        layout.addWidget(self.details_button)
        layout.addWidget(self.text, 1)
        self.spacer = QWidget()  # takes the room of the report while it is hidden
        layout.addWidget(self.spacer, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._set_busy(False)
        self.show_details(False)

    def show_details(self, shown: bool) -> None:
        """Open or close „Подробности“: the whole report, as support reads it."""
        self.details_button.setChecked(shown)
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if shown
                                         else Qt.ArrowType.RightArrow)
        self.text.setVisible(shown)
        self.spacer.setVisible(not shown)

    # --- building -------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        ready = not busy and self.report is not None
        for button in (self.copy_button, self.save_button, self.support_button):
            button.setEnabled(ready)
        self.again_button.setEnabled(not busy)

    @property
    def is_busy(self) -> bool:
        return self.busy.is_busy

    def start(self) -> None:
        """Build the report (network check included) off the GUI thread."""
        if self.is_busy:
            return
        activator = self.activator
        self.status.setText("")
        self._set_busy(True)
        run_in_background(
            lambda: build_report(activator), self.show_report, self._failed, owner=self
        )

    def show_report(self, report: dict[str, Any]) -> None:
        self.report = report
        self.text.setPlainText(report_text(report))
        found = [plain_problem(str(p), report) for p in report.get("problems") or []]
        if found:
            shown = found[:MAX_PROBLEMS_SHOWN]
            if len(found) > len(shown):  # many programs: the panel must not crowd out the text
                shown.append(self.tr("… и още {0} — в „Подробности за поддръжката“.").format(
                    len(found) - len(shown)))
            items = "".join(f"<li>{html.escape(p)}</li>" for p in shown)
            self.problems.setText(
                "<b>" + html.escape(self.tr("Какво не е наред:")) + "</b>"
                f"<ul style='margin:2px 0 0 -20px'>{items}</ul>"
            )
            self.problems.setStyleSheet(BANNER_STYLE)
        else:
            self.problems.setText(self.tr("Не са открити проблеми."))
            self.problems.setStyleSheet(OK_STYLE)
        self._set_busy(False)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(error))

    # --- using the report -----------------------------------------------------------

    def copy(self) -> None:
        if self.report is None:
            return
        QApplication.clipboard().setText(report_text(self.report))
        self._say(self.tr("Отчетът е копиран."))

    def ask_save(self) -> None:
        if self.report is None:
            return
        default = str(Path(QDir.homePath()) / default_file_name())
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Запази отчета"), default,
            self.tr("Текстов файл (*.txt);;JSON файл за поддръжката (*.json)"),
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        """Write the report (``.json`` as JSON, anything else as text) off the GUI thread."""
        report = self.report
        if report is None:
            return
        run_in_background(
            lambda: save_report(report, path),
            lambda saved: self._say(self.tr("Отчетът е записан във файла {0}.").format(saved)),
            self._not_saved,
            owner=self,
        )

    def _not_saved(self, error: Exception) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(
            self.tr("Отчетът не е записан в тази папка. Изберете друга папка, например "
                    "„Документи“, и опитайте отново.")
            if isinstance(error, OSError) else error_text(error)
        )
        # The system's own words (often English) are for support, under the mouse.
        self.status.setToolTip((error.strerror or "") if isinstance(error, OSError) else "")

    def _say(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def contact_support(self) -> SupportCodeDialog:
        """Open „Свържи се с поддръжката“ with this report (no second network check)."""
        from .support_dialog import SupportCodeDialog

        dialog = SupportCodeDialog(self.activator, self.report, self, login=self.login)
        dialog.key_written.connect(self.key_written)
        dialog.open()
        dialog.start()
        return dialog
