"""„Програми и информация“ and „Договори“: tables with a filter, copying and CSV export."""

from __future__ import annotations

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

    def set_records(self, records: list[dict[str, Any]]) -> None:
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


def licence_rows(licences: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per registered installation; a licence without one still gets its row."""
    rows: list[dict[str, Any]] = []
    for licence in licences:
        installations = licence.get("installations") or [{}]
        for installation in installations:
            rows.append({"licence": licence, **installation})
    return rows


class LicencesSection(TableSection):
    file_stem = "programi"

    def __init__(self, parent: QWidget | None = None) -> None:
        lic = "licence"
        columns = [
            Column(self.tr("Програма"), lambda r: str(r[lic].get("product_name", ""))),
            Column(
                self.tr("Вид инсталация"),
                lambda r: installation_type_text(r[lic].get("installation_type")),
            ),
            Column(
                self.tr("Работни места"),
                lambda r: str(r[lic].get("workplaces", "")),
                lambda r: int(r[lic].get("workplaces") or 0),
            ),
            Column(self.tr("Вид обслужване"), lambda r: str(r[lic].get("service_type", ""))),
            Column(
                self.tr("Дата на генериране на ключа"),
                lambda r: timestamp_text(r.get("generated_at")),
                lambda r: str(r.get("generated_at") or ""),
            ),
            Column(
                self.tr("Инсталационен ключ"),
                lambda r: str(r.get("installation_key") or ""),
                monospace=True,
            ),
            Column(
                self.tr("Регистрационен ключ"),
                lambda r: str(r.get("registration_key") or ""),
                monospace=True,
            ),
            Column(
                self.tr("Версия"),
                lambda r: str(r.get("version") or r[lic].get("max_version", "")),
                lambda r: _version_key(r.get("version") or r[lic].get("max_version")),
            ),
        ]
        super().__init__(self.tr("Програми и информация"), columns, parent)

    def show_data(self, data: Any) -> None:
        self.set_records(licence_rows(list(data.licences)))


class ContractsSection(TableSection):
    file_stem = "dogovori"

    def __init__(self, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("Година"), lambda r: str(r.get("year", "")),
                   lambda r: int(r.get("year") or 0)),
            Column(self.tr("Тип на документа"), lambda r: str(r.get("document_type", ""))),
            Column(self.tr("Вид абонамент"), lambda r: str(r.get("subscription_type", ""))),
            Column(self.tr("Месечна цена"), money_text, money_value),
            Column(
                self.tr("Дата на сключване"),
                lambda r: date_text(r.get("concluded_on")),
                lambda r: parse_date(r.get("concluded_on")) or "",
            ),
            Column(self.tr("Статус"), contract_status_text),
        ]
        super().__init__(self.tr("Договори"), columns, parent)

    def show_data(self, data: Any) -> None:
        records = sorted(data.contracts, key=lambda r: int(r.get("year") or 0), reverse=True)
        self.set_records(records)
