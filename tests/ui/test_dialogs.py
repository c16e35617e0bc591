"""Change of password, offline activation in three steps, and an offline start."""

from __future__ import annotations

import shutil

from pasoss_activator.core.account import Activator
from pasoss_activator.core.ini_file import get_text
from pasoss_activator.core.settings import Settings
from pasoss_activator.ui.main_window import MainWindow
from pasoss_activator.ui.offline_dialog import OfflineActivationDialog
from pasoss_activator.ui.password_dialog import PasswordDialog
from server_stub.testing import running_stub

from .conftest import logged_in

DEMO = "demo@pasoss.example"


def password_dialog(qtbot, url) -> PasswordDialog:
    dialog = PasswordDialog(logged_in(url), DEMO)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(dialog: PasswordDialog, current: str, new: str, repeat: str) -> None:
    dialog.current.setText(current)
    dialog.new.setText(new)
    dialog.repeat.setText(repeat)
    dialog.ok.click()


def test_password_rule_is_shown_and_checked_before_sending(qtbot, stub) -> None:
    dialog = password_dialog(qtbot, stub.url)
    assert "поне 10 знака" in dialog.rule.text()
    fill(dialog, "demo-parola-2026", "short", "short")
    assert dialog.message.text() == "Новата парола трябва да е поне 10 знака."
    fill(dialog, "demo-parola-2026", "nova-parola-2027", "nova-parola-2028")
    assert dialog.message.text() == (
        "Повторената нова парола не съвпада с новата. Въведете я отново."
    )
    fill(dialog, "demo-parola-2026", DEMO, DEMO)
    assert "не може да съвпада с имейла" in dialog.message.text()


def test_wrong_current_password_is_said_inline(qtbot, fresh_stub) -> None:
    dialog = password_dialog(qtbot, fresh_stub.url)
    fill(dialog, "not-my-password", "nova-parola-2027", "nova-parola-2027")
    assert dialog.isVisible()
    assert dialog.message.text() == "Сегашната парола не е вярна. Въведете я отново."


def test_password_is_changed(qtbot, fresh_stub) -> None:
    dialog = password_dialog(qtbot, fresh_stub.url)
    fill(dialog, "demo-parola-2026", "nova-parola-2027", "nova-parola-2027")
    assert dialog.result() == PasswordDialog.DialogCode.Accepted
    assert logged_in(fresh_stub.url, password="nova-parola-2027").account.email == DEMO


def test_offline_activation_in_three_steps(qtbot, fresh_stub, demo_pc, tmp_path) -> None:
    activator = logged_in(fresh_stub.url)
    programs = activator.programs()
    dialog = OfflineActivationDialog(activator, programs)
    qtbot.addWidget(dialog)
    assert dialog.close_button.text() == "Затвори"  # as in every other dialog of ours
    sch = next(i for i in range(dialog.program.count())
               if dialog.program.itemData(i).product_code == "SCH")
    dialog.program.setCurrentIndex(sch)
    request, response = tmp_path / "zayavka.json", tmp_path / "otgovor.json"
    dialog.write_request(request)
    assert request.exists() and "Заявката е записана" in dialog.message.text()
    dialog.answer_request(request, response)
    assert response.exists() and "Отговорът е записан" in dialog.message.text()
    with qtbot.waitSignal(dialog.activated, timeout=5000):
        dialog.load_response(response)
    ini = (demo_pc["SCH"] / "PASOSS.INI").read_bytes()
    assert get_text(ini, "Registration", "RegistrationKey")
    assert "Ключът е записан във файла" in dialog.message.text()


def test_offline_start_from_the_saved_copy(qtbot, _demo_database, tmp_path, ui_settings,
                                           demo_pc) -> None:
    db = tmp_path / "stub.db"
    shutil.copyfile(_demo_database, db)
    with running_stub(db, demo_data=True) as stub:
        url = stub.url
        logged_in(url).sync()
    activator = Activator(url, settings=Settings.load())
    data = activator.cached(DEMO)
    assert data is not None
    window = MainWindow(activator, ui_settings, offline_data=data)
    qtbot.addWidget(window)
    window.show()
    window.start()
    assert window.banner.isVisible()
    assert window.banner.text().startswith("Няма връзка — данните са от ")
    assert window.connection.text() == "● Без връзка"
    assert "Демо Счетоводство" in window.profile.values["company"].text()
    assert window.contracts.model.rowCount() == 3
    window.refresh()  # F5 with the service still gone: stays offline, says so
    assert window.banner.isVisible()
