"""The main window's sections filled from the real stub: what the accountant sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pasoss_activator.ui.main_window import MainWindow
from pasoss_activator.ui.table_model import Column, RecordTableModel, make_table_view

from .conftest import logged_in, open_window

# Shown first (what an accountant reads), then the rest of the panel's columns, which are
# copied and exported but shown in the details of the selected row instead of the table.
LICENCE_COLUMNS = [
    "Програма", "Компютър", "Версия", "Дата на ключа", "Регистрационен ключ", "Вид обслужване",
    "Вид инсталация", "Работни места", "Инсталационен ключ",
]
CONTRACT_COLUMNS = [
    "Година", "Тип на документа", "Вид абонамент", "Месечна цена", "Дата на сключване", "Статус",
]


def headers(view) -> list[str]:
    model = view.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def cells(view) -> list[list[str]]:
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_sections_have_the_panels_names(qtbot, stub, ui_settings, demo_pc) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names == ["Новини", "Профил", "Програми и информация", "Генериране на ключове",
                     "Договори", "На този компютър"]
    assert window.nav.accessibleName() == "Раздели"


def test_news_are_articles_newest_first(qtbot, stub, ui_settings, demo_pc) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    dates = [n.published_on for n in window.news.items]
    assert len(dates) >= 2 and dates == sorted(dates, reverse=True)
    first = window.news.items[0]
    assert first.title in window.news.article.toPlainText()
    window.news.list.setCurrentRow(1)
    assert window.news.items[1].title in window.news.article.toPlainText()


def test_the_selected_news_title_is_readable(qtbot, stub, ui_settings, demo_pc) -> None:
    """The selected item is drawn with a contrasting text colour, not white on white."""
    window = open_window(qtbot, stub.url, ui_settings)
    window.show_section("news")
    news = window.news.list
    news.setCurrentRow(0)
    image = news.viewport().grab(news.visualItemRect(news.item(0))).toImage()
    lightness = {
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), 2)
        for y in range(image.height())
    }
    assert max(lightness) - min(lightness) > 120  # text stands out from its background


def test_profile_shows_the_company(qtbot, stub, ui_settings, demo_pc) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    assert "Демо Счетоводство" in window.profile.values["company"].text()
    assert window.profile.values["email"].text() == "demo@pasoss.example"
    assert window.profile.values["customer_number"].text() == "1001"


def test_programs_table_has_the_panels_columns(qtbot, stub, ui_settings, demo_pc) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    view = window.licences.view
    assert headers(view) == LICENCE_COLUMNS
    rows = cells(view)
    programs = {r[0] for r in rows}
    assert programs == {"ПАСОСС-Счетоводство", "ПАСОСС-Работни заплати 5"}
    assert [view.isColumnHidden(c) for c in range(len(LICENCE_COLUMNS))] == [False] * 6 + [True] * 3
    sch = next(r for r in rows if r[0] == "ПАСОСС-Счетоводство" and r[8])
    assert sch[6] == "Мрежова – сървър" and sch[7] == "3" and sch[5] == "Абонамент ВИП"
    assert sch[2] == "221115.0" and sch[1] == "друг компютър"  # the old PC's installation


def test_contracts_table_and_csv_export_for_excel(qtbot, stub, ui_settings, demo_pc,
                                                  tmp_path) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    view = window.contracts.view
    assert headers(view) == CONTRACT_COLUMNS
    rows = cells(view)
    assert [r[0] for r in rows][:1] == [max(r[0] for r in rows)]
    assert any(r[3].endswith("лв.") for r in rows) and any(r[3].endswith("€") for r in rows)
    target = tmp_path / "dogovori.csv"
    window.contracts.export_to(target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for Cyrillic
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == ";".join(CONTRACT_COLUMNS)
    assert len(lines) == len(rows) + 1


def test_tables_sort_by_value_and_copy(qtbot, stub, ui_settings, demo_pc) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    view = window.contracts.view
    view.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # monthly price, as numbers
    view.selectRow(0)
    window.contracts.copy_button.click()
    copied = QApplication.clipboard().text()
    assert copied.count("\t") == len(CONTRACT_COLUMNS) - 1
    assert copied.split("\t")[3] == cells(view)[0][3]
    prices = [r[3] for r in cells(view)]
    window.contracts.filter.setText("€")  # the search box keeps the sort
    assert [r[3] for r in cells(view)] == [p for p in prices if "€" in p] != []


def test_ten_thousand_rows_are_a_plain_model(qtbot) -> None:
    model = RecordTableModel([Column("N", lambda r: str(r["n"]), lambda r: r["n"])])
    view = make_table_view(model, "test")
    qtbot.addWidget(view)
    model.set_records([{"n": n} for n in range(10_000)])
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert view.model().rowCount() == 10_000
    assert view.model().index(0, 0).data() == "9999"  # numeric, not text, order


def test_search_box_filters_the_sorted_table_and_export_follows(qtbot, tmp_path) -> None:
    model = RecordTableModel([
        Column("Име", lambda r: r["name"]),
        Column("Цена", lambda r: f"{r['price']},00 лв.", lambda r: r["price"]),
    ])
    view = make_table_view(model, "test")
    qtbot.addWidget(view)
    model.set_records([{"name": n, "price": p} for n, p in
                       [("Склад", 30), ("Счетоводство", 120), ("СЧЕТОВОДСТВО Lite", 9),
                        ("Заплати", 45)]])
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    model.set_filter("счет")  # what the search box does; any case matches
    assert cells(view) == [["Счетоводство", "120,00 лв."], ["СЧЕТОВОДСТВО Lite", "9,00 лв."]]
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [r[0] for r in cells(view)] == ["СЧЕТОВОДСТВО Lite", "Счетоводство"]
    target = tmp_path / "t.csv"
    from pasoss_activator.ui.table_model import export_csv

    export_csv(view, target)
    assert target.read_text("utf-8-sig").splitlines()[1:] == [
        "СЧЕТОВОДСТВО Lite;9,00 лв.", "Счетоводство;120,00 лв."]
    model.set_filter("")
    assert [r[0] for r in cells(view)] == ["СЧЕТОВОДСТВО Lite", "Склад", "Заплати", "Счетоводство"]


def test_the_selected_row_stays_selected_when_sorted(qtbot) -> None:
    model = RecordTableModel([Column("N", lambda r: str(r["n"]), lambda r: r["n"])])
    view = make_table_view(model, "test")
    qtbot.addWidget(view)
    model.set_records([{"n": n} for n in range(20)])
    view.selectRow(3)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    selected = view.selectionModel().selectedRows()
    assert [i.data() for i in selected] == ["3"] and selected[0].row() == 16
    view.selectionModel().clearSelection()
    view.selectRow(0)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    from pasoss_activator.ui.table_model import selected_text

    assert selected_text(view) == "19"


def test_this_pc_lists_the_demo_programs_with_status(qtbot, stub, ui_settings, demo_pc) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    rows = cells(window.this_pc.view)
    assert {r[0] for r in rows} == {"ПАСОСС-Счетоводство", "ПАСОСС-Работни заплати 5"}
    assert all(r[2] == "Няма ключ" for r in rows)
    assert not window.this_pc.empty.isVisible()


def test_this_pc_says_it_is_searching_until_the_search_answers(
    qtbot, stub, ui_settings, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("PASOSS_PROGRAMS", str(tmp_path / "no-programs-here"))
    ui_settings.last_section = "this_pc"
    window = MainWindow(logged_in(stub.url), ui_settings)
    qtbot.addWidget(window)
    window.show()
    # Before the search: not "no programs found", which sends people looking for a folder.
    assert window.this_pc.empty.text() == "Търсене на програмите на ПАСОСС на този компютър…"
    window.refresh_programs()  # answers at once (synchronous worker): nothing found
    assert window.this_pc.empty.text().startswith(
        "На този компютър не са открити програми на ПАСОСС.")
    assert window.this_pc.empty.isVisible()


def test_status_bar_and_f5(qtbot, stub, ui_settings, demo_pc) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    assert "demo@pasoss.example" in window.who.text()
    assert window.connection.text() == "● Свързан"
    assert window.last_sync.text().startswith("Последна синхронизация: ")
    assert window.refresh_action.shortcut().toString() == "F5"
    assert not window.banner.isVisible()


def test_an_expired_session_is_said_in_the_banner_until_the_next_sync(
    qtbot, stub, ui_settings, demo_pc
) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    window.activator.logout()  # the session is gone, as after it expires on the service
    window.refresh()
    assert window.banner.isVisible()
    assert "Изход от профила" in window.banner.text() and "Няма връзка" not in window.banner.text()
    assert window.connection.text() == "● Свързан"
    window.statusBar().clearMessage()  # a mouse-over in the tool bar does this
    assert window.banner.isVisible()
    window.activator.login("demo@pasoss.example", "demo-parola-2026", remember=False)
    window.refresh()
    assert not window.banner.isVisible()


def test_f5_during_the_periodic_sync_does_not_start_a_second_one(
    qtbot, stub, ui_settings, demo_pc
) -> None:
    import threading

    from pasoss_activator.ui import worker

    window = open_window(qtbot, stub.url, ui_settings)
    real_sync, release, calls = window.activator.sync, threading.Event(), []

    def slow_sync():
        calls.append(1)
        release.wait(10)
        return real_sync()

    window.activator.sync = slow_sync
    worker.set_synchronous(False)
    window.sync_timer.timeout.emit()  # the periodic sync starts …
    qtbot.keyClick(window, Qt.Key.Key_F5)  # … and the user presses F5 meanwhile
    window.refresh_action.trigger()
    assert not window.refresh_action.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: not window.syncing, timeout=10000)
    assert worker.wait_for_all()
    assert len(calls) == 1 and window.refresh_action.isEnabled()


def test_window_remembers_its_size_and_section(qtbot, stub, ui_settings, demo_pc) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    window.resize(700, 500)
    window.show_section("contracts")
    window.close()
    from pasoss_activator.core.settings import Settings
    from pasoss_activator.ui.ui_settings import UiSettings

    again = MainWindow(logged_in(stub.url), UiSettings(Settings.load()))
    qtbot.addWidget(again)
    assert again.current_section() == "contracts"
    assert (again.width(), again.height()) == (700, 500)


def test_sections_open_from_the_keyboard(qtbot, stub, ui_settings, demo_pc) -> None:
    window = open_window(qtbot, stub.url, ui_settings)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window.nav, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "contracts"
    assert window.stack.currentWidget() is window.contracts


def test_a_hidden_section_is_built_when_first_shown_with_what_came_meanwhile(
    qtbot, stub, ui_settings, demo_pc
) -> None:
    """The window builds only the section on screen; the account and the programs found
    reach a hidden section when it is first shown (logging in builds one section, not
    six), each section in its place of the list."""
    ui_settings.last_section = "contracts"
    window = MainWindow(logged_in(stub.url), ui_settings)
    qtbot.addWidget(window)
    assert set(window.stack.built) == {"contracts"}
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    window.start()
    qtbot.waitUntil(lambda: window.data is not None and window.contracts.view.model()
                    .rowCount() > 0, timeout=10000)
    qtbot.waitUntil(lambda: not window.syncing, timeout=10000)
    # The account and the programs came; only what was on screen is built (the window may
    # have moved to „На този компютър“ for a program without a key).
    shown = {"contracts", window.current_section()}
    assert set(window.stack.built) == shown
    assert not {"news", "profile", "licences", "keys"} & shown

    window.show_section("licences")
    assert set(window.stack.built) == shown | {"licences"}
    from pasoss_activator.ui.table_sections import LicencesSection

    fed_at_once = LicencesSection()  # what the section shows when given the data directly
    qtbot.addWidget(fed_at_once)
    fed_at_once.show_data(window.data)
    fed_at_once.set_workstations_here({  # and the programs found, as the window gives them
        f.program.installation_key.workstation_hex
        for f in window.this_pc.found if f.program.installation_key is not None
    })
    assert cells(window.licences.view) == cells(fed_at_once.view) != []
    window.show_section("this_pc")
    qtbot.waitUntil(lambda: window.this_pc.view.model().rowCount() > 0, timeout=10000)
    sections = [window.news, window.profile, window.licences, window.keys, window.contracts,
                window.this_pc]
    assert [window.stack.widget(i) for i in range(len(sections))] == sections
    assert window.keys.programs  # the programs found reached the keys section too
    assert window.stack.currentWidget() is window.this_pc
    assert "support" not in window.stack.built  # the staff's section: not a client's


def test_the_sections_are_declared_once_and_the_window_follows_the_list(qtbot, ui_settings):
    from pasoss_activator.ui.section_stack import Section
    from pasoss_activator.ui.sections import SECTIONS, sections_for

    window = MainWindow(None, ui_settings)
    qtbot.addWidget(window)
    typed = {name for name, value in vars(MainWindow).items() if isinstance(value, Section)}
    assert typed == {spec.id for spec in SECTIONS}  # each has its typed attribute
    offered = sections_for(None)  # no account yet: a client's sections
    assert [window.nav.item(row).text() for row in range(window.nav.count())] == [
        spec.title for spec in offered
    ]
    shortcuts = {action.shortcut().toString() for action in window.actions()
                 if action.isEnabled()}
    assert {spec.shortcut for spec in offered} <= shortcuts
    assert len({spec.shortcut for spec in offered}) == len(offered)


def test_an_unknown_section_is_an_error_not_another_section(qtbot, ui_settings) -> None:
    from pasoss_activator.ui.sections import SECTIONS, UnknownSection

    window = MainWindow(None, ui_settings)
    qtbot.addWidget(window)
    with pytest.raises(UnknownSection):
        window.stack.section("settings")
    with pytest.raises(UnknownSection):
        window.show_section("settings")
    assert "settings" not in window.stack.built
    assert window.stack.count() == len(SECTIONS)


def test_a_remembered_section_this_version_does_not_have_opens_the_first(qtbot, ui_settings):
    ui_settings.settings.ui["last_section"] = "old_settings_page"
    assert ui_settings.last_section == "news"
    window = MainWindow(None, ui_settings)
    qtbot.addWidget(window)
    assert window.current_section() == "news"
