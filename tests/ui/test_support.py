"""Помощ: diagnostics, the support code, support's contacts — against the real stub."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3

from PySide6.QtWidgets import QApplication

from pasoss_activator.core.account import Activator
from pasoss_activator.core.settings import Settings
from pasoss_activator.core.support import fetch_session, staff_layout
from pasoss_activator.ui import worker
from pasoss_activator.ui.contacts_dialog import ContactsDialog
from pasoss_activator.ui.diagnostics_dialog import DiagnosticsDialog
from pasoss_activator.ui.login_dialog import relogin_dialog
from pasoss_activator.ui.support_dialog import CODE_POINT_SIZE, SupportCodeDialog
from server_stub.demo import STAFF_EMAIL, STAFF_PASSWORD

from .conftest import logged_in, open_window

DEMO_PASSWORD = "demo-parola-2026"


def go_offline(stub, activator: Activator) -> None:
    """Stop the service and drop the kept-alive connection, which would still answer."""
    stub.stop()
    activator.client.session.close()


def offline_activator(url: str) -> Activator:
    """Logged in while the stub runs; no retries, so a stopped stub fails at once."""
    activator = Activator(url, settings=Settings.load(), retries=0)
    activator.login("demo@pasoss.example", DEMO_PASSWORD, remember=False)
    return activator


def open_support_code(qtbot, url: str) -> SupportCodeDialog:
    dialog = SupportCodeDialog(logged_in(url))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    return dialog


def stored_sessions(stub) -> list[tuple[str, str]]:
    with sqlite3.connect(stub.db_path) as db:
        return list(db.execute("SELECT code, diagnostics FROM support_sessions ORDER BY rowid"))


# --- the menu ------------------------------------------------------------------------


def test_help_menu_offers_the_five_entries(qtbot, stub, ui_settings, demo_pc, boxes) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    menu = window.help.menu
    assert menu.title().replace("&", "") == "Помощ"
    entries = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert entries == ["Как се работи", "Диагностика…", "Свържи се с поддръжката…",
                       "Контакти на поддръжката", "За програмата"]
    window.help.about_action.trigger()
    title, text = boxes.shown[-1]
    assert title == "За програмата"
    assert text.startswith("PASOSS Activator ")


# --- diagnostics ---------------------------------------------------------------------


def test_diagnostics_after_activation_hold_no_password_and_no_full_key(
    qtbot, fresh_stub, ui_settings, demo_pc, boxes, tmp_path
) -> None:
    window = open_window(qtbot, fresh_stub.url, ui_settings)
    sch = next(p for p in window.keys.programs if p.product_code.upper() == "SCH")
    window.keys.activate_program(sch)
    written = window.keys.last_activation
    assert written is not None
    full_key = written.registration_key
    compact = full_key.replace("-", "")
    client = window.activator.client
    secrets = [DEMO_PASSWORD, full_key, compact, client.access_token, client.refresh_token]
    assert all(secrets)

    window.help.diagnostics_action.trigger()
    dialog = window.help.dialog
    assert isinstance(dialog, DiagnosticsDialog) and dialog.isVisible()
    shown = dialog.text.toPlainText()
    assert "ПАСОСС-Счетоводство 230704.0 — Активирана" in shown
    assert "ПАСОСС-Работни заплати 5 231016.1" in shown
    assert f"{compact[:6]}…{compact[-6:]}" in shown  # masked, as DESIGN §6 allows
    assert "1) 24GRN 2) J000E 3) 0X1G3" in shown  # the SCH key, groups numbered
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == shown
    assert dialog.status.text() == "Отчетът е копиран."
    dialog.save_to(tmp_path / "report.txt")
    dialog.save_to(tmp_path / "report.json")
    assert "report.json" in dialog.status.text()
    text_file = (tmp_path / "report.txt").read_bytes()
    assert text_file.startswith(b"\xef\xbb\xbf")  # BOM: Notepad shows the Cyrillic right
    as_json = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert {p["name"] for p in as_json["programs"]} >= {"ПАСОСС-Счетоводство"}
    for output in (shown, QApplication.clipboard().text(), text_file.decode("utf-8-sig"),
                   json.dumps(as_json, ensure_ascii=False)):
        for secret in secrets:
            assert secret not in output


def test_diagnostics_are_built_off_the_gui_thread_with_a_busy_line(qtbot, stub, demo_pc) -> None:
    worker.set_synchronous(False)
    dialog = DiagnosticsDialog(logged_in(stub.url))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    assert dialog.busy.isVisible()
    assert dialog.busy.label.text() == "Проверка на компютъра и връзката…"
    assert not dialog.copy_button.isEnabled() and not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=15000)
    assert dialog.copy_button.isEnabled()
    assert dialog.text.toPlainText().startswith("Диагностика на PASOSS Activator")
    # The demo programs have no keys yet: the panel above the text says so.
    assert "Какво не е наред:" in dialog.problems.text()
    assert "ПАСОСС-Счетоводство: Няма ключ." in dialog.problems.text()
    assert worker.wait_for_all(5000)


# --- the support code ----------------------------------------------------------------


def test_support_code_is_shown_large_and_is_the_one_the_service_stored(
    qtbot, fresh_stub, demo_pc
) -> None:
    dialog = open_support_code(qtbot, fresh_stub.url)
    shown = dialog.code_label.text()
    assert re.fullmatch(r"\d{3} \d{3}", shown), shown
    assert dialog.code_label.font().pointSize() >= max(36, CODE_POINT_SIZE)
    assert dialog.code_label.isVisible()
    [(stored, diagnostics)] = stored_sessions(fresh_stub)
    assert shown.replace(" ", "") == stored
    assert DEMO_PASSWORD not in diagnostics
    lines = dialog.instruction.text().splitlines()
    assert lines == ["Кажете този код на служителя от поддръжката.", "Кодът важи още 30 минути."]
    assert "(02) 9669551" in dialog.phones.text()
    # Support reads the same code with a staff account and sees this client.
    staff = logged_in(fresh_stub.url, STAFF_EMAIL, STAFF_PASSWORD)
    layout = staff_layout(fetch_session(staff, shown))
    assert f"КОД {stored}" in layout and "„Демо Счетоводство“ ЕООД" in layout
    assert "ПАСОСС-Счетоводство" in layout


def test_the_minutes_count_down_and_an_expired_code_is_replaced(
    qtbot, fresh_stub, demo_pc
) -> None:
    dialog = open_support_code(qtbot, fresh_stub.url)
    code = dialog.code
    assert code is not None and dialog.timer.isActive()
    dialog.clock = lambda: code.expires_at - dt.timedelta(minutes=1)
    dialog.tick()
    assert dialog.instruction.text().endswith("Кодът важи още 1 минута.")
    dialog.clock = lambda: code.expires_at + dt.timedelta(seconds=1)
    dialog.tick()
    assert dialog.instruction.text() == "Кодът изтече — създайте нов."
    assert "#9e9e9e" in dialog.code_label.styleSheet()  # greyed out
    assert not dialog.timer.isActive()
    assert dialog.new_button.isVisible() and dialog.new_button.text() == "Нов код"
    dialog.clock = lambda: dt.datetime.now(dt.UTC)
    dialog.new_button.click()
    assert len(stored_sessions(fresh_stub)) == 2
    assert dialog.code_label.text().replace(" ", "") == stored_sessions(fresh_stub)[-1][0]
    assert dialog.instruction.text().endswith("Кодът важи още 30 минути.")


def test_without_a_connection_the_code_fails_plainly_and_phones_stay(
    qtbot, fresh_stub, demo_pc
) -> None:
    activator = offline_activator(fresh_stub.url)
    contacts = ContactsDialog(activator)  # fetched once while online: the saved copy
    qtbot.addWidget(contacts)
    contacts.start()
    go_offline(fresh_stub, activator)
    dialog = SupportCodeDialog(activator)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    assert not dialog.code_label.isVisible()
    assert dialog.message.text().startswith("Няма връзка с услугата на ПАСОСС")
    assert "Проверете връзката с интернет" in dialog.message.text()
    assert dialog.new_button.isVisible() and dialog.new_button.text() == "Опитай отново"
    assert "(02) 9669551" in dialog.phones.text()
    assert "Запазени данни от" in dialog.phones.text()


def test_not_logged_in_offers_the_login_then_shows_the_code(qtbot, fresh_stub, demo_pc) -> None:
    activator = Activator(fresh_stub.url, settings=Settings.load())
    dialog = SupportCodeDialog(activator, login=relogin_dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    assert "трябва да сте влезли в профила си" in dialog.message.text()
    assert dialog.login_button.isVisible() and not dialog.new_button.isVisible()
    dialog.login_button.click()
    login = dialog.login_dialog
    login.email.setText("demo@pasoss.example")
    login.password.setText(DEMO_PASSWORD)
    login.submit()
    assert not dialog.message.isVisible()
    assert dialog.code_label.text().replace(" ", "") == stored_sessions(fresh_stub)[0][0]


# --- contacts ------------------------------------------------------------------------


def test_contacts_show_phones_and_work_offline_from_the_saved_copy(
    qtbot, fresh_stub
) -> None:
    activator = Activator(fresh_stub.url, settings=Settings.load(), retries=0)
    online = ContactsDialog(activator)
    qtbot.addWidget(online)
    online.start()
    text = online.details.text()
    assert "tel:029669551" in text and "(02) 9669551" in text
    assert "mailto:support@pasoss.example" in text
    assert "понеделник – петък" in text
    assert online.note.isHidden()
    go_offline(fresh_stub, activator)
    offline = ContactsDialog(activator)
    qtbot.addWidget(offline)
    offline.show()
    offline.start()
    assert "(02) 9669551" in offline.details.text()
    assert offline.note.isVisible()
    assert re.fullmatch(
        r"Запазени данни от \d\d\.\d\d\.\d{4} \d\d:\d\d — няма връзка с услугата\.",
        offline.note.text(),
    )


def test_contacts_never_fetched_and_no_connection_show_the_shipped_phones(qtbot) -> None:
    activator = Activator("http://127.0.0.1:9/api/v1", settings=Settings.load(), retries=0)
    dialog = ContactsDialog(activator)
    qtbot.addWidget(dialog)
    dialog.start()
    # The public service phones shipped with the app: a first start offline still says whom
    # to call, with no "saved on" line because nothing was fetched.
    assert "tel:029669551" in dialog.details.text() and "(02) 9669561" in dialog.details.text()
    assert dialog.note.isHidden()


def test_many_problems_do_not_crowd_out_the_report(qtbot, stub, demo_pc) -> None:
    from pasoss_activator.core.diagnostics import build_report

    activator = logged_in(stub.url)
    report = build_report(activator, network=False)
    report["problems"] = [f"Програма {n}: Няма ключ." for n in range(1, 8)]
    dialog = DiagnosticsDialog(activator)
    qtbot.addWidget(dialog)
    dialog.show_report(report)
    panel = dialog.problems.text()
    assert "Програма 4: Няма ключ." in panel and "Програма 5" not in panel
    assert "… и още 3 — в „Подробности за поддръжката“." in panel
    assert "Програма 7: Няма ключ." in dialog.text.toPlainText()


def test_closing_a_dialog_while_its_work_runs_is_harmless(qtbot, stub, ui_settings,
                                                           demo_pc) -> None:
    import shiboken6

    window = open_window(qtbot, stub.url, ui_settings)
    worker.set_synchronous(False)
    dialog = window.help.open_diagnostics()
    assert dialog.is_busy
    dialog.reject()  # closed at once: the menu frees it
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)
    assert worker.wait_for_all(15000)
    QApplication.processEvents()  # the late result arrives; nothing to show it in
    again = window.help.open_diagnostics()
    qtbot.waitUntil(lambda: not again.is_busy, timeout=15000)
    assert again.text.toPlainText().startswith("Диагностика на PASOSS Activator")
