"""„Свържи се с поддръжката“ waits for a key staff send into the session (issue 14): the
client sees it verified, and only „Запиши в програмата“ writes it — against the real stub,
with staff sending through the core as the command line's ``support send`` does."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from pasoss_activator.core.account import Activator
from pasoss_activator.core.dates import today_sofia
from pasoss_activator.core.demo_programs import demo_keys
from pasoss_activator.core.diagnostics import LICENCES_SERVICE, licences_source_of
from pasoss_activator.core.errors import NotFound
from pasoss_activator.core.products import Product
from pasoss_activator.core.registration_key import RegistrationKey, Status
from pasoss_activator.core.settings import Settings
from pasoss_activator.core.support import fetch_session
from pasoss_activator.core.trust import TrustStore
from pasoss_activator.ui import worker
from pasoss_activator.ui.diagnostics_dialog import DiagnosticsDialog
from pasoss_activator.ui.support_dialog import SupportCodeDialog
from server_stub.demo import STAFF_EMAIL, STAFF_PASSWORD
from server_stub.testing import running_stub

from .conftest import logged_in, open_window

POLL_MS = 20  # the dialog's pace, injected: the tests wait on polls, never on the clock
SCH = demo_keys()[Product.SCH]


def waiting_dialog(qtbot, url: str) -> SupportCodeDialog:
    dialog = SupportCodeDialog(logged_in(url), poll_ms=POLL_MS)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    assert dialog.code is not None
    assert dialog.offers.waiting.isVisible()
    assert dialog.offers.waiting.label.text() == "Служителят преглежда отчета…"
    return dialog


def code_of(dialog: SupportCodeDialog) -> str:
    assert dialog.code is not None
    return dialog.code.code


def staff(url: str) -> Activator:
    return logged_in(url, STAFF_EMAIL, STAFF_PASSWORD)


def sch_ini(demo_pc: dict[str, Path]) -> Path:
    return demo_pc["SCH"] / "PASOSS.INI"


def wait_for_polls(qtbot, dialog: SupportCodeDialog, more: int = 3) -> None:
    """Let the dialog look at the session ``more`` times again."""
    target = dialog.offers.polls + more
    qtbot.waitUntil(lambda: dialog.offers.polls >= target, timeout=10000)


def wait_for_offer(qtbot, dialog: SupportCodeDialog) -> None:
    qtbot.waitUntil(dialog.offers.offer_box.isVisible, timeout=10000)


def test_an_offer_arrives_verified_and_nothing_is_written_until_the_click(
    qtbot, fresh_stub, demo_pc
) -> None:
    dialog = waiting_dialog(qtbot, fresh_stub.url)
    before = sch_ini(demo_pc).read_bytes()
    wait_for_polls(qtbot, dialog)  # an unchanged session: the wait goes on, nothing shown
    assert not dialog.offers.offer_box.isVisible()

    offer = staff(fresh_stub.url).send_offer(code_of(dialog), SCH.text)
    wait_for_offer(qtbot, dialog)

    panel = dialog.offers
    assert panel.offer_title.text() == (
        "<b>Поддръжката изпрати регистрационен ключ за ПАСОСС-Счетоводство.</b>"
    )
    details = panel.offer_details.text()
    assert "Ключът е проверен: издаден е от ПАСОСС за инсталационния ключ на тази програма" in (
        details
    )
    assert "версия 230704.0" in details
    assert panel.offer_key.text() == offer.registration_key
    assert not panel.waiting.isVisible()
    assert panel.write_button.text() == "Запиши в програмата"
    assert panel.decline_button.text() == "Откажи"
    wait_for_polls(qtbot, dialog)  # shown and still polling: still not written
    assert sch_ini(demo_pc).read_bytes() == before


def test_write_puts_a_verifying_key_into_the_program(qtbot, fresh_stub, demo_pc) -> None:
    dialog = waiting_dialog(qtbot, fresh_stub.url)
    offer = staff(fresh_stub.url).send_offer(code_of(dialog), SCH.text)
    wait_for_offer(qtbot, dialog)

    with qtbot.waitSignal(dialog.key_written, timeout=10000) as written:
        dialog.offers.write_button.click()

    assert offer.registration_key.encode("ascii") in sch_ini(demo_pc).read_bytes()
    key = RegistrationKey.parse(offer.registration_key)
    key.verify(SCH, TrustStore.load(), demo_allowed=True, today=today_sofia())
    assert written.args[0].config_path == sch_ini(demo_pc)
    assert not dialog.offers.offer_box.isVisible()
    assert dialog.offers.status.text().startswith("Ключът е записан в ПАСОСС-Счетоводство")
    assert dialog.offers.is_waiting  # a key for another program may still come


def test_decline_leaves_the_program_and_the_wait_goes_on(qtbot, fresh_stub, demo_pc) -> None:
    dialog = waiting_dialog(qtbot, fresh_stub.url)
    before = sch_ini(demo_pc).read_bytes()
    sender = staff(fresh_stub.url)
    sender.send_offer(code_of(dialog), SCH.text)
    wait_for_offer(qtbot, dialog)

    dialog.offers.decline_button.click()

    assert not dialog.offers.offer_box.isVisible()
    assert dialog.offers.status.text().startswith("Ключът не е записан.")
    wait_for_polls(qtbot, dialog)
    assert sch_ini(demo_pc).read_bytes() == before
    assert not dialog.offers.offer_box.isVisible()  # the declined one does not come back
    again = sender.send_offer(code_of(dialog), SCH.text)  # staff send it again
    wait_for_offer(qtbot, dialog)
    assert dialog.offers.offer_key.text() == again.registration_key


def test_a_key_for_no_program_here_is_said_plainly_and_the_wait_goes_on(
    qtbot, fresh_stub, demo_pc
) -> None:
    dialog = waiting_dialog(qtbot, fresh_stub.url)
    before = sch_ini(demo_pc).read_bytes()
    elsewhere = dataclasses.replace(SCH, workstation_id=b"\x12\x34\x56\x78")  # another PC
    staff(fresh_stub.url).send_offer(code_of(dialog), elsewhere.text)

    qtbot.waitUntil(dialog.offers.status.isVisible, timeout=10000)
    said = dialog.offers.status.text()
    assert said.startswith(
        "Поддръжката изпрати ключ за ПАСОСС-Счетоводство, но той не може да бъде записан:"
    )
    assert "не е за никоя от програмите на този компютър" in said
    assert said.endswith("Кажете това на служителя. Чакаме друг ключ…")
    assert not dialog.offers.offer_box.isVisible()
    wait_for_polls(qtbot, dialog)
    assert dialog.offers.is_waiting
    assert sch_ini(demo_pc).read_bytes() == before


def test_closing_the_dialog_ends_the_session_and_the_wait(qtbot, fresh_stub, demo_pc) -> None:
    dialog = waiting_dialog(qtbot, fresh_stub.url)
    code = code_of(dialog)
    sender = staff(fresh_stub.url)
    assert fetch_session(sender, code)["code"] == code

    dialog.reject()

    assert not dialog.offers.timer.isActive() and not dialog.offers.is_waiting
    with pytest.raises(NotFound):
        fetch_session(sender, code)  # the code stopped working on the service
    with pytest.raises(NotFound):
        sender.send_offer(code, SCH.text)  # no key is issued into a session nobody waits on


def assert_ended(url: str, code: str) -> None:
    sender = staff(url)
    with pytest.raises(NotFound):
        fetch_session(sender, code)
    with pytest.raises(NotFound):
        sender.send_offer(code, SCH.text)


def test_every_way_of_closing_the_dialog_ends_the_session(qtbot, fresh_stub, demo_pc) -> None:
    """Esc, the title bar's ✕ (a close event) and „Затвори“ each end it."""
    for close in (
        lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape),
        lambda d: d.close(),
        lambda d: next(b for b in d.findChildren(QPushButton) if b.text() == "Затвори").click(),
    ):
        dialog = waiting_dialog(qtbot, fresh_stub.url)
        code = code_of(dialog)

        close(dialog)

        assert not dialog.isVisible() and not dialog.offers.is_waiting
        assert_ended(fresh_stub.url, code)


