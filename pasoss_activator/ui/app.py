"""``pasoss-activator`` (GUI): parses ``--demo``, ``--tour DIR``, ``--lang``, ``--server``."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ..core.settings import Settings
from .i18n import LANGUAGES, install_language
from .look import app_icon
from .qt_messages import quiet_offscreen_noise
from .qt_messages import restore as restore_message_handler
from .ui_settings import UiSettings
from .worker import run_in_background, wait_for_all

if TYPE_CHECKING:
    from .main_window import MainWindow

_app: QApplication | None = None  # one QApplication per process, kept alive here


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pasoss-activator", description="PASOSS Activator")
    parser.add_argument("--demo", action="store_true",
                        help="demo service and demo programs on this PC, nothing real touched")
    parser.add_argument("--tour", metavar="DIR", type=Path,
                        help="with --demo: run the demo by itself, save screenshots in DIR")
    parser.add_argument("--lang", choices=LANGUAGES, default="bg", help="interface language")
    parser.add_argument("--server", metavar="URL", help="address of the PASOSS service")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.tour and not args.demo:
        parser.error("--tour needs --demo")
    return args


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


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.tour:
        # The tour only photographs its windows: it needs no screen (CI, a server).
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not screen_available(os.environ):
        # Without a screen Qt aborts the process with an English message; say it plainly.
        sys.stderr.write(
            "PASOSS Activator не намира екран, на който да покаже прозореца си.\n"
            "Стартирайте го от работния плот, или използвайте командите за терминал: "
            "pasoss-activator --help\n"
        )
        return 1
    if args.demo:
        from ..startup.demo import DEMO_EMAIL, DEMO_PASSWORD, demo_environment

        keep = args.tour.resolve() / "demo" if args.tour else None
        if keep is not None and keep.exists():
            shutil.rmtree(keep)  # each tour starts from the demo's first state
        with demo_environment(keep) as url:
            app = application(args.lang)
            quiet_offscreen_noise(app)
            try:
                if args.tour:
                    from ..startup.tour import run_tour

                    return run_tour(app, url, args.tour)
                return run_gui(app, url, email=DEMO_EMAIL, password=DEMO_PASSWORD, demo=True)
            finally:
                restore_message_handler()
    app = application(args.lang)
    quiet_offscreen_noise(app)
    try:
        return run_gui(app, args.server)
    finally:
        restore_message_handler()


def screen_available(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """False only where we know Qt will find no screen: Linux/BSD without X or Wayland."""
    if env.get("QT_QPA_PLATFORM") or platform in ("win32", "darwin"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def activator_factory(settings: Settings) -> Any:
    def make(url: str | None) -> Any:
        from ..core.account import Activator  # the network stack: imported when first used

        return Activator(url or None, settings=settings)

    return make


class WindowInAdvance:
    """The main window, built while the login dialog waits for the user or the service.

    Logging in then only shows it: building (~25 ms) and showing (~15 ms) stall the event
    loop at two moments instead of one, and with a remembered session the building (and
    importing the window's modules) overlaps the network round trip of the resume."""

    def __init__(self, activator: Any, ui_settings: UiSettings) -> None:
        self.activator = activator
        self.ui_settings = ui_settings
        self.window: MainWindow | None = None
        QTimer.singleShot(0, self.build)

    def build(self) -> MainWindow:
        if self.window is None:
            from .main_window import MainWindow

            self.window = MainWindow(self.activator, self.ui_settings)
            # Its other sections too, one per turn, while the dialog still waits.
            QTimer.singleShot(0, self.window.stack, self.window.stack.build_the_rest)
        return self.window

    def take(self, activator: Any, *, offline_data: Any = None) -> MainWindow:
        window = self.build()
        window.attach(activator, offline_data=offline_data)
        return window

    def discard(self) -> None:
        if self.window is not None:
            self.window.deleteLater()
            self.window = None


def start_remembered(
    app: QApplication, make: Any, server: str | None, ui_settings: UiSettings
) -> tuple[MainWindow, int] | None:
    """With a session remembered on this PC, the main window is shown at once and the
    service code (~150 ms of imports and keyring set-up) loads in the worker after it has
    painted, where the session is resumed; without a network the saved copy is shown.
    Returns the window after it has been closed, with the exit code; None when the login
    dialog is needed (no session after all, or no network and no saved copy)."""
    from ..core.errors import ActivatorError, ServiceUnavailable
    from .main_window import MainWindow

    window = MainWindow(None, ui_settings)
    window.wait_for_login()
    window.show()
    needs_login: list[bool] = []  # [True]: no session kept after all

    def resume() -> tuple[Any, Any, Any]:
        activator = make(server)
        try:
            return activator, activator.resume(), None
        except ServiceUnavailable:
            try:
                return activator, None, activator.cached(None)
            except ActivatorError:
                return activator, None, None

    def to_login(no_session: bool) -> None:
        needs_login.append(no_session)
        window.close()  # ends app.exec(): the login dialog follows

    def resumed(result: tuple[Any, Any, Any]) -> None:
        activator, account, offline = result
        if not window.isVisible():
            return  # closed by the user meanwhile
        if account is None and offline is None:
            to_login(True)
            return
        window.attach(activator, offline_data=offline)
        window.start()

    run_in_background(resume, resumed, lambda _error: to_login(False))
    code = app.exec()
    wait_for_all()
    if needs_login:
        if needs_login[0]:
            ui_settings.resume_in_window = False  # the dialog comes first while it stays so
            ui_settings.save()
        window.deleteLater()
        return None
    return window, int(code)


def run_gui(
    app: QApplication, server: str | None, *, email: str = "", password: str = "",
    demo: bool = False,
) -> int:
    """Login, then the main window; „Изход от профила“ comes back to the login."""
    settings = Settings.load()
    ui_settings = UiSettings(settings)
    make = activator_factory(settings)
    resume = not demo
    if resume and ui_settings.remember_me and settings.last_email and (
        ui_settings.resume_in_window
    ):
        first = start_remembered(app, make, server, ui_settings)
        if first is not None and not first[0].logged_out:
            return first[1]
        resume = first is None
    from .login_dialog import LoginDialog  # not needed before a remembered session's window

    activator = make(server)
    while True:
        remembered = email or settings.last_email.get(activator.server_url, "")
        dialog = LoginDialog(
            make, activator.server_url, email=remembered, password=password,
            remember=False if demo else ui_settings.remember_me,
        )
        dialog.set_keyring_available(bool(activator.keyring_available))
        ahead = WindowInAdvance(activator, ui_settings)
        if resume:
            dialog.resume(activator)
        if not dialog.exec():
            ahead.discard()
            wait_for_all()
            return 0
        if not demo:
            ui_settings.remember_me = dialog.remember.isChecked()
            # Next start, the window comes first only if a session was kept in the keyring.
            ui_settings.resume_in_window = bool(
                dialog.remember.isChecked() and dialog.activator.keyring_available
            )
        window = ahead.take(
            dialog.activator, offline_data=dialog.offline_data if dialog.is_offline else None
        )
        window.show()
        window.start()
        code = app.exec()
        wait_for_all()
        if not window.logged_out:
            return int(code)
        resume, password = False, ""
