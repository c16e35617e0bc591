"""The window under ``--lang en``: the core's failures, the service's comparison table and
the tour all speak English (the same catalogue as the command line, through Qt's tr())."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from pasoss_activator.core.account import Activator
from pasoss_activator.core.settings import Settings
from pasoss_activator.startup.gui import main
from pasoss_activator.startup.options import parse_gui_args
from pasoss_activator.ui.i18n import LANGUAGES, install_language
from pasoss_activator.ui.main_window import MainWindow

from .conftest import open_window

CYRILLIC = re.compile("[\u0400-\u04ff]")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "en")
    yield
    install_language(qapp, "bg")


def test_a_refused_key_and_its_table_in_english(qtbot, stub, ui_settings, demo_pc,
                                                english) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    window.show_section("keys")
    keys = window.keys
    keys.choose_program(demo_pc["RZ5"])
    keys.generate()
    assert keys.message.text().startswith("A registration key cannot be generated")
    model = keys.comparison.view.model()
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert ["Version", "231016.1", "up to 231016.0 and its fixes", "✓"] in rows
    assert ["Modules", "Core module, Sick leave and holidays, Personnel, Declarations to the NRA",
            "Core module, Sick leave and holidays, Personnel", "✗"] in rows
    assert rows[0][:2] == ["Program", "PASOSS Payroll 5"]
    # Every cell from the raw values; the demo licence's service plan is the account's data.
    cells = " ".join(str(c) for row in rows for c in row).replace("Абонамент МИНИ", "")
    assert not CYRILLIC.search(cells), cells
    assert keys.comparison.hints.text() and not CYRILLIC.search(keys.comparison.hints.text())


def test_the_cores_failures_in_english_with_the_windows_own_advice(
    qtbot, ui_settings, demo_pc, english
) -> None:
    window = MainWindow(Activator("http://127.0.0.1:1/api/v1", settings=Settings.load()),
                        ui_settings)
    qtbot.addWidget(window)
    window.start()
    window.keys.choose_program(demo_pc["SCH"])
    window.keys.generate()
    text = window.keys.message.text()
    assert text.startswith("You are not logged in to your PASOSS account.")
    assert "Log out" in text and "pasoss-activator" not in text
    assert not CYRILLIC.search(text)


def test_pasoss_lang_chooses_the_windows_language(monkeypatch) -> None:
    monkeypatch.setenv("PASOSS_LANG", "en")
    assert parse_gui_args([], LANGUAGES).lang == "en"
    assert parse_gui_args(["--lang", "bg"], LANGUAGES).lang == "bg"


def test_the_tour_runs_in_english(qapp, tmp_path) -> None:
    out = tmp_path / "tour-en"
    try:
        assert main(["--demo", "--tour", str(out), "--lang", "en"]) == 0
    finally:
        install_language(qapp, "bg")
    tour = json.loads((out / "tour.json").read_text(encoding="utf-8"))
    assert tour["rz5_refused"] is True and tour["registration_key"]
    assert len(tour["steps"]) >= 14


def test_the_support_contacts_and_their_saved_copy_in_english(qtbot, english) -> None:
    import datetime as dt

    from pasoss_activator.core.contacts import SERVICE_PHONES, Contacts
    from pasoss_activator.core.model import ContactDetails
    from pasoss_activator.ui.contacts_dialog import contacts_html, saved_note

    saved = dt.datetime(2026, 3, 2, 8, 30, tzinfo=dt.UTC)
    contacts = Contacts(
        ContactDetails(company="ПАСОСС", phones=SERVICE_PHONES, email="support@pasoss.example",
                       hours="9:00–17:30"),
        saved, from_cache=True,
    )
    shown = contacts_html(contacts)
    assert "<b>Phone:</b>" in shown and "<b>Working hours:</b>" in shown
    assert "tel:029669551" in shown and "mailto:support@pasoss.example" in shown
    note = saved_note(contacts)
    assert note.startswith("Saved copy from 02.03.2026") and "no connection" in note
    # The vendor's name and the hours are the service's data; the rest is English.
    assert not CYRILLIC.search(shown.replace("ПАСОСС", ""))
