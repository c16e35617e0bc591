"""First use (issue 15): the window opens where the work is and the next step is obvious."""

from __future__ import annotations

from pasoss_activator.core.settings import Settings
from pasoss_activator.ui.main_window import MainWindow
from pasoss_activator.ui.ui_settings import UiSettings

from .conftest import logged_in, open_window


def test_a_program_without_a_key_opens_this_pc_with_one_primary_button(
    qtbot, stub, ui_settings, demo_pc
) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    assert window.current_section() == "this_pc"
    section = window.this_pc
    button = section.activate_button
    # One button, named for the program selected because it needs a key, and the default.
    assert button.isEnabled() and button.isDefault()
    assert button.text() == f"Активирай {section.selected().program.display_name}"
    assert section.selected().status.value != "valid"
    assert "едно натискане" in section.about.text()
    assert "„Генериране на ключове“" in section.about.text()


def test_the_need_to_activate_wins_over_the_remembered_section(
    qtbot, stub, ui_settings, demo_pc
) -> None:
    ui_settings.last_section = "contracts"
    window = open_window(qtbot, stub.url, ui_settings)
    assert window.current_section() == "this_pc"


def test_with_every_program_activated_the_remembered_section_opens(
    qtbot, fresh_stub, ui_settings, demo_pc, boxes
) -> None:
    window = open_window(qtbot, fresh_stub.url, ui_settings)
    for found in list(window.this_pc.found):
        if found.program.product_code == "SCH":
            window.keys.activate_program(found.program)
    # RZ5 is refused in the demo: take it off this PC, so every program here is activated.
    (demo_pc["RZ5"] / "PASOSS.INI").unlink()
    window.show_section("news")
    window.close()
    again = MainWindow(logged_in(fresh_stub.url), UiSettings(Settings.load()))
    qtbot.addWidget(again)
    again.show()
    again.start()
    assert again.current_section() == "news"
    assert not again.this_pc.activate_button.isEnabled()
    assert again.this_pc.next_step.text() == "Всички програми на този компютър са активирани."


def test_a_section_chosen_before_the_programs_are_found_is_not_taken_away(
    qtbot, stub, ui_settings, demo_pc
) -> None:
    window = MainWindow(logged_in(stub.url), ui_settings)
    qtbot.addWidget(window)
    window.show()
    window._opening_section = window.current_section()  # start() has begun the search …
    window.show_section("contracts")  # … and the user clicks „Договори“ meanwhile
    window.refresh_programs()
    assert window.current_section() == "contracts"


def licence_rows_shown(window) -> list[tuple[str, str]]:
    model = window.licences.model
    return [(model.record(r).licence.product_code, model.record(r).installation.workstation_id)
            for r in range(model.rowCount())]


def test_after_activation_the_tables_show_it_at_once_and_once(
    qtbot, fresh_stub, ui_settings, demo_pc, boxes
) -> None:
    from pasoss_activator.core.demo_programs import demo_keys
    from pasoss_activator.core.products import Product

    here = demo_keys()[Product.SCH].workstation_hex
    window = open_window(qtbot, fresh_stub.url, ui_settings)
    assert ("SCH", here) not in licence_rows_shown(window)
    window.this_pc.select_folder(demo_pc["SCH"])
    window.this_pc.activate_button.click()  # the window's own button, then „Запиши“
    # No F5: the installation just registered is in „Програми и информация“ already,
    # and „На този компютър“ says the program is activated.
    assert licence_rows_shown(window).count(("SCH", here)) == 1
    window.this_pc.select_folder(demo_pc["SCH"])
    assert window.this_pc.selected().status.value == "valid"
    window.refresh()  # F5, twice: still one row for this computer
    window.refresh()
    rows = licence_rows_shown(window)
    assert rows.count(("SCH", here)) == 1 and len(rows) == len(set(rows))


def test_a_key_written_during_a_sync_is_synced_again_after_it(
    qtbot, fresh_stub, ui_settings, demo_pc, boxes
) -> None:
    window = open_window(qtbot, fresh_stub.url, ui_settings)
    calls = []
    window.syncing = True  # a timed sync is under way …
    real_refresh = window.refresh
    window.refresh = lambda: (calls.append("sync"), real_refresh())  # type: ignore[method-assign]
    window.after_activation()  # … when a key is written
    assert calls == []  # not a second sync at the same time
    window._synced(window.session.require().sync())  # the first sync ends
    assert calls == ["sync"]  # and the account is read again, now with the key


def test_one_workstation_on_one_licence_is_one_row() -> None:
    from pasoss_activator.core.model import Licence
    from pasoss_activator.ui.table_sections import licence_rows

    licence = Licence.from_json({"id": 1, "product": "SCH", "installations": [
        {"workstation_id": "aaaa0001", "generated_at": "2022-01-01T00:00:00Z"},
        {"workstation_id": "bbbb0002", "generated_at": "2023-01-01T00:00:00Z"},
        {"workstation_id": "aaaa0001", "generated_at": "2026-01-01T00:00:00Z"},
    ]})
    empty = Licence.from_json({"id": 2, "product": "RZ5", "installations": []})
    rows = licence_rows([licence, empty])
    assert [(r.licence.id, r.installation.workstation_id, r.installation.generated_at)
            for r in rows] == [
        (1, "aaaa0001", "2026-01-01T00:00:00Z"),
        (1, "bbbb0002", "2023-01-01T00:00:00Z"),
        (2, "", ""),
    ]


def test_enter_activates_the_program_that_needs_a_key(qtbot, stub, ui_settings,
                                                      demo_pc, boxes) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot, stub.url, ui_settings)
    section = window.this_pc
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is section.activate_button, timeout=3000)
    boxes.accept = False  # a confirmation, if asked, is declined: nothing is written
    asked = []
    section.activate_requested.connect(asked.append)
    qtbot.keyClick(section.activate_button, Qt.Key.Key_Return)  # the window opened here
    window.show_section("this_pc")  # back, should a refusal have shown its table elsewhere
    window.activateWindow()
    section.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is section.view, timeout=3000)
    qtbot.keyClick(section.view, Qt.Key.Key_Return)  # and on a selected row
    assert [p.folder for p in asked] == [section.selected().program.folder] * 2
