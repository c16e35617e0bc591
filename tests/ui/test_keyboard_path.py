"""From launch to a written key with the keyboard alone, as the „Помощ“ page says it:
Enter at the login, Enter on „Активирай“, Enter on „Запиши“: the window opens on „На този
компютър“ with the focus on its one primary button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pasoss_activator.core.account import Activator
from pasoss_activator.core.ini_file import get_text
from pasoss_activator.ui import dialogs
from pasoss_activator.ui.login_dialog import LoginDialog
from pasoss_activator.ui.main_window import MainWindow


def test_enter_enter_enter_writes_the_key(qtbot, fresh_stub, ui_settings, demo_pc) -> None:
    settings = ui_settings.settings
    login = LoginDialog(lambda u: Activator(u, settings=settings), fresh_stub.url,
                        email="demo@pasoss.example", password="demo-parola-2026",
                        remember=False)
    qtbot.addWidget(login)
    login.show()
    login.activateWindow()
    qtbot.waitUntil(login.isActiveWindow, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # 1: Enter
    assert login.activator is not None

    window = MainWindow(login.activator, ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.start()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    assert window.current_section() == "this_pc"
    asked: list[str] = []

    def press_enter(box):
        asked.append(box.windowTitle())
        return box.defaultButton()  # 3: Enter in the confirmation presses its default

    dialogs.set_answerer(press_enter)
    try:
        focused = QApplication.focusWidget()
        assert focused is window.this_pc.activate_button
        qtbot.keyClick(focused, Qt.Key.Key_Return)  # 2: Enter on „Активирай“
    finally:
        dialogs.set_answerer(None)
    # The demo's first program without a key is RZ5, which the service refuses (module 3):
    # Enter asked the service, and the table says why, with nothing to confirm.
    assert asked == [] and window.keys.was_refused()
    window.show_section("this_pc")
    sch = next(i for i, f in enumerate(window.this_pc.found) if f.program.product_code == "SCH")
    window.this_pc.view.selectRow(sch)
    window.this_pc.activate_button.setFocus()
    dialogs.set_answerer(press_enter)
    try:
        qtbot.keyClick(window.this_pc.activate_button, Qt.Key.Key_Return)
    finally:
        dialogs.set_answerer(None)
    assert asked[0] == "Запис на ключа"
    ini = (demo_pc["SCH"] / "PASOSS.INI").read_bytes()
    assert get_text(ini, "Registration", "RegistrationKey")
