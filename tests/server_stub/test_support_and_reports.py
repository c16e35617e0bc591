"""Support sessions (6-digit codes for staff) and the programs a client reports."""

from __future__ import annotations

import datetime as dt
import re

from server_stub.demo import DEMO_EMAIL, STAFF_EMAIL
from server_stub.testing import RunningStub

from .helpers import Api, installation_key, logged_in, query


def test_a_client_hands_a_report_to_support_under_a_code(fresh_stub: RunningStub) -> None:
    fresh_stub.clock.set(dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.UTC))
    client = logged_in(fresh_stub.url)
    diagnostics = {"activator": "1.0.0", "programs": [{"product": "SCH", "status": "none"}]}
    created = client.post("/support/sessions", {"diagnostics": diagnostics})
    assert created.status_code == 201
    code = created.json()["code"]
    assert re.fullmatch(r"\d{6}", code)
    assert created.json()["expires_at"] == "2026-05-04T09:30:00Z"
    staff = logged_in(fresh_stub.url, STAFF_EMAIL)
    shown = staff.get(f"/support/sessions/{code}")
    assert shown.status_code == 200
    assert shown.json() == {
        "code": code,
        "created_at": "2026-05-04T09:00:00Z",
        "expires_at": "2026-05-04T09:30:00Z",
        "account": {
            "email": DEMO_EMAIL,
            "company": "„Демо Счетоводство“ ЕООД",
            "customer_number": 1001,
        },
        "diagnostics": diagnostics,
    }
    etag = shown.headers["ETag"]
    assert (
        staff.get(f"/support/sessions/{code}", headers={"If-None-Match": etag}).status_code == 304
    )
    fresh_stub.clock.advance(minutes=30, seconds=1)
    staff = logged_in(fresh_stub.url, STAFF_EMAIL)  # the earlier access token expired too
    expired = staff.get(f"/support/sessions/{code}")
    assert expired.status_code == 404 and expired.json()["error"] == "not_found"


def test_only_staff_read_support_sessions(stub: RunningStub) -> None:
    code = logged_in(stub.url).post("/support/sessions", {"diagnostics": {}}).json()["code"]
    assert logged_in(stub.url).get(f"/support/sessions/{code}").status_code == 403
    assert Api(stub.url).get(f"/support/sessions/{code}").status_code == 401
    staff = logged_in(stub.url, STAFF_EMAIL)
    for unknown in ("12345", "abcdef", "1234567"):
        assert staff.get(f"/support/sessions/{unknown}").status_code == 404


def test_support_session_needs_a_diagnostics_object(stub: RunningStub) -> None:
    api = logged_in(stub.url)
    for body in ({}, {"diagnostics": "text"}, {"diagnostics": [1]}):
        answer = api.post("/support/sessions", body)
        assert answer.status_code == 400 and answer.json()["details"]["field"] == "diagnostics"
    assert Api(stub.url).post("/support/sessions", {"diagnostics": {}}).status_code == 401


def report(**changes: str) -> dict[str, str]:
    item = {
        "product": "SCH",
        "version": "230704.0",
        "installation_key": installation_key().text,
        "registration_status": "none",
        "computer_name": "SCHETOVODITEL-1",
    }
    return {**item, **changes}


def test_reported_installations_are_stored_per_account(fresh_stub: RunningStub) -> None:
    api = logged_in(fresh_stub.url)
    items = [report(), report(product="RZ5", registration_status="version_not_covered")]
    answer = api.post("/installations", {"installations": items})
    assert answer.status_code == 200 and answer.json() == {"stored": 2}
    # Reporting the same programs again replaces the earlier report.
    assert api.post("/installations", {"installations": items}).json() == {"stored": 2}
    rows = query(
        fresh_stub.db_path,
        "SELECT a.email, r.product, r.registration_status FROM reported_installations r "
        "JOIN accounts a ON a.id = r.account_id ORDER BY r.product",
    )
    assert rows == [(DEMO_EMAIL, "RZ5", "version_not_covered"), (DEMO_EMAIL, "SCH", "none")]
    assert api.post("/installations", {"installations": []}).json() == {"stored": 0}


def test_reported_installations_are_checked(stub: RunningStub) -> None:
    api = logged_in(stub.url)
    cases = [
        ({}, "installations"),
        ({"installations": {}}, "installations"),
        ({"installations": ["SCH"]}, "installations[0]"),
        ({"installations": [report(product="XYZ")]}, "installations[0].product"),
        (
            {"installations": [report(), report(registration_status="fine")]},
            "installations[1].registration_status",
        ),
        ({"installations": [{**report(), "computer_name": 7}]}, "installations[0].computer_name"),
    ]
    for body, field in cases:
        answer = api.post("/installations", body)
        assert answer.status_code == 400, body
        assert answer.json()["details"]["field"] == field
    assert Api(stub.url).post("/installations", {"installations": []}).status_code == 401
