"""Profile, licences, contracts, news and contacts as DESIGN.md sections 5 and 8 give them."""

from __future__ import annotations

import re

import pytest

from pasoss_activator.core.dates import today_sofia
from pasoss_activator.core.registration_key import RegistrationKey, registration_status
from pasoss_activator.core.trust import TrustStore
from server_stub.demo import OTHER_EMAIL, STAFF_EMAIL
from server_stub.testing import RunningStub

from .helpers import Api, installation_key, logged_in

ACCOUNT_GETS = ["/profile", "/licences", "/contracts", "/news", "/sync"]


def test_profile_of_the_demo_client(stub: RunningStub) -> None:
    assert logged_in(stub.url).get("/profile").json() == {
        "company": "„Демо Счетоводство“ ЕООД",
        "eik": "204567891",
        "email": "demo@pasoss.example",
        "mol": "Мария Иванова Петрова",
        "phone": "+359 2 981 12 34",
        "customer_number": 1001,
    }


def test_licences_of_the_demo_client(stub: RunningStub) -> None:
    licences = logged_in(stub.url).get("/licences").json()["licences"]
    sch, rz5 = (next(lic for lic in licences if lic["product"] == p) for p in ("SCH", "RZ5"))
    assert {k: sch[k] for k in sch if k not in ("id", "installations")} == {
        "product": "SCH",
        "product_name": "ПАСОСС-Счетоводство",
        "installation_type": "network_server",
        "workplaces": 3,
        "service_type": "Абонамент ВИП",
        "modules": [0, 1, 2, 3],
        "max_version": "230704.0",
        "valid_until": None,
        "status": "active",
    }
    assert rz5["modules"] == [0, 1, 2] and rz5["workplaces"] == 1
    assert rz5["installation_type"] == "standalone" and rz5["max_version"] == "231016.0"
    assert rz5["valid_until"] == f"{today_sofia().year}-12-31"
    assert rz5["service_type"] == "Абонамент МИНИ" and rz5["status"] == "active"


def test_the_old_pc_holds_one_sch_seat_with_a_key_signed_by_the_demo_key(
    stub: RunningStub,
) -> None:
    sch = next(
        lic
        for lic in logged_in(stub.url).get("/licences").json()["licences"]
        if lic["product"] == "SCH"
    )
    old = installation_key(version="221115.0", modules=(0, 1), disk="PASOSS-DEMO-OLD-PC")
    registered = next(i for i in sch["installations"] if i["workstation_id"] == old.workstation_hex)
    assert registered["installation_key"] == old.text
    assert registered["version"] == "221115.0"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", registered["generated_at"])
    status = registration_status(
        registered["registration_key"],
        old.text,
        TrustStore.load(),
        demo_allowed=True,
        today=today_sofia(),
    )
    assert status.value == "valid"
    assert RegistrationKey.parse(registered["registration_key"]).key_id == 0


def test_contracts_of_the_demo_client(stub: RunningStub) -> None:
    contracts = logged_in(stub.url).get("/contracts").json()["contracts"]
    year = today_sofia().year
    assert sorted(c["year"] for c in contracts) == [year - 2, year - 1, year]
    for contract in contracts:
        assert contract["currency"] == ("BGN" if contract["year"] < 2026 else "EUR")
        assert re.fullmatch(r"\d+\.\d\d", contract["monthly_price"])
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", contract["concluded_on"])
        assert contract["paid"] is True
    current = next(c for c in contracts if c["year"] == year)
    assert current["status"] == "active"
    assert {c["status"] for c in contracts if c["year"] < year} == {"expired"}


def test_news_are_plain_text_newest_first(stub: RunningStub) -> None:
    news = logged_in(stub.url).get("/news").json()["news"]
    assert len(news) >= 2
    dates = [item["published_on"] for item in news]
    assert dates == sorted(dates, reverse=True)
    for item in news:
        assert item["title"] and item["body"] and "<" not in item["body"]
        assert set(item["products"]) <= {"SCH", "RZ5"}


def test_contacts_need_no_login(stub: RunningStub) -> None:
    answer = Api(stub.url).get("/contacts")
    assert answer.status_code == 200
    body = answer.json()
    assert body["phones"] and "@" in body["email"] and body["hours"]


@pytest.mark.parametrize("path", ACCOUNT_GETS)
def test_account_data_needs_a_login(stub: RunningStub, path: str) -> None:
    answer = Api(stub.url).get(path)
    assert answer.status_code == 401
    assert answer.json()["error"] == "login_required"


@pytest.mark.parametrize("path", [*ACCOUNT_GETS, "/contacts"])
def test_every_get_has_a_strong_etag_and_answers_304_when_unchanged(
    stub: RunningStub, path: str
) -> None:
    api = logged_in(stub.url)
    first = api.get(path)
    etag = first.headers["ETag"]
    assert re.fullmatch(r'"[^"]+"', etag), "a strong ETag is quoted and has no W/"
    again = api.get(path, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["ETag"] == etag
    listed = api.get(path, headers={"If-None-Match": f'"other", {etag}'})
    assert listed.status_code == 304
    stale = api.get(path, headers={"If-None-Match": '"something-else"'})
    assert stale.status_code == 200 and stale.json() == first.json()


def test_etag_changes_when_the_data_does(fresh_stub: RunningStub) -> None:
    api = logged_in(fresh_stub.url)
    before = api.get("/licences").headers["ETag"]
    assert api.post("/keys", {"installation_key": installation_key().text}).status_code == 200
    after = api.get("/licences", headers={"If-None-Match": before})
    assert after.status_code == 200
    assert after.headers["ETag"] != before


@pytest.mark.parametrize("email", ["demo@pasoss.example", OTHER_EMAIL, STAFF_EMAIL])
def test_sync_is_each_part_exactly_as_its_own_route_returns_it(
    stub: RunningStub, email: str
) -> None:
    api = logged_in(stub.url, email)
    assert api.get("/sync").json() == {
        "profile": api.get("/profile").json(),
        "licences": api.get("/licences").json(),
        "contracts": api.get("/contracts").json(),
        "news": api.get("/news").json(),
    }


def test_sync_etag_changes_when_any_part_does(fresh_stub: RunningStub) -> None:
    api = logged_in(fresh_stub.url)
    before = api.get("/sync").headers["ETag"]
    assert api.post("/keys", {"installation_key": installation_key().text}).status_code == 200
    after = api.get("/sync", headers={"If-None-Match": before})
    assert after.status_code == 200
    assert after.headers["ETag"] != before
    assert after.json()["licences"] == api.get("/licences").json()
    assert api.get("/sync", headers={"If-None-Match": after.headers["ETag"]}).status_code == 304


def test_etag_is_per_account(stub: RunningStub) -> None:
    demo = logged_in(stub.url).get("/profile")
    other = logged_in(stub.url, OTHER_EMAIL).get(
        "/profile", headers={"If-None-Match": demo.headers["ETag"]}
    )
    assert other.status_code == 200
    assert other.json()["email"] == OTHER_EMAIL


def test_staff_account_has_a_profile_and_no_licences(stub: RunningStub) -> None:
    api = logged_in(stub.url, STAFF_EMAIL)
    assert api.get("/profile").json()["customer_number"] is None
    assert api.get("/licences").json() == {"licences": []}
    assert api.get("/contracts").json() == {"contracts": []}
