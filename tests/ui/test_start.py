"""How the program starts (ui/app.py run_gui): with a remembered session the main window
comes first and the session is resumed behind it; without one, the login dialog."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication

from pasoss_activator.core.account import Activator
from pasoss_activator.core.settings import Settings
from pasoss_activator.ui import worker
from pasoss_activator.ui.app import run_gui
from pasoss_activator.ui.login_dialog import LoginDialog
from pasoss_activator.ui.main_window import MainWindow
from pasoss_activator.ui.ui_settings import UiSettings

EMAIL, PASSWORD = "demo@pasoss.example", "demo-parola-2026"
WHO = "Влезли сте като demo@pasoss.example („Демо Счетоводство“ ЕООД)"


@pytest.fixture(autouse=True)
def no_windows_left(qapp) -> Iterator[None]:
    yield
    leftover = [w for w in qapp.topLevelWidgets() if isinstance(w, (MainWindow, LoginDialog))]
    assert all(not w.isVisible() for w in leftover)
    for window in leftover:
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def threaded_worker() -> Iterator[None]:
    """The real worker thread: what the window shows while the session is resumed."""
    worker.set_synchronous(False)
    yield
    worker.wait_for_all()


def shown(kind: type) -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def when(condition: Callable[[], Any], then: Callable[[Any], None]) -> None:
    """Call ``then(value)`` once ``condition()`` gives something, checking in the event loop."""
    def check() -> None:
        value = condition()
        if value:
            then(value)
        else:
            QTimer.singleShot(5, check)

    QTimer.singleShot(0, check)


def hold_resume(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Resuming a remembered session waits until the returned event is set."""
    answer = threading.Event()
    original_resume = Activator.resume

    def held_resume(self: Activator, email: str | None = None) -> Any:
        assert answer.wait(30)
        return original_resume(self, email)

    monkeypatch.setattr(Activator, "resume", held_resume)
    return answer


def remember_session(url: str) -> Activator:
    activator = Activator(url, settings=Settings.load())
    activator.login(EMAIL, PASSWORD, remember=True)
    return activator


def test_a_remembered_session_shows_the_main_window_first(qtbot, stub, qapp, demo_pc,
                                                          threaded_worker) -> None:
    remember_session(stub.url)
    seen: dict[str, Any] = {}

    def first_look(windows: list[MainWindow]) -> None:
        window = windows[0]
        seen["dialog"] = bool(shown(LoginDialog))
        seen["usable_at_first"] = window.body.isEnabled()
        when(lambda: window.data, lambda _d: done(window))

    def done(window: MainWindow) -> None:
        seen["usable"] = window.body.isEnabled() and window.refresh_action.isEnabled()
        seen["who"] = window.who.text()
        window.close()

    when(lambda: shown(MainWindow), first_look)
    assert run_gui(qapp, stub.url) == 0
    assert seen == {"dialog": False, "usable_at_first": False, "usable": True, "who": WHO}


def test_a_session_no_longer_kept_falls_back_to_the_login(qtbot, stub, qapp, demo_pc,
                                                          threaded_worker) -> None:
    activator = remember_session(stub.url)
    activator.credentials.forget_token(activator.server_url, EMAIL)  # e.g. keyring wiped
    seen: dict[str, Any] = {}

    def dialog_up(dialogs: list[LoginDialog]) -> None:
        seen["window"] = bool(shown(MainWindow))
        try:  # the remembered e-mail is filled in once the service code has loaded
            qtbot.waitUntil(lambda: bool(dialogs[0].email.text()), timeout=10000)
            seen["email"] = dialogs[0].email.text()
        finally:
            dialogs[0].reject()

    when(lambda: shown(LoginDialog), dialog_up)
    assert run_gui(qapp, stub.url) == 0
    assert seen == {"email": EMAIL, "window": False}
    # Next start the dialog comes first (no window flashing before it).
    assert UiSettings(Settings.load()).resume_in_window is False


def test_logging_in_shows_the_main_window_built_meanwhile(qtbot, stub, qapp) -> None:
    """Without a remembered session: the login dialog, then the window built while it
    waited, for the account that logged in; closing it ends the run."""
    seen: dict[str, object] = {}

    def look_and_close(windows: list[MainWindow]) -> None:
        seen["windows"] = len(windows)
        seen["who"] = windows[0].who.text()
        windows[0].close()

    when(lambda: shown(LoginDialog), lambda dialogs: dialogs[0].submit())
    when(lambda: shown(MainWindow), look_and_close)
    assert run_gui(qapp, stub.url, email=EMAIL, password=PASSWORD, demo=True) == 0
    assert seen == {"windows": 1, "who": WHO}


