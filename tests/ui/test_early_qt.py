"""The Qt enum values the window sets by number before its first paint (ui/early_qt.py):
each is Qt's own value, and each setting shows on the widgets as it would with the enum."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget

from pasoss_activator.ui import early_qt
from pasoss_activator.ui.main_window import MainWindow


def test_each_number_is_qts_own_value() -> None:
    assert early_qt.TOOL_BUTTON_TEXT_BESIDE_ICON == (
        Qt.ToolButtonStyle.ToolButtonTextBesideIcon.value)
    assert early_qt.SCROLL_BAR_ALWAYS_OFF == Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value
    assert early_qt.TEXT_SELECTABLE_BY_MOUSE == (
        Qt.TextInteractionFlag.TextSelectableByMouse.value)


def test_a_property_the_widget_does_not_have_is_refused_not_added(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match="textInteractionFlag"):
        early_qt.set_enum(label, "textInteractionFlag", early_qt.TEXT_SELECTABLE_BY_MOUSE)
    assert label.dynamicPropertyNames() == []


def test_the_window_shows_what_the_enums_would_have_set(qtbot, ui_settings) -> None:
    window = MainWindow(None, ui_settings)
    qtbot.addWidget(window)
    window.show()
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    news_list = window.news.findChild(QListWidget)
    assert news_list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    value = window.profile.values["company"]
    assert value.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    # The shortcuts set with setShortcuts, as the menus and F1 help name them.
    assert window.refresh_action.shortcut().toString() == "F5"
    assert window.help.help_action.shortcut().toString() == "F1"
    assert window.jumps["news"].shortcut().toString() == "Ctrl+1"
