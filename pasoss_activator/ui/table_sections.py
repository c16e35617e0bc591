"""„Програми и информация“ and „Договори“: tables with a filter, copying and CSV export."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.dates import Version
from ..core.model import AccountData, Installation, Licence
from .formatting import (
    contract_status_text,
    date_text,
    grouped_key,
    installation_type_text,
    money_text,
    money_value,
    parse_date,
    short_key,
    timestamp_text,
)
from .look import heading, icon, monospace_font
from .section_widget import SectionWidget
from .table_model import (
    Column,
    RecordTableModel,
    copy_selection,
    export_csv,
    first_selected_row,
    fit_columns,
    make_table_view,
    select_only_row,
)


@lru_cache(maxsize=4096)  # ten thousand installations run a few hundred versions
def _version_key(text: Any) -> tuple[int, int]:
    try:
        version = Version.parse(str(text))
    except ValueError:
        return (-1, -1)
    return (version.days, version.build)


class TableSection(SectionWidget):
    """A heading, a filter field, the table and the buttons to copy and export it."""

    file_stem = "tablica"

    def __init__(self, title: str, columns: list[Column], wrap_column: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(title)
        self.model = RecordTableModel(columns, self)
        self.view = make_table_view(self.model, title, self)
        fit_columns(self.view, wrap_column)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Търсене в таблицата…"))
        self.filter.setAccessibleName(self.tr("Търсене"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.model.set_filter)
        self.copy_button = QPushButton(icon("copy"), self.tr("Копирай"))
        self.copy_button.setToolTip(self.tr("Копира избраните редове (Ctrl+C)"))
        self.copy_button.clicked.connect(self._copy)
        self.export_button = QPushButton(icon("export"), self.tr("Експорт в CSV…"))
        self.export_button.clicked.connect(self.ask_export)
        tools = QHBoxLayout()
        tools.addWidget(self.filter, 1)
        tools.addWidget(self.copy_button)
        tools.addWidget(self.export_button)
        layout = self.main_layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)

    def set_records(self, records: Sequence[Any]) -> None:
        self.model.set_records(records)

    def _copy(self) -> None:
        if not self.view.selectionModel().hasSelection():
            self.view.selectAll()
        copy_selection(self.view)

    def ask_export(self) -> None:
        default = str(Path(QDir.homePath()) / f"{self.file_stem}.csv")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Експорт в CSV"), default, self.tr("CSV файлове (*.csv)")
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        export_csv(self.view, path)


@dataclass(frozen=True)
class LicenceRow:
    """One row of „Програми и информация“: a licence and one installation registered under
    it (an empty one for a licence without any, so that it still gets its row)."""

    licence: Licence
    installation: Installation

    @property
    def version(self) -> str:
        return self.installation.version or self.licence.max_version


def licence_rows(licences: Sequence[Licence]) -> list[LicenceRow]:
    """One row per registered installation; a licence without one still gets its row.

    A seat is a workstation on a licence, so one licence and one workstation are one row
    whatever the answer holds: the latest registration of that workstation (the service
    lists them oldest first) in the place of the first."""
    rows: list[LicenceRow] = []
    for licence in licences:
        place: dict[str, int] = {}
        for installation in licence.installations or (Installation(),):
            row = LicenceRow(licence, installation)
            workstation = installation.workstation_id
            if workstation and workstation in place:
                rows[place[workstation]] = row
                continue
            if workstation:
                place[workstation] = len(rows)
            rows.append(row)
    return rows


# Shown at the window's default size: what an accountant reads first. The rest of the
# vendor's panel (installation type, workplaces, the whole keys) is in the details under
# the table and in what is copied or exported.
LICENCE_SHOWN_COLUMNS = 6


class LicencesSection(TableSection):
    file_stem = "programi"

    def __init__(self, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("Програма"), lambda r: r.licence.product_name),
            Column(self.tr("Компютър"), self._computer_text),
            Column(
                self.tr("Версия"),
                lambda r: r.version,
                lambda r: _version_key(r.version),
            ),
            Column(
                self.tr("Дата на ключа"),
                lambda r: timestamp_text(r.installation.generated_at),
                lambda r: r.installation.generated_at,
            ),
            Column(
                self.tr("Регистрационен ключ"),
                lambda r: short_key(r.installation.registration_key),
                monospace=True,
                whole=lambda r: r.installation.registration_key,
            ),
            Column(self.tr("Вид обслужване"), lambda r: r.licence.service_type),
            # Not shown (the details say them), but copied and exported:
            Column(
                self.tr("Вид инсталация"),
                lambda r: installation_type_text(r.licence.installation_type),
            ),
            Column(
                self.tr("Работни места"),
                lambda r: str(r.licence.workplaces),
                lambda r: r.licence.workplaces,
            ),
            Column(
                self.tr("Инсталационен ключ"),
                lambda r: r.installation.installation_key,
                monospace=True,
            ),
        ]
        self._licences: list[Licence] = []
        self._here: frozenset[str] = frozenset()  # workstation ids of this PC's programs
        # Translated once, not once per row of ten thousand.
        self._this_pc, self._other_pc = self.tr("този компютър"), self.tr("друг компютър")
        super().__init__(self.tr("Програми и информация"), columns, 5, parent)
        for column in range(LICENCE_SHOWN_COLUMNS, len(columns)):
            self.view.setColumnHidden(column, True)
        self.details = LicenceDetails(self)
        self.main_layout.addWidget(self.details)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._show_details())
        self._show_details()

    def _computer_text(self, row: LicenceRow) -> str:
        workstation = row.installation.workstation_id
        if not workstation:
            return "—"  # no computer registered on this licence yet
        return self._this_pc if workstation in self._here else self._other_pc

    def show_data(self, data: AccountData) -> None:
        self._licences = list(data.licences)
        self._fill()

    def set_workstations_here(self, workstations: set[str]) -> None:
        """The workstation ids of the programs found on this PC, to name „този компютър“."""
        if frozenset(workstations) != self._here:
            self._here = frozenset(workstations)
            self._fill()

    def _fill(self) -> None:
        chosen = self.selected()
        self.set_records(licence_rows(self._licences))
        rows = self.model.rowCount()
        if rows:
            same = [
                r for r in range(rows)
                if chosen is not None and self._same_row(self.model.record(r), chosen)
            ]
            select_only_row(self.view, same[0] if same else 0)
        self._show_details()

    @staticmethod
    def _same_row(one: LicenceRow, other: LicenceRow) -> bool:
        return (one.licence.id == other.licence.id
                and one.installation.workstation_id == other.installation.workstation_id)

    def selected(self) -> LicenceRow | None:
        first = first_selected_row(self.view)
        if first is None:
            return None
        row: LicenceRow = self.model.record(first)
        return row

    def _show_details(self) -> None:
        row = self.selected()
        self.details.show_row(row, self._computer_text(row) if row is not None else "")


class LicenceDetails(QFrame):
    """The selected row whole: what the table leaves out, and both keys with copy buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._installation = ""  # the keys of the row shown, whole, for the copy buttons
        self._registration = ""
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Подробности за избрания ред"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.installation_key = self._key_label(self.tr("Инсталационен ключ"))
        self.registration_key = self._key_label(self.tr("Регистрационен ключ"))
        self.copy_installation = QPushButton(icon("copy"), self.tr("Копирай"))
        self.copy_installation.setAccessibleName(self.tr("Копирай инсталационния ключ"))
        self.copy_installation.clicked.connect(
            lambda: self._copy(self._installation, self.tr("Инсталационният ключ е копиран."))
        )
        self.copy_registration = QPushButton(icon("copy"), self.tr("Копирай"))
        self.copy_registration.setAccessibleName(self.tr("Копирай регистрационния ключ"))
        self.copy_registration.clicked.connect(
            lambda: self._copy(self._registration, self.tr("Регистрационният ключ е копиран."))
        )
        self.copied = QLabel()
        # Each key under its name, so the pane is no wider than a key: the window keeps
        # the small minimum width it had.
        form = QGridLayout(self)
        form.addWidget(self.summary, 0, 0, 1, 2)
        form.addWidget(QLabel(self.tr("Инсталационен ключ:")), 1, 0)
        form.addWidget(self.copy_installation, 1, 1, Qt.AlignmentFlag.AlignRight)
        form.addWidget(self.installation_key, 2, 0, 1, 2)
        form.addWidget(QLabel(self.tr("Регистрационен ключ:")), 3, 0)
        form.addWidget(self.copy_registration, 3, 1, Qt.AlignmentFlag.AlignRight)
        form.addWidget(self.registration_key, 4, 0, 1, 2)
        form.addWidget(self.copied, 5, 0, 1, 2)
        form.setColumnStretch(0, 1)

    @staticmethod
    def _key_label(name: str) -> QLabel:
        label = QLabel()
        label.setFont(monospace_font())
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_row(self, row: LicenceRow | None, computer: str) -> None:
        self.setVisible(row is not None)
        if row is None:
            return
        licence, installation = row.licence, row.installation
        facts = [
            licence.product_name,
            computer if installation.workstation_id else self.tr("няма регистриран компютър"),
            installation_type_text(licence.installation_type),
            self.tr("работни места: {0}").format(licence.workplaces),
            licence.service_type,
        ]
        self.summary.setText(" · ".join(f for f in facts if f))
        self._installation = installation.installation_key
        self._registration = installation.registration_key
        none = self.tr("няма")
        self.installation_key.setText(self._installation or none)
        # In lines of six groups: the whole key fits the default window without scrolling.
        self.registration_key.setText(grouped_key(self._registration) if self._registration
                                      else none)
        self.copy_installation.setEnabled(bool(self._installation))
        self.copy_registration.setEnabled(bool(self._registration))
        self.copied.setText("")

    def _copy(self, text: str, said: str) -> None:
        QApplication.clipboard().setText(text)
        self.copied.setText(said)


class ContractsSection(TableSection):
    file_stem = "dogovori"

    def __init__(self, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("Година"), lambda r: "" if r.year is None else str(r.year),
                   lambda r: r.year or 0),
            Column(self.tr("Тип на документа"), lambda r: r.document_type),
            Column(self.tr("Вид абонамент"), lambda r: r.subscription_type),
            Column(self.tr("Месечна цена"), money_text, money_value),
            Column(
                self.tr("Дата на сключване"),
                lambda r: date_text(r.concluded_on),
                lambda r: parse_date(r.concluded_on) or "",
            ),
            Column(self.tr("Статус"), contract_status_text),
        ]
        super().__init__(self.tr("Договори"), columns, 1, parent)

    def show_data(self, data: AccountData) -> None:
        records = sorted(data.contracts, key=lambda r: r.year or 0, reverse=True)
        self.set_records(records)
