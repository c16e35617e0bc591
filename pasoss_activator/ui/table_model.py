"""Read-only table models over lists of dicts, with sorting, copying and CSV export.

One ``RecordTableModel`` serves every table of the panel: a column is a header, a
function giving the shown text, and optionally a sort key, so sorting dates and prices
works on values and not on their Bulgarian text. Data is kept as plain rows of strings
computed once on ``set_records``, which keeps ten thousand rows fast to paint and sort.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[dict[str, Any]], str]
    sort_key: Callable[[dict[str, Any]], Any] | None = None
    monospace: bool = False


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[dict[str, Any]] = []
        self._texts: list[list[str]] = []
        self._keys: list[list[Any]] = []
        self.row_colour: Callable[[dict[str, Any]], QColor | None] | None = None
        self.row_background: Callable[[dict[str, Any]], QColor | None] | None = None

    def set_records(self, records: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self._texts = [[c.text(r) for c in self.columns] for r in self.records]
        self._keys = [
            [c.sort_key(r) if c.sort_key else t for c, t in zip(self.columns, texts, strict=True)]
            for r, texts in zip(self.records, self._texts, strict=True)
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[row][col]
        if role == SORT_ROLE:
            return self._keys[row][col]
        if role == RECORD_ROLE:
            return self.records[row]
        if role == Qt.ItemDataRole.FontRole and self.columns[col].monospace:
            from .look import monospace_font

            return monospace_font()
        if role == Qt.ItemDataRole.ForegroundRole and self.row_colour is not None:
            return self.row_colour(self.records[row])
        if role == Qt.ItemDataRole.BackgroundRole and self.row_background is not None:
            return self.row_background(self.records[row])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None

    def text_rows(self) -> list[list[str]]:
        return [list(r) for r in self._texts]


class SortProxy(QSortFilterProxyModel):
    """Sorts on the values behind the text and filters on any column's text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None or type(a) is not type(b):
            return str(a or "") < str(b or "")
        return bool(a < b)


def make_table_view(
    model: RecordTableModel, name: str, parent: QWidget | None = None
) -> QTableView:
    """A sortable table with Ctrl+C copying the selected rows as tab-separated text."""
    proxy = SortProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setAccessibleName(name)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    shortcut = QShortcut(QKeySequence.StandardKey.Copy, view)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(lambda: copy_selection(view))
    return view


def selected_text(view: QTableView) -> str:
    model = view.model()
    rows = sorted({i.row() for i in view.selectionModel().selectedIndexes()})
    lines = []
    for row in rows:
        cells = [str(model.index(row, c).data() or "") for c in range(model.columnCount())]
        lines.append("\t".join(cells))
    return "\n".join(lines)


def copy_selection(view: QTableView) -> None:
    text = selected_text(view)
    if text:
        QApplication.clipboard().setText(text)


def export_csv(view: QTableView, path: Path) -> None:
    """The table as shown (sorted, filtered) to CSV: UTF-8 with BOM, so Excel reads Cyrillic,
    and ``;`` as separator, which is what Excel expects under a Bulgarian locale."""
    model = view.model()
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(headers)
        for row in range(model.rowCount()):
            writer.writerow(
                [str(model.index(row, c).data() or "") for c in range(model.columnCount())]
            )
