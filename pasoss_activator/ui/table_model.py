"""Read-only table models over lists of dicts, with sorting, filtering, copying and CSV export.

One ``RecordTableModel`` serves every table of the panel: a column is a header, a
function giving the shown text, and optionally a sort key, so sorting dates and prices
works on values and not on their Bulgarian text.

Ten thousand rows must fill, sort and paint in a blink, so the model does the work a
``QSortFilterProxyModel`` would do, but in bulk: a row's texts are made when the row is
first shown, a column's texts for every row when something reads the whole column (the
row heights of a wrapped column, sorting on a column without its own key, searching), a
column's sort keys when it is first sorted on, and sorting is one Python ``sorted`` over
those keys instead of a Python ``lessThan`` called ~200 000 times. The search box filters
in the model too, on one lower-case line per row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableView,
    QWidget,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
# Plain ints: data() is called for every role of every painted cell, and comparing with
# PySide6's enum members costs more than the rest of data().
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_SORT = int(SORT_ROLE)
_RECORD = int(RECORD_ROLE)
# Column widths are measured on this many rows (the visible ones first), not on all of them.
WIDTH_SAMPLE_ROWS = 50

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    monospace: bool = False
    # What copying and CSV export give when the cell shows less (a shortened key).
    whole: Callable[[Any], str] | None = None


class RecordTableModel(QAbstractTableModel):
    """Rows are ``records`` (kept in the given order); the table shows them sorted and
    filtered through ``_order``, a list of indexes into ``records``."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        # A record is one row: a model value (core/model.py) or a row object of the section.
        self.records: list[Any] = []
        self.row_colour: Callable[[Any], QColor | None] | None = None
        self.row_background: Callable[[Any], QColor | None] | None = None
        self._texts: list[list[str] | None] = []
        self._keys: dict[int, list[Any]] = {}
        self._column_text: dict[int, list[str]] = {}  # a column's texts of every record
        self._lines: list[str] | None = None  # one lower-case line per record, for searching
        self._sorted: list[int] = []  # every record, in the order of the sort
        self._order: list[int] = []  # the records shown: sorted, then filtered
        self._sort_column = -1
        self._descending = False
        self._filter = ""
        self._monospace = [c.monospace for c in self.columns]
        self._shortened = any(c.whole for c in self.columns)
        self._font: QFont | None = None

    # --- filling ------------------------------------------------------------------

    def set_records(self, records: Sequence[Any]) -> None:
        """New rows, shown with the sort and the filter already chosen."""
        self.beginResetModel()
        self.records = list(records)
        self._texts = [None] * len(self.records)
        self._keys = {}
        self._column_text = {}
        self._lines = None
        self._sorted = self._sort_order()
        self._order = self._filtered(self._sorted)
        self.endResetModel()

    def row_texts(self, record_index: int) -> list[str]:
        texts = self._texts[record_index]
        if texts is None:
            record = self.records[record_index]
            made = self._column_text  # columns already made for every record (a search)
            texts = [
                made[c][record_index] if c in made else column.text(record)
                for c, column in enumerate(self.columns)
            ]
            self._texts[record_index] = texts
        return texts

    def copy_texts(self, record_index: int) -> list[str]:
        """The row as copied and exported: whole values where a cell shows them shortened."""
        texts = self.row_texts(record_index)
        if not self._shortened:
            return texts
        record = self.records[record_index]
        return [c.whole(record) if c.whole else t for c, t in zip(self.columns, texts, strict=True)]

    def record_index(self, row: int) -> int:
        """The position in ``records`` of the shown row ``row``."""
        return self._order[row]

    def record(self, row: int) -> Any:
        return self.records[self._order[row]]

    def column_texts(self, column: int) -> list[str]:
        """The texts of one column of the shown rows, in the shown order."""
        return list(map(self._all_texts(column).__getitem__, self._order))

    def _all_texts(self, column: int) -> list[str]:
        """One column's texts of every record, made once for the records given (without
        making the other columns' texts of rows not shown yet)."""
        texts = self._column_text.get(column)
        if texts is None:
            make = self.columns[column].text
            rows = self._texts
            texts = [
                made[column] if (made := rows[i]) is not None else make(record)
                for i, record in enumerate(self.records)
            ]
            self._column_text[column] = texts
        return texts

    def text_rows(self) -> list[list[str]]:
        """The texts of the shown rows, in the shown order."""
        return [list(self.row_texts(i)) for i in self._order]

    # --- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == _DISPLAY or role == _TOOLTIP:
            return self.row_texts(self._order[index.row()])[index.column()]
        if role == _FONT:
            return self._monospace_font() if self._monospace[index.column()] else None
        if role == _FOREGROUND:
            colour = self.row_colour
            return None if colour is None else colour(self.records[self._order[index.row()]])
        if role == _BACKGROUND:
            background = self.row_background
            return None if background is None else background(
                self.records[self._order[index.row()]]
            )
        if role == _SORT:
            return self._column_keys(index.column())[self._order[index.row()]]
        if role == _RECORD:
            return self.records[self._order[index.row()]]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort on the column's values; ``-1`` shows the rows in the order they were given.
        Selected and current rows stay with their records."""
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        before = self._order
        self._sorted = self._sort_order()
        self._order = self._filtered(self._sorted)
        persistent = self.persistentIndexList()
        if persistent:
            row_of = {record: row for row, record in enumerate(self._order)}
            moved = [
                self.index(row_of[before[i.row()]], i.column()) if i.isValid() else QModelIndex()
                for i in persistent
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # --- sorting and filtering ----------------------------------------------------------

    def set_filter(self, text: str) -> None:
        """Show only the rows with ``text`` in some cell (case does not matter)."""
        needle = text.casefold()
        if needle == self._filter:
            return
        self.beginResetModel()
        self._filter = needle
        self._order = self._filtered(self._sorted)
        self.endResetModel()

    def _column_keys(self, column: int) -> list[Any]:
        keys = self._keys.get(column)
        if keys is None:
            make = self.columns[column].sort_key
            # A column without a sort key sorts on its texts, the ones it shows.
            keys = [make(r) for r in self.records] if make else self._all_texts(column)
            self._keys[column] = keys
        return keys

    def _sort_order(self) -> list[int]:
        count = len(self.records)
        if not 0 <= self._sort_column < len(self.columns):
            return list(range(count))
        keys = self._column_keys(self._sort_column)
        try:
            return sorted(range(count), key=keys.__getitem__, reverse=self._descending)
        except TypeError:  # mixed or missing values: compare them as text
            texts = [str(k if k is not None else "") for k in keys]
            return sorted(range(count), key=texts.__getitem__, reverse=self._descending)

    def _filtered(self, order: list[int]) -> list[int]:
        needle = self._filter
        if not needle:
            return list(order)
        if self._lines is None:
            columns = [self._all_texts(c) for c in range(len(self.columns))]
            self._lines = ["\n".join(cells).casefold() for cells in zip(*columns, strict=True)]
        lines = self._lines
        return [i for i in order if needle in lines[i]]

    def _monospace_font(self) -> QFont:
        if self._font is None:
            from .look import monospace_font

            self._font = monospace_font()
        return self._font


def make_table_view(
    model: RecordTableModel, name: str, parent: QWidget | None = None
) -> QTableView:
    """A sortable table with Ctrl+C copying the selected rows as tab-separated text."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    # Tab leaves the table for the next control (the arrows move between cells); with Qt's
    # default, Tab walks cell by cell and a keyboard user is held in the table.
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setResizeContentsPrecision(WIDTH_SAMPLE_ROWS)
    view.verticalHeader().setResizeContentsPrecision(WIDTH_SAMPLE_ROWS)
    shortcut = QShortcut(QKeySequence.StandardKey.Copy, view)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(lambda: copy_selection(view))
    return view


