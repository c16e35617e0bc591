"""The GUI's start: the application object, then the login and the main window.

``run_gui`` is the one way in (the composition root, ``startup/gui.py``, calls it after
parsing the options): a remembered session shows the main window at once, otherwise the
login dialog comes first; „Изход от профила“ comes back to the login."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ..core.settings import Settings
from .i18n import install_language
from .look import app_icon
from .ui_settings import UiSettings
from .worker import run_in_background, wait_for_all

if TYPE_CHECKING:
    from ..core.account import AccountData, AccountSummary, Activator
    from .login_dialog import LoginDialog
    from .main_window import MainWindow

    # What resuming a remembered session gave: the activator, the account (None: no
    # session kept) and, without a network, the account's saved copy.
    Resumed = tuple[Activator, AccountSummary | None, AccountData | None]

_app: QApplication | None = None  # one QApplication per process, kept alive here


def application(lang: str = "bg") -> QApplication:
    global _app
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        _app = existing
    else:
        _app = QApplication(sys.argv[:1])
    _app.setApplicationName("PASOSS Activator")
    _app.setOrganizationName("PASOSS")
    _app.setWindowIcon(app_icon())
    install_language(_app, lang)
    return _app


ActivatorMaker = Callable[[str | None], "Activator"]


def activator_factory(settings: Settings) -> ActivatorMaker:
    def make(url: str | None) -> Activator:
        from ..core.account import Activator  # the network stack: imported when first used

        return Activator(url or None, settings=settings)

    return make


class WindowInAdvance:
    """The main window, built while the login dialog waits for the user or the service.

    Logging in then only shows it. It is built a piece per turn of the event loop (its
    module imported, the window, then each of its parts: ``MainWindow.build_step``), so
    the dialog stays responsive: no turn holds the event loop for long. ``run_gui`` starts
    it once the service code has loaded behind the dialog (``load_service_behind``)."""

    def __init__(self, activator: Activator | None, ui_settings: UiSettings, *,
                 start: bool = True) -> None:
        self.activator = activator
        self.ui_settings = ui_settings
        self.window: MainWindow | None = None
        self._imported = False
        self._discarded = False
        if start:
            self.start()

    def start(self) -> None:
        """Begin building, a piece per turn (``build`` finishes it at once if needed)."""
        QTimer.singleShot(0, self._next_step)

    def _next_step(self) -> None:
        if self._discarded:
            return
        if self.window is None and not self._imported:
            from . import main_window  # noqa: F401 - its own turn: ~30 ms of classes

            self._imported = True
        elif self.window is None:
            from .main_window import MainWindow

            self.window = MainWindow(self.activator, self.ui_settings, in_steps=True)
        elif not self.window.build_step():
            return  # all built
        QTimer.singleShot(0, self._next_step)

    def build(self) -> MainWindow:
        """The window, whatever of it was not built yet built now."""
        if self.window is None:
            from .main_window import MainWindow

            self.window = MainWindow(self.activator, self.ui_settings, in_steps=True)
        self.window.finish_building()
        return self.window

    def take(self, activator: Activator, *, offline_data: AccountData | None = None
             ) -> MainWindow:
        window = self.build()
        window.attach(activator, offline_data=offline_data)
        return window

    def discard(self) -> None:
        self._discarded = True
        if self.window is not None:
            self.window.deleteLater()
            self.window = None


def start_remembered(
    app: QApplication, make: ActivatorMaker, server: str | None, ui_settings: UiSettings
) -> tuple[MainWindow, int] | None:
    """With a session remembered on this PC, the main window is shown at once. After its
    first paint (so that nothing competes with it), the worker imports the service code
    (~150 ms of imports and keyring set-up) and reads the account's saved copy, which the
    window shows while the session is resumed; without a network the copy stays.
    Returns the window after it has been closed, with the exit code; None when the login
    dialog is needed (no session after all, or no network and no saved copy)."""
    from ..core.errors import ActivatorError, ServiceUnavailable
    from .main_window import MainWindow

    window = MainWindow(None, ui_settings, frame_first=True)
    window.wait_for_login()
    needs_login: list[bool] = []  # [True]: no session kept after all

    def read_copy() -> tuple[Activator, AccountData | None]:
        activator = make(server)
        try:
            return activator, activator.cached(None)
        except ActivatorError:
            return activator, None  # no keyring, a damaged copy: the resume decides

    def copy_read(result: tuple[Activator, AccountData | None]) -> None:
        activator, saved = result
        if not window.isVisible():
            return  # closed by the user meanwhile
        if saved is not None:
            window.show_data(saved)  # the account as last seen, while it is checked

        def resume() -> Resumed:
            try:
                return activator, activator.resume(), None
            except ServiceUnavailable:
                return activator, None, saved

        run_in_background(resume, resumed, lambda _error: to_login(False), owner=window)

    def to_login(no_session: bool) -> None:
        needs_login.append(no_session)
        window.close()  # ends app.exec(): the login dialog follows

    def resumed(result: Resumed) -> None:
        activator, account, offline = result
        if not window.isVisible():
            return  # closed by the user meanwhile
        if account is None and offline is None:
            to_login(True)
            return
        window.attach(activator, offline_data=offline)
        window.start()

    def painted() -> None:
        run_in_background(read_copy, copy_read, lambda _error: to_login(False), owner=window)

    window.first_painted.connect(painted)
    window.show()
    code = app.exec()
    wait_for_all()
    if needs_login:
        if needs_login[0]:
            ui_settings.resume_in_window = False  # the dialog comes first while it stays so
            ui_settings.save()
        window.deleteLater()
        return None
    return window, int(code)


def _no_email(_activator: Activator) -> str:
    return ""


def load_service_behind(
    dialog: LoginDialog, make: ActivatorMaker, server: str | None, *, resume: bool = False,
    remembered_email: Callable[[Activator], str] = _no_email,
    then: Callable[[], None] = lambda: None,
) -> None:
    """The login dialog comes up at once; after its first paint the service code (~200 ms
    of imports) and the keyring's set-up load in the worker, then ``dialog.service_ready``
    (and the remembered session is tried when ``resume``), then ``then`` (the window in
    advance: building it on the GUI thread while the worker imports would slow both, each
    Python-to-Qt call waiting for the interpreter lock). A service address refused before
    any connection (``UsageError``) closes the dialog with it in ``address_refused``."""

    def load() -> tuple[Activator, bool]:
        activator = make(server)
        return activator, bool(activator.keyring_available)  # the keyring's set-up too

    def ready(loaded: tuple[Activator, bool]) -> None:
        activator, keyring_available = loaded
        dialog.service_ready(activator, keyring_available, remembered_email(activator))
        if resume:
            dialog.resume(activator)
        then()

    def failed(error: Exception) -> None:
        from ..core.errors import UsageError

        if isinstance(error, UsageError):
            dialog.address_refused = error
            dialog.reject()
        else:
            then()

    started: list[bool] = []

    def begin() -> None:
        if not started:
            started.append(True)
            run_in_background(load, ready, failed, owner=dialog)

    # After the dialog's first paint, which the worker's imports would otherwise slow
    # down; in any case within a second (a dialog that is not painted, e.g. minimised).
    dialog.first_painted.connect(begin)
    QTimer.singleShot(1000, dialog, begin)


def run_gui(
    app: QApplication, server: str | None, *, email: str = "", password: str = "",
    demo: bool = False,
) -> int:
    """Login, then the main window; „Изход от профила“ comes back to the login."""
    settings = Settings.load()
    ui_settings = UiSettings(settings)
    make = activator_factory(settings)
    resume = not demo

    def remembered_email(activator: Activator) -> str:
        return email or settings.last_email.get(activator.server_url, "")

    if resume and ui_settings.remember_me and settings.last_email and (
        ui_settings.resume_in_window
    ):
        first = start_remembered(app, make, server, ui_settings)
        if first is not None and not first[0].logged_out:
            return first[1]
        resume = first is None
    from .login_dialog import LoginDialog  # not needed before a remembered session's window

    while True:
        dialog = LoginDialog(
            make, server or "", email=email, password=password,
            remember=False if demo else ui_settings.remember_me,
        )
        ahead = WindowInAdvance(None, ui_settings, start=False)
        load_service_behind(dialog, make, server, resume=resume,
                            remembered_email=remembered_email, then=ahead.start)
        if not dialog.exec():
            ahead.discard()
            wait_for_all()
            if dialog.address_refused is not None:
                raise dialog.address_refused  # said in a window by the composition root
            return 0
        logged_in = dialog.activator
        assert logged_in is not None  # the dialog is accepted only once someone logged in
        if not demo:
            ui_settings.remember_me = dialog.remember.isChecked()
            # Next start, the window comes first only if a session was kept in the keyring.
            ui_settings.resume_in_window = bool(
                dialog.remember.isChecked() and logged_in.keyring_available
            )
        window = ahead.take(
            logged_in, offline_data=dialog.offline_data if dialog.is_offline else None
        )
        window.show()
        window.start()
        code = app.exec()
        wait_for_all()
        if not window.logged_out:
            return int(code)
        resume, password = False, ""
