"""What a user would see cut in a table: elided cells and headers, sideways scrolling."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView


def clipped(view: QTableView) -> list[str]:
    """The texts of ``view`` that do not show whole (its headers and its cells), and
    „horizontal scroll bar“ when the table scrolls sideways."""
    problems: list[str] = []
    if view.horizontalScrollBar().maximum() > 0:
        problems.append("horizontal scroll bar")
    model = view.model()
    header = view.horizontalHeader()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    header_metrics = header.fontMetrics()
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        width = view.columnWidth(column)
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        if header_metrics.horizontalAdvance(title) + 2 * margin > width:
            problems.append(f"header {title!r}")
        for row in range(model.rowCount()):
            index = model.index(row, column)
            text = str(index.data() or "")
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
            inner = width - 2 * margin
            if view.wordWrap():
                box = metrics.boundingRect(QRect(0, 0, inner, 100_000),
                                           int(Qt.TextFlag.TextWordWrap), text)
                fits = box.width() <= inner and box.height() <= view.rowHeight(row)
            else:
                fits = metrics.horizontalAdvance(text) <= inner
            if not fits:
                problems.append(f"cell {text!r}")
    return problems