def fit_columns(view: QTableView, wrap_column: int) -> None:
    """Made for the window's width: every column as wide as its text and ``wrap_column``
    taking what is left, its text wrapped onto more lines, so nothing scrolls sideways and
    nothing is cut (for the small tables of the account, not for ten thousand rows)."""
    view.setWordWrap(True)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(wrap_column, QHeaderView.ResizeMode.Stretch)
    # A narrower column wraps its text: the rows grow to show every line. Measured once
    # the columns have their final widths (after the layout), not at every step on the way.
    again = QTimer(view)
    again.setSingleShot(True)
    again.setInterval(0)
    again.timeout.connect(lambda: fit_rows(view, (wrap_column,)))
    header.sectionResized.connect(lambda *_a: again.start())
    view.model().modelReset.connect(again.start)


def fit_rows(view: QTableView, wrap_columns: Sequence[int]) -> None:
    """Each row as tall as the wrapped text of its ``wrap_columns`` (the table's own measure,
    ``resizeRowsToContents``, wraps at the whole column width while the cell paints inside
    its margins, so a text just under the width was painted on two lines in one line's
    height).

    Ten thousand rows hold few different texts in such a column (a service type, a
    document type), so each different text is measured once, the other columns' texts are
    not made, and only the rows whose height changes are resized."""
    model = view.model()
    count = model.rowCount()
    if not count:
        return  # nothing to fit (a table at start, before its data)
    # Here, not with the module: QStyle's enum types cost ~5 ms to create, and a table on
    # screen at start is built before the first paint, when it has no rows to fit.
    from PySide6.QtWidgets import QStyle

    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    metrics = view.fontMetrics()
    rows = view.verticalHeader()
    one_line = max(rows.defaultSectionSize(), rows.minimumSectionSize())
    extra = one_line - metrics.height()  # the row's padding around one line of text
    flags = int(Qt.TextFlag.TextWordWrap)
    taller: dict[int, int] = {}  # row -> its height, for the rows taller than one line
    for column in wrap_columns:
        box = QRect(0, 0, max(1, view.columnWidth(column) - 2 * margin - 2), 100_000)
        texts = column_texts(model, column)
        heights = {
            text: extra + max(metrics.height(), metrics.boundingRect(box, flags, text).height())
            for text in set(texts)
        }
        tall = {text: height for text, height in heights.items() if height > one_line}
        if tall:
            for row, text in enumerate(texts):
                height = tall.get(text, one_line)
                if height > taller.get(row, one_line):
                    taller[row] = height
    # Every row one line tall now (a new model's rows are): only the taller ones change.
    if (rows.hiddenSectionCount() == 0 and rows.defaultSectionSize() == one_line
            and rows.length() == count * one_line):
        for row, height in taller.items():
            view.setRowHeight(row, height)
    else:
        for row in range(count):
            view.setRowHeight(row, taller.get(row, one_line))


