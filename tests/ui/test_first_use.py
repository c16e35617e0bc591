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
