"""„На този компютър“: the PASOSS programs found here, their status, one-click „Активирай“."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.key_status import Status
from .look import FAIL_COLOUR, OK_COLOUR, PRIMARY_BUTTON_STYLE, heading, icon, monospace_font
from .messages import program_name
from .program_status import change_text, damaged_key_lines, status_text
from .section_widget import SectionWidget
from .table_model import (
    Column,
    RecordTableModel,
    copy_selection,
    export_csv,
    fit_columns,
    make_table_view,
    select_only_row,
)

if TYPE_CHECKING:  # on screen at start, the section is built before the first paint:
    # what works out a program's status and changes is imported when programs are found
    from ..core.account import AccountData
    from ..core.model import Licence
    from ..core.what_changed import WhatChanged
    from .program_status import FoundProgram

class ThisPcSection(SectionWidget):
    activate_requested = Signal(object)  # InstalledProgram
    refresh_requested = Signal()
    folder_added = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found: list[FoundProgram] = []
        # The account's licences (with the installations registered on the service), to
        # say what changed since a key was issued; None until the account is loaded.
        self.licences: list[Licence] | None = None
        # What an accountant reads first; the folder and the key read aloud are in the
        # details under the table (the folder is long, and cut it says nothing).
        columns = [
            Column(self.tr("Програма"), lambda r: program_name(r["found"].program)),
            Column(self.tr("Версия"), lambda r: str(r["found"].program.version or "")),
            Column(self.tr("Състояние"), lambda r: status_text(r["found"])),
            Column(self.tr("Инсталационен ключ"),
                   lambda r: r["found"].program.installation_key_text, monospace=True),
        ]
        self.model = RecordTableModel(columns, self)
        self.model.row_colour = self._colour
        self.view = make_table_view(self.model, self.tr("Програми на този компютър"), self)
        fit_columns(self.view, 2)  # a long status wraps instead of being cut
        self.view.doubleClicked.connect(lambda _i: self.activate_selected())
        for enter in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter on a row: as the button
            shortcut = QShortcut(QKeySequence(enter), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.activate_selected)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        # Until the first search has answered, the table is empty because nothing was
        # looked for yet: „not found“ then would send the user looking for a folder.
        self.empty = QLabel(self.tr("Търсене на програмите на ПАСОСС на този компютър…"))
        self.empty.setWordWrap(True)
        # The one next step: a primary button named for the program that needs a key.
        self.activate_button = QPushButton(icon("activate"), self.tr("Активирай"))
        self.activate_button.setObjectName("primary")
        self.activate_button.setStyleSheet(PRIMARY_BUTTON_STYLE)
        self.activate_button.setDefault(True)
        self.activate_button.setToolTip(
            self.tr("Взема регистрационния ключ от ПАСОСС и го записва в избраната програма.")
        )
        self.activate_button.clicked.connect(self.activate_selected)
        self.next_step = QLabel()
        self.next_step.setWordWrap(True)
        self.next_step.setAccessibleName(self.tr("Следваща стъпка"))
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Търси отново"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.add_button = QPushButton(icon("folder"), self.tr("Добави папка…"))
        self.add_button.clicked.connect(self._add_folder)
        self.copy_button = QPushButton(icon("copy"), self.tr("Копирай"))
        self.copy_button.setToolTip(self.tr("Копира избраните редове (Ctrl+C)"))
        self.copy_button.clicked.connect(self._copy)
        self.export_button = QPushButton(icon("export"), self.tr("Експорт в CSV…"))
        self.export_button.clicked.connect(self.ask_export)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.refresh_button)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Подробности за избраната програма"))
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setStyleSheet("QLabel { background:#f7f9fa; padding:8px; }")
        # How this section differs from „Генериране на ключове“, in one line.
        self.about = QLabel(
            self.tr("Тук програмите на този компютър се активират с едно натискане. За ключ "
                    "за друг компютър или продиктуван по телефона: „Генериране на ключове“.")
        )
        self.about.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("На този компютър")))
        # The next step first; then what this section is, with copy and export where the
        # other tables have them.
        step = QHBoxLayout()
        step.addWidget(self.activate_button)
        step.addWidget(self.next_step, 1)
        layout.addLayout(step)
        tools = QHBoxLayout()
        tools.addWidget(self.about, 1)
        tools.addWidget(self.copy_button)
        tools.addWidget(self.export_button)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        # Tab in the order of the screen: copy and export above the table, the rest below.
        chain = [self.activate_button, self.copy_button, self.export_button, self.view,
                 self.add_button, self.refresh_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.empty.setVisible(True)
        self._update_buttons()

    @staticmethod
    def _colour(record: dict[str, Any]) -> QColor | None:
        status = record["found"].status
        if status is None:
            return FAIL_COLOUR
        if status == Status.VALID:
            return OK_COLOUR
        return None

    def set_found(self, found: list[FoundProgram]) -> None:
        """The programs a search found here (none: how to point at another folder)."""
        self.found = list(found)
        self.empty.setText(self.tr(
            "На този компютър не са открити програми на ПАСОСС. Ако програмата е "
            "инсталирана в друга папка, натиснете „Добави папка…“ и изберете папката, "
            "в която е файлът PASOSS.INI."
        ))
        self.model.set_records([{"found": f} for f in self.found])
        self.empty.setVisible(not self.found)
        if self.found and not self.view.selectionModel().hasSelection():
            row = self._first_needing_key()
            select_only_row(self.view, 0 if row is None else row)
        self._update_buttons()

    def _first_needing_key(self) -> int | None:
        """The shown row of the first program that can be activated and is not yet."""
        for row in range(self.model.rowCount()):
            found = self.found[self.model.record_index(row)]
            if found.status != Status.VALID and found.program.installation_key is not None:
                return row
        return None

    def selected(self) -> FoundProgram | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        found: FoundProgram = self.found[self.model.record_index(rows[0].row())]
        return found

    def select_folder(self, folder: Path) -> None:
        for row in range(self.model.rowCount()):
            if Path(self.found[self.model.record_index(row)].program.folder) == Path(folder):
                select_only_row(self.view, row)
                return

    def _update_buttons(self) -> None:
        found = self.selected()
        usable = (found is not None and found.program.installation_key is not None
                  and found.status != Status.VALID)
        self.activate_button.setEnabled(usable)
        self.activate_button.setText(
            self.tr("Активирай {0}").format(program_name(found.program)) if usable and found
            else self.tr("Активирай")
        )
        self.next_step.setText(self._next_step_text(found))
        self._show_details(found)

    def _next_step_text(self, found: FoundProgram | None) -> str:
        if not self.found:
            return ""
        if found is not None and found.status == Status.VALID:
            if self._first_needing_key() is None:
                return self.tr("Всички програми на този компютър са активирани.")
            return self.tr("Тази програма е активирана. Изберете програма без ключ.")
        if found is not None and found.program.installation_key is not None:
            return self.tr("Ключът се записва след проверка; старият файл се пази като "
                           "резервно копие.")
        return ""

    # --- the selected program: its key read aloud and what changed ------------------

    def show_data(self, data: AccountData) -> None:
        self.set_licences(data.licences)  # what changed since a key was registered

    def set_licences(self, licences: Sequence[Licence]) -> None:
        self.licences = list(licences)
        self._show_details(self.selected())

    def what_changed(self, found: FoundProgram) -> WhatChanged | None:
        """What changed since the key was registered (pure comparison, no network): for a
        key that no longer fits, or no key while the program is registered elsewhere."""
        if self.licences is None or found.status is None or found.program.problem is not None:
            return None
        from ..core.what_changed import for_program

        return for_program(found.program, found.status, self.licences)

    def details_text(self, found: FoundProgram) -> str:
        """The detail panel as plain text (what a user reads, for tests and copying)."""
        return self.details_lines(found, rich=False)

    def details_lines(self, found: FoundProgram, *, rich: bool = True) -> str:
        def esc(text: str) -> str:
            return html.escape(text) if rich else text

        program = found.program
        title = f"{program_name(program)} — {status_text(found)}"
        lines = [f"<b>{esc(title)}</b>" if rich else title]
        key = program.installation_key
        if key is None and program.problem is None:
            lines.extend(esc(line) for line in damaged_key_lines(program))
        if key is not None:
            # Imported here: core.diagnostics brings the network checks along.
            from ..core.diagnostics import read_aloud

            spoken = read_aloud(key)
            label = self.tr("Инсталационен ключ за четене по телефона:")
            mono = monospace_font().family()
            lines.append(
                f"{esc(label)} <span style='font-family:\"{mono}\"'>{esc(spoken)}</span>"
                if rich else f"{label} {spoken}"
            )
        changed = self.what_changed(found)
        if changed is not None:
            label = self.tr("Какво се промени, откакто програмата е регистрирана:")
            lines.append(f"<b>{esc(label)}</b>" if rich else label)
            # One change a line: „нов диск“, „добавен модул“ … are each a thing to check.
            items = ([change_text(c.kind, c.text) for c in changed.changes]
                     or [changed.summary()])
            lines.extend(f"• {esc(item)}" for item in items)
        lines.append(esc(self.tr("Папка: {0}").format(program.folder)))
        return ("<br>" if rich else "\n").join(lines)

    def _show_details(self, found: FoundProgram | None) -> None:
        self.details.setVisible(found is not None)
        if found is not None:
            self.details.setText(self.details_lines(found))

    def activate_selected(self) -> None:
        if self.activate_button.isEnabled():
            found = self.selected()
            if found is not None:
                self.activate_requested.emit(found.program)

    def _copy(self) -> None:
        if not self.view.selectionModel().hasSelection():
            self.view.selectAll()
        copy_selection(self.view)

    def ask_export(self) -> None:
        default = str(Path(QDir.homePath()) / "programi-na-tozi-kompyutar.csv")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Експорт в CSV"), default, self.tr("CSV файлове (*.csv)")
        )
        if name:
            export_csv(self.view, Path(name))

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Папка на програма на ПАСОСС"), QDir.homePath()
        )
        if folder:
            self.folder_added.emit(folder)