def test_leaving_the_program_with_the_dialog_open_ends_the_session(
    qtbot, fresh_stub, ui_settings, demo_pc
) -> None:
    """The dialog is not closed itself when the program ends under it (Windows ending the
    user's session quits the application; the window closed by the program does too, as it
    is the last one): the application's aboutToQuit ends it, and the program waits for
    the worker before it exits."""
    window = open_window(qtbot, fresh_stub.url, ui_settings)
    dialog = window.help.open_support()
    code = code_of(dialog)

    QApplication.instance().aboutToQuit.emit()

    assert not dialog.offers.is_waiting
    assert_ended(fresh_stub.url, code)


def test_a_session_expiring_while_waiting_is_said_with_what_to_do(
    qtbot, fresh_stub, demo_pc
) -> None:
    dialog = waiting_dialog(qtbot, fresh_stub.url)
    first = code_of(dialog)

    fresh_stub.clock.advance(minutes=31)  # the service's clock: the code is 30 minutes

    qtbot.waitUntil(lambda: not dialog.offers.is_waiting, timeout=10000)
    assert dialog.instruction.text() == (
        "Сесията за поддръжка приключи: кодът вече не е валиден. Ако поддръжката още не Ви е "
        "изпратила ключ, натиснете „Нов код“ и кажете новия код на служителя."
    )
    assert "#9e9e9e" in dialog.code_label.styleSheet()
    assert not dialog.offers.waiting.isVisible() and not dialog.offers.timer.isActive()
    assert dialog.new_button.isVisible() and dialog.new_button.text() == "Нов код"

    dialog.new_button.click()

    assert dialog.offers.is_waiting and code_of(dialog) != first
    assert "#9e9e9e" not in dialog.code_label.styleSheet()


