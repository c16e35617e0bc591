"""A remembered session's window paints its frame first: the section on screen shows its
title until the first paint, then is built (ui/section_stack.py ``hold``/``release``)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from pasoss_activator.ui.main_window import MainWindow

from .conftest import logged_in


def title_on_screen(window: MainWindow) -> str:
    label = window.stack.currentWidget().findChild(QLabel)
    return label.accessibleName() if label is not None else ""


def test_the_first_frame_shows_the_sections_title_then_the_section(qtbot, ui_settings) -> None:
    ui_settings.last_section = "this_pc"
    window = MainWindow(None, ui_settings, frame_first=True)
    qtbot.addWidget(window)
    assert "this_pc" not in window.stack.built  # nothing of it before the paint
    assert title_on_screen(window) == "На този компютър"
    with qtbot.waitSignal(window.first_painted):
        window.show()
    assert "this_pc" in window.stack.built
    assert window.stack.currentWidget() is window.this_pc
    assert window.current_section() == "this_pc"


def test_what_came_for_the_section_before_it_was_built_is_given_to_it(
    qtbot, ui_settings, demo_pc, stub
) -> None:
    ui_settings.last_section = "this_pc"
    window = MainWindow(logged_in(stub.url), ui_settings, frame_first=True)
    qtbot.addWidget(window)
    window.refresh_programs()  # the scan answers before the paint (synchronous worker)
    assert "this_pc" not in window.stack.built
    with qtbot.waitSignal(window.first_painted):
        window.show()
    assert window.this_pc.model.rowCount() == 2


def test_a_window_built_behind_the_login_builds_its_section_with_itself(
    qtbot, ui_settings
) -> None:
    ui_settings.last_section = "this_pc"
    window = MainWindow(None, ui_settings)
    qtbot.addWidget(window)
    assert "this_pc" in window.stack.built
    assert window.stack.currentWidget() is window.this_pc
