"""POST /keys: the comparison table, issuance, seats, refusals (DESIGN.md sections 3 and 5)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from pasoss_activator.core import base32, language
from pasoss_activator.core.checksums import crc8, luhn32
from pasoss_activator.core.comparison_text import row_text, seats_phrase, seats_text
from pasoss_activator.core.dates import Version, today_sofia
from pasoss_activator.core.installation_key import InstallationKey
from pasoss_activator.core.registration_key import RegistrationKey
from pasoss_activator.core.trust import TrustStore
from server_stub.demo import OTHER_EMAIL, STAFF_EMAIL
from server_stub.testing import RunningStub

from .helpers import Api, failing, installation_key, logged_in, query, rows_by_param

ORDER = [
    "product",
    "customer",
    "version",
    "modules",
    "installation_type",
    "workplaces",
    "workstation",
    "subscription",
]


def ask(api: Api, key: InstallationKey | str) -> Any:
    return api.post("/keys", {"installation_key": key if isinstance(key, str) else key.text})


def sch_licence(api: Api) -> dict[str, Any]:
    licences = api.get("/licences").json()["licences"]
    return next(lic for lic in licences if lic["product"] == "SCH")


def text_of(raw: bytes) -> str:
    data = base32.encode(raw)
    return "-".join(data[i : i + 4] + luhn32(data[i : i + 4]) for i in range(0, 24, 4))


def test_new_pc_gets_a_verified_key_and_a_table_of_passing_rows(fresh_stub: RunningStub) -> None:
    api = logged_in(fresh_stub.url)
    key = installation_key()
    answer = ask(api, key)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert [row["param"] for row in body["comparison"]] == ORDER
    assert all(row["ok"] for row in body["comparison"])
    for row in body["comparison"]:
        assert set(row) >= {
            "param",
            "label",
            "requested",
            "entitled",
            "ok",
            "requested_value",
            "entitled_value",
        }
        assert row["label"] and isinstance(row["requested"], str)
    issued = RegistrationKey.parse(body["registration_key"])
    issued.verify(key, TrustStore.load(), demo_allowed=True, today=today_sofia())
    assert issued.licence_id == body["licence_id"] == sch_licence(api)["id"]
    assert (issued.modules, issued.workplaces) == (key.modules, key.workplaces)
    assert issued.max_version == Version.parse("230704.0")
    assert issued.valid_until is None
    assert issued.issued_on == today_sofia()
    assert issued.key_id == 0
    assert len(body["registration_key"]) == 164
    registered = {i["workstation_id"]: i for i in sch_licence(api)["installations"]}
    assert registered[key.workstation_hex]["registration_key"] == body["registration_key"]
    assert registered[key.workstation_hex]["installation_key"] == key.text
    assert registered[key.workstation_hex]["version"] == "230704.0"


def test_rows_show_readable_bulgarian_values(stub: RunningStub) -> None:
    rows = rows_by_param(ask(logged_in(stub.url), installation_key()).json()["comparison"])
    assert rows["product"]["requested"] == "ПАСОСС-Счетоводство"
    assert rows["version"]["requested"] == "230704.0"
    assert rows["version"]["entitled"] == "до 230704.0 и поправките му"
    assert rows["modules"]["requested"] == "Основен модул, ДДС дневници, Дълготрайни активи"
    assert rows["modules"]["requested_value"] == [0, 1, 2]
    assert rows["modules"]["entitled_value"] == [0, 1, 2, 3]
    assert rows["installation_type"]["requested"] == "Мрежова – сървър"
    assert rows["installation_type"]["requested_value"] == "network_server"
    assert rows["customer"]["requested_value"] == rows["customer"]["entitled_value"] == 1001
    assert rows["workplaces"]["requested_value"] == 3
    assert rows["workstation"]["entitled_value"]["seats_total"] == 3
    assert rows["subscription"]["requested"].startswith("действащ договор днес, ")


def test_demo_rz5_fails_on_the_modules_row_only(stub: RunningStub) -> None:
    """DESIGN §8: RZ5 231016.1 with module 3 „Декларации към НАП“ switched on. 231016.1 is a
    free fix of the licensed 231016.0, so the version row passes; only the module fails."""
    api = logged_in(stub.url)
    key = installation_key("RZ5", "231016.1", (0, 1, 2, 3), "standalone", 1)
    answer = ask(api, key)
    assert answer.status_code == 422
    body = answer.json()
    assert body["error"] == "not_entitled"
    assert body["message"].startswith("Регистрационният ключ не може да бъде издаден")
    assert "Модули" in body["message"] and "Версия" not in body["message"]
    assert "registration_key" not in body and "registration_key" not in body["details"]
    comparison = body["details"]["comparison"]
    assert [row["param"] for row in comparison] == ORDER
    assert failing(comparison) == ["modules"]
    rows = rows_by_param(comparison)
    assert "Декларации към НАП" in rows["modules"]["requested"]
    assert "Декларации към НАП" not in rows["modules"]["entitled"]
    assert (rows["modules"]["requested_value"], rows["modules"]["entitled_value"]) == (
        [0, 1, 2, 3],
        [0, 1, 2],
    )
    version = rows["version"]
    assert version["ok"] and version["requested"] == "231016.1"
    assert version["entitled"] == "до 231016.0 и поправките му"
    assert (version["requested_value"], version["entitled_value"]) == ("231016.1", "231016.0")
    rz5 = next(lic for lic in api.get("/licences").json()["licences"] if lic["product"] == "RZ5")
    assert key.workstation_hex not in {i["workstation_id"] for i in rz5["installations"]}


def test_a_later_build_of_the_paid_release_is_a_free_fix(fresh_stub: RunningStub) -> None:
    """231016.1 with the licensed modules gets a key whose 231016.0 the program accepts."""
    api = logged_in(fresh_stub.url)
    key = installation_key("RZ5", "231016.1", (0, 1, 2), "standalone", 1)
    answer = ask(api, key)
    assert answer.status_code == 200, answer.text
    registration = RegistrationKey.parse(answer.json()["registration_key"])
    assert str(registration.max_version) == "231016.0"
    # The program's own check (DESIGN §3.2) accepts it: the release dates compare.
    registration.verify(key, TrustStore.load(), demo_allowed=True, today=today_sofia())


def test_a_newer_release_fails_on_the_version_row(stub: RunningStub) -> None:
    answer = ask(logged_in(stub.url), installation_key("RZ5", "231017.0", (0, 1), "standalone", 1))
    assert answer.status_code == 422
    comparison = answer.json()["details"]["comparison"]
    assert failing(comparison) == ["version"]
    assert rows_by_param(comparison)["version"]["requested"] == "231017.0"


SEATS = [  # (taken, total, Bulgarian, English)
    (0, 1, "свободно 1 място", "1 seat free"),
    (0, 3, "свободни 3 места", "3 seats free"),
    (1, 3, "заето 1 от 3 места", "1 of 3 seats taken"),
    (2, 3, "заети 2 от 3 места", "2 of 3 seats taken"),
    (1, 1, "заето 1 от 1 място", "1 of 1 seat taken"),
    (21, 30, "заети 21 от 30 места", "21 of 30 seats taken"),
]


@pytest.mark.parametrize(("used", "total", "text", "_english"), SEATS,
                         ids=[f"{u}-of-{t}" for u, t, _b, _e in SEATS])
def test_seats_are_counted_in_plain_bulgarian(
    used: int, total: int, text: str, _english: str
) -> None:
    """None taken says what is free, not „заети 0 от 1 място“."""
    assert seats_text(used, total) == text
    assert seats_phrase(used, total) == text


@pytest.mark.parametrize(("used", "total", "_bulgarian", "text"), SEATS,
                         ids=[f"{u}-of-{t}" for u, t, _b, _e in SEATS])
def test_seats_are_counted_in_plain_english(
    used: int, total: int, _bulgarian: str, text: str
) -> None:
    language.use("en")
    assert seats_phrase(used, total) == text


def test_the_workstation_row_says_how_many_seats_are_taken(fresh_stub: RunningStub) -> None:
    answer = ask(logged_in(fresh_stub.url), installation_key())
    seat = rows_by_param(answer.json()["comparison"])["workstation"]
    assert seat["entitled"] == "има свободно място (заето 1 от 3 места)"  # the old PC's


def test_with_no_seat_taken_the_workstation_row_says_what_is_free_once(
    fresh_stub: RunningStub,
) -> None:
    answer = ask(logged_in(fresh_stub.url),
                 installation_key("RZ5", "231016.0", (0, 1), "standalone", 1))
    assert answer.status_code == 200, answer.text
    seat = rows_by_param(answer.json()["comparison"])["workstation"]
    assert seat["entitled_value"]["seats_used"] == 0
    assert seat["entitled"] == "свободно 1 място"  # not „има свободно място (свободно …)“
    assert row_text(seat).entitled == "свободно 1 място"
    language.use("en")
    assert row_text(seat).entitled == "1 seat free"


def test_asking_again_from_the_same_workstation_keeps_its_seat(fresh_stub: RunningStub) -> None:
    api = logged_in(fresh_stub.url)
    assert ask(api, installation_key()).status_code == 200
    assert ask(api, installation_key()).status_code == 200
    changed = installation_key(modules=(0, 1, 2, 3))  # a module added on the same PC
    again = ask(api, changed)
    assert again.status_code == 200
    seat = rows_by_param(again.json()["comparison"])["workstation"]
    assert seat["entitled_value"] == {"registered": True, "seats_used": 2, "seats_total": 3}
    installations = sch_licence(api)["installations"]
    assert len(installations) == 2
    mine = next(i for i in installations if i["workstation_id"] == changed.workstation_hex)
    assert mine["installation_key"] == changed.text


def test_a_full_licence_refuses_a_new_workstation_but_not_a_registered_one(
    fresh_stub: RunningStub,
) -> None:
    api = logged_in(fresh_stub.url)
    assert ask(api, installation_key(disk="PC-2")).status_code == 200
    assert ask(api, installation_key(disk="PC-3")).status_code == 200
    refused = ask(api, installation_key(disk="PC-4"))
    assert refused.status_code == 422
    comparison = refused.json()["details"]["comparison"]
    assert failing(comparison) == ["workstation"]
    assert "няма свободно място" in rows_by_param(comparison)["workstation"]["entitled"]
    old_pc = installation_key(version="221115.0", modules=(0, 1), disk="PASOSS-DEMO-OLD-PC")
    assert ask(api, old_pc).status_code == 200
    assert len(sch_licence(api)["installations"]) == 3


@pytest.mark.parametrize(
    ("key", "failing_rows"),
    [
        (installation_key(modules=(0, 1, 4)), ["modules"]),
        (installation_key(version="230705.0"), ["version"]),
        (installation_key(version="230705.0", modules=(0, 1, 4)), ["version", "modules"]),
        (installation_key(kind="standalone"), ["installation_type"]),
        (installation_key(workplaces=4), ["workplaces"]),
        (installation_key("RZ5", "231016.0", (0, 1), "network_server", 1), ["installation_type"]),
        (installation_key("RZ5", "231016.0", (0, 3), "standalone", 2), ["modules", "workplaces"]),
    ],
)
def test_each_parameter_is_compared(
    stub: RunningStub, key: InstallationKey, failing_rows: list[str]
) -> None:
    answer = ask(logged_in(stub.url), key)
    assert answer.status_code == 422
    assert failing(answer.json()["details"]["comparison"]) == failing_rows


def test_network_licence_covers_workstations(fresh_stub: RunningStub) -> None:
    api = logged_in(fresh_stub.url)
    answer = ask(api, installation_key(kind="network_workstation", disk="WS-7"))
    assert answer.status_code == 200


def test_end_of_licence_and_missing_contract_fail_the_subscription_row(
    fresh_stub: RunningStub,
) -> None:
    year = today_sofia().year
    fresh_stub.clock.set(dt.datetime(year + 1, 1, 2, 9, 0, tzinfo=dt.UTC))
    api = logged_in(fresh_stub.url)
    rz5 = ask(api, installation_key("RZ5", "231016.0", (0, 1), "standalone", 1))
    assert rz5.status_code == 422
    row = rows_by_param(rz5.json()["details"]["comparison"])["subscription"]
    assert failing(rz5.json()["details"]["comparison"]) == ["subscription"]
    assert f"31.12.{year}" in row["entitled"] and f"договор за {year + 1}" in row["entitled"]
    assert row["entitled_value"]["licence_status"] == "expired"
    licences = api.get("/licences").json()["licences"]
    assert {lic["product"]: lic["status"] for lic in licences} == {
        "SCH": "active",
        "RZ5": "expired",
    }


def test_unpaid_or_suspended_fail_the_subscription_row(fresh_stub: RunningStub) -> None:
    from server_stub.db import connect, transaction
    from server_stub.records import account_id, add_contract

    year = today_sofia().year
    conn = connect(fresh_stub.db_path)
    with transaction(conn):
        owner = account_id(conn, OTHER_EMAIL)
        conn.execute("UPDATE contracts SET paid = 0 WHERE account_id = ?", (owner,))
    api = logged_in(fresh_stub.url, OTHER_EMAIL)
    key = installation_key(modules=(0, 1), kind="standalone", workplaces=1, customer=1002)
    unpaid = ask(api, key)
    assert failing(unpaid.json()["details"]["comparison"]) == ["subscription"]
    assert (
        "не е платен"
        in rows_by_param(unpaid.json()["details"]["comparison"])["subscription"]["entitled"]
    )
    with transaction(conn):
        add_contract(
            conn,
            owner,
            year=year,
            document_type="Анекс",
            subscription_type="Стандарт",
            monthly_price="10",
            concluded_on=today_sofia(),
            status="active",
            paid=True,
        )
        conn.execute("UPDATE licences SET status = 'suspended' WHERE account_id = ?", (owner,))
    conn.close()
    suspended = ask(api, key).json()["details"]["comparison"]
    assert failing(suspended) == ["subscription"]
    assert "спрян" in rows_by_param(suspended)["subscription"]["entitled"]


def test_no_licence_for_the_program_fails_the_product_row(stub: RunningStub) -> None:
    api = logged_in(stub.url, OTHER_EMAIL)
    answer = ask(api, installation_key("RZ5", "231016.0", (0, 1), "standalone", 1, customer=1002))
    assert answer.status_code == 422
    comparison = answer.json()["details"]["comparison"]
    assert [row["param"] for row in comparison] == ORDER
    assert rows_by_param(comparison)["product"]["ok"] is False
    assert rows_by_param(comparison)["customer"]["ok"] is True


def test_of_several_licences_the_first_that_passes_is_used(fresh_stub: RunningStub) -> None:
    from server_stub.db import connect, transaction
    from server_stub.records import account_id, add_licence

    conn = connect(fresh_stub.db_path)
    with transaction(conn):
        second = add_licence(
            conn,
            account_id(conn, "demo@pasoss.example"),
            product="SCH",
            installation_type="standalone",
            workplaces=1,
            modules=range(7),
            max_version="240101.0",
            service_type="Абонамент ВИП",
        )
    conn.close()
    api = logged_in(fresh_stub.url)
    key = installation_key(version="240101.0", modules=(0, 5), kind="standalone", workplaces=1)
    answer = ask(api, key)
    assert answer.status_code == 200
    assert answer.json()["licence_id"] == second
    # When none passes, the table of the licence with most rows passing comes back.
    # (the same PC, now asking as a network server: only the type fails on the second)
    worse = ask(
        api,
        installation_key(version="240101.0", modules=(0, 6), kind="network_server", workplaces=1),
    )
    assert worse.status_code == 422
    assert worse.json()["details"]["licence_id"] == second
    assert failing(worse.json()["details"]["comparison"]) == ["installation_type"]


def test_every_issued_key_is_audited_without_the_full_key(fresh_stub: RunningStub) -> None:
    api = logged_in(fresh_stub.url)
    issued = [ask(api, installation_key(disk=d)).json()["registration_key"] for d in ("A", "B")]
    ask(api, installation_key(disk="C"))  # the licence is full now: 422
    ask(api, installation_key(disk="A"))  # the same workstation again: issued, audited
    rows = query(fresh_stub.db_path, "SELECT registration_key_masked, address FROM audit")
    assert len(rows) == 3
    for masked, address in rows:
        assert address == "127.0.0.1"
        assert masked not in issued and len(masked.replace("…", "")) == 12
    assert rows[0][0][:6] == issued[0].replace("-", "")[:6]


def test_staff_gets_no_keys(stub: RunningStub) -> None:
    answer = ask(logged_in(stub.url, STAFF_EMAIL), installation_key())
    assert answer.status_code == 403 and answer.json()["error"] == "forbidden"


def test_keys_need_a_login(stub: RunningStub) -> None:
    assert ask(Api(stub.url), installation_key()).status_code == 401


def test_typed_keys_are_forgiven(stub: RunningStub) -> None:
    typed = installation_key().text.lower().replace("-", " ")
    assert ask(logged_in(stub.url), typed).status_code == 200


def test_invalid_installation_keys_say_which_part_is_wrong(stub: RunningStub) -> None:
    api = logged_in(stub.url)
    good = installation_key().text
    groups = good.split("-")

    def details(text: str) -> dict[str, Any]:
        answer = ask(api, text)
        assert answer.status_code == 400, answer.text
        assert answer.json()["error"] == "invalid_installation_key"
        assert answer.json()["message"]
        return dict(answer.json()["details"])

    swapped = groups[2][1] + groups[2][0] + groups[2][2:]
    if swapped != groups[2]:
        mistyped = "-".join([*groups[:2], swapped, *groups[3:]])
        assert details(mistyped) == {"reason": "check", "group": 3}
    bad_char = good[:7] + "U" + good[8:]
    assert details(bad_char) | {"character": "U"} == {
        "reason": "character",
        "position": 8,
        "group": 2,
        "character": "U",
    }
    assert details(good[:-5])["reason"] == "length"
    raw = installation_key().to_bytes()
    assert details(text_of(raw[:14] + bytes([raw[14] ^ 0x01])))["reason"] == "crc"
    no_base = bytearray(raw)
    no_base[5] &= 0xFE  # module 0 (the base module) off
    no_base[14] = crc8(bytes(no_base[:14]))
    assert details(text_of(bytes(no_base))) == {"reason": "field", "field": "modules"}


@pytest.mark.parametrize("body", [{}, {"installation_key": 12}, {"installation_key": None}])
def test_keys_body_must_hold_a_key_string(stub: RunningStub, body: dict[str, Any]) -> None:
    answer = logged_in(stub.url).post("/keys", body)
    assert answer.status_code == 400 and answer.json()["error"] == "invalid_request"