def column_texts(model: Any, column: int) -> list[str]:
    """The texts of one column, in the shown order."""
    if isinstance(model, RecordTableModel):
        return model.column_texts(column)
    return [str(model.index(row, column).data() or "") for row in range(model.rowCount())]


def shown_texts(view: QTableView, rows: Sequence[int]) -> list[list[str]]:
    model = view.model()
    if isinstance(model, RecordTableModel):
        return [model.copy_texts(model.record_index(r)) for r in rows]
    columns = range(model.columnCount())
    return [[str(model.index(r, c).data() or "") for c in columns] for r in rows]


def first_selected_row(view: QTableView) -> int | None:
    """The first selected row (the one a details pane shows), or None. From the selection's
    ranges: ``selectedRows()`` asks the model for its size once per row and column, a
    quarter of a second when all of 10 000 rows are selected."""
    selection = view.selectionModel().selection()
    return selection.at(0).top() if selection.count() else None


def select_only_row(view: QTableView, row: int) -> None:
    """Select exactly the shown row ``row``, and make it current. ``QTableView.selectRow``
    reads the keyboard's modifiers: with Ctrl still held (Ctrl+2 … Ctrl+6 open the
    sections) it would toggle the row, leaving the row selected before as well."""
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
             | QItemSelectionModel.SelectionFlag.Rows)
    view.selectionModel().setCurrentIndex(view.model().index(row, 0), flags)


def selected_text(view: QTableView) -> str:
    # Ranges, not selectedIndexes(): a selected table of 10 000 rows is one range.
    selection = view.selectionModel().selection()
    ranges = [selection.at(i) for i in range(selection.count())]
    rows = sorted({row for r in ranges for row in range(r.top(), r.bottom() + 1)})
    return "\n".join("\t".join(cells) for cells in shown_texts(view, rows))


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
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(shown_texts(view, range(model.rowCount())))
    from ..core.atomic_write import SHARED_FILE_MODE, write_atomically  # when exporting

    write_atomically(path, buffer.getvalue().encode("utf-8-sig"), mode=SHARED_FILE_MODE)
