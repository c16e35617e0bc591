"""Assisted activation on the service (DESIGN §5.1): staff issue a key into a client's
support session, exactly as if the client had asked POST /keys, and only that client (and
staff) can fetch it."""

from __future__ import annotations

import datetime as dt

from pasoss_activator.core.dates import today_sofia
from pasoss_activator.core.demo_programs import demo_keys
from pasoss_activator.core.products import Product
from pasoss_activator.core.registration_key import RegistrationKey
from pasoss_activator.core.trust import TrustStore
from server_stub.demo import DEMO_EMAIL, OTHER_EMAIL, STAFF_EMAIL
from server_stub.routes_support import MAX_OFFERS
from server_stub.testing import RunningStub

from .helpers import Api, installation_key, logged_in, query

SCH_KEY = demo_keys()[Product.SCH]
RZ5_KEY = demo_keys()[Product.RZ5]  # the demo's refused program


def open_session(stub: RunningStub, email: str = DEMO_EMAIL) -> tuple[Api, str]:
    client = logged_in(stub.url, email)
    answer = client.post("/support/sessions", {"diagnostics": {"programs": []}})
    assert answer.status_code == 201, answer.text
    return client, answer.json()["code"]


def account_id(stub: RunningStub, email: str) -> int:
    [(found,)] = query(stub.db_path, "SELECT id FROM accounts WHERE email = ?", email)
    return int(found)


def test_staff_issue_a_key_the_client_fetches_and_it_verifies(fresh_stub: RunningStub) -> None:
    client, code = open_session(fresh_stub)
    staff = logged_in(fresh_stub.url, STAFF_EMAIL)
    assert client.get(f"/support/sessions/{code}/offers").json() == {"offers": []}

    sent = staff.post(f"/support/sessions/{code}/offers", {"installation_key": SCH_KEY.text})

    assert sent.status_code == 201, sent.text
    offer = sent.json()
    assert set(offer) == {
        "offer_id", "product", "registration_key", "licence_id", "comparison", "created_at"
    }
    assert offer["product"] == "SCH" and all(row["ok"] for row in offer["comparison"])
    key = RegistrationKey.parse(offer["registration_key"])
    key.verify(SCH_KEY, TrustStore.load(), demo_allowed=True, today=today_sofia())
    assert client.get(f"/support/sessions/{code}/offers").json() == {"offers": [offer]}
    assert staff.get(f"/support/sessions/{code}/offers").json() == {"offers": [offer]}
    # The same checks, seats and audit as POST /keys: the client's licence holds the seat,
    # the audit names the client as the account and the staff member as the actor.
    [(licence_account,)] = query(
        fresh_stub.db_path, "SELECT account_id FROM licences WHERE id = ?", offer["licence_id"]
    )
    assert licence_account == account_id(fresh_stub, DEMO_EMAIL)
    audit = query(
        fresh_stub.db_path,
        "SELECT account_id, actor_account_id, registration_key_masked FROM audit",
    )
    assert audit == [
        (account_id(fresh_stub, DEMO_EMAIL), account_id(fresh_stub, STAFF_EMAIL), key.masked)
    ]


def test_post_keys_records_the_client_itself_as_the_actor(fresh_stub: RunningStub) -> None:
    client = logged_in(fresh_stub.url)
    assert client.post("/keys", {"installation_key": SCH_KEY.text}).status_code == 200
    demo = account_id(fresh_stub, DEMO_EMAIL)
    assert query(fresh_stub.db_path, "SELECT account_id, actor_account_id FROM audit") == [
        (demo, demo)
    ]


def test_a_refusal_answers_the_comparison_and_stores_nothing(fresh_stub: RunningStub) -> None:
    client, code = open_session(fresh_stub)
    staff = logged_in(fresh_stub.url, STAFF_EMAIL)
    offers = client.get(f"/support/sessions/{code}/offers")

    refused = staff.post(f"/support/sessions/{code}/offers", {"installation_key": RZ5_KEY.text})

    assert refused.status_code == 422
    assert refused.json()["error"] == "not_entitled"
    assert any(not row["ok"] for row in refused.json()["details"]["comparison"])
    unchanged = client.get(
        f"/support/sessions/{code}/offers", headers={"If-None-Match": offers.headers["ETag"]}
    )
    assert unchanged.status_code == 304 and unchanged.content == b""
    assert query(fresh_stub.db_path, "SELECT COUNT(*) FROM audit") == [(0,)]
    assert query(fresh_stub.db_path, "SELECT COUNT(*) FROM support_offers") == [(0,)]


