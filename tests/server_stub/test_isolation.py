"""One client never sees another's data, through any endpoint (DESIGN.md section 6)."""

from __future__ import annotations

import json

from server_stub.demo import DEMO_EMAIL, OTHER_EMAIL
from server_stub.testing import RunningStub

from .helpers import failing, installation_key, logged_in, rows_by_param

OTHER_MARKS = ["1002", "other@pasoss.example", "Друга Фирма", "131234560", "Абонамент Стандарт"]


def test_account_data_of_a_shows_nothing_of_b(fresh_stub: RunningStub) -> None:
    other = logged_in(fresh_stub.url, OTHER_EMAIL)
    other_key = installation_key(modules=(0, 1), kind="standalone", workplaces=1, customer=1002)
    assert other.post("/keys", {"installation_key": other_key.text}).status_code == 200
    demo = logged_in(fresh_stub.url, DEMO_EMAIL)
    seen = json.dumps(
        [demo.get(path).json() for path in ("/profile", "/licences", "/contracts")],
        ensure_ascii=False,
    )
    for mark in [*OTHER_MARKS, other_key.text, other_key.workstation_hex]:
        assert mark not in seen
    other_licence_ids = {lic["id"] for lic in other.get("/licences").json()["licences"]}
    demo_licence_ids = {lic["id"] for lic in demo.get("/licences").json()["licences"]}
    assert not other_licence_ids & demo_licence_ids


def test_a_key_with_another_clients_number_fails_on_the_customer_row_only(
    stub: RunningStub,
) -> None:
    demo = logged_in(stub.url)
    # Fits the other client's licence exactly (standalone, modules 0,1,4, 2 places) ...
    key = installation_key(modules=(0, 1, 4), kind="standalone", workplaces=2, customer=1002)
    answer = demo.post("/keys", {"installation_key": key.text})
    assert answer.status_code == 422
    details = answer.json()["details"]
    comparison = details["comparison"]
    rows = rows_by_param(comparison)
    assert "customer" in failing(comparison)
    assert rows["customer"]["entitled_value"] == 1001
    # ... but is compared against the caller's own licence, so it reveals nothing of B.
    assert rows["modules"]["entitled_value"] == [0, 1, 2, 3]
    assert rows["modules"]["ok"] is False
    assert rows["installation_type"]["entitled_value"] == "network_server"
    text = json.dumps(answer.json(), ensure_ascii=False)
    assert "Друга Фирма" not in text and "Абонамент Стандарт" not in text
    own = {lic["id"] for lic in demo.get("/licences").json()["licences"]}
    assert details["licence_id"] in own


def test_a_key_with_another_clients_number_is_refused_even_when_all_else_fits(
    stub: RunningStub,
) -> None:
    key = installation_key(customer=1002)  # otherwise the demo's own new PC
    answer = logged_in(stub.url).post("/keys", {"installation_key": key.text})
    assert answer.status_code == 422
    assert failing(answer.json()["details"]["comparison"]) == ["customer"]


def test_support_sessions_are_not_readable_by_another_client(stub: RunningStub) -> None:
    created = logged_in(stub.url, OTHER_EMAIL).post(
        "/support/sessions", {"diagnostics": {"note": "B"}}
    )
    code = created.json()["code"]
    answer = logged_in(stub.url).get(f"/support/sessions/{code}")
    assert answer.status_code == 403
    assert "B" not in json.dumps(answer.json()["details"])
