"""„Поддръжка“, the staff's console (issue 14), against the real stub: a client opens a
support session through the core API, a staff member opens it by its code and sends keys."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from pasoss_activator.core.diagnostics import build_report
from pasoss_activator.ui import worker
from pasoss_activator.ui.client_session_tab import ClientSessionTab
from pasoss_activator.ui.main_window import MainWindow
from pasoss_activator.ui.sections import SECTIONS, sections_for
from pasoss_activator.ui.session import Session
from pasoss_activator.ui.support_console import SupportConsole
from server_stub.demo import STAFF_EMAIL, STAFF_PASSWORD

from .conftest import logged_in

CLIENT_IDS = ["news", "profile", "licences", "keys", "contracts", "this_pc"]


def staff(url: str) -> Any:
    return logged_in(url, STAFF_EMAIL, STAFF_PASSWORD)


def client_code(url: str, report: dict[str, Any] | None = None) -> tuple[Any, str]:
    """The demo client on the phone: its activator and the code it reads out, spaced."""
    client = logged_in(url)
    support = client.start_support(report)
    return client, support.spaced


def console(qtbot, activator: Any) -> SupportConsole:
    widget = SupportConsole(Session(activator))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def opened(widget: SupportConsole, code: str) -> ClientSessionTab:
    widget.code.setText(code)
    widget.open_button.click()
    tab = widget.tabs.currentWidget()
    assert isinstance(tab, ClientSessionTab), widget.message.text()
    return tab


def shown_cells(table: Any) -> dict[str, str]:
    """What the comparison table shows, by parameter: its cells in one line."""
    model = table.model
    return {
        row.param: " | ".join(str(model.index(r, c).data()) for c in range(model.columnCount()))
        for r, row in enumerate(table.rows())
    }


# --- the rule: which sections a role is offered ----------------------------------------


def test_staff_are_offered_only_the_console_and_everyone_else_the_client_sections() -> None:
    assert [s.id for s in sections_for("staff")] == ["support"]
    assert [s.id for s in sections_for("client")] == CLIENT_IDS
    # Not known yet (the window is built during the login) or a role this version does
    # not know: a client's sections, never the console that reads other clients' reports.
    assert [s.id for s in sections_for(None)] == CLIENT_IDS
    assert [s.id for s in sections_for("auditor")] == CLIENT_IDS
    assert {s.id for s in SECTIONS} == {*CLIENT_IDS, "support"}
    for role in ("client", "staff"):  # shortcuts may repeat across roles, never within one
        shortcuts = [s.shortcut for s in sections_for(role)]
        assert len(set(shortcuts)) == len(shortcuts)


def test_a_staff_login_shows_only_the_support_section(qtbot, stub, ui_settings) -> None:
    window = MainWindow(staff(stub.url), ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.start()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Поддръжка"]
    assert window.current_section() == "support"
    assert window.stack.currentWidget() is window.support
    assert not window.offline_action.isVisible()
    sections_menu = window.menuBar().actions()[0].menu()  # „Раздели“: the same sections
    assert [a.text() for a in sections_menu.actions() if a.isVisible()] == ["Поддръжка"]
    assert set(window.stack.built) == {"support"}  # no client section is built for staff


def test_the_window_built_during_the_login_turns_into_the_console(
    qtbot, stub, ui_settings
) -> None:
    ui_settings.settings.ui["last_section"] = "contracts"  # a client used this PC before
    window = MainWindow(None, ui_settings)  # as WindowInAdvance builds it
    qtbot.addWidget(window)
    assert window.nav.count() == len(CLIENT_IDS)
    window.attach(staff(stub.url))
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == ["Поддръжка"]
    assert window.current_section() == "support"
    window.close()
    assert ui_settings.last_section == "support"
    # The next client on this PC gets its first section, not a section it is not offered.
    client_window = MainWindow(logged_in(stub.url), ui_settings)
    qtbot.addWidget(client_window)
    assert client_window.current_section() == "news"


# --- opening a code -------------------------------------------------------------------


def test_a_code_read_out_with_a_space_opens_the_clients_report(
    qtbot, fresh_stub, demo_pc
) -> None:
    # Its own stub: what changed and the seats taken are those of the demo's first state
    # (other tests register the new PC on the shared one).
    _client, code = client_code(fresh_stub.url)
    widget = console(qtbot, staff(fresh_stub.url))
    tab = opened(widget, code)
    assert tab.client.text() == "„Демо Счетоводство“ ЕООД"
    assert "Клиентски номер 1001" in tab.who.text()
    assert widget.tabs.tabText(widget.tabs.currentIndex()).endswith(code)
    # „Какво не е наред“ first, then the programs with their status and what changed.
    assert "ПАСОСС-Счетоводство: Няма ключ" in tab.problems.text()
    assert set(tab.panels) == {"SCH", "RZ5"}
    sch = tab.panel("SCH")
    assert sch.title() == "ПАСОСС-Счетоводство"
    assert "Състояние: Няма ключ" in sch.status.text()
    assert "нова работна станция" in sch.what_changed.text()
    # The comparison read from the report, said to be that: nothing issued yet.
    assert "ключ още не е издаден" in sch.caption.text()
    rows = {row.param: row for row in sch.table.rows()}
    assert rows["version"].ok and rows["modules"].ok
    assert "заето 1 от 3 места" in shown_cells(sch.table)["workstation"]
    rz5 = tab.panel("RZ5")
    assert not {row.param: row for row in rz5.table.rows()}["modules"].ok
    assert "Декларации към НАП" in shown_cells(rz5.table)["modules"]


def test_wrong_expired_and_mistyped_codes_are_said_plainly(qtbot, stub) -> None:
    widget = console(qtbot, staff(stub.url))
    widget.code.setText("26 3945 7")
    widget.open_button.click()
    assert "не е код за поддръжка" in widget.message.text()
    assert "6 цифри" in widget.message.text()
    widget.code.setText("000 000")
    widget.open_button.click()
    assert "Няма отчет с код 000 000" in widget.message.text()
    assert "изтекъл" in widget.message.text()
    assert widget.tabs.count() == 0
    assert widget.empty.isVisible()


def test_a_client_account_is_told_it_is_not_staff(qtbot, stub, demo_pc) -> None:
    client, code = client_code(stub.url)
    widget = console(qtbot, client)
    widget.code.setText(code)
    widget.open_button.click()
    assert "не е на служител на ПАСОСС" in widget.message.text()
    assert widget.tabs.count() == 0


# --- sending keys ---------------------------------------------------------------------


def test_send_key_for_sch_issues_it_into_the_clients_session(qtbot, stub, demo_pc) -> None:
    client, code = client_code(stub.url)
    tab = opened(console(qtbot, staff(stub.url)), code)
    sch = tab.panel("SCH")
    sch.send_button.click()
    assert sch.offer is not None, sch.result.text()
    assert "Ключът е издаден и изпратен на клиента" in sch.result.text()
    assert sch.key.isVisible() and sch.key.toPlainText() == sch.offer.registration_key
    assert "Отговор на услугата: ключът е издаден" in sch.caption.text()
    assert all(row.ok for row in sch.table.rows())
    # The client's activator finds it in its session.
    page = client.support_offers(code)
    assert [offer.registration_key for offer in page.offers] == [sch.offer.registration_key]
    # A colleague on the same call opens the code: the key is said to be sent, masked.
    colleague = opened(console(qtbot, staff(stub.url)), code)
    already = colleague.panel("SCH").already
    assert already.isVisible() and "вече е изпратен" in already.text()
    key = sch.offer.registration_key.replace("-", "")
    assert key[:6] in already.text() and key[-6:] in already.text()
    shown = "".join(label.text() for label in colleague.findChildren(QLabel)).replace("-", "")
    assert key not in shown
    assert not colleague.panel("RZ5").already.isVisible()


def test_send_key_for_rz5_shows_the_refusal_row_by_row_with_what_to_tell_the_client(
    qtbot, stub, demo_pc
) -> None:
    client, code = client_code(stub.url)
    tab = opened(console(qtbot, staff(stub.url)), code)
    rz5 = tab.panel("RZ5")
    rz5.send_button.click()
    assert rz5.offer is None
    failing = [row.param for row in rz5.refusal if not row.ok]
    assert failing == ["modules"]
    assert [row.param for row in rz5.table.rows()] == [row.param for row in rz5.refusal]
    assert "ключ не е издаден" in rz5.caption.text()
    tell = rz5.tell.text()
    assert tell.startswith("Кажете на клиента:")
    assert "„Декларации към НАП“" in tell and "Поръчайте го" in tell and "изключете" in tell
    assert not rz5.key.isVisible()
    assert client.support_offers(code).offers == []  # a refusal stores nothing


# --- client text, tabs ----------------------------------------------------------------


def test_hostile_text_in_a_report_is_shown_visible_and_never_obeyed(
    qtbot, stub, demo_pc
) -> None:
    client = logged_in(stub.url)
    report = build_report(client)
    hostile = "Evil\x1b]52;c;ZXZpbA==\x07 \u202etxt.exe\nФалшив ред"
    report["programs"][0]["name"] = hostile
    report["problems"] = ["<b>удебелено</b> <img src='http://example.invalid/x'>\x1b[2J\x9b"]
    # A hostile PC does not run our redaction: it posts what it likes, straight to the service.
    reply = client.client.request("POST", "/support/sessions", {"diagnostics": report})
    code = str(reply.data["code"])
    tab = opened(console(qtbot, staff(stub.url)), code)
    title = tab.panel(report["programs"][0]["fields"]["product"]).title()
    assert title == "Evil\\x1b]52;c;ZXZpbA==\\x07 \\u202etxt.exe\\x0aФалшив ред"
    texts = [label.text() for label in tab.findChildren(QLabel)]
    shown = "".join(texts) + title
    assert not any(ch in shown for ch in "\x1b\x07\x9b\u202e")
    assert "\\x1b[2J\\x9b" in tab.problems.text()
    # Markup is text: every label of the tab shows plain text, so no image is fetched.
    assert "<b>удебелено</b>" in tab.problems.text()
    assert all(label.textFormat() == Qt.TextFormat.PlainText
               for label in tab.findChildren(QLabel) if "<" in label.text())


def test_several_clients_stay_open_in_tabs_that_close(qtbot, fresh_stub, demo_pc) -> None:
    _first, one = client_code(fresh_stub.url)
    _second, two = client_code(fresh_stub.url)
    widget = console(qtbot, staff(fresh_stub.url))
    first, second = opened(widget, one), opened(widget, two)
    assert widget.tabs.count() == 2 and widget.tabs.currentWidget() is second
    assert widget.tabs.tabsClosable()
    widget.code.setText(one.replace(" ", ""))  # the same client again: its tab, not a new one
    widget.open_button.click()
    assert widget.tabs.count() == 2 and widget.tabs.currentWidget() is first
    widget.tabs.tabCloseRequested.emit(0)
    assert widget.open_tabs() == [second]
    widget.tabs.tabCloseRequested.emit(0)
    assert widget.tabs.count() == 0 and widget.empty.isVisible()


def test_the_report_is_fetched_off_the_gui_thread(qtbot, stub, demo_pc) -> None:
    """With the real worker: the window stays responsive (the button is disabled while the
    service answers) and the tab arrives through the event loop."""
    _client, code = client_code(stub.url)
    widget = console(qtbot, staff(stub.url))
    worker.set_synchronous(False)
    try:
        widget.code.setText(code)
        widget.open_button.click()
        assert widget.tabs.count() == 0 and not widget.open_button.isEnabled()
        qtbot.waitUntil(lambda: widget.tabs.count() == 1, timeout=10000)
        assert widget.open_button.isEnabled()
        assert isinstance(widget.tabs.currentWidget(), ClientSessionTab)
    finally:
        worker.wait_for_all()
        worker.set_synchronous(True)