def test_without_a_network_the_saved_copy_is_shown_with_the_banner(qtbot, fresh_stub, qapp,
                                                                   demo_pc,
                                                                   threaded_worker) -> None:
    activator = remember_session(fresh_stub.url)
    activator.sync()  # keeps the offline copy
    fresh_stub.stop()
    seen: dict[str, Any] = {}

    def done(window: MainWindow) -> None:
        seen["banner"] = window.banner.isVisible() and "Няма връзка" in window.banner.text()
        seen["company"] = window.profile.values["company"].text()
        seen["dialog"] = bool(shown(LoginDialog))
        window.close()

    when(lambda: [w for w in shown(MainWindow) if w.data is not None and not w.checking_login],
         lambda ws: done(ws[0]))
    assert run_gui(qapp, fresh_stub.url) == 0
    assert seen == {"banner": True, "company": "„Демо Счетоводство“ ЕООД", "dialog": False}


def test_the_saved_copy_is_shown_while_the_remembered_session_is_checked(
    qtbot, stub, qapp, demo_pc, threaded_worker, monkeypatch
) -> None:
    """With a remembered session the account as last seen fills the window before the
    service has answered (no offline banner: the connection is not known yet); the synced
    account follows once the session is resumed."""
    activator = remember_session(stub.url)
    activator.sync()  # keeps the offline copy
    answer = hold_resume(monkeypatch)  # the service "answers" only when the test says so
    seen: dict[str, Any] = {}

    def copy_shown(window: MainWindow) -> None:
        seen["checking"] = window.checking_login
        seen["from_cache"] = window.data.from_cache
        seen["company"] = window.profile.values["company"].text()
        seen["banner"] = window.banner.isVisible()
        seen["status"] = window.last_sync.text()
        answer.set()
        when(lambda: window.data is not None and not window.data.from_cache
             and not window.checking_login, lambda _ok: synced(window))

    def synced(window: MainWindow) -> None:
        seen["then"] = (window.connection.text(), window.body.isEnabled())
        window.close()

    when(lambda: [w for w in shown(MainWindow) if w.data is not None],
         lambda ws: copy_shown(ws[0]))
    try:
        assert run_gui(qapp, stub.url) == 0
    finally:
        answer.set()
    assert seen == {
        "checking": True, "from_cache": True, "company": "„Демо Счетоводство“ ЕООД",
        "banner": False, "status": "Проверка на запазения вход…",
        "then": ("● Свързан", True),
    }


def test_the_login_dialog_comes_up_before_the_service_code_has_loaded(
    qtbot, stub, qapp, threaded_worker, monkeypatch
) -> None:
    """Without a remembered session the dialog is shown at once; the service code and the
    keyring are set up in the worker (never on the GUI thread), and the service's full
    address appears when they are ready."""
    from pasoss_activator.ui import app as app_module

    loaded = threading.Event()  # the service code "loads" only when the test says so
    on_gui_thread: list[bool] = []
    real_factory = app_module.activator_factory

    def gated_factory(settings: Settings) -> Callable[[str | None], Activator]:
        make = real_factory(settings)

        def gated(url: str | None) -> Activator:
            on_gui_thread.append(threading.current_thread() is threading.main_thread())
            assert loaded.wait(30)
            return make(url)

        return gated

    monkeypatch.setattr(app_module, "activator_factory", gated_factory)
    short = stub.url.removesuffix("/api/v1")
    seen: dict[str, Any] = {}

    def dialog_up(dialogs: list[LoginDialog]) -> None:
        dialog = dialogs[0]
        seen["before"] = dialog.server.text()
        loaded.set()
        try:
            qtbot.waitUntil(lambda: dialog.server.text() != short, timeout=10000)
            seen["after"] = dialog.server.text()
        finally:
            dialog.reject()

    when(lambda: shown(LoginDialog), dialog_up)
    try:
        assert run_gui(qapp, short) == 0
    finally:
        loaded.set()
    assert seen == {"before": short, "after": stub.url}
    assert on_gui_thread == [False]


def test_a_staff_member_opened_offline_sees_the_staff_sections_from_the_first_look(
    qtbot, fresh_stub, qapp, threaded_worker, monkeypatch
) -> None:
    """The saved copy keeps the account's role: while the remembered session is checked
    (on a network that does not answer this lasts until the call's deadline) and after it
    failed, staff see the support console, not a client's empty licences and programs."""
    from server_stub.demo import STAFF_EMAIL, STAFF_PASSWORD

    activator = Activator(fresh_stub.url, settings=Settings.load())
    activator.login(STAFF_EMAIL, STAFF_PASSWORD, remember=True)
    activator.sync()  # keeps the offline copy
    fresh_stub.stop()
    answer = hold_resume(monkeypatch)  # the network "fails" only when the test says so
    seen: dict[str, Any] = {}

    def copy_shown(window: MainWindow) -> None:
        seen["checking"] = (window.checking_login, [spec.id for spec in window.offered])
        answer.set()
        when(lambda: not window.checking_login, lambda _ok: offline(window))

    def offline(window: MainWindow) -> None:
        seen["offline"] = window.banner.isVisible() and "Няма връзка" in window.banner.text()
        seen["sections"] = [spec.id for spec in window.offered]
        window.close()

    when(lambda: [w for w in shown(MainWindow) if w.data is not None],
         lambda ws: copy_shown(ws[0]))
    try:
        assert run_gui(qapp, fresh_stub.url) == 0
    finally:
        answer.set()
    assert seen == {"checking": (True, ["support"]), "offline": True, "sections": ["support"]}
