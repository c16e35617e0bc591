"""What a picture cuts: the widgets whose text does not fit where it is shown.

The tour asks this of every window and dialog it photographs, so that "the default window
clips nothing" is a check and not a matter of looking. The answer is computed from the
widgets themselves: the width a text needs (``QFontMetrics``, or the widget's own size
hint where the style adds an icon or a frame) against the width it is given, for labels,
buttons, check boxes, fields, combo boxes, table cells and header sections; and every
scroll area that shows a horizontal scroll bar (its content scrolls sideways).

Only what is on screen counts: hidden widgets, rows scrolled out of view downwards (a
vertical scroll bar is a normal way to show a list) and word-wrapped labels that have
the height their text needs are fine.
"""

from __future__ import annotations

from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTabBar,
    QToolButton,
    QWidget,
)

# A pixel or two of rounding between a size hint and a layout is not a cut text.
SLACK = 2


def clipped_widgets(root: QWidget) -> list[dict[str, Any]]:
    """Every widget under ``root`` (itself included) that is shown and cuts its text."""
    found: list[dict[str, Any]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        if isinstance(widget, QAbstractScrollArea):
            found.extend(_scroll_area(widget))
        elif isinstance(widget, QLabel):
            found.extend(_label(widget))
        elif isinstance(widget, QAbstractButton):
            found.extend(_button(widget))
        elif isinstance(widget, QLineEdit):
            found.extend(_line_edit(widget))
        elif isinstance(widget, QComboBox):
            found.extend(_combo(widget))
        elif isinstance(widget, QTabBar):
            found.extend(_tabs(widget))
    return found


def _shown(widget: QWidget, root: QWidget) -> bool:
    if widget is not root and not widget.isVisibleTo(root):
        return False
    if widget.width() <= 0 or widget.height() <= 0:
        return False
    # Inside a scroll area, a widget scrolled out of the viewport is not in the picture.
    visible = widget.visibleRegion()
    return widget is root or not visible.isEmpty()


def _name(widget: QWidget) -> str:
    for candidate in (widget.accessibleName(), widget.objectName()):
        if candidate:
            return candidate
    return type(widget).__name__


def _entry(widget: QWidget, text: str, needed: int, given: int, **more: Any) -> dict[str, Any]:
    return {"widget": type(widget).__name__, "name": _name(widget), "text": text[:80],
            "needed": needed, "given": given, **more}


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _text_width(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _label(label: QLabel) -> list[dict[str, Any]]:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return []
    if label.buddy() is not None:  # „&Имейл:“ is shown as „Имейл:“ with a mnemonic
        text = _without_mnemonic(text)
    rect = label.contentsRect().adjusted(label.margin(), label.margin(),
                                         -label.margin(), -label.margin())
    if label.wordWrap():
        # Wrapped text cannot run out sideways; it is cut when it lacks the height.
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return [_entry(label, text, needed, label.height(), cut="height")]
        return []
    if label.textFormat() == Qt.TextFormat.PlainText or (
        label.textFormat() == Qt.TextFormat.AutoText and not QtGui.Qt.mightBeRichText(text)
    ):
        needed = _text_width(label.fontMetrics(), text) + max(0, label.indent())
    else:
        # Rich text: the label's own hint is the width its laid-out text needs.
        needed, given = label.sizeHint().width(), label.width()
        if needed > given + SLACK:
            return [_entry(label, text, needed, given)]
        return []
    if needed > rect.width() + SLACK:
        return [_entry(label, text, needed, rect.width())]
    return []


def _button(button: QAbstractButton) -> list[dict[str, Any]]:
    text = _without_mnemonic(button.text())
    if not text:
        return []
    metrics = button.fontMetrics()
    needed = _text_width(metrics, text)
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        given = button.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, button
        ).width()
        needed += icon
    elif isinstance(button, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        option.initFrom(button)
        element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(button, QCheckBox)
                   else QStyle.SubElement.SE_RadioButtonContents)
        given = button.style().subElementRect(element, option, button).width()
        needed += icon
    elif isinstance(button, QToolButton):
        # Tool buttons lay out their icon and text themselves; their hint is what they need.
        needed = button.sizeHint().width()
        given = button.width()
    else:
        given = button.width()
    if needed > given + SLACK:
        return [_entry(button, text, needed, given)]
    return []


def _line_edit(edit: QLineEdit) -> list[dict[str, Any]]:
    text = edit.displayText()
    if not text:
        return []
    margins = edit.textMargins()
    # The frame and Qt's fixed 2-pixel inner margin on each side (qlineedit_p.h).
    frame = (edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
             if edit.hasFrame() else 0)
    given = edit.width() - 2 * frame - 4 - margins.left() - margins.right()
    for action in edit.actions():
        if action.isVisible():
            given -= edit.height()  # an action (clear button) takes a square at the side
    needed = edit.fontMetrics().horizontalAdvance(text)
    if needed > given + SLACK:
        return [_entry(edit, text, needed, given, cut="scrolls")]
    return []


def _combo(combo: QComboBox) -> list[dict[str, Any]]:
    text = combo.currentText()
    if not text:
        return []
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo,
    )
    needed = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    if needed > field.width() + SLACK:
        return [_entry(combo, text, needed, field.width())]
    return []


