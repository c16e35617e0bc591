"""„На този компютър“: the selected program's key read aloud and what changed since it was
registered; the key field's numbered groups; the tour's clean output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning

from pasoss_activator.core.demo_programs import NEW_PC_DISK, OLD_PC_DISK
from pasoss_activator.core.installation_key import InstallationKey, workstation_id
from pasoss_activator.ui import qt_messages
from pasoss_activator.ui.key_field import InstallationKeyField

from .conftest import open_window

ROOT = Path(__file__).resolve().parents[2]


def ini_text(ini: Path) -> str:
    from pasoss_activator.core.ini_file import get_text

    return str(get_text(ini.read_bytes(), "Registration", "InstallationKey"))


def test_demo_sch_says_what_changed_since_the_old_pc(
    qtbot, fresh_stub, ui_settings, demo_pc
) -> None:
    # A fresh stub: on the shared one, other tests may already have registered this PC.
    window = open_window(qtbot, fresh_stub.url, ui_settings)
    window.show_section("this_pc")
    section = window.this_pc
    section.select_folder(demo_pc["SCH"])
    assert section.details.isVisible()
    lines = section.details_text(section.selected()).splitlines()
    old, new = (workstation_id(d).hex() for d in (OLD_PC_DISK, NEW_PC_DISK))
    assert old not in section.details.text() and new not in section.details.text()
    assert lines == [
        "ПАСОСС-Счетоводство — Няма ключ",
        "Инсталационен ключ за четене по телефона: "
        "1) 24GRN 2) J000E 3) 0X1G3 4) 00Z9F 5) XF1Y7 6) TJ9JK",
        "Какво се промени, откакто програмата е регистрирана:",
        # In words: the workstation codes are for support, in the diagnostics report.
        "• Програмата е на нов диск или на друг компютър: регистрирана е на друг компютър, "
        "не на този.",
        "• Добавен е модулът Дълготрайни активи.",
        "• Версията е обновена: беше 221115.0, сега е 230704.0.",
        f"Папка: {demo_pc['SCH']}",
    ]
    # The panel shows the same sentences (rich text for the bold label).
    shown = section.details.text()
    assert "Добавен е модулът Дълготрайни активи." in shown and "<b>" in shown


def test_a_program_never_registered_has_no_what_changed(qtbot, stub, ui_settings,
                                                        demo_pc) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    section = window.this_pc
    section.select_folder(demo_pc["RZ5"])
    text = section.details_text(section.selected())
    assert text.splitlines()[0] == "ПАСОСС-Работни заплати 5 — Няма ключ"
    assert "Инсталационен ключ за четене по телефона: 1) 28GZZ" in text
    assert "Какво се промени" not in text


def test_a_damaged_installation_key_names_the_group_and_the_way_out(
    qtbot, stub, ui_settings, demo_pc
) -> None:
    ini = demo_pc["RZ5"] / "PASOSS.INI"
    good = InstallationKey.parse(ini_text(ini)).text
    groups = good.split("-")
    groups[2] = groups[2][:-1] + ("1" if groups[2][-1] != "1" else "2")
    ini.write_bytes(ini.read_bytes().replace(good.encode(), "-".join(groups).encode()))
    window = open_window(qtbot, stub.url, ui_settings)
    section = window.this_pc
    section.select_folder(demo_pc["RZ5"])
    lines = section.details_text(section.selected()).splitlines()
    assert lines[0] == "ПАСОСС-Работни заплати 5 — Инсталационният ключ е повреден"
    assert lines[1] == "Група 3 на инсталационния ключ във файла PASOSS.INI не е вярна."
    assert lines[2].startswith("Ключът във файла: 1) ") and f"3) {groups[2]}" in lines[2]
    assert "меню „Регистрация“" in lines[3] and "„Търси отново“" in lines[3]
    assert not section.activate_button.isEnabled()


def test_the_program_table_can_be_copied_and_exported(qtbot, stub, ui_settings, demo_pc,
                                                      tmp_path) -> None:
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot, stub.url, ui_settings)
    section = window.this_pc
    section.view.clearSelection()
    section.copy_button.click()  # nothing selected: the whole table
    copied = QApplication.clipboard().text()
    assert "ПАСОСС-Счетоводство" in copied and "ПАСОСС-Работни заплати 5" in copied
    target = tmp_path / "programi.csv"
    from pasoss_activator.ui.table_model import export_csv

    export_csv(section.view, target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "Инсталационен ключ".encode() in raw
    assert section.export_button.text() == "Експорт в CSV…"


def test_tab_goes_through_the_section_in_screen_order_and_out_of_the_table(
    qtbot, stub, ui_settings, demo_pc
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot, stub.url, ui_settings)
    window.show_section("this_pc")
    section = window.this_pc
    section.activate_button.setFocus()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is section.activate_button, timeout=3000)
    seen = [section.activate_button]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [section.activate_button, section.copy_button, section.export_button,
                    section.view, section.add_button]


def test_after_activation_nothing_is_said_to_have_changed(qtbot, fresh_stub, ui_settings,
                                                          demo_pc, boxes) -> None:
    window = open_window(qtbot, fresh_stub.url, ui_settings)
    sch = next(p for p in window.keys.programs if p.product_code.upper() == "SCH")
    window.keys.activate_program(sch)
    window.refresh()  # the licences now hold the new installation
    window.this_pc.select_folder(demo_pc["SCH"])
    text = window.this_pc.details_text(window.this_pc.selected())
    assert text.startswith("ПАСОСС-Счетоводство — Активирана")
    assert "Какво се промени" not in text


def test_before_the_account_is_loaded_no_comparison_is_guessed(qtbot, demo_pc) -> None:
    from pasoss_activator.core.account import Activator
    from pasoss_activator.core.settings import Settings
    from pasoss_activator.ui.program_status import find_with_status
    from pasoss_activator.ui.this_pc_section import ThisPcSection

    section = ThisPcSection()
    qtbot.addWidget(section)
    section.set_found(find_with_status(Activator("http://127.0.0.1:9/api/v1",
                                                 settings=Settings.load())))
    section.select_folder(demo_pc["SCH"])
    assert "Какво се промени" not in section.details_text(section.selected())


def test_key_field_numbers_its_groups(qtbot) -> None:
    field = InstallationKeyField()
    qtbot.addWidget(field)
    field.set_text(InstallationKey.parse("24GRN-J000E-0X1G3-00Z9F-XF1Y7-TJ9JK").text)
    assert [n.text() for n in field.numbers] == ["1", "2", "3", "4", "5", "6"]
    assert [b.text() for b in field.boxes][2] == "0X1G3"


# --- the offscreen platform's noise --------------------------------------------------


@pytest.mark.qt_log_ignore("a warning of our own")
def test_only_the_offscreen_noise_is_dropped(qapp, qtlog) -> None:
    assert qapp.platformName() == "offscreen"
    try:
        assert qt_messages.quiet_offscreen_noise(qapp)
        qWarning(qt_messages.NOISE)
        qWarning("a warning of our own")
    finally:
        qt_messages.restore()
    messages = [record.message for record in qtlog.records]
    assert messages == ["a warning of our own"]


def test_the_tour_prints_nothing_and_shows_the_support_screens(tmp_path) -> None:
    out = tmp_path / "tour"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "-m", "pasoss_activator", "--demo", "--tour", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr == "" and run.stdout == ""
    tour = json.loads((out / "tour.json").read_text(encoding="utf-8"))
    names = [step["step"] for step in tour["steps"]]
    for step in ("this-pc-what-changed", "help-menu", "diagnostics", "support-code",
                 "support-contacts"):
        assert step in names
    assert names.index("this-pc-what-changed") < names.index("sch-key-written")
    assert len(tour["support_code"]) == 6 and tour["support_code"].isdigit()
