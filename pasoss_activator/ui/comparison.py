"""The comparison table: what the installation key asks for against what the licence allows.

A failing row is red and is followed, under the table, by one line saying what to do.
The same rows are printed (``printing.py``) for the client's records.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ..core.comparison_text import RowText, row_text, rows_text
from ..core.model import ComparisonRow
from ..core.row_advice import failing_advice
from .look import FAIL_BACKGROUND, FAIL_COLOUR, OK_COLOUR
from .table_model import Column, RecordTableModel, fit_rows, make_table_view


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: -tr-function-alias tr+=_tr


@dataclass(frozen=True)
class ShownRow:
    """A row with its texts in the window's language, rendered from the raw values (the
    service's Bulgarian strings only for a parameter this version does not know)."""

    row: ComparisonRow
    text: RowText

    @property
    def ok(self) -> bool:
        return self.row.ok

    @property
    def param(self) -> str:
        return self.row.param


def shown_rows(rows: Sequence[ComparisonRow]) -> list[ShownRow]:
    texts = rows_text(rows, QCoreApplication.translate)
    return [ShownRow(row, text) for row, text in zip(rows, texts, strict=True)]


def mark(row: ShownRow) -> str:
    return "✓" if row.ok else "✗"


def parameter_label(row: ComparisonRow) -> str:
    """The row's name in the window's language; an unknown parameter keeps the service's
    own label."""
    return row_text(row, QCoreApplication.translate).label


def requested_text(row: ShownRow, here: Collection[str] = ()) -> str:
    """What the key asks for; the workstation in words, not its code: „този компютър“ when
    it is one of ``here`` (the workstation ids of the programs found on this PC),
    „друг компютър“ when it is not, „компютърът от ключа“ when none was found (unknown)."""
    if row.row.param == "workstation":
        if not here:
            return _tr("компютърът от ключа")
        if str(row.row.requested_value or "") in here:
            return _tr("този компютър")
        return _tr("друг компютър")
    return row.text.requested


def comparison_columns(here: Callable[[], Collection[str]] = tuple) -> list[Column]:
    return [
        Column(_tr("Параметър"), lambda r: r.text.label),
        Column(_tr("Поискано"), lambda r: requested_text(r, here())),
        Column(_tr("Разрешено"), lambda r: r.text.entitled),
        Column(_tr("Съвпада"), mark),
    ]


def failing_hints(rows: Sequence[ComparisonRow]) -> list[str]:
    """What to do, one line per failing row: the core's advice, true in its situation (a
    module is ordered or switched off, a newer release needs a subscription…), the same
    as the command line gives."""
    return [f"✗ {advice}" for advice in failing_advice(rows, QCoreApplication.translate)]


def comparison_html(rows: Sequence[ComparisonRow], here: Collection[str] = ()) -> str:
    """The table as HTML for printing; failing rows red, as on screen."""
    columns = comparison_columns(lambda: here)
    head = "".join(f"<th align='left'>{html.escape(c.title)}</th>" for c in columns)
    body = []
    for row in shown_rows(rows):
        colour = OK_COLOUR.name() if row.ok else FAIL_COLOUR.name()
        cells = "".join(
            f"<td style='color:{colour}'>{html.escape(c.text(row))}</td>"
            for c in columns
        )
        body.append(f"<tr>{cells}</tr>")
    hints = "".join(f"<p style='color:#b71c1c'>{html.escape(h)}</p>" for h in failing_hints(rows))
    return (
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        f"<tr>{head}</tr>{''.join(body)}</table>{hints}"
    )


class ComparisonView(QWidget):
    def __init__(self, parent: QWidget | None = None, *, hints: bool = True) -> None:
        """``hints=False``: the table alone (the support console says what to tell the
        client under it, in its own words)."""
        super().__init__(parent)
        self._show_hints = hints
        self.here: Collection[str] = ()  # this PC's workstation ids, for the computer row
        self.model = RecordTableModel(comparison_columns(lambda: self.here), self)
        self.model.row_colour = lambda r: OK_COLOUR if r.ok else FAIL_COLOUR
        self.model.row_background = lambda r: None if r.ok else FAIL_BACKGROUND
        self.view: QTableView = make_table_view(self.model, _tr("Сравнение на параметрите"), self)
        self.view.setSortingEnabled(False)
        self.view.setAlternatingRowColors(False)
        self.view.setWordWrap(True)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Wider or narrower, the wrapped rows take their new height (after the layout).
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_height)
        header.sectionResized.connect(lambda *_a: self._refit.start())
        self.hints = QLabel()
        self.hints.setWordWrap(True)
        self.hints.setStyleSheet("color:#b71c1c; font-weight:bold;")
        self.hints.setAccessibleName(_tr("Какво да направите"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hints)  # above the table: what to do is read first
        layout.addWidget(self.view, 1)

    def set_rows(self, rows: Sequence[ComparisonRow], here: Collection[str] = ()) -> None:
        """The rows; ``here`` the workstation ids of this PC's programs (the computer row
        says „този компютър“ / „друг компютър“ from them)."""
        self.here = frozenset(here)
        self.model.set_records(shown_rows(rows))
        hints = failing_hints(rows)
        self.hints.setText("\n".join(hints))
        self.hints.setVisible(bool(hints) and self._show_hints)
        self.view.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 10)
        self._fit_height()

    def _fit_height(self) -> None:
        # Rows as tall as their wrapped texts (fit_rows: Qt's own measure is a line short
        # when a text just fills its column), and the whole table shown (eight rows at
        # most), so no row hides behind a scrollbar.
        fit_rows(self.view, (1, 2))
        height = self.view.horizontalHeader().sizeHint().height() + 2 * self.view.frameWidth()
        height += sum(self.view.rowHeight(r) for r in range(self.model.rowCount()))
        self.view.setFixedHeight(height)

    def rows(self) -> list[ComparisonRow]:
        return [shown.row for shown in self.model.records]
