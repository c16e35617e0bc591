"""First use without silent actions (issue 15, point 9): a folder with no program, F1,
the shortcuts shown, and „Без връзка“ clearing by itself when the connection is back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser

from pasoss_activator.core.errors import ServiceUnavailable
from pasoss_activator.ui import main_window
from pasoss_activator.ui.help_dialog import HelpDialog
from pasoss_activator.ui.login_dialog import LoginDialog
from pasoss_activator.ui.sections import sections_for

from .conftest import open_window

CLIENT_SECTIONS = sections_for("client")  # a client's window (staff have „Поддръжка“)


def test_a_folder_with_no_program_is_said_and_not_kept(
    qtbot, stub, ui_settings, demo_pc, boxes, tmp_path
) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    empty = tmp_path / "Документи"
    empty.mkdir()
    (empty / "notes.txt").write_text("нищо", encoding="utf-8")
    window.this_pc.folder_added.emit(str(empty))
    assert len(boxes.shown) == 1
    title, text = boxes.shown[0]
    assert "не е намерена програма на ПАСОСС" in text and str(empty) in text
    assert "PASOSS.INI" in text
    assert str(empty) not in ui_settings.settings.program_folders


def test_a_folder_with_a_program_is_searched_from_then_on(
    qtbot, stub, ui_settings, demo_pc, boxes, tmp_path
) -> None:
    from pasoss_activator.core.account import Activator
    from pasoss_activator.core.demo_programs import create_demo_programs
    from pasoss_activator.ui.main_window import MainWindow

    # As in the app: the account and the window share one settings object.
    activator = Activator(stub.url, settings=ui_settings.settings)
    activator.login("demo@pasoss.example", "demo-parola-2026", remember=False)
    window = MainWindow(activator, ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.start()
    elsewhere = tmp_path / "другаде"
    create_demo_programs(elsewhere)
    window.this_pc.folder_added.emit(str(elsewhere / "SCH"))
    assert boxes.shown == []
    assert str(elsewhere / "SCH") in ui_settings.settings.program_folders
    folders = {str(f.program.folder) for f in window.this_pc.found}
    assert str(elsewhere / "SCH") in folders


def help_text(dialog: HelpDialog) -> str:
    return dialog.findChild(QTextBrowser).toPlainText()


def test_f1_opens_the_help_with_the_keyboard_path_and_the_shortcuts(
    qtbot, stub, ui_settings, demo_pc
) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window.nav, Qt.Key.Key_F1)
    dialog = window.help.dialog
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    text = help_text(dialog)
    assert "натиснете Enter" in text and "„Активирай“" in text and "„Запиши“" in text
    assert "три щраквания" in text
    assert "„Фирми и години“ → Главно меню → Служебни функции → Регистрация" in text
    for number, spec in enumerate(CLIENT_SECTIONS, start=1):
        assert f"Ctrl+{number}" in text and spec.title in text
    assert "F5" in text and "F1" in text


def test_f1_helps_before_login_too(qtbot) -> None:
    dialog = LoginDialog(lambda _u: None, "http://127.0.0.1:1/api/v1")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    qtbot.keyClick(dialog.email, Qt.Key.Key_F1)
    helps = [child for child in dialog.findChildren(HelpDialog) if child.isVisible()]
    assert len(helps) == 1 and "натиснете Enter" in help_text(helps[0])


def test_the_section_shortcuts_are_shown_in_a_menu_and_the_navigation(
    qtbot, stub, ui_settings, demo_pc
) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    sections = menus["&Раздели"]
    shown = [(a.text(), a.shortcut().toString()) for a in sections.actions() if a.isVisible()]
    assert shown == [(s.title, s.shortcut) for s in CLIENT_SECTIONS]
    for row, spec in enumerate(CLIENT_SECTIONS):
        assert window.nav.item(row).toolTip() == f"{spec.title} ({spec.shortcut})"
    sections.actions()[5].trigger()
    assert window.current_section() == CLIENT_SECTIONS[5].id


def test_offline_clears_by_itself_when_the_connection_returns(
    qtbot, stub, ui_settings, demo_pc, monkeypatch
) -> None:
    # Short intervals instead of 10 s, 30 s…: no sleeping, the same back-off.
    monkeypatch.setattr(main_window, "RETRY_SECONDS", (0.01, 0.02, 0.04))
    window = open_window(qtbot, stub.url, ui_settings)
    assert window.online and window.data is not None
    activator = window.session.require()
    real_sync = activator.sync
    failures = {"left": 3}
    waits: list[int] = []

    def flaky_sync():
        waits.append(window.retry_timer.interval())
        if failures["left"]:
            failures["left"] -= 1
            raise ServiceUnavailable("Няма връзка.", "Проверете връзката.")
        return real_sync()

    monkeypatch.setattr(activator, "sync", flaky_sync)
    window.refresh()  # the connection drops
    assert not window.online
    assert window.banner.isVisible() and "Няма връзка" in window.banner.text()
    assert window.connection.text() == "● Без връзка"
    qtbot.waitUntil(lambda: window.online, timeout=5000)  # no F5 pressed
    assert window.connection.text() == "● Свързан"
    assert not window.banner.isVisible()
    # Each failure waited longer before the next check (10 → 20 → 40 ms here).
    assert waits[1:] == [10, 20, 40]
    assert not window.retry_timer.isActive()


def test_offline_banner_says_it_will_try_again_by_itself(
    qtbot, stub, ui_settings, demo_pc, monkeypatch
) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    activator = window.session.require()

    def no_network():
        raise ServiceUnavailable("Няма връзка.", "Проверете връзката.")

    monkeypatch.setattr(activator, "sync", no_network)
    window.refresh()
    assert "ще опита отново сама" in window.banner.text()
    assert window.retry_timer.isActive()
    window.close()
    assert not window.retry_timer.isActive()


def test_the_help_is_all_in_english_under_lang_en(qapp) -> None:
    from pasoss_activator.ui.help_dialog import help_html
    from pasoss_activator.ui.i18n import install_language

    install_language(qapp, "en")
    try:
        text = help_html()
    finally:
        install_language(qapp, "bg")
    # Only the program's own menu path (its names, quoted as they are) stays Bulgarian.
    text = text.replace("„Фирми и години“ → Главно меню → Служебни функции → Регистрация", "")
    text = text.replace("“Фирми и години” → Главно меню → Служебни функции → Регистрация", "")
    assert not any("а" <= ch.lower() <= "я" for ch in text), text


def test_a_window_opened_from_the_saved_copy_connects_by_itself(
    qtbot, stub, ui_settings, demo_pc, monkeypatch
) -> None:
    from pasoss_activator.ui.main_window import MainWindow

    from .conftest import logged_in

    monkeypatch.setattr(main_window, "RETRY_SECONDS", (0.01,))
    activator = logged_in(stub.url)
    activator.sync()
    saved = activator.cached(None)
    assert saved is not None and saved.from_cache
    window = MainWindow(activator, ui_settings, offline_data=saved)  # no network at start
    qtbot.addWidget(window)
    window.show()
    window.start()
    assert window.connection.text() == "● Без връзка" and window.banner.isVisible()
    qtbot.waitUntil(lambda: window.online, timeout=5000)  # the service is there after all
    assert window.connection.text() == "● Свързан" and not window.banner.isVisible()
    assert window.data is not None and not window.data.from_cache
