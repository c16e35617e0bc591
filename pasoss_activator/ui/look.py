"""Fonts, colours and icons shared by the widgets."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QLabel, QWidget

from ..core.resources import resource

if TYPE_CHECKING:  # the font classes (~20 enum types): made when a table needs them
    from PySide6.QtGui import QFont

OK_COLOUR = QColor("#1b5e20")
FAIL_COLOUR = QColor("#b71c1c")
FAIL_BACKGROUND = QColor("#fde7e7")
BANNER_STYLE = "background:#fff4ce; color:#4a3b00; padding:6px; border:1px solid #e0c060;"
ERROR_STYLE = "color:#b71c1c;"
# The one next step of a screen: filled, so it is found without reading.
PRIMARY_BUTTON_STYLE = (
    "QPushButton { background:#1565c0; color:white; font-weight:bold; padding:6px 14px;"
    " border:1px solid #0d47a1; border-radius:4px; }"
    " QPushButton:hover { background:#1976d2; }"
    " QPushButton:focus { border:2px solid #0b3d91; }"
    " QPushButton:disabled { background:#cfd8dc; color:#607d8b; border-color:#b0bec5; }"
)


def monospace_font(point_size: int = 0) -> QFont:
    from PySide6.QtGui import QFontDatabase

    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_size:
        font.setPointSize(point_size)
    return font


@cache
def icon(name: str) -> QIcon:
    """A symbolic icon from resources/icons/actions (SVG scales cleanly to 200 %)."""
    path = resource("icons", "actions", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


@cache
def app_icon() -> QIcon:
    result = QIcon()
    svg = resource("icons", "pasoss-activator.svg")
    if svg.exists():
        result.addFile(str(svg))
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = resource("icons", f"pasoss-activator-{size}.png")
        if png.exists():
            # With its size given, Qt reads the file only when that size is drawn.
            result.addFile(str(png), QSize(size, size))
    return result


def heading(text: str) -> QLabel:
    """A section's title, also its accessible name."""
    label = QLabel(f"<h2>{text}</h2>")
    label.setAccessibleName(text)
    return label


def grow_to_fit(window: QWidget) -> None:
    """Grow a shown dialog to fit a message that just got longer: a word-wrapped label does
    not raise the dialog's minimum height, so the fields above it were squeezed instead."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = (layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth()
              else layout.totalSizeHint().height())
    if needed > window.height():
        window.resize(window.width(), needed)
