"""„Генериране на ключове“: installation key in, registration key and comparison out.

The key is typed or pasted (checked group by group as it comes), or taken from a program
found on this PC; then „Запиши в програмата“ (or „Активирай“ in „На този компютър“) asks
the service for the key and verifies it, and only then asks to confirm writing it into
that program's PASOSS.INI, naming the file: a refusal never asks to close the program.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDir, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.comparison_text import product_name
from ..core.errors import (
    ConfigError,
    ConfigLocked,
    ConfigReadOnly,
    LoginRequired,
    NotEntitled,
    ServiceUnavailable,
)
from ..core.model import ComparisonRow
from .busy import busy_bar
from .comparison import ComparisonView
from .dialogs import confirm, inform
from .formatting import grouped_key
from .key_field import InstallationKeyField
from .look import ERROR_STYLE, heading, icon, monospace_font
from .messages import error_text, program_name
from .section_widget import SectionWidget
from .session import Session
from .worker import run_in_background

if TYPE_CHECKING:
    from ..core.account import AccountData, ActivationResult, KeyResult
    from ..core.programs import InstalledProgram

class KeysSection(SectionWidget):
    activated = Signal(object)  # ActivationResult, after a key was written
    refused = Signal()  # a one-click activation was refused: the table here says why
    offline_requested = Signal()

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session if session is not None else Session(parent=self)
        self._company = ""  # the account's, for the printed page
        self._programs: list[InstalledProgram] = []  # those with a readable key
        # The result on screen: the registration key ("" when refused), its comparison
        # rows, the program it is for (None for a typed key) and, canonical, the
        # installation key it was asked for.
        self._result_key = ""
        self._result_rows: list[ComparisonRow] = []
        self._result_program: InstalledProgram | None = None
        self._result_for = ""
        self._result_installation_key = ""
        self._last_activation: ActivationResult | None = None

        intro = QLabel(
            self.tr(
                "Ключ за друг компютър, по телефона или за печат; програмите тук се активират "
                "с едно натискане в „На този компютър“."
            )
            + "<br>"
            + self.tr(
                "Инсталационният ключ е в програмата: „Фирми и години“ → Главно меню → "
                "Служебни функции → Регистрация."
            )
        )
        intro.setWordWrap(True)
        self.program_choice = QComboBox()
        self.program_choice.setAccessibleName(self.tr("Програма от този компютър"))
        self.program_choice.currentIndexChanged.connect(self._program_chosen)
        self.key_field = InstallationKeyField()
        self.key_field.changed.connect(self._key_changed)
        self.generate_button = QPushButton(icon("key"), self.tr("Генерирай"))
        self.generate_button.setDefault(True)
        self.generate_button.setEnabled(False)
        self.generate_button.clicked.connect(self.generate)
        self.key_field.edit.returnPressed.connect(self.generate)
        self.offline_button = QPushButton(icon("offline"), self.tr("Активиране без интернет…"))
        self.offline_button.clicked.connect(self.offline_requested)
        self.busy = busy_bar()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Резултат"))

        form = QFormLayout()
        form.addRow(self.tr("&Програма:"), self.program_choice)
        form.addRow(self.tr("&Инсталационен ключ:"), self.key_field)
        actions = QHBoxLayout()
        actions.addWidget(self.generate_button)
        actions.addStretch(1)
        actions.addWidget(self.offline_button)

        self.result = self._build_result()
        self.result.setVisible(False)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(heading(self.tr("Генериране на ключове")))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.result)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.set_programs([])

    def _build_result(self) -> QGroupBox:
        box = QGroupBox(self.tr("Регистрационен ключ"))
        self.key_text = QPlainTextEdit()
        self.key_text.setReadOnly(True)
        self.key_text.setFont(monospace_font(11))
        self.key_text.setAccessibleName(self.tr("Регистрационен ключ"))
        self.key_text.setFixedHeight(self.key_text.fontMetrics().lineSpacing() * 4 + 16)
        self.copy_button = QPushButton(icon("copy"), self.tr("Копирай ключа"))
        self.copy_button.clicked.connect(self.copy_key)
        self.write_button = QPushButton(icon("save"), self.tr("Запиши в програмата"))
        self.write_button.clicked.connect(self.write_to_program)
        self.print_button = QPushButton(icon("print"), self.tr("Печат…"))
        self.print_button.clicked.connect(self.print_result)
        self.pdf_button = QPushButton(icon("export"), self.tr("Запази като PDF…"))
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.comparison = ComparisonView()
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.write_button, self.print_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.key_text)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("<b>Сравнение на параметрите</b>")))
        layout.addWidget(self.comparison)
        return box

    # --- what the window, the tour and the tests read ------------------------------

    @property
    def programs(self) -> list[InstalledProgram]:
        """The programs of this PC offered in the list (those with a readable key)."""
        return list(self._programs)

    @property
    def result_key(self) -> str:
        """The registration key on screen; "" when there is none (refused, or not asked)."""
        return self._result_key

    @property
    def last_activation(self) -> ActivationResult | None:
        """The last key written into a program from this section."""
        return self._last_activation

    def was_refused(self) -> bool:
        """The result on screen is a refusal: no key, and a red row in the table says why."""
        return not self._result_key and any(not row.ok for row in self._result_rows)

    def workstations_here(self) -> frozenset[str]:
        """This PC's workstation ids, read from its programs' installation keys (the
        activator never reads the disk itself): empty when no program was found."""
        return frozenset(p.installation_key.workstation_hex for p in self._programs
                         if p.installation_key is not None)

    def enter_key(self, text: str) -> None:
        """The installation key, as if typed or pasted into its field."""
        self.key_field.set_text(text)

    def show_data(self, data: AccountData) -> None:
        self._company = data.profile.company  # for the printed page

    # --- programs on this PC --------------------------------------------------------

    def set_programs(self, programs: list[InstalledProgram],
                     needing_key: Collection[Path] = ()) -> None:
        """The programs of this PC; ``needing_key`` the folders of those without a valid
        key, the first of which is chosen when nothing was chosen or typed before."""
        chosen = self.program_choice.currentData() if self.program_choice.count() else None
        self._programs = [p for p in programs if p.installation_key is not None]
        self.program_choice.blockSignals(True)
        self.program_choice.clear()
        self.program_choice.addItem(self.tr("— въвеждане на ключа на ръка —"), None)
        for program in self._programs:
            self.program_choice.addItem(
                f"{program_name(program)} {program.version or ''} — {program.folder}", program
            )
            if chosen is not None and Path(program.folder) == Path(chosen.folder):
                self.program_choice.setCurrentIndex(self.program_choice.count() - 1)
        self.program_choice.blockSignals(False)
        if chosen is None and not self.key_field.text().strip():
            needing = {Path(folder) for folder in needing_key}
            first = next((p for p in self._programs if Path(p.folder) in needing), None)
            if first is not None:
                self.choose_program(first.folder)  # what it knows: the program to do

    def choose_program(self, folder: Path) -> None:
        for index in range(1, self.program_choice.count()):
            if Path(self.program_choice.itemData(index).folder) == Path(folder):
                self.program_choice.setCurrentIndex(index)
                return

    def _program_chosen(self, index: int) -> None:
        program = self.program_choice.itemData(index)
        if program is not None:
            self.key_field.set_text(program.installation_key_text)

    def _key_changed(self) -> None:
        self.generate_button.setEnabled(self.key_field.key is not None)
        key = self.key_field.key  # canonical (Cyrillic look-alikes read as Latin) when valid
        typed = self._canon(key.text if key is not None else self.key_field.text())
        if not self.result.isHidden() and typed != self._result_for:
            # The key shown below belongs to the installation key that was there before:
            # left on screen, it would be copied or printed for the wrong installation.
            self.result.setVisible(False)
            self._result_key, self._result_rows, self._result_program = "", [], None
            self.message.setText("")
        # The program the key belongs to, however it was typed (a key read over the phone
        # with Cyrillic look-alikes is still this program's): then „Запиши в програмата“.
        index = self._index_for(key.text) if key is not None else 0
        if index != self.program_choice.currentIndex():
            self.program_choice.blockSignals(True)
            self.program_choice.setCurrentIndex(index)
            self.program_choice.blockSignals(False)

    def _index_for(self, canonical: str) -> int:
        """The list entry of the program here whose installation key this is (0: none)."""
        for index in range(1, self.program_choice.count()):
            program = self.program_choice.itemData(index)
            if program.installation_key is not None and program.installation_key.text == canonical:
                return index
        return 0

    @staticmethod
    def _canon(text: str) -> str:
        return "".join(ch for ch in text.upper() if ch.isalnum())

    # --- generating -----------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.generate_button.setEnabled(not busy and self.key_field.key is not None)
        self.write_button.setEnabled(not busy and bool(self._result_key))

    def generate(self) -> None:
        key = self.key_field.key
        activator = self._session.activator
        if key is None or activator is None or self.busy.isVisible():
            return
        program = self.program_choice.currentData()
        text = key.text
        self._result_for = self._canon(text)
        self._result_installation_key = text  # canonical, for the printed page
        self.message.setText(self.tr("Изпращане на заявката…"))
        self.message.setStyleSheet("")
        self._set_busy(True)
        run_in_background(
            lambda: activator.generate(text),
            lambda result: self._generated(result, program),
            lambda error: self._failed(error, program),
        )

    def _generated(self, result: KeyResult, program: InstalledProgram | None) -> None:
        self._show_result(result.registration_key, result.comparison, program)
        self.message.setStyleSheet("color:#1b5e20; font-weight:bold;")
        if program is not None:
            self.message.setText(
                self.tr(
                    "Регистрационният ключ е генериран. Натиснете „Запиши в програмата“, "
                    "за да го запишете."
                )
            )
        else:
            self.message.setText(
                self.tr(
                    "Регистрационният ключ е генериран. Копирайте го и го въведете в "
                    "програмата: „Фирми и години“ → Главно меню → Служебни функции → "
                    "Регистрация."
                )
            )

    def _failed(self, error: Exception, program: InstalledProgram | None) -> None:
        if isinstance(error, NotEntitled):
            self._show_result("", error.comparison, program)
        else:
            self._set_busy(False)
            self.result.setVisible(False)
        self.message.setStyleSheet(ERROR_STYLE + " font-weight:bold;")
        if isinstance(error, NotEntitled):
            self.message.setText(
                self.tr(
                    "Регистрационният ключ не може да бъде генериран. Причината е в червения "
                    "ред на таблицата."
                )
            )
        else:
            self.message.setText(self._explain(error))

    def _explain(self, error: Exception) -> str:
        """The core's sentence; without a connection, also the way forward without one."""
        text = error_text(error)
        if isinstance(error, ServiceUnavailable | LoginRequired):
            text += " " + self.tr(
                "Ако този компютър няма интернет, използвайте „Активиране без интернет…“."
            )
        return text

    def _show_result(
        self, key: str, rows: Sequence[ComparisonRow], program: InstalledProgram | None
    ) -> None:
        self._result_key, self._result_rows, self._result_program = key, list(rows), program
        self._set_busy(False)
        self.key_text.setPlainText(grouped_key(key))
        self.key_text.setVisible(bool(key))
        self.result.setTitle(
            self.tr("Регистрационен ключ") if key else self.tr("Няма регистрационен ключ")
        )
        self.copy_button.setVisible(bool(key))
        self.write_button.setVisible(bool(key) and program is not None)
        self.write_button.setEnabled(bool(key))
        self.comparison.set_rows(rows, self.workstations_here())
        self.result.setVisible(True)

    def copy_key(self) -> None:
        QApplication.clipboard().setText(self._result_key)
        self.message.setText(self.tr("Ключът е копиран."))

    # --- writing --------------------------------------------------------------------

    def write_to_program(self) -> None:
        if self._result_program is not None and self._result_key:
            self.activate_program(self._result_program)

    def activate_program(self, program: InstalledProgram) -> None:
        """One-click „Активирай“: ask the service for the key and verify it first, then
        confirm writing only a key that will be written, then write it. A refusal goes
        straight to the table, without asking to close the program or confirm a write."""
        activator = self._session.activator
        if activator is None or self.busy.isVisible():
            return
        self.choose_program(program.folder)
        key = program.installation_key
        self._result_for = self._canon(key.text if key else program.installation_key_text)
        self._result_installation_key = key.text if key else program.installation_key_text
        self._set_busy(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Искане на ключа от ПАСОСС…"))
        run_in_background(
            lambda: activator.key_for(program),
            lambda issued: self._key_ready(issued, program),
            lambda error: self._write_failed(error, program),
        )

    def _key_ready(self, issued: KeyResult, program: InstalledProgram) -> None:
        """The key is issued and verified: on screen, then the one question before writing."""
        self._show_result(issued.registration_key, list(issued.comparison), program)
        activator = self._session.activator
        question = self.tr(
            "ПАСОСС издаде регистрационния ключ и той е проверен. Ще бъде записан във "
            "файла\n{0}\n\nПреди това ще бъде направено резервно копие на файла. Затворете "
            "програмата {1}, ако е отворена. Да продължим ли?"
        ).format(program.config_path, program_name(program))
        if activator is None or not confirm(
            self, self.tr("Запис на ключа"), question, self.tr("Запиши")
        ):
            self.message.setStyleSheet("")
            self.message.setText(self.tr(
                "Ключът не е записан. Запишете го с „Запиши в програмата“ или го копирайте."
            ))
            return
        self._set_busy(True)
        self.message.setText(self.tr("Записване на ключа…"))
        run_in_background(
            lambda: activator.write_key(program, issued),
            lambda result: self._written(result, program),
            lambda error: self._write_failed(error, program),
        )

    def _written(self, result: ActivationResult, program: InstalledProgram) -> None:
        self._show_result(result.registration_key, result.comparison, program)
        self.write_button.setVisible(False)  # written: pressing it again would change nothing
        self._last_activation = result
        self.message.setStyleSheet("color:#1b5e20; font-weight:bold;")
        self.message.setText(self.tr("Ключът е записан във файла {0}.").format(result.config_path))
        backup = (
            self.tr("Резервно копие на предишния файл: {0}").format(result.backup_path)
            if result.backup_path
            else self.tr("Преди записа файлът беше празен, затова няма резервно копие.")
        )
        inform(
            self, self.tr("Ключът е записан"),
            self.tr("Регистрационният ключ е записан във файла\n{0}\n\n{1}\n\n"
                    "Стартирайте програмата — тя вече е активирана.").format(
                result.config_path, backup),
            folder=Path(result.config_path).parent,
        )
        self.activated.emit(result)

    def _write_failed(self, error: Exception, program: InstalledProgram) -> None:
        if isinstance(error, NotEntitled):
            self._failed(error, program)
            self.refused.emit()
            return
        self._set_busy(False)
        if not isinstance(error, ConfigError):
            text = self._explain(error)
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(text)
            inform(self, self.tr("Ключът не е записан"), text, error=True)
            return
        # The file cannot be written here, but the key is not lost: it is on screen (the
        # service gives the same key again for this installation, without another seat).
        # The box says it in a few words; the file and the whole advice are behind
        # „Подробности“.
        short = self._short_write_error(error, program)
        by_hand = self.tr(
            "Можете и да копирате регистрационния ключ („Копирай ключа“; ако не се вижда, "
            "натиснете „Генерирай“) и да го въведете сами в програмата: „Фирми и години“ → "
            "Главно меню → Служебни функции → Регистрация."
        )
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(f"{short} {by_hand}")
        inform(self, self.tr("Ключът не е записан"), short, error=True,
               details=f"{error_text(error)}\n\n{by_hand}")

    def _short_write_error(self, error: ConfigError, program: InstalledProgram) -> str:
        if isinstance(error, ConfigReadOnly):
            return self.tr(
                "Нямате право да записвате в папката на {0}. Стартирайте PASOSS Activator с "
                "десен бутон → „Изпълни като администратор“ и опитайте отново."
            ).format(program_name(program))
        if isinstance(error, ConfigLocked):
            return self.tr(
                "Файлът на {0} е зает от друга програма — вероятно тя е отворена. Затворете "
                "я и опитайте отново."
            ).format(program_name(program))
        return error_text(error)

    # --- printing (QtPrintSupport is imported when first used: a faster start) ---------

    def document_html(self) -> str:
        from .printing import key_document_html

        program = self._result_program
        installation = self._result_installation_key
        if program is not None:
            name = program_name(program)
        else:  # a typed key names its program itself
            key = self.key_field.key
            name = product_name(key.product.code, QCoreApplication.translate) if key else ""
        return key_document_html(
            company=self._company, program=name, installation_key=installation,
            registration_key=self._result_key, comparison=self._result_rows,
            here=self.workstations_here(),
        )

    def print_result(self) -> None:
        from .printing import print_with_dialog

        print_with_dialog(self.document_html(), self)

    def ask_pdf(self) -> None:
        # Named for the program and the day, so a second key does not offer to overwrite
        # the page kept for the first one.
        program = self._result_program
        code = f"-{program.product_code}" if program is not None and program.product_code else ""
        stem = f"registracionen-kluch{code}-{dt.date.today():%Y-%m-%d}"
        default = str(Path(QDir.homePath()) / f"{stem}.pdf")
        name, _f = QFileDialog.getSaveFileName(
            self, self.tr("Запази като PDF"), default, self.tr("PDF файлове (*.pdf)")
        )
        if name:
            from .printing import save_pdf

            save_pdf(self.document_html(), Path(name))
            self.message.setText(self.tr("Записано във файла {0}.").format(name))

