"""The ``Session``: the one place a window and its sections get the logged-in account."""

from __future__ import annotations

import pytest

from pasoss_activator.core.registration_key import RegistrationKey
from pasoss_activator.ui.main_window import MainWindow
from pasoss_activator.ui.session import NotLoggedIn, Session
from tests.ui.conftest import logged_in
from tests.ui.test_keys import SCH_KEY


def test_a_session_says_when_the_account_changes(qtbot, stub) -> None:
    session = Session()
    seen: list[object] = []
    session.changed.connect(lambda: seen.append(session.activator))
    with pytest.raises(NotLoggedIn):
        session.require()
    activator = logged_in(stub.url)
    session.set_activator(activator)
    session.set_activator(activator)  # the same account again: nothing to follow
    session.set_activator(None)
    assert seen == [activator, None]


def test_sections_built_before_the_login_work_for_the_account_logged_in_later(
    qtbot, fresh_stub, ui_settings
) -> None:
    """The window is built while the login dialog waits (ui/app.py WindowInAdvance): the
    key section already exists when the account arrives, and generates for it."""
    window = MainWindow(None, ui_settings)
    qtbot.addWidget(window)
    window.wait_for_login()
    keys = window.keys  # built now, with no account
    keys.key_field.set_text(SCH_KEY)
    keys.generate_button.click()
    assert keys.result_key == ""  # nobody logged in: nothing was asked
    window.attach(logged_in(fresh_stub.url))
    assert "demo@pasoss.example" in window.who.text()
    keys.generate_button.click()
    assert RegistrationKey.parse(keys.result_key)
