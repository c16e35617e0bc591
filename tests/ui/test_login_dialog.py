"""The login dialog against the real service stub: what the user reads after each try."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit

from pasoss_activator.core.account import Activator
from pasoss_activator.core.errors import TooManyAttempts
from pasoss_activator.core.settings import Settings
from pasoss_activator.ui.formatting import wait_text
from pasoss_activator.ui.login_dialog import LoginDialog
from server_stub.testing import running_stub

DEMO = "demo@pasoss.example"


def make_dialog(qtbot, url: str, email: str = DEMO, password: str = "") -> LoginDialog:
    settings = Settings.load()
    dialog = LoginDialog(lambda u: Activator(u, settings=settings), url, email=email,
                         password=password, remember=False)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_enter_in_the_password_field_logs_in(qtbot, stub) -> None:
    dialog = make_dialog(qtbot, stub.url)
    qtbot.keyClicks(dialog.password, "demo-parola-2026")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.activator.account.email == DEMO
    assert dialog.password.text() == ""  # the password does not stay in the widget


def test_wrong_password_is_said_inline(qtbot, fresh_stub) -> None:
    dialog = make_dialog(qtbot, fresh_stub.url, password="wrong-password-1")
    dialog.submit()
    assert dialog.isVisible() and dialog.activator is None
    assert dialog.message.isVisible()
    assert "Имейлът или паролата не са верни" in dialog.message.text()
    assert dialog.login_button.isEnabled()


def test_empty_fields_ask_for_them(qtbot) -> None:
    dialog = make_dialog(qtbot, "http://127.0.0.1:1/api/v1", email="")
    dialog.submit()
    assert dialog.message.text() == "Въведете имейла и паролата си."


def test_too_many_attempts_counts_down_then_allows_again(qtbot) -> None:
    class Throttled:
        server_url = "http://127.0.0.1:1/api/v1"

        def login(self, *args, **kwargs):
            raise TooManyAttempts("Твърде много опити.", retry_after=2)

    dialog = LoginDialog(lambda _u: Throttled(), Throttled.server_url, email=DEMO,
                         password="x", remember=False)
    qtbot.addWidget(dialog)
    dialog.submit()
    assert "Опитайте отново след 2\u00a0секунди." in dialog.lockout.text()
    assert not dialog.login_button.isEnabled()
    qtbot.waitUntil(lambda: "след 1\u00a0секунда." in dialog.lockout.text(), timeout=3000)
    qtbot.waitUntil(dialog.login_button.isEnabled, timeout=3000)
    assert dialog.lockout.text() == "Можете да опитате отново."


def test_a_long_wait_is_said_in_minutes_and_seconds(qtbot) -> None:
    class Throttled:
        server_url = "http://127.0.0.1:1/api/v1"

        def login(self, *args, **kwargs):
            raise TooManyAttempts("Твърде много опити.", retry_after=845)

    dialog = LoginDialog(lambda _u: Throttled(), Throttled.server_url, email=DEMO,
                         password="x", remember=False)
    qtbot.addWidget(dialog)
    dialog.submit()
    said = dialog.lockout.text().replace("\u00a0", " ")
    assert "Опитайте отново след 14 минути и 5 секунди." in said and "845" not in said
    assert wait_text(900).replace("\u00a0", " ") == "15 минути"
    assert wait_text(61).replace("\u00a0", " ") == "1 минута и 1 секунда"
    # The fields keep their height when the message grows to two lines.
    dialog.show()
    dialog.submit()
    assert dialog.email.height() >= dialog.email.sizeHint().height()
    assert dialog.lockout.height() >= dialog.lockout.heightForWidth(dialog.lockout.width())


def test_tab_goes_through_the_fields_in_screen_order(qtbot) -> None:
    dialog = LoginDialog(lambda _u: None, "http://127.0.0.1:1/api/v1", remember=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.advanced_toggle.setChecked(True)
    order = [dialog.email]
    while len(order) < 8:
        order.append(order[-1].nextInFocusChain())
        while not (order[-1].focusPolicy() & Qt.FocusPolicy.TabFocus) or not (
            order[-1].isVisible() and order[-1].isEnabled()
        ):
            order[-1] = order[-1].nextInFocusChain()
    assert order[:7] == [dialog.email, dialog.password, dialog.remember,
                         dialog.advanced_toggle, dialog.forgot, dialog.server,
                         dialog.login_button]


def test_throttling_by_the_real_service_after_five_failures(qtbot, fresh_stub) -> None:
    dialog = make_dialog(qtbot, fresh_stub.url, password="wrong-password-1")
    for _ in range(6):
        dialog.submit()
    assert "Твърде много неуспешни опита за вход" in dialog.lockout.text()
    assert not dialog.login_button.isEnabled()


def test_no_network_offers_the_copy_saved_on_this_pc(qtbot, _demo_database, tmp_path) -> None:
    db = tmp_path / "stub.db"
    shutil.copyfile(_demo_database, db)
    with running_stub(db, demo_data=True) as stub:
        url = stub.url
        first = Activator(url, settings=Settings.load())
        first.login(DEMO, "demo-parola-2026")
        first.sync()
    # The service is gone now: same address, nobody answering.
    dialog = make_dialog(qtbot, url, password="demo-parola-2026")
    dialog.submit()
    assert "Няма връзка с услугата на ПАСОСС" in dialog.message.text()
    assert dialog.offline_button.isVisible()
    assert "без връзка" in dialog.offline_button.text()
    dialog.offline_button.click()
    assert dialog.is_offline and dialog.offline_data.from_cache
    assert dialog.offline_data.profile.company


def test_no_network_and_no_saved_copy_offers_nothing(qtbot) -> None:
    dialog = make_dialog(qtbot, "http://127.0.0.1:1/api/v1", password="demo-parola-2026")
    dialog.submit()
    assert "Няма връзка" in dialog.message.text()
    assert not dialog.offline_button.isVisible()


def test_password_can_be_shown_and_hidden(qtbot) -> None:
    dialog = make_dialog(qtbot, "http://127.0.0.1:1/api/v1", password="secret-1234")
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    dialog.show_password.trigger()
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.show_password.text() == "Скрий паролата"
    dialog.show_password.trigger()
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password


def test_service_address_is_under_advanced(qtbot) -> None:
    dialog = make_dialog(qtbot, "http://127.0.0.1:9/api/v1")
    assert not dialog.server.isVisible()
    dialog.advanced_toggle.click()
    assert dialog.server.isVisible()
    assert dialog.server.text() == "http://127.0.0.1:9/api/v1"


class ThrottledWithReset:
    """A service that refuses logins for a while and accepts a reset request."""

    server_url = "http://127.0.0.1:1/api/v1"
    resets: list[str] = []

    def login(self, *args, **kwargs):
        raise TooManyAttempts("Твърде много опити.", retry_after=30)

    def request_password_reset(self, email: str) -> None:
        self.resets.append(email)


def test_forgotten_password_during_a_lockout_stays_beside_the_countdown(
    qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(LoginDialog, "COUNTDOWN_MS", 5)  # the countdown runs fast, no sleep
    dialog = LoginDialog(lambda _u: ThrottledWithReset(), ThrottledWithReset.server_url,
                         email=DEMO, password="x", remember=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()
    assert "след 30\u00a0секунди" in dialog.lockout.text()
    dialog.forgot.click()
    assert ThrottledWithReset.resets == [DEMO]
    confirmation = dialog.message.text()
    assert "изпратена връзка за нова парола" in confirmation
    # Ticks later both are still on screen: the countdown has moved on, the answer stays.
    seen: list[str] = []
    timer = dialog.findChild(QTimer)
    timer.timeout.connect(lambda: seen.append(dialog.lockout.text()))
    qtbot.waitUntil(lambda: len(seen) >= 5, timeout=3000)
    assert "след 25\u00a0секунди" in seen[4]
    assert dialog.message.text() == confirmation and dialog.message.isVisible()
    assert dialog.lockout.isVisible()
    qtbot.waitUntil(dialog.login_button.isEnabled, timeout=3000)
    assert dialog.lockout.text() == "Можете да опитате отново."
    assert dialog.message.text() == confirmation


def test_without_secure_storage_remember_me_says_why_and_stays_off(qtbot, fresh_stub) -> None:
    dialog = make_dialog(qtbot, fresh_stub.url, password="wrong-password-1")
    dialog.set_keyring_available(False)
    assert dialog.no_keyring.isVisible()
    assert "няма защитено хранилище" in dialog.no_keyring.text()
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    dialog.submit()  # a failed login
    assert "Имейлът или паролата не са верни" in dialog.message.text()
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert dialog.no_keyring.isVisible()


def test_with_secure_storage_remember_me_is_offered_without_a_note(qtbot, fresh_stub) -> None:
    dialog = make_dialog(qtbot, fresh_stub.url, password="wrong-password-1")
    dialog.set_keyring_available(True)
    dialog.submit()
    assert dialog.remember.isEnabled() and not dialog.no_keyring.isVisible()


def test_forgotten_password_says_the_same_for_any_email(qtbot, stub) -> None:
    for email in (DEMO, "nobody@example.bg"):
        dialog = make_dialog(qtbot, stub.url, email=email)
        dialog.forgot.click()
        text = dialog.message.text()
        assert f"Ако има профил с имейл {email}" in text
        assert "изпратена връзка за нова парола" in text


def test_a_remembered_session_logs_in_without_the_password(qtbot, stub) -> None:
    settings = Settings.load()
    Activator(stub.url, settings=settings).login(DEMO, "demo-parola-2026", remember=True)
    dialog = make_dialog(qtbot, stub.url)
    dialog.resume(Activator(stub.url, settings=Settings.load()))
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.activator.account.email == DEMO


def test_window_never_blocks_while_logging_in(qtbot, stub) -> None:
    """With the real worker the dialog shows it is busy and stays responsive."""
    from pasoss_activator.ui import worker

    worker.set_synchronous(False)
    dialog = make_dialog(qtbot, stub.url, password="demo-parola-2026")
    dialog.submit()
    assert dialog.busy.isVisible() and not dialog.login_button.isEnabled()
    assert dialog.login_button.text() == "Влизане…"
    qtbot.waitUntil(lambda: dialog.activator is not None, timeout=10000)
    assert worker.wait_for_all()




def test_the_no_storage_note_said_after_the_first_paint_is_shown_whole(
    qtbot, fresh_stub
) -> None:
    """The keyring is asked in the worker after the dialog is painted: when the answer is
    "none", the dialog grows to the wrapped sentence instead of cutting its last lines (as
    a real window on a PC without secure storage showed)."""
    dialog = make_dialog(qtbot, fresh_stub.url)
    qtbot.waitExposed(dialog)
    dialog.set_keyring_available(False)
    note = dialog.no_keyring
    qtbot.waitUntil(lambda: note.height() >= note.heightForWidth(note.width()), timeout=3000)
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())