def _tabs(bar: QTabBar) -> list[dict[str, Any]]:
    found = []
    for index in range(bar.count()):
        text = _without_mnemonic(bar.tabText(index))
        rect = bar.tabRect(index)
        needed = bar.fontMetrics().horizontalAdvance(text)
        # Qt gives a tab its text's width plus padding; less than the text is elided.
        if needed > rect.width() + SLACK:
            found.append(_entry(bar, text, needed, rect.width(), tab=index))
    return found


def _scroll_area(area: QAbstractScrollArea) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    bar = area.horizontalScrollBar()
    if bar.isVisibleTo(area) and bar.maximum() > 0:
        found.append(_entry(area, "", area.viewport().width() + bar.maximum(),
                            area.viewport().width(), cut="scrolls"))
    if isinstance(area, QHeaderView):
        return found + _header(area)
    if isinstance(area, QAbstractItemView) and area.model() is not None:
        found.extend(_cells(area))
    return found


def _header(header: QHeaderView) -> list[dict[str, Any]]:
    if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
        return []
    model = header.model()
    found = []
    metrics = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        size = header.sectionSize(logical)
        start = header.sectionViewportPosition(logical)
        if size <= 0 or start + size <= 0 or start >= header.viewport().width():
            continue
        text = str(model.headerData(logical, Qt.Orientation.Horizontal) or "")
        needed = _text_width(metrics, text) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            needed += metrics.height()
        if needed > size + SLACK:
            found.append(_entry(header, text, needed, size, column=logical))
    return found


def _cells(view: QAbstractItemView) -> list[dict[str, Any]]:
    model = view.model()
    viewport: QRect = view.viewport().rect()
    found: list[dict[str, Any]] = []
    wrap = bool(getattr(view, "wordWrap", lambda: False)())
    root = view.rootIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model keeps columnCount private: it has one column
        columns = 1
    for row in range(model.rowCount(root)):
        for column in range(columns):
            index = model.index(row, column, root)
            rect = view.visualRect(index)
            if not rect.isValid() or not rect.intersects(viewport):
                continue
            if view.indexWidget(index) is not None:
                continue  # a widget in the cell answers for itself
            entry = _cell(view, index, rect, wrap)
            if entry is not None:
                found.append(entry)
    return found


def _cell(view: QAbstractItemView, index: QModelIndex, rect: QRect,
          wrap: bool) -> dict[str, Any] | None:
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None or str(text) == "":
        return None
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = rect
    option.font = view.font()
    option.textElideMode = view.textElideMode()
    if wrap:
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    needed = view.itemDelegateForIndex(index).sizeHint(option, index)
    name = {"widget": type(view).__name__ + " cell", "name": _name(view),
            "text": str(text)[:80], "row": index.row(), "column": index.column()}
    if needed.width() > rect.width() + SLACK and not wrap:
        return {**name, "needed": needed.width(), "given": rect.width()}
    if needed.height() > rect.height() + SLACK:
        return {**name, "needed": needed.height(), "given": rect.height(), "cut": "height"}
    if wrap and needed.width() > rect.width() + SLACK:
        # A word longer than the column cannot wrap: it is cut.
        return {**name, "needed": needed.width(), "given": rect.width()}
    return None
