"""The tour as a check of the layout: default window size, the section shown, and what a
picture cuts (``startup/clipping.py``), in Bulgarian and at 150 % screen scale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from pasoss_activator.startup.clipping import clipped_widgets
from pasoss_activator.startup.gui import main
from pasoss_activator.startup.options import parse_gui_args
from pasoss_activator.ui.main_window import DEFAULT_SIZE

STEP_FIELDS = {"step", "title", "screenshot", "section", "window", "dialog", "clipped"}


def check_structure(tour: dict, out: Path) -> list[dict]:
    assert tour["default_window"] == [DEFAULT_SIZE.width(), DEFAULT_SIZE.height()]
    steps = tour["steps"]
    for step in steps:
        assert STEP_FIELDS <= set(step), step["step"]
        assert (out / step["screenshot"]).stat().st_size > 1000
        assert isinstance(step["clipped"], list)
    names = [step["step"] for step in steps]
    opened = steps[names.index("login") + 1]
    # The step after the login is the window as it opens, on the section it opens with.
    assert opened["dialog"] is False and opened["section"] is not None
    for step in steps[names.index("login") + 1:]:
        assert step["window"] == tour["default_window"], step["step"]
    for step in steps:
        if not step["dialog"]:
            assert step["section"] is not None
    return steps


def test_the_tour_records_section_size_and_cuts_of_every_picture(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # the tour sets its screen there
    # A deep folder, as programs installed under a long path: no dialog may widen or cut.
    out = tmp_path / "Счетоводство на фирмата" / "инсталирани програми 2026" / "tour"
    assert main(["--demo", "--tour", str(out)]) == 0
    tour = json.loads((out / "tour.json").read_text(encoding="utf-8"))
    steps = check_structure(tour, out)
    dialogs = [step for step in steps if step["dialog"]]
    assert {"login", "sch-confirm-write", "change-password", "offline-activation"} <= {
        step["step"] for step in dialogs
    }
    for step in dialogs:
        assert step["clipped"] == [], (step["step"], step["clipped"])
    sections = {step["section"] for step in steps if step["step"].startswith("section-")}
    assert sections == {"news", "profile", "licences", "keys", "contracts", "this_pc"}


@pytest.mark.slow
def test_the_tour_at_150_percent_scale_cuts_no_dialog(tmp_path) -> None:
    """A process of its own: the scale is read when Qt starts."""
    out = tmp_path / "tour"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QT_SCALE_FACTOR")}
    done = subprocess.run(
        [sys.executable, "-m", "pasoss_activator", "--demo", "--tour", str(out),
         "--tour-scale", "150"],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    tour = json.loads((out / "tour.json").read_text(encoding="utf-8"))
    assert tour["scale"] == 1.5
    with pytest.raises(SystemExit):  # a scale is for the tour, in sensible bounds
        parse_gui_args(["--demo", "--tour", str(out), "--tour-scale", "15"], ("bg",))
    with pytest.raises(SystemExit):
        parse_gui_args(["--tour-scale", "150"], ("bg",))
    for step in check_structure(tour, out):
        if step["dialog"]:
            assert step["clipped"] == [], (step["step"], step["clipped"])


def test_a_label_too_narrow_and_a_table_scrolling_sideways_are_reported(qtbot) -> None:
    page = QWidget()
    label = QLabel("Регистрационният ключ е записан в програмата")
    label.setFixedWidth(60)
    fits = QLabel("Добре")
    table = QTableView()
    model = QStandardItemModel(1, 3)
    for column in range(3):
        model.setItem(0, column, QStandardItem("Активен, платен до 31.12.2026"))
    table.setModel(model)
    for column in range(3):
        table.setColumnWidth(column, 400)
    layout = QVBoxLayout(page)
    for widget in (label, fits, table):
        layout.addWidget(widget)
    qtbot.addWidget(page)
    page.resize(500, 300)
    page.show()
    qtbot.waitExposed(page)
    found = clipped_widgets(page)
    texts = [entry["text"] for entry in found]
    assert "Регистрационният ключ е записан в програмата" in texts
    assert "Добре" not in texts
    assert any(entry["widget"] == "QTableView" and entry.get("cut") == "scrolls"
               for entry in found)

    for column in range(3):
        table.setColumnWidth(column, 60)  # narrow columns: the cells are elided
    label.setFixedWidth(label.sizeHint().width())
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible())
    found = clipped_widgets(page)
    assert [entry["widget"] for entry in found] == ["QTableView cell"] * 3
