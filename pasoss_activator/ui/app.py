"""``pasoss-activator`` (GUI): parses ``--demo``, ``--tour DIR``, ``--lang``, ``--server``."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ..core.settings import Settings
from .i18n import LANGUAGES, install_language
from .login_dialog import LoginDialog
from .look import app_icon
from .qt_messages import quiet_offscreen_noise
from .qt_messages import restore as restore_message_handler
from .ui_settings import UiSettings
from .worker import wait_for_all

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
    if args.demo:
        from .demo import DEMO_EMAIL, DEMO_PASSWORD, demo_environment

        keep = args.tour.resolve() / "demo" if args.tour else None
        if keep is not None and keep.exists():
            shutil.rmtree(keep)  # each tour starts from the demo's first state
        with demo_environment(keep) as url:
            app = application(args.lang)
            quiet_offscreen_noise(app)
            try:
                if args.tour:
                    from .tour import run_tour

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


def activator_factory(settings: Settings) -> Any:
    from ..core.account import Activator

    def make(url: str | None) -> Any:
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
        return self.window

    def take(self, activator: Any, *, offline_data: Any = None) -> MainWindow:
        window = self.build()
        window.attach(activator, offline_data=offline_data)
        return window

    def discard(self) -> None:
        if self.window is not None:
            self.window.deleteLater()
            self.window = None


def run_gui(
    app: QApplication, server: str | None, *, email: str = "", password: str = "",
    demo: bool = False,
) -> int:
    """Login, then the main window; „Изход от профила“ comes back to the login."""
    settings = Settings.load()
    ui_settings = UiSettings(settings)
    make = activator_factory(settings)
    activator = make(server)
    resume = not demo
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
