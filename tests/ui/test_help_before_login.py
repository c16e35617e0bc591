"""Help before login (issue 14): someone who cannot log in — no connection, a forgotten
account — still gets the diagnostics report and support's phones from the login dialog,
and the support code says plainly why it needs the login and the connection."""

from __future__ import annotations

from pasoss_activator.core.account import Activator
from pasoss_activator.core.settings import Settings
from pasoss_activator.ui.contacts_dialog import ContactsDialog
from pasoss_activator.ui.diagnostics_dialog import DiagnosticsDialog
from pasoss_activator.ui.login_dialog import LoginDialog

UNREACHABLE = "http://127.0.0.1:9/api/v1"  # nothing listens there: no connection


def login_dialog(qtbot, url: str) -> LoginDialog:
    settings = Settings.load()
    dialog = LoginDialog(lambda u: Activator(u or None, settings=settings, retries=0), url,
                         email="demo@pasoss.example", remember=False)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_offline_the_login_dialog_shows_support_phones_shipped_with_the_app(qtbot) -> None:
    dialog = login_dialog(qtbot, UNREACHABLE)
    assert dialog.contacts_button.isVisible()

    dialog.contacts_button.click()

    contacts = dialog.findChild(ContactsDialog)
    assert contacts is not None and contacts.isVisible()
    assert "(02) 9669551" in contacts.details.text() and "tel:029669551" in (
        contacts.details.text()
    )


def test_offline_diagnostics_and_the_code_flow_say_to_phone_with_the_report(qtbot) -> None:
    dialog = login_dialog(qtbot, UNREACHABLE)

    dialog.diagnostics_button.click()

    diagnostics = dialog.findChild(DiagnosticsDialog)
    assert diagnostics is not None and diagnostics.report is not None
    assert diagnostics.save_button.isEnabled()  # the report can be saved and e-mailed
    assert diagnostics.report["account"] is None
    support = diagnostics.contact_support()
    assert support.intro.text() == "Поддръжката на ПАСОСС ще Ви помогне по телефона."
    said = support.message.text()
    assert said.startswith("Кодът за поддръжка се създава в услугата на ПАСОСС след вход")
    assert "Обадете се на поддръжката на телефона по-долу" in said
    assert "„Запази…“" in said
    # Nothing here that cannot work: no second login form, no retry that would fail again.
    assert not support.login_button.isVisible() and not support.new_button.isVisible()
    assert "(02) 9669551" in support.phones.text()
    assert not support.offers.is_waiting
