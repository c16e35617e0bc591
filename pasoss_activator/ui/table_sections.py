"""„Програми и информация“ and „Договори“: tables with a filter, copying and CSV export."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
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
    installation_type_text,
    money_text,
    money_value,
    parse_date,
    timestamp_text,
)
from .look import heading, icon
from .section_widget import SectionWidget
from .table_model import Column, RecordTableModel, copy_selection, export_csv, make_table_view


def _version_key(text: Any) -> tuple[int, int]:
    try:
        version = Version.parse(str(text))
    except ValueError:
        return (-1, -1)
    return (version.days, version.build)


class TableSection(SectionWidget):
    """A heading, a filter field, the table and the buttons to copy and export it."""

    file_stem = "tablica"

    def __init__(self, title: str, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(title)
        self.model = RecordTableModel(columns, self)
        self.view = make_table_view(self.model, title, self)
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)

    def set_records(self, records: Sequence[Any]) -> None:
        self.model.set_records(records)
        self.view.resizeColumnsToContents()

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


class LicencesSection(TableSection):
    file_stem = "programi"

    def __init__(self, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("Програма"), lambda r: r.licence.product_name),
            Column(
                self.tr("Вид инсталация"),
                lambda r: installation_type_text(r.licence.installation_type),
            ),
            Column(
                self.tr("Работни места"),
                lambda r: str(r.licence.workplaces),
                lambda r: r.licence.workplaces,
            ),
            Column(self.tr("Вид обслужване"), lambda r: r.licence.service_type),
            Column(
                self.tr("Дата на генериране на ключа"),
                lambda r: timestamp_text(r.installation.generated_at),
                lambda r: r.installation.generated_at,
            ),
            Column(
                self.tr("Инсталационен ключ"),
                lambda r: r.installation.installation_key,
                monospace=True,
            ),
            Column(
                self.tr("Регистрационен ключ"),
                lambda r: r.installation.registration_key,
                monospace=True,
            ),
            Column(
                self.tr("Версия"),
                lambda r: r.version,
                lambda r: _version_key(r.version),
            ),
        ]
        super().__init__(self.tr("Програми и информация"), columns, parent)

    def show_data(self, data: AccountData) -> None:
        self.set_records(licence_rows(data.licences))


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
        super().__init__(self.tr("Договори"), columns, parent)

    def show_data(self, data: AccountData) -> None:
        records = sorted(data.contracts, key=lambda r: r.year or 0, reverse=True)
        self.set_records(records)
