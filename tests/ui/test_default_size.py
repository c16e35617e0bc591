"""Tables at the window's default size (issue 15): no sideways scrolling, nothing cut,
in Bulgarian and in English; long keys shortened with the whole key in the details."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pasoss_activator.ui.i18n import install_language
from pasoss_activator.ui.main_window import MainWindow
from pasoss_activator.ui.table_model import select_only_row

from .conftest import open_window
from .table_fit import clipped


@pytest.fixture(params=["bg", "en"])
def language(request, qapp):
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "bg")


def at_default_size(qtbot, window: MainWindow, section: str) -> None:
    window.show_section(section)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.stack.section(section))
    QApplication.processEvents()  # the layout settles, the rows take their wrapped height
    QApplication.processEvents()


def test_the_default_window_is_the_size_the_tables_are_made_for(qtbot, ui_settings) -> None:
    window = MainWindow(None, ui_settings)
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == (1100, 720)


@pytest.mark.parametrize("section", ["licences", "contracts", "this_pc"])
def test_no_table_is_cut_at_the_default_size(qtbot, fresh_stub, ui_settings, demo_pc,
                                            boxes, language, section) -> None:
    window = open_window(qtbot, fresh_stub.url, ui_settings)
    sch = next(p for p in window.keys.programs if p.product_code == "SCH")
    window.keys.activate_program(sch)  # this computer's row too, with the longest texts
    view = getattr(window, section).view
    at_default_size(qtbot, window, section)
    assert view.model().rowCount() >= 2
    assert clipped(view) == []


def test_the_contract_status_reads_whole(qtbot, stub, ui_settings, demo_pc) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    at_default_size(qtbot, window, "contracts")
    view = window.contracts.view
    statuses = [view.model().index(r, 5).data() for r in range(view.model().rowCount())]
    assert "Активен, платен" in statuses
    assert clipped(view) == []


def test_programs_table_names_the_computer_and_shortens_the_key(
    qtbot, fresh_stub, ui_settings, demo_pc, boxes
) -> None:
    window = open_window(qtbot, fresh_stub.url, ui_settings)
    sch = next(p for p in window.keys.programs if p.product_code == "SCH")
    window.keys.activate_program(sch)
    written = window.keys.last_activation.registration_key
    at_default_size(qtbot, window, "licences")
    section = window.licences
    view, model = section.view, section.model
    shown = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
             if not view.isColumnHidden(c)]
    assert shown == ["Програма", "Компютър", "Версия", "Дата на ключа",
                     "Регистрационен ключ", "Вид обслужване"]
    rows = [[model.index(r, c).data() for c in range(6)] for r in range(model.rowCount())]
    mine = next(r for r in rows if r[1] == "този компютър")
    other = next(r for r in rows if r[1] == "друг компютър")
    assert mine[0] == other[0] == "ПАСОСС-Счетоводство" and mine[2] == "230704.0"
    plain = written.replace("-", "")
    assert mine[4] == f"{plain[:6]}…{plain[-6:]}"  # shortened in the table …
    # … and whole in the details of the selected row, with a button that copies it.
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "този компютър")
    select_only_row(view, row)  # as a click does, whatever modifiers a test left
    details = section.details
    assert details.isVisible()
    assert details.registration_key.text().replace("\n", "") == written
    assert details.installation_key.text() == sch.installation_key.text
    assert "Мрежова – сървър" in details.summary.text()
    assert "работни места: 3" in details.summary.text()
    details.copy_registration.click()
    assert QApplication.clipboard().text() == written
    assert details.copied.text() == "Регистрационният ключ е копиран."
    details.copy_installation.click()
    assert QApplication.clipboard().text() == sch.installation_key.text
    # Copying a row and the CSV export still give the whole keys.
    section.copy_button.click()
    assert written in QApplication.clipboard().text()


def test_the_comparison_table_is_not_cut_at_the_default_size(
    qtbot, stub, ui_settings, demo_pc, language
) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    window.keys.choose_program(demo_pc["RZ5"])
    window.keys.generate()  # refused: the longest texts, the modules row wrapped
    at_default_size(qtbot, window, "keys")
    view = window.keys.comparison.view
    assert view.model().rowCount() == 8
    assert clipped(view) == []
