"""Key generation: live checks group by group, writing the key, a refusal, printing."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from pasoss_activator.core.demo_programs import demo_keys
from pasoss_activator.core.ini_file import get_text
from pasoss_activator.core.products import Product
from pasoss_activator.core.registration_key import RegistrationKey
from pasoss_activator.ui.key_field import BAD, OK, PENDING, InstallationKeyField
from pasoss_activator.ui.look import FAIL_BACKGROUND
from pasoss_activator.ui.main_window import MainWindow
from pasoss_activator.ui.printing import save_pdf

from .conftest import open_window

SCH_KEY = demo_keys()[Product.SCH].text


def states(field: InstallationKeyField) -> list[str]:
    return [state for _chars, state in field.check.groups]


def test_groups_turn_green_as_they_are_typed(qtbot) -> None:
    field = InstallationKeyField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field.edit, SCH_KEY[:11])  # two groups and the dash
    assert states(field) == [OK, OK] + [PENDING] * 4
    assert field.explanation.text() == "Вярно въведени групи: 2 от 6."
    qtbot.keyClicks(field.edit, SCH_KEY[11:])
    assert states(field) == [OK] * 6
    assert field.key is not None
    text = field.explanation.text()
    assert text.startswith("Ключът е верен: ПАСОСС-Счетоводство, версия 230704.0")


def test_a_mistyped_group_is_named_and_highlighted(qtbot) -> None:
    field = InstallationKeyField()
    qtbot.addWidget(field)
    groups = SCH_KEY.split("-")
    wrong = groups[2][1:2] + groups[2][0:1] + groups[2][2:]  # two characters swapped
    if wrong == groups[2]:
        wrong = ("1" if groups[2][0] != "1" else "2") + groups[2][1:]
    groups[2] = wrong
    field.set_text("-".join(groups))
    assert states(field) == [OK, OK, BAD, OK, OK, OK]
    assert field.check.bad_group == 3
    assert "Група 3 е въведена грешно" in field.explanation.text()
    assert "border:2px solid" in field.boxes[2].styleSheet()
    assert field.key is None


def test_pasted_key_in_cyrillic_lowercase_with_spaces_is_accepted(qtbot) -> None:
    field = InstallationKeyField()
    qtbot.addWidget(field)
    latin_to_cyrillic = str.maketrans("ABEKMHPCTX", "АВЕКМНРСТХ")
    field.set_text(" " + SCH_KEY.translate(latin_to_cyrillic).lower().replace("-", " ") + "\n")
    assert field.key is not None and field.key.text == SCH_KEY


def test_a_character_that_cannot_be_in_a_key(qtbot) -> None:
    field = InstallationKeyField()
    qtbot.addWidget(field)
    field.set_text("24GU")
    assert BAD in states(field)
    assert "Знакът „U“" in field.explanation.text()


def open_keys(qtbot, url, ui_settings) -> MainWindow:
    window = open_window(qtbot, url, ui_settings)
    window.show_section("keys")
    return window


def test_generate_for_a_typed_key_shows_the_key_and_table(qtbot, fresh_stub, ui_settings) -> None:
    window = open_keys(qtbot, fresh_stub.url, ui_settings)
    keys = window.keys
    keys.key_field.set_text(SCH_KEY)
    assert keys.generate_button.isEnabled()
    keys.generate_button.click()
    assert RegistrationKey.parse(keys.result_key)  # a whole, parsable key
    assert keys.key_text.toPlainText().replace("\n", "") == keys.result_key
    rows = keys.comparison.rows()
    assert [r.param for r in rows][:3] == ["product", "customer", "version"]
    assert all(r.ok for r in rows)
    model = keys.comparison.view.model()
    assert {model.index(r, 3).data() for r in range(model.rowCount())} == {"✓"}
    assert not keys.write_button.isVisible()  # a typed key has no program to write into
    keys.copy_button.click()
    assert QApplication.clipboard().text() == keys.result_key


def test_editing_the_installation_key_takes_the_old_result_away(
    qtbot, fresh_stub, ui_settings
) -> None:
    """A registration key left under a changed installation key would be copied or printed
    for an installation it does not fit."""
    window = open_keys(qtbot, fresh_stub.url, ui_settings)
    keys = window.keys
    keys.key_field.set_text(SCH_KEY)
    keys.generate_button.click()
    assert keys.result.isVisible() and "генериран" in keys.message.text()
    issued = keys.result_key
    keys.key_field.set_text(SCH_KEY.lower())  # the same key, typed differently: result stays
    assert keys.result.isVisible()
    keys.key_field.set_text(SCH_KEY[:-1])
    assert not keys.result.isVisible() and keys.message.text() == ""
    assert keys.result_key == "" and issued not in keys.document_html()


def test_write_into_the_detected_program(qtbot, fresh_stub, ui_settings, demo_pc,
                                         boxes) -> None:
    window = open_keys(qtbot, fresh_stub.url, ui_settings)
    keys = window.keys
    keys.choose_program(demo_pc["SCH"])
    assert keys.key_field.text() == SCH_KEY
    keys.generate()
    assert keys.write_button.isVisible()
    keys.write_button.click()
    ini = demo_pc["SCH"] / "PASOSS.INI"
    confirm_text, written_text = boxes.shown[0][1], boxes.shown[1][1]
    assert str(ini) in confirm_text and "резервно копие" in confirm_text
    written = get_text(ini.read_bytes(), "Registration", "RegistrationKey")
    assert written == keys.result_key
    backup = keys.last_activation.backup_path
    assert backup.exists() and str(backup) in written_text
    # The program list now shows it activated.
    model = window.this_pc.view.model()
    status = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert status["ПАСОСС-Счетоводство"] == "Активирана"


def test_declining_the_confirmation_writes_nothing(qtbot, fresh_stub, ui_settings, demo_pc,
                                                   boxes) -> None:
    window = open_keys(qtbot, fresh_stub.url, ui_settings)
    before = (demo_pc["SCH"] / "PASOSS.INI").read_bytes()
    boxes.accept = False
    window.keys.choose_program(demo_pc["SCH"])
    window.keys.generate()
    window.keys.write_button.click()
    assert (demo_pc["SCH"] / "PASOSS.INI").read_bytes() == before
    assert len(boxes.shown) == 1


def test_refused_key_shows_the_failing_row_in_red(qtbot, stub, ui_settings, demo_pc) -> None:
    window = open_keys(qtbot, stub.url, ui_settings)
    keys = window.keys
    keys.choose_program(demo_pc["RZ5"])
    keys.generate()
    assert keys.result_key == "" and not keys.key_text.isVisible()
    assert "Регистрационният ключ не може да бъде генериран" in keys.message.text()
    model = keys.comparison.view.model()
    failing = [r for r in range(model.rowCount()) if model.index(r, 3).data() == "✗"]
    assert [model.index(r, 0).data() for r in failing] == ["Модули"]  # DESIGN §8
    assert model.index(failing[0], 1).data(8) == QColor(FAIL_BACKGROUND)  # BackgroundRole
    # The printed page says in words that there is no key, and why.
    assert "не е генериран — вижте сравнението по-долу" in keys.document_html()
    hint = keys.comparison.hints.text()
    # Module 3 is switched on without a licence: order it or switch it off, not "renew".
    # Named: the one module, in the singular.
    assert "Модулът „Декларации към НАП“" in hint and "го изключете в програмата" in hint
    assert "абонамент" not in hint


def test_one_click_activate_from_this_pc(qtbot, fresh_stub, ui_settings, demo_pc,
                                         boxes) -> None:
    window = open_keys(qtbot, fresh_stub.url, ui_settings)
    window.show_section("this_pc")
    this_pc = window.this_pc
    this_pc.select_folder(demo_pc["SCH"])
    button = this_pc.activate_button
    assert button.text() == "Активирай ПАСОСС-Счетоводство"
    button.click()
    ini = (demo_pc["SCH"] / "PASOSS.INI").read_bytes()
    assert get_text(ini, "Registration", "RegistrationKey")
    assert "Ключът е записан" in boxes.shown[-1][0]


@pytest.mark.parametrize(
    ("os_error", "said"),
    [(OSError(errno.EBUSY, "busy"), "зает от друга програма"),
     (PermissionError(errno.EACCES, "denied"), "Нямате право да записвате в папката")],
)
def test_a_locked_or_read_only_ini_is_left_as_it_was_and_the_way_on_is_said(
    qtbot, fresh_stub, ui_settings, demo_pc, boxes, monkeypatch, os_error, said
) -> None:
    import pasoss_activator.core.account as account
    from pasoss_activator.core.atomic_write import explain_os_error

    def cannot_write(program, *_args, **_kwargs):
        raise explain_os_error(program.config_path, os_error)

    monkeypatch.setattr(account, "install_key", cannot_write)
    window = open_keys(qtbot, fresh_stub.url, ui_settings)
    ini = demo_pc["SCH"] / "PASOSS.INI"
    before = ini.read_bytes()
    program = next(f.program for f in window.this_pc.found if f.program.product_code == "SCH")
    window.keys.activate_program(program)
    assert ini.read_bytes() == before
    title, text = boxes.shown[-1]
    # Short (the file and the whole advice are behind „Подробности“), and says what to do.
    assert title == "Ключът не е записан" and said in text
    assert len(text) < 200 and str(ini) not in text
    assert str(ini) in boxes.details[-1] and "Служебни функции → Регистрация" in boxes.details[-1]
    # The key is on screen already, to copy and type in by hand.
    assert window.keys.copy_button.isVisible() and window.keys.result_key
    assert "„Фирми и години“ → Главно меню → Служебни функции → Регистрация" in (
        window.keys.message.text()
    )


def test_one_click_refusal_goes_to_the_table(qtbot, stub, ui_settings, demo_pc, boxes) -> None:
    window = open_keys(qtbot, stub.url, ui_settings)
    window.show_section("this_pc")
    program = next(f.program for f in window.this_pc.found if f.program.product_code == "RZ5")
    before = (demo_pc["RZ5"] / "PASOSS.INI").read_bytes()
    window.this_pc.activate_requested.emit(program)
    assert window.current_section() == "keys"
    assert [r.param for r in window.keys.comparison.rows() if not r.ok] == ["modules"]
    # The service was asked first: a refusal asks nobody to close the program or to
    # confirm a write that will not happen.
    assert boxes.shown == []
    assert (demo_pc["RZ5"] / "PASOSS.INI").read_bytes() == before
    # The advice is true in the situation: the one module switched on without a licence,
    # ordered or switched off, and nothing about renewing an active, paid subscription.
    hints = window.keys.comparison.hints.text()
    assert "„Декларации към НАП“" in hints and "изключете" in hints
    assert "Подновете" not in hints and "абонамент" not in hints


def test_one_click_asks_to_confirm_only_a_key_already_issued_and_verified(
    qtbot, fresh_stub, ui_settings, demo_pc, boxes
) -> None:
    window = open_keys(qtbot, fresh_stub.url, ui_settings)
    program = next(f.program for f in window.this_pc.found if f.program.product_code == "SCH")
    on_screen_when_asked: list[str] = []

    def answer(box):
        on_screen_when_asked.append(window.keys.result_key)
        boxes.shown.append((box.windowTitle(), box.text()))
        return None  # „Отказ“

    from pasoss_activator.ui import dialogs

    dialogs.set_answerer(answer)
    ini = demo_pc["SCH"] / "PASOSS.INI"
    before = ini.read_bytes()
    window.keys.activate_program(program)
    assert [title for title, _text in boxes.shown] == ["Запис на ключа"]
    assert "проверен" in boxes.shown[0][1] and str(program.config_path) in boxes.shown[0][1]
    key = on_screen_when_asked[0]
    assert key and RegistrationKey.parse(key).text == key
    assert ini.read_bytes() == before  # declined: nothing written
    assert "не е записан" in window.keys.message.text()
    assert window.keys.write_button.isVisible()


def test_print_to_pdf(qtbot, fresh_stub, ui_settings, demo_pc, tmp_path) -> None:
    window = open_keys(qtbot, fresh_stub.url, ui_settings)
    window.keys.choose_program(demo_pc["SCH"])
    window.keys.generate()
    html = window.keys.document_html()
    assert window.keys.result_key in html and "Сравнение на параметрите" in html
    pdf = save_pdf(html, tmp_path / "kluch.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_pdf_is_offered_under_the_programs_name_and_the_day(
    qtbot, fresh_stub, ui_settings, demo_pc, tmp_path, monkeypatch
) -> None:
    import datetime as dt

    from PySide6.QtWidgets import QFileDialog

    offered = []

    def save_as(_parent, _title, default, _filter):
        offered.append(default)
        return str(tmp_path / "kluch.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window = open_keys(qtbot, fresh_stub.url, ui_settings)
    window.keys.choose_program(demo_pc["SCH"])
    window.keys.generate()
    window.keys.pdf_button.click()
    assert offered[0].endswith(f"registracionen-kluch-SCH-{dt.date.today():%Y-%m-%d}.pdf")
    assert (tmp_path / "kluch.pdf").read_bytes().startswith(b"%PDF")
    assert str(tmp_path / "kluch.pdf") in window.keys.message.text()


def test_without_a_connection_offline_activation_is_offered(
    qtbot, _demo_database, tmp_path, ui_settings, demo_pc
) -> None:
    import shutil

    from pasoss_activator.core.account import Activator
    from pasoss_activator.core.service_client import make_session
    from pasoss_activator.core.settings import Settings
    from server_stub.testing import running_stub

    db = tmp_path / "stub.db"
    shutil.copyfile(_demo_database, db)
    http = make_session()
    with running_stub(db, demo_data=True) as stub:
        activator = Activator(stub.url, settings=Settings.load(), http=http)
        activator.login("demo@pasoss.example", "demo-parola-2026", remember=False)
    http.close()  # no kept-alive connection to the stopped service survives
    window = MainWindow(activator, ui_settings)  # logged in, then the network went away
    qtbot.addWidget(window)
    window.start()
    window.keys.choose_program(demo_pc["SCH"])
    window.keys.generate()
    said = window.keys.message.text()
    assert "„Активиране без интернет…“" in said
    assert "--request" not in said  # the command line's way means nothing in the window
    assert window.connection.text() == "● Без връзка"


def test_not_logged_in_says_what_to_do_in_the_window(qtbot, ui_settings, demo_pc) -> None:
    from pasoss_activator.core.account import Activator
    from pasoss_activator.core.settings import Settings

    window = MainWindow(Activator("http://127.0.0.1:1/api/v1", settings=Settings.load()),
                        ui_settings)
    qtbot.addWidget(window)
    window.start()
    window.keys.choose_program(demo_pc["SCH"])
    window.keys.generate()
    text = window.keys.message.text()
    assert "Изберете „Изход от профила“ и влезте отново" in text
    assert "pasoss-activator login" not in text


# --- the key page uses what it knows (issue 15, point 4) ------------------------------

LATIN_TO_CYRILLIC = str.maketrans("ABEKMHPCTX", "АВЕКМНРСТХ")


def test_the_key_page_starts_on_the_first_program_here_that_needs_a_key(
    qtbot, stub, ui_settings, demo_pc
) -> None:
    window = open_keys(qtbot, stub.url, ui_settings)
    keys = window.keys
    first = next(f.program for f in window.this_pc.found if f.status.value != "valid")
    chosen = keys.program_choice.currentData()
    assert chosen is not None and chosen.folder == first.folder
    assert keys.program_choice.currentText().startswith(first.display_name)
    assert keys.key_field.text() == first.installation_key_text
    assert keys.generate_button.isEnabled()  # one click to the key


def test_a_typed_key_of_a_program_here_is_offered_to_be_written(
    qtbot, fresh_stub, ui_settings, demo_pc, boxes
) -> None:
    window = open_keys(qtbot, fresh_stub.url, ui_settings)
    keys = window.keys
    keys.program_choice.setCurrentIndex(0)  # „— въвеждане на ключа на ръка —“
    keys.enter_key("")
    # Read over the phone and typed on a Bulgarian layout: Cyrillic look-alikes, spaces.
    keys.enter_key(SCH_KEY.translate(LATIN_TO_CYRILLIC).lower().replace("-", " "))
    assert keys.program_choice.currentText().startswith("ПАСОСС-Счетоводство")
    keys.generate_button.click()
    assert keys.write_button.isVisible() and keys.write_button.isEnabled()
    keys.write_button.click()
    written = get_text((demo_pc["SCH"] / "PASOSS.INI").read_bytes(), "Registration",
                       "RegistrationKey")
    assert written == keys.result_key


def test_the_printed_page_names_the_program_and_the_canonical_key(
    qtbot, fresh_stub, ui_settings
) -> None:
    window = open_keys(qtbot, fresh_stub.url, ui_settings)  # no program of this PC
    keys = window.keys
    typed = SCH_KEY.translate(LATIN_TO_CYRILLIC).lower().replace("-", " ")
    keys.enter_key(typed)
    keys.generate_button.click()
    html = keys.document_html()
    assert "Програма:</b></td><td>ПАСОСС-Счетоводство</td>" in html
    assert f"<tt>{SCH_KEY}</tt>" in html and typed not in html
