"""GUI test setup: the worker runs tasks at once, message boxes are answered and recorded,
and the demo program folders of DESIGN.md section 8 stand on a fake "new PC"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from pasoss_activator.core.demo_programs import create_demo_programs
from pasoss_activator.core.settings import Settings
from pasoss_activator.ui import dialogs, worker
from pasoss_activator.ui.ui_settings import UiSettings


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform plugin says it "does not support propagateSizeHints()"
    # whenever a window's size limits change; that is the test platform, not our code.
    for item in items:
        if "tests/ui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


@pytest.fixture(autouse=True)
def synchronous_worker() -> Iterator[None]:
    worker.set_synchronous(True)
    yield
    worker.set_synchronous(False)


class Boxes:
    """Message boxes shown during a test: their texts, and which button to press."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.details: list[str] = []  # behind „Подробности“, one per box ("" for none)
        self.accept = True

    def __call__(self, box: QMessageBox) -> QAbstractButton | None:
        self.shown.append((box.windowTitle(), box.text()))
        self.details.append(box.detailedText())
        if not self.accept:
            return None
        return dialogs.first_button(box)

    @property
    def texts(self) -> str:
        return "\n".join(text for _title, text in self.shown)


@pytest.fixture
def boxes() -> Iterator[Boxes]:
    answers = Boxes()
    dialogs.set_answerer(answers)
    yield answers
    dialogs.set_answerer(None)


@pytest.fixture
def demo_pc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """The SCH and RZ5 demo programs, found through PASOSS_PROGRAMS."""
    root = tmp_path / "programs"
    folders = create_demo_programs(root)
    monkeypatch.setenv("PASOSS_PROGRAMS", str(root))
    return {folder.name: folder for folder in folders}


@pytest.fixture
def ui_settings() -> UiSettings:
    return UiSettings(Settings.load())


def logged_in(url: str, email: str = "demo@pasoss.example",
              password: str = "demo-parola-2026") -> Any:
    from pasoss_activator.core.account import Activator

    activator = Activator(url, settings=Settings.load())
    activator.login(email, password, remember=False)
    return activator


def open_window(qtbot: Any, url: str, ui_settings: UiSettings) -> Any:
    """The main window of the demo account, shown and filled (synced, programs found)."""
    from pasoss_activator.ui.main_window import MainWindow

    window = MainWindow(logged_in(url), ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window
