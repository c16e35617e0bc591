"""Technical details stay with support (issue 15, point 5): the comparison says „този
компютър“, the diagnostics keep their report behind „Подробности“, the About box keeps
the library versions behind its details."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QApplication, QMessageBox

from pasoss_activator.core.demo_programs import demo_keys
from pasoss_activator.core.installation_key import workstation_id
from pasoss_activator.core.products import Product
from pasoss_activator.ui import dialogs
from pasoss_activator.ui.diagnostics_dialog import DiagnosticsDialog

from .conftest import open_window

SCH = demo_keys()[Product.SCH]


def workstation_row(window) -> list[str]:
    view = window.keys.comparison.view
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.record(r).param == "workstation")
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_the_comparison_names_this_computer_not_its_code(
    qtbot, fresh_stub, ui_settings, demo_pc
) -> None:
    window = open_window(qtbot, fresh_stub.url, ui_settings)
    keys = window.keys
    keys.choose_program(demo_pc["SCH"])
    keys.generate()
    label, asked, _allowed, _ok = workstation_row(window)
    assert (label, asked) == ("Компютър", "този компютър")
    assert SCH.workstation_hex not in keys.document_html()  # nor on the printed page
    # A key of the same program from another PC (read over the phone): „друг компютър“.
    other = dataclasses.replace(SCH, workstation_id=workstation_id("ANOTHER-DISK"))
    keys.enter_key(other.text)
    keys.generate()
    assert workstation_row(window)[1] == "друг компютър"


def test_without_programs_here_the_computer_is_the_keys(qtbot, fresh_stub, ui_settings) -> None:
    window = open_window(qtbot, fresh_stub.url, ui_settings)  # nothing found on this PC
    window.keys.enter_key(SCH.text)
    window.keys.generate()
    assert workstation_row(window)[1] == "компютърът от ключа"


def test_diagnostics_show_what_is_wrong_and_keep_the_report_for_support(
    qtbot, fresh_stub, ui_settings, demo_pc
) -> None:
    window = open_window(qtbot, fresh_stub.url, ui_settings)
    window.help.diagnostics_action.trigger()
    dialog = window.help.dialog
    assert isinstance(dialog, DiagnosticsDialog)
    new, old = SCH.workstation_hex, workstation_id("PASOSS-DEMO-OLD-PC").hex()
    problems = dialog.problems.text()
    assert "ПАСОСС-Счетоводство" in problems and "регистрирана е на друг компютър" in problems
    assert new not in problems and old not in problems
    # The report (codes, Python and Qt versions, library names) is behind „Подробности“.
    assert not dialog.text.isVisible()
    assert dialog.details_button.text() == "Подробности за поддръжката"
    dialog.details_button.click()
    assert dialog.text.isVisible() and "Python" in dialog.text.toPlainText()
    assert new in dialog.text.toPlainText()
    dialog.copy_button.click()  # copied and sent whole, as before
    assert "Python" in QApplication.clipboard().text()


def test_a_report_that_cannot_be_saved_says_so_without_python_words(
    qtbot, fresh_stub, ui_settings, demo_pc, tmp_path
) -> None:
    window = open_window(qtbot, fresh_stub.url, ui_settings)
    dialog = window.help.open_diagnostics()
    dialog.save_to(tmp_path / "no-such-folder" / "report.txt")
    said = dialog.status.text()
    assert said.startswith("Отчетът не е записан в тази папка. Изберете друга папка")
    assert "Error" not in said and "No such file" not in said
    assert "No such file" in dialog.status.toolTip()  # the system's words, for support


def test_the_about_box_keeps_versions_for_support(qtbot, stub, ui_settings, demo_pc) -> None:
    shown: list[tuple[str, str]] = []

    def answer(box: QMessageBox):
        shown.append((box.text(), box.detailedText()))
        return dialogs.first_button(box)

    window = open_window(qtbot, stub.url, ui_settings)
    dialogs.set_answerer(answer)
    try:
        window.help.about_action.trigger()
    finally:
        dialogs.set_answerer(None)
    [(text, details)] = shown
    assert text.startswith("PASOSS Activator ") and "Python" not in text and "Qt " not in text
    assert "Python 3." in details and "Qt 6." in details