def test_waiting_costs_a_304_until_an_offer_arrives_newest_first(fresh_stub: RunningStub) -> None:
    client, code = open_session(fresh_stub)
    staff = logged_in(fresh_stub.url, STAFF_EMAIL)
    path = f"/support/sessions/{code}/offers"
    etag = client.get(path).headers["ETag"]
    assert client.get(path, headers={"If-None-Match": etag}).status_code == 304

    first = staff.post(path, {"installation_key": SCH_KEY.text}).json()
    second = staff.post(path, {"installation_key": SCH_KEY.text}).json()

    changed = client.get(path, headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["ETag"] != etag
    assert [o["offer_id"] for o in changed.json()["offers"]] == [
        second["offer_id"], first["offer_id"]
    ]
    # Asking again for the same installation key does not take another seat.
    assert query(fresh_stub.db_path, "SELECT COUNT(*) FROM registrations WHERE "
                 "installation_key = ?", SCH_KEY.text) == [(1,)]


def test_only_the_sessions_client_and_staff_see_its_offers(fresh_stub: RunningStub) -> None:
    client, code = open_session(fresh_stub)
    path = f"/support/sessions/{code}/offers"
    other = logged_in(fresh_stub.url, OTHER_EMAIL)
    staff = logged_in(fresh_stub.url, STAFF_EMAIL)
    staff.post(path, {"installation_key": SCH_KEY.text})

    # Another client: as if the code did not exist (a live code is not confirmed).
    assert other.get(path).status_code == 404
    assert other.get(path).json()["error"] == "not_found"
    # Clients never issue into a session, not even their own; nobody anonymous reads.
    for api in (client, other):
        answer = api.post(path, {"installation_key": SCH_KEY.text})
        assert answer.status_code == 403 and answer.json()["error"] == "forbidden"
    assert Api(fresh_stub.url).get(path).status_code == 401
    for unknown in ("000000", "12345", "abcdef"):
        assert staff.get(f"/support/sessions/{unknown}/offers").status_code == 404
        assert staff.post(
            f"/support/sessions/{unknown}/offers", {"installation_key": SCH_KEY.text}
        ).status_code == 404
    # The other client's own session shows none of the demo client's offers.
    other_code = other.post("/support/sessions", {"diagnostics": {}}).json()["code"]
    assert other.get(f"/support/sessions/{other_code}/offers").json() == {"offers": []}


def test_a_key_of_another_client_is_refused_on_the_customer_row(fresh_stub: RunningStub) -> None:
    _client, code = open_session(fresh_stub)
    staff = logged_in(fresh_stub.url, STAFF_EMAIL)
    foreign = installation_key(customer=1002)
    answer = staff.post(f"/support/sessions/{code}/offers", {"installation_key": foreign.text})
    assert answer.status_code == 422
    failing = [r["param"] for r in answer.json()["details"]["comparison"] if not r["ok"]]
    assert "customer" in failing


def test_an_expired_session_takes_no_offers_and_shows_none(fresh_stub: RunningStub) -> None:
    fresh_stub.clock.set(dt.datetime.now(dt.UTC))
    client, code = open_session(fresh_stub)
    path = f"/support/sessions/{code}/offers"
    fresh_stub.clock.advance(minutes=30, seconds=1)
    client = logged_in(fresh_stub.url)  # the earlier access token expired with the clock
    staff = logged_in(fresh_stub.url, STAFF_EMAIL)
    assert client.get(path).status_code == 404
    assert staff.post(path, {"installation_key": SCH_KEY.text}).status_code == 404


def test_a_session_holds_at_most_ten_offers(fresh_stub: RunningStub) -> None:
    client, code = open_session(fresh_stub)
    staff = logged_in(fresh_stub.url, STAFF_EMAIL)
    path = f"/support/sessions/{code}/offers"
    for _ in range(MAX_OFFERS):
        assert staff.post(path, {"installation_key": SCH_KEY.text}).status_code == 201
    over = staff.post(path, {"installation_key": SCH_KEY.text})
    assert over.status_code == 409 and over.json()["error"] == "too_many_offers"
    assert len(client.get(path).json()["offers"]) == MAX_OFFERS


def test_bad_bodies_are_named(fresh_stub: RunningStub) -> None:
    _client, code = open_session(fresh_stub)
    staff = logged_in(fresh_stub.url, STAFF_EMAIL)
    path = f"/support/sessions/{code}/offers"
    assert staff.post(path, {}).json()["details"]["field"] == "installation_key"
    wrong = staff.post(path, {"installation_key": "ABCDE"})
    assert wrong.status_code == 400 and wrong.json()["error"] == "invalid_installation_key"


def test_the_client_ends_its_session_and_staff_can_send_nothing_more(
    fresh_stub: RunningStub,
) -> None:
    client, code = open_session(fresh_stub)
    other, _ = open_session(fresh_stub, OTHER_EMAIL)
    staff = logged_in(fresh_stub.url, STAFF_EMAIL)
    # Another client cannot end it: 404, as for a code that does not exist.
    assert other.request("DELETE", f"/support/sessions/{code}").status_code == 404
    assert client.get(f"/support/sessions/{code}/offers").status_code == 200

    assert client.request("DELETE", f"/support/sessions/{code}").status_code == 204

    sent = staff.post(f"/support/sessions/{code}/offers", {"installation_key": SCH_KEY.text})
    assert sent.status_code == 404  # no key is issued into a session nobody waits on
    assert staff.get(f"/support/sessions/{code}").status_code == 404
    assert client.request("DELETE", f"/support/sessions/{code}").status_code == 404
