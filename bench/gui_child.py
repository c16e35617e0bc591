"""GUI measurements, each in a fresh process: ``python -m bench.gui_child MODE [ARGS]``.

Modes (the last line printed is a JSON object of figures; times are monotonic
nanoseconds, comparable with the parent's, or milliseconds where named ``*_ms``):

- ``bare``: a bare QMainWindow, shown; ``shown`` = its first paint.
- ``app URL``: the real program (``pasoss_activator.startup.gui.main``) with a remembered
  session and an offline copy; ``shown`` = first paint of the main window, ``data`` =
  the account shown in it, ``programs`` = the programs of this PC listed.
- ``stall URL``: log in through the login dialog and sync through the main window against
  ``URL`` (a service that answers late, or one behind a line with latency) while a 5 ms
  heartbeat timer measures the longest stretch the event loop did not run;
  ``window_ms`` = from pressing „Вход“ (once the dialog has loaded the service code) to
  the main window painted with the synced account.
- ``big N``: a main window on screen is given an account of N licences and N contracts;
  ``big_ms`` = until both tables are shown and sorted on a column.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
FIRST_PAINT = "bench: first paint of the main window"


def say(figures: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(figures) + "\n")
    sys.stdout.flush()


class FirstPaint(QObject):
    """Notes the first paint of any widget inside a window of the given class."""

    def __init__(self, window_class: type[QWidget], on_paint: Any) -> None:
        super().__init__()
        self.window_class = window_class
        self.on_paint = on_paint
        self.seen = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            if isinstance(obj.window(), self.window_class):
                self.seen = True
                self.on_paint(obj.window())
        return False


def bare() -> None:
    app = QApplication(sys.argv[:1])
    marks: dict[str, Any] = {}

    class BareWindow(QMainWindow):
        """A QMainWindow that notes its first paint as the program's window does (its
        own ``paintEvent``): no application-wide filter in Python, see ``real_app``."""

        def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
            if "shown" not in marks:
                marks["shown"] = time.monotonic_ns()
                marks["shown_cpu_ms"] = time.thread_time() * 1000  # the GUI thread's CPU
                QTimer.singleShot(0, app.quit)
            super().paintEvent(event)

    window = BareWindow()
    window.resize(1100, 720)
    window.show()
    app.exec()
    say(marks)


def real_app(url: str) -> None:
    from pasoss_activator.startup import gui as app_module  # the real start path
    from pasoss_activator.ui import first_paint
    from pasoss_activator.ui.main_window import MainWindow

    marks: dict[str, Any] = {}
    profiler = None
    if os.environ.get("BENCH_PROFILE_TO"):
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    # The first paint is told by the window itself (ui/first_paint.py, from its own
    # paintEvent), not found by a filter on the application: such a filter sends every
    # event of every object through Python, and converting those objects made PySide6
    # create ~160 enum types (~25 ms of the GUI thread) that the program never makes.
    original_show_data = MainWindow.show_data
    original_programs = MainWindow._programs_found

    def maybe_done(window: QWidget) -> None:
        if {"shown", "data", "programs"} <= marks.keys():
            QTimer.singleShot(0, window.close)

    def painted(window: QWidget) -> None:
        marks["shown"] = time.monotonic_ns()
        marks["shown_cpu_ms"] = time.thread_time() * 1000  # the GUI thread's CPU until then
        # For ``python -m bench.profile imports``: what -X importtime printed before this
        # line was imported before the first paint.
        sys.stderr.write(f"{FIRST_PAINT}\n")
        sys.stderr.flush()
        if profiler is not None:  # ``python -m bench.profile paint``
            profiler.disable()
            profiler.dump_stats(os.environ["BENCH_PROFILE_TO"])
        maybe_done(window)

    def first_painted(window: QWidget) -> None:
        if "shown" not in marks and isinstance(window, MainWindow):
            painted(window)

    def show_data(self: MainWindow, data: Any) -> None:
        original_show_data(self, data)
        marks.setdefault("data", time.monotonic_ns())
        marks.setdefault("data_from_cache", bool(data.from_cache))
        maybe_done(self)

    def programs_found(self: MainWindow, found: list[Any]) -> None:
        original_programs(self, found)
        marks.setdefault("programs", time.monotonic_ns())
        marks.setdefault("program_count", len(found))
        maybe_done(self)

    first_paint.listen(first_painted)
    MainWindow.show_data = show_data  # type: ignore[method-assign]
    MainWindow._programs_found = programs_found  # type: ignore[method-assign]
    code = app_module.main(["--server", url])
    marks["exit_code"] = code
    say(marks)


def stall(url: str) -> None:
    from pasoss_activator.core.settings import Settings
    from pasoss_activator.ui.app import (
        WindowInAdvance,
        activator_factory,
        application,
        load_service_behind,
    )
    from pasoss_activator.ui.login_dialog import LoginDialog
    from pasoss_activator.ui.main_window import MainWindow
    from pasoss_activator.ui.ui_settings import UiSettings

    app = application("bg")
    settings = Settings.load()
    ui_settings = UiSettings(settings)
    make = activator_factory(settings)
    dialog = LoginDialog(
        make, url, email="demo@pasoss.example",
        password="demo-parola-2026", remember=True,
    )
    state: dict[str, Any] = {"last": time.monotonic(), "max_gap": 0.0, "ticks": 0}
    long_gaps: list[tuple[float, float]] = []  # (ms since start, gap ms), to see where
    heartbeat = QTimer()
    heartbeat.setInterval(5)

    def beat() -> None:
        now = time.monotonic()
        gap = now - state["last"]
        state["max_gap"] = max(state["max_gap"], gap)
        if gap > 0.025:
            long_gaps.append((round((now - shown) * 1000), round(gap * 1000, 1)))
        state["last"] = now
        state["ticks"] += 1

    heartbeat.timeout.connect(beat)
    windows: list[MainWindow] = []
    done: dict[str, float] = {}
    original_show_data = MainWindow.show_data

    def show_data(self: MainWindow, data: Any) -> None:
        original_show_data(self, data)
        done["synced"] = time.monotonic()
        QTimer.singleShot(2000, self.close)  # in case no paint came (it always does)

    MainWindow.show_data = show_data  # type: ignore[method-assign]

    def data_painted(window: QWidget) -> None:
        done["painted"] = time.monotonic()
        QTimer.singleShot(50, window.close)  # a few more beats after the paint

    class DataPaint(FirstPaint):
        """The first paint of the main window after the synced account was put into it."""

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            return "synced" in done and super().eventFilter(obj, event)

    painter = DataPaint(MainWindow, data_painted)
    app.installEventFilter(painter)

    # As the program does (ui/app.py run_gui): the service code loads in the worker and
    # the window is built while the login is on.
    ahead = WindowInAdvance(None, ui_settings, start=False)
    load_service_behind(dialog, make, url, then=ahead.start)

    def logged_in() -> None:
        done["logged_in"] = time.monotonic()
        window = ahead.take(dialog.activator)
        windows.append(window)
        window.show()
        window.start()

    dialog.accepted.connect(logged_in)
    dialog.show()
    shown = time.monotonic()  # the heartbeat covers the dialog from its first show
    state["last"] = shown
    heartbeat.start()
    # „Вход“ is pressed once the dialog has the service code ready (service_ready): a
    # person typing the e-mail and password takes longer than that.
    started = shown
    original_ready = LoginDialog.service_ready

    def ready(self: LoginDialog, *args: Any) -> None:
        nonlocal started
        original_ready(self, *args)
        started = time.monotonic()
        done["ready_ms"] = round((started - shown) * 1000, 1)
        QTimer.singleShot(0, dialog.submit)

    LoginDialog.service_ready = ready  # type: ignore[method-assign]
    app.exec()
    heartbeat.stop()
    say({
        "max_gui_stall_ms": round(max(0.0, state["max_gap"] * 1000 - 5), 1),
        "ticks": state["ticks"],
        "login_s": round(done.get("logged_in", started) - started, 2),
        "total_s": round(done.get("synced", started) - started, 2),
        "logged_in_ms": round((done.get("logged_in", started) - started) * 1000),
        # from pressing „Вход“ to the main window painted with the synced account
        "window_ms": round((done["painted"] - started) * 1000, 1) if "painted" in done else None,
        "synced_ms": round((done.get("synced", started) - started) * 1000, 1),
        "long_gaps": long_gaps,  # [ms since the dialog was shown, gap ms]
        "ready_ms": done.get("ready_ms"),  # the dialog shown -> the service code loaded
    })


def big_account(count: int) -> None:
    from pasoss_activator.core.account import AccountData, Activator
    from pasoss_activator.core.settings import Settings
    from pasoss_activator.ui.app import application
    from pasoss_activator.ui.main_window import MainWindow
    from pasoss_activator.ui.ui_settings import UiSettings

    from .accounts import big_account_data

    app = application("bg")
    settings = Settings.load()
    activator = Activator("http://127.0.0.1:9/api/v1", settings=settings)
    window = MainWindow(activator, UiSettings(settings))
    window.show()
    app.processEvents()
    profile, licences, contracts, news = big_account_data(count)
    data = AccountData.from_json(profile=profile, licences=licences, contracts=contracts, news=news)

    started = time.perf_counter()
    window.show_data(data)
    for name, section in (("licences", window.licences), ("contracts", window.contracts)):
        window.show_section(name)
        section.view.sortByColumn(0, section.view.horizontalHeader().sortIndicatorOrder())
        section.view.viewport().repaint()
        app.processEvents()
    elapsed = time.perf_counter() - started
    rows = window.licences.view.model().rowCount() + window.contracts.view.model().rowCount()
    window.close()
    say({"big_ms": round(elapsed * 1000, 1), "rows": rows})


def main(argv: list[str]) -> None:
    mode = argv[1]
    if mode == "bare":
        bare()
    elif mode == "app":
        real_app(argv[2])
    elif mode == "stall":
        stall(argv[2])
    elif mode == "big":
        big_account(int(argv[2]))
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv)
