"""What to do about each failing comparison row: advice true in its situation, from the
rows the real stub answers with (DESIGN.md sections 5 and 8)."""

from __future__ import annotations

import datetime as dt

import pytest

from pasoss_activator.core.dates import today_sofia
from pasoss_activator.core.installation_key import InstallationKey
from pasoss_activator.core.model import ComparisonRow, comparison_rows
from pasoss_activator.core.row_advice import ADVICE, failing_advice
from server_stub.demo import OTHER_EMAIL
from server_stub.testing import RunningStub

from ..server_stub.helpers import installation_key, logged_in

PHONE = "(02) 9669551"
ROWS = ("product", "customer", "version", "modules", "installation_type", "workplaces",
        "workstation", "subscription")


def refused_rows(
    url: str, key: InstallationKey, email: str | None = None
) -> tuple[ComparisonRow, ...]:
    api = logged_in(url) if email is None else logged_in(url, email)
    answer = api.post("/keys", {"installation_key": key.text})
    assert answer.status_code == 422, answer.text
    return comparison_rows(answer.json()["details"]["comparison"])


def test_every_row_has_its_own_advice() -> None:
    assert set(ADVICE) == {*ROWS, "modules_one"}
    assert len(set(ADVICE.values())) == len(ADVICE)


def test_several_modules_are_named_in_the_plural(stub: RunningStub) -> None:
    rows = refused_rows(stub.url, installation_key(modules=(0, 1, 4, 5)))
    [advice] = failing_advice(rows)
    assert "включени модули, които не са в лиценза: „Каса и банки“, „Интрастат“" in advice
    assert "Поръчайте ги" in advice


def test_demo_rz5_is_told_to_order_the_module_or_switch_it_off(stub: RunningStub) -> None:
    rows = refused_rows(stub.url, installation_key("RZ5", "231016.1", (0, 1, 2, 3),
                                                   "standalone", 1))
    [advice] = failing_advice(rows)
    assert "„Декларации към НАП“" in advice
    assert advice.startswith("Модулът „Декларации към НАП“ е включен в програмата, но не е")
    assert "Поръчайте го" in advice and "изключете в програмата" in advice
    assert "Персонал" not in advice  # only the module the licence lacks
    assert "абонамент" not in advice.lower() and "Подновете" not in advice


def test_a_newer_release_is_told_of_subscription_or_paid_right_with_the_phone(
    stub: RunningStub,
) -> None:
    rows = refused_rows(stub.url, installation_key("RZ5", "231017.0", (0, 1), "standalone", 1))
    [advice] = failing_advice(rows)
    assert "231017.0" in advice and "231016.0" in advice
    assert "абонамент или платено право" in advice and PHONE in advice


def test_an_expired_licence_and_no_contract_are_told_to_renew(fresh_stub: RunningStub) -> None:
    fresh_stub.clock.set(dt.datetime(today_sofia().year + 1, 1, 2, 9, 0, tzinfo=dt.UTC))
    rows = refused_rows(fresh_stub.url,
                        installation_key("RZ5", "231016.0", (0, 1), "standalone", 1))
    [advice] = failing_advice(rows)
    assert advice.startswith("Абонаментът не покрива ключа: лицензът е валиден до 31.12.")
    assert "Подновете или платете договора" in advice


def test_a_full_licence_is_told_to_free_a_seat_or_order_more(fresh_stub: RunningStub) -> None:
    api = logged_in(fresh_stub.url)
    for disk in ("PC-2", "PC-3"):
        assert api.post("/keys", {"installation_key": installation_key(disk=disk).text}).ok
    [advice] = failing_advice(refused_rows(fresh_stub.url, installation_key(disk="PC-4")))
    assert "заети 3 от 3 места" in advice
    assert "Освободете място" in advice and "поръчайте още работни места" in advice


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (installation_key(workplaces=4), ["за 4 работни места", "до 3", "Намалете ги"]),
        (installation_key(kind="standalone"), ["Самостоятелна", "Променете го в програмата"]),
        (installation_key(customer=1002), ["на друг клиент", "1002", "1001", "Влезте с профила"]),
    ],
)
def test_workplaces_installation_type_and_customer(
    stub: RunningStub, key: InstallationKey, expected: list[str]
) -> None:
    [advice] = failing_advice(refused_rows(stub.url, key))
    for part in expected:
        assert part in advice


def test_without_a_licence_for_the_program_only_that_is_said(stub: RunningStub) -> None:
    key = installation_key("RZ5", "231016.0", (0, 1), "standalone", 1, customer=1002)
    rows = refused_rows(stub.url, key, OTHER_EMAIL)
    assert sum(not row.ok for row in rows) > 1  # every row after customer fails
    assert failing_advice(rows) == [
        f"В профила Ви няма лиценз за ПАСОСС-Работни заплати 5. За да я поръчате, обадете "
        f"се на ПАСОСС на {PHONE}."
    ]
