"""Tables of a big account (thousands of licences and contracts): wrapped rows as tall as
their text, sorting on values, and nothing cut at the window's default size."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bench.accounts import big_account_data
from pasoss_activator.core.dates import Version
from pasoss_activator.core.model import AccountData
from pasoss_activator.startup.clipping import clipped_widgets
from pasoss_activator.ui.main_window import MainWindow
from pasoss_activator.ui.table_model import Column, RecordTableModel, fit_columns, make_table_view

from .table_fit import clipped

LONG = "Абонамент с поддръжка на място и обучение на нов служител"


def settle() -> None:
    QApplication.processEvents()  # the layout and the columns' widths
    QApplication.processEvents()  # the rows' heights, fitted after the widths


def tall_rows_wrong(view, texts_tall) -> list[int]:
    """The rows whose height does not match their text: taller than one line exactly
    when the wrapped column holds the long text."""
    model = view.model()
    one_line = view.verticalHeader().defaultSectionSize()
    return [r for r in range(model.rowCount())
            if (view.rowHeight(r) > one_line) != texts_tall(model.index(r, 1).data())]


def test_wrapped_rows_of_ten_thousand_are_as_tall_as_their_text(qtbot) -> None:
    model = RecordTableModel([
        Column("Номер", lambda r: str(r["n"]), lambda r: r["n"]),
        Column("Вид обслужване", lambda r: r["service"]),
    ])
    view = make_table_view(model, "test")
    fit_columns(view, 1)
    qtbot.addWidget(view)
    view.resize(420, 400)
    view.show()
    model.set_records([{"n": n, "service": LONG if n % 7 == 0 else "Абонамент ВИП"}
                       for n in range(10_000)])
    settle()

    def is_long(text: str) -> bool:
        return text == LONG

    assert view.rowHeight(0) > view.rowHeight(1)
    assert tall_rows_wrong(view, is_long) == []
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the heights go with their rows
    settle()
    assert model.index(0, 0).data() == "9999"
    assert tall_rows_wrong(view, is_long) == []
    view.resize(2000, 400)  # wide enough for every text on one line
    settle()
    assert {view.rowHeight(r) for r in range(model.rowCount())} == {
        view.verticalHeader().defaultSectionSize()}
    view.resize(420, 400)  # and narrow again: the long texts wrap
    settle()
    assert tall_rows_wrong(view, is_long) == []
    model.set_filter("място")
    settle()
    assert model.rowCount() == 1429 and tall_rows_wrong(view, is_long) == []
    assert clipped(view) == []


@pytest.fixture
def big_window(qtbot, ui_settings) -> MainWindow:
    """The main window at its default size with an account of 2000 licences and 2000
    contracts (the bench's big account, smaller)."""
    profile, licences, contracts, news = big_account_data(2000)
    window = MainWindow(None, ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.show_data(AccountData.from_json(profile=profile, licences=licences,
                                           contracts=contracts, news=news))
    return window


def sorted_on(view, column: int, order: Qt.SortOrder) -> list[str]:
    view.sortByColumn(column, order)
    settle()
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def version_value(text: str) -> tuple[int, int]:
    version = Version.parse(text)
    return (version.days, version.build)


def key_date_value(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%d.%m.%Y %H:%M")


def price_value(text: str) -> Decimal:
    return Decimal(text.split(" ")[0].replace("\u00a0", "").replace(",", "."))


def date_value(text: str) -> dt.date:
    return dt.datetime.strptime(text, "%d.%m.%Y").date()


@pytest.mark.parametrize(("section", "column", "value"), [
    ("licences", 2, version_value),     # 221115.0 before 230104.1, as versions
    ("licences", 3, key_date_value),    # key dates as moments, not as „дд.мм.гггг“ text
    ("licences", 7, int),               # workplaces as numbers (a hidden, exported column)
    ("contracts", 0, int),              # the year
    ("contracts", 3, price_value),      # „1 250,00 лв.“ after „99,00 €“: by amount
    ("contracts", 4, date_value),       # concluded on, as dates
])
def test_big_tables_sort_on_values(big_window, section, column, value) -> None:
    big_window.show_section(section)
    view = getattr(big_window, section).view
    ascending = sorted_on(view, column, Qt.SortOrder.AscendingOrder)
    assert len(ascending) == 2000
    assert [value(t) for t in ascending] == sorted(value(t) for t in ascending)
    descending = sorted_on(view, column, Qt.SortOrder.DescendingOrder)
    assert [value(t) for t in descending] == sorted((value(t) for t in ascending), reverse=True)


@pytest.mark.parametrize("section", ["licences", "contracts"])
def test_big_tables_are_not_cut_at_the_default_size_whatever_the_sort(big_window,
                                                                      section) -> None:
    big_window.show_section(section)
    view = getattr(big_window, section).view
    for column in range(view.model().columnCount()):
        if view.isColumnHidden(column):
            continue
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            sorted_on(view, column, order)
            assert clipped_widgets(big_window) == [], (column, order)


def test_the_details_follow_the_selected_row_of_a_big_table(big_window) -> None:
    big_window.show_section("licences")
    section = big_window.licences
    sorted_on(section.view, 2, Qt.SortOrder.DescendingOrder)
    section.view.selectRow(1500)
    chosen = section.model.record(1500)
    assert section.details.installation_key.text() == chosen.installation.installation_key
    assert chosen.licence.product_name in section.details.summary.text()
    section.copy_button.click()  # the selected row, whole keys and every column
    copied = QApplication.clipboard().text().split("\t")
    assert copied[4] == chosen.installation.registration_key
    assert copied[8] == chosen.installation.installation_key


def test_searching_then_copying_a_big_table_gives_the_rows_found_whole(big_window) -> None:
    big_window.show_section("licences")
    section = big_window.licences
    sorted_on(section.view, 3, Qt.SortOrder.AscendingOrder)
    section.filter.setText("мини")  # „Абонамент МИНИ“, any case
    settle()
    model = section.model
    found = [model.record(r) for r in range(model.rowCount())]
    assert 0 < len(found) < 2000
    assert all(row.licence.service_type == "Абонамент МИНИ" for row in found)
    section.copy_button.click()  # nothing selected after the search: every row found
    lines = QApplication.clipboard().text().split("\n")
    assert [line.split("\t")[4] for line in lines] == [
        row.installation.registration_key for row in found]
    # Every row is selected now; the details show the first.
    assert section.details.installation_key.text() == found[0].installation.installation_key