def test_retry_after_the_connection_comes_back_sends_a_fresh_report(
    qtbot, fresh_stub, demo_pc
) -> None:
    """Diagnostics taken offline, „Опитай отново“ once the service is back: support gets
    what is true now, not the report that said there was no connection."""
    activator = Activator(fresh_stub.url, settings=Settings.load(), retries=0)
    activator.login("demo@pasoss.example", "demo-parola-2026", remember=False)
    port = int(fresh_stub.url.split(":")[2].split("/")[0])
    fresh_stub.stop()
    activator.client.session.close()
    diagnostics = DiagnosticsDialog(activator)
    qtbot.addWidget(diagnostics)
    diagnostics.start()
    assert diagnostics.report is not None
    assert diagnostics.report["service"]["network"]["tcp"]["ok"] is False
    dialog = diagnostics.contact_support()
    assert dialog.message.text().startswith("Няма връзка с услугата на ПАСОСС")

    with running_stub(fresh_stub.db_path, demo_data=True, port=port):
        dialog.new_button.click()  # „Опитай отново“
        assert dialog.code is not None
        shown = fetch_session(staff(fresh_stub.url), dialog.code.code)
        sent = shown["diagnostics"]
        assert sent["service"]["network"]["tcp"]["ok"] is True
        # The licences were read from the service this time, not "could not be checked".
        assert licences_source_of(diagnostics.report) != LICENCES_SERVICE
        assert licences_source_of(sent) == LICENCES_SERVICE
        dialog.reject()


def test_a_key_written_from_the_help_menu_shows_in_the_window(
    qtbot, fresh_stub, ui_settings, demo_pc
) -> None:
    window = open_window(qtbot, fresh_stub.url, ui_settings)
    sch = next(f for f in window.this_pc.found if f.program.product_code.upper() == "SCH")
    assert sch.status != Status.VALID
    dialog = window.help.open_support()
    offer = staff(fresh_stub.url).send_offer(code_of(dialog), SCH.text)
    dialog.offers.poll()  # the worker runs at once here: no need to wait for the timer
    assert dialog.offers.offer_box.isVisible()

    dialog.offers.write_button.click()

    sch = next(f for f in window.this_pc.found if f.program.product_code.upper() == "SCH")
    assert sch.status == Status.VALID  # „Този компютър“ read the programs again
    assert sch.program.registration_key_text == offer.registration_key
    dialog.reject()


def test_a_connection_lost_while_waiting_is_said_and_the_key_after_it_still_comes(
    qtbot, fresh_stub, demo_pc
) -> None:
    activator = Activator(fresh_stub.url, settings=Settings.load(), retries=0)
    activator.login("demo@pasoss.example", "demo-parola-2026", remember=False)
    dialog = SupportCodeDialog(activator, poll_ms=POLL_MS)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    port = int(fresh_stub.url.split(":")[2].split("/")[0])
    fresh_stub.stop()
    activator.client.session.close()

    qtbot.waitUntil(dialog.offers.status.isVisible, timeout=10000)
    assert dialog.offers.status.text() == (
        "Връзката с услугата на ПАСОСС прекъсна. Опитваме отново…"
    )
    assert dialog.offers.is_waiting

    with running_stub(fresh_stub.db_path, demo_data=True, port=port) as back:
        offer = staff(back.url).send_offer(code_of(dialog), SCH.text)
        wait_for_offer(qtbot, dialog)
        assert dialog.offers.offer_key.text() == offer.registration_key
        assert not dialog.offers.status.isVisible()  # the connection is back: not said
        dialog.reject()


def test_the_wait_runs_on_the_worker_threads_as_in_the_app(qtbot, fresh_stub, demo_pc) -> None:
    """Polls and the verification off the GUI thread, results delivered back to it."""
    worker.set_synchronous(False)
    dialog = SupportCodeDialog(logged_in(fresh_stub.url), poll_ms=POLL_MS)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.offers.is_waiting, timeout=10000)
    wait_for_polls(qtbot, dialog)

    offer = staff(fresh_stub.url).send_offer(code_of(dialog), SCH.text)

    wait_for_offer(qtbot, dialog)
    assert dialog.offers.offer_key.text() == offer.registration_key
    dialog.reject()
    assert worker.wait_for_all(10000)
    assert not dialog.offers.timer.isActive()
