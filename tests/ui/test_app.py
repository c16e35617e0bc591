"""The GUI's entry point: languages, the self-driving demo tour, the worker."""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtWidgets import QApplication

from pasoss_activator.core.ini_file import get_text
from pasoss_activator.core.model import ComparisonRow
from pasoss_activator.startup.gui import main
from pasoss_activator.startup.options import parse_gui_args
from pasoss_activator.ui import worker
from pasoss_activator.ui.i18n import LANGUAGES, install_language
from pasoss_activator.ui.keys_section import KeysSection
from pasoss_activator.ui.login_dialog import LoginDialog


def parse_args(argv: list[str]):
    return parse_gui_args(argv, LANGUAGES)


@pytest.fixture
def english(qapp: QApplication):
    loaded = install_language(qapp, "en")
    yield loaded
    install_language(qapp, "bg")


def test_bulgarian_is_the_default_with_qts_own_texts(qapp: QApplication) -> None:
    assert parse_args([]).lang == "bg"
    assert "qtbase_bg" in install_language(qapp, "bg")


def test_lang_en_translates_the_interface(qtbot, english) -> None:
    assert english == ["pasoss_activator_en"]
    dialog = LoginDialog(lambda _u: None, "http://127.0.0.1:1/api/v1")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Log in — PASOSS Activator"
    assert dialog.remember.text() == "Remember me"
    assert dialog.forgot.text() == "Forgot your password?"
    keys = KeysSection()
    qtbot.addWidget(keys)
    assert keys.generate_button.text() == "Generate"
    # The core names a program's status in Bulgarian; the window says it in its language.
    from pasoss_activator.core.registration_key import Status
    from pasoss_activator.ui.program_status import status_name

    assert status_name(Status.NONE) == "No key"
    assert status_name(Status.DAMAGED) == "The installation key is damaged"
    # So does the comparison table's parameter, which the service names in Bulgarian.
    from pasoss_activator.ui.comparison import parameter_label

    assert parameter_label(ComparisonRow("version", label="Версия")) == "Version"
    assert parameter_label(ComparisonRow("workstation", label="Компютър")) == "Computer"
    assert parameter_label(ComparisonRow("new_thing", label="Ново")) == "Ново"


def test_tour_logs_in_writes_the_sch_key_and_is_refused_for_rz5(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # the tour sets its screen there
    out = tmp_path / "tour"
    assert main(["--demo", "--tour", str(out)]) == 0
    tour = json.loads((out / "tour.json").read_text(encoding="utf-8"))
    shots = [step["screenshot"] for step in tour["steps"]]
    assert len(shots) >= 14
    assert all((out / shot).stat().st_size > 1000 for shot in shots)
    names = [step["step"] for step in tour["steps"]]
    for section in ("news", "profile", "licences", "keys", "contracts", "this_pc"):
        assert f"section-{section}" in names
    assert "sch-confirm-write" in names and "rz5-refused" in names
    assert "assisted-offer" in names  # support's SCH key, shown verified in the dialog
    assert "staff-console" in names and "staff-console-refusal" in names
    written = get_text(
        open(tour["config_path"], "rb").read(), "Registration", "RegistrationKey"
    )
    assert written == tour["registration_key"]
    assert tour["rz5_refused"] is True


def test_tour_needs_demo() -> None:
    with pytest.raises(SystemExit):
        parse_args(["--tour", "x"])


def test_worker_delivers_on_the_main_thread(qtbot) -> None:
    worker.set_synchronous(False)
    seen: list[tuple[str, object]] = []
    main_thread = threading.current_thread()
    worker.run_in_background(
        lambda: threading.current_thread() is not main_thread,
        lambda ran_elsewhere: seen.append(("done", (ran_elsewhere, threading.current_thread()))),
        lambda error: seen.append(("error", error)),
    )
    worker.run_in_background(
        lambda: 1 / 0, lambda _r: None, lambda error: seen.append(("error", error))
    )
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    done = next(value for kind, value in seen if kind == "done")
    assert done == (True, main_thread)
    assert any(kind == "error" and isinstance(v, ZeroDivisionError) for kind, v in seen)


def test_every_text_of_the_interface_has_its_english_translation(tmp_path) -> None:
    """lupdate over the code into a copy of the .ts: nothing may come out unfinished."""
    import os
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    ts = tmp_path / "en.ts"
    shutil.copyfile(root / "resources/translations/pasoss_activator_en.ts", ts)
    # The very lupdate run of update.sh (GUI, command line and the catalogue by code).
    subprocess.run(
        ["sh", str(root / "resources/translations/update.sh")],
        env={**os.environ, "TS": str(ts), "COMPILE": "0",
             "BIN": str(Path(sys.executable).parent)},
        check=True, capture_output=True,
    )
    unfinished = [
        m.findtext("source") for m in ET.parse(ts).iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []



def test_without_a_screen_the_app_says_so_in_bulgarian(monkeypatch, capsys) -> None:
    """On Linux with no X or Wayland, Qt would abort the process with an English line."""
    from pasoss_activator.startup import gui as app

    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert app.main([]) == 1
    assert "не намира екран" in capsys.readouterr().err
    assert app.screen_available({"DISPLAY": ":0"}, "linux")
    assert app.screen_available({}, "win32")


def test_the_first_paint_hook_reports_the_first_window_and_ends_the_program(tmp_path) -> None:
    """The bench times the frozen bundle with PASOSS_ACTIVATOR_FIRST_PAINT=exit: the
    program says when its first window (here the login dialog: no session kept) was
    painted, and ends by itself."""
    import os
    import subprocess
    import sys
    import time

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PASOSS_ACTIVATOR_HOME=str(tmp_path),
               PASOSS_ACTIVATOR_FIRST_PAINT="exit")
    started = time.monotonic_ns()
    done = subprocess.run(
        [sys.executable, "-m", "pasoss_activator", "--server", "http://127.0.0.1:9"],
        env=env, capture_output=True, text=True, timeout=120,
    )
    marks = [line for line in done.stdout.splitlines() if line.startswith("first-paint ")]
    assert done.returncode == 0, done.stderr
    assert len(marks) == 1 and int(marks[0].split()[1]) > started
