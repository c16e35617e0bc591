"""Logging in, tokens, logout, password change and reset (DESIGN.md sections 5 and 6)."""

from __future__ import annotations

import datetime as dt

from server_stub.demo import DEMO_EMAIL, DEMO_PASSWORD, OTHER_EMAIL, STAFF_EMAIL
from server_stub.testing import RunningStub

from .helpers import Api, logged_in, query


def test_tokens_are_random_and_stored_only_as_sha256(stub: RunningStub) -> None:
    import hashlib

    first, second = logged_in(stub.url), logged_in(stub.url)
    tokens = {first.access_token, first.refresh_token, second.access_token, second.refresh_token}
    assert len(tokens) == 4
    stored = {row[0] for row in query(stub.db_path, "SELECT hash FROM tokens")}
    for token in tokens:
        assert token not in stored
        assert hashlib.sha256(token.encode()).hexdigest() in stored
    hashes = [row[0] for row in query(stub.db_path, "SELECT password_hash FROM accounts")]
    assert all(h.startswith("scrypt$16384$8$1$") for h in hashes)
    assert not any("parola" in h for h in hashes)


def test_login_returns_tokens_and_the_account_summary(stub: RunningStub) -> None:
    answer = Api(stub.url).login()
    assert answer.status_code == 200
    body = answer.json()
    assert set(body) == {"access_token", "refresh_token", "expires_in", "account"}  # DESIGN §5
    assert body["expires_in"] == 900
    assert len(body["access_token"]) >= 40 and len(body["refresh_token"]) >= 40
    assert body["access_token"] != body["refresh_token"]
    assert body["account"] == {
        "email": DEMO_EMAIL,
        "company": "„Демо Счетоводство“ ЕООД",
        "customer_number": 1001,
        "role": "client",
    }


def test_staff_login_says_staff(stub: RunningStub) -> None:
    account = Api(stub.url).login(STAFF_EMAIL).json()["account"]
    assert account["role"] == "staff"
    assert account["customer_number"] is None


def test_email_is_matched_without_regard_to_case(stub: RunningStub) -> None:
    assert Api(stub.url).login("Demo@PASOSS.example", DEMO_PASSWORD).status_code == 200


def test_wrong_password_and_unknown_email_get_the_same_answer(fresh_stub: RunningStub) -> None:
    wrong = Api(fresh_stub.url).login(DEMO_EMAIL, "not-the-password")
    unknown = Api(fresh_stub.url).login("nobody@pasoss.example", "not-the-password")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.json()["error"] == "invalid_credentials"
    assert "парола" in wrong.json()["message"]


def test_malformed_login_is_400_not_401(stub: RunningStub) -> None:
    api = Api(stub.url)
    assert api.post("/auth/login", {"email": DEMO_EMAIL}).json()["error"] == "invalid_request"
    wrong_type = api.post("/auth/login", {"email": DEMO_EMAIL, "password": 12345})
    assert wrong_type.status_code == 400
    assert wrong_type.json()["details"]["field"] == "password"
    broken = api.post(
        "/auth/login", data=b'{"email": ', headers={"Content-Type": "application/json"}
    )
    assert broken.status_code == 400 and broken.json()["error"] == "invalid_json"


def test_access_token_opens_the_account_and_nothing_else_does(stub: RunningStub) -> None:
    api = logged_in(stub.url)
    assert api.get("/profile").status_code == 200
    for header in ({}, {"Authorization": "Bearer nonsense"}, {"Authorization": "Basic x"}):
        answer = Api(stub.url).get("/profile", headers=header)
        assert answer.status_code == 401
        assert answer.json()["error"] == "login_required"
    refresh_as_access = {"Authorization": f"Bearer {api.refresh_token}"}
    assert Api(stub.url).get("/profile", headers=refresh_as_access).status_code == 401


def test_access_token_expires_after_15_minutes_and_refresh_gives_a_new_one(
    fresh_stub: RunningStub,
) -> None:
    api = logged_in(fresh_stub.url)
    fresh_stub.clock.advance(minutes=14, seconds=50)
    assert api.get("/profile").status_code == 200
    fresh_stub.clock.advance(seconds=20)
    assert api.get("/profile").status_code == 401
    renewed = api.post("/auth/refresh", {"refresh_token": api.refresh_token})
    assert renewed.status_code == 200
    assert set(renewed.json()) == {"access_token", "refresh_token", "expires_in", "account"}
    assert renewed.json()["account"]["email"] == DEMO_EMAIL
    api.access_token = renewed.json()["access_token"]
    assert api.get("/profile").status_code == 200


def test_refresh_rotates_the_old_token_stops_and_the_new_pair_works(stub: RunningStub) -> None:
    """DESIGN §5: the old refresh token stops working; nothing more is taken away."""
    api = logged_in(stub.url)
    first = api.refresh_token
    second = api.post("/auth/refresh", {"refresh_token": first}).json()
    assert second["refresh_token"] != first
    replay = Api(stub.url).post("/auth/refresh", {"refresh_token": first})
    assert replay.status_code == 401 and replay.json()["error"] == "login_required"
    api.access_token = second["access_token"]
    assert api.get("/profile").status_code == 200
    third = Api(stub.url).post("/auth/refresh", {"refresh_token": second["refresh_token"]})
    assert third.status_code == 200 and set(third.json()) >= {
        "access_token", "refresh_token", "expires_in", "account"}


def test_refresh_with_unknown_or_missing_token(stub: RunningStub) -> None:
    api = Api(stub.url)
    assert api.post("/auth/refresh", {"refresh_token": "x" * 43}).status_code == 401
    assert api.post("/auth/refresh", {}).status_code == 400


def test_logout_revokes_the_login(stub: RunningStub) -> None:
    api = logged_in(stub.url)
    other = logged_in(stub.url)
    answer = api.post("/auth/logout")
    assert answer.status_code == 204 and answer.content == b""
    assert api.get("/profile").status_code == 401
    assert api.post("/auth/refresh", {"refresh_token": api.refresh_token}).status_code == 401
    assert other.get("/profile").status_code == 200


def test_logout_with_the_refresh_token_after_the_access_token_expired(
    fresh_stub: RunningStub,
) -> None:
    api = logged_in(fresh_stub.url)
    fresh_stub.clock.advance(minutes=20)
    answer = Api(fresh_stub.url).post("/auth/logout", {"refresh_token": api.refresh_token})
    assert answer.status_code == 204
    assert api.post("/auth/refresh", {"refresh_token": api.refresh_token}).status_code == 401


def test_logout_without_a_login_is_401(stub: RunningStub) -> None:
    assert Api(stub.url).post("/auth/logout").status_code == 401


def test_password_change_revokes_other_logins_and_keeps_this_one(fresh_stub: RunningStub) -> None:
    here = logged_in(fresh_stub.url)
    elsewhere = logged_in(fresh_stub.url)
    answer = here.post(
        "/profile/password",
        {"current_password": DEMO_PASSWORD, "new_password": "nova-parola-2027"},
    )
    assert answer.status_code == 204
    assert here.get("/profile").status_code == 200
    assert elsewhere.get("/profile").status_code == 401
    assert (
        elsewhere.post("/auth/refresh", {"refresh_token": elsewhere.refresh_token}).status_code
        == 401
    )
    assert Api(fresh_stub.url).login(DEMO_EMAIL, DEMO_PASSWORD).status_code == 401
    assert Api(fresh_stub.url).login(DEMO_EMAIL, "nova-parola-2027").status_code == 200


def test_password_change_refusals(fresh_stub: RunningStub) -> None:
    api = logged_in(fresh_stub.url)
    wrong = api.post(
        "/profile/password", {"current_password": "guess-guess", "new_password": "nova-parola-2027"}
    )
    assert wrong.status_code == 403 and wrong.json()["error"] == "wrong_password"
    for weak in ("kratka", DEMO_EMAIL.upper()):
        answer = api.post(
            "/profile/password", {"current_password": DEMO_PASSWORD, "new_password": weak}
        )
        assert answer.status_code == 400, weak
        assert answer.json()["error"] == "weak_password"
    assert api.post("/profile/password", {"current_password": DEMO_PASSWORD}).status_code == 400
    assert Api(fresh_stub.url).login(DEMO_EMAIL, DEMO_PASSWORD).status_code == 200


def test_password_reset_answers_the_same_for_any_email(fresh_stub: RunningStub) -> None:
    api = Api(fresh_stub.url)
    known = api.post("/auth/password-reset", {"email": OTHER_EMAIL})
    unknown = api.post("/auth/password-reset", {"email": "nobody@pasoss.example"})
    assert known.status_code == unknown.status_code == 202
    assert known.json() == unknown.json()
    outbox = query(fresh_stub.db_path, "SELECT email, token FROM password_reset_outbox")
    assert [row[0] for row in outbox] == [OTHER_EMAIL]
    assert len(outbox[0][1]) >= 40
    assert api.post("/auth/password-reset", {"email": None}).status_code == 400


def test_generated_timestamps_follow_the_injected_clock(fresh_stub: RunningStub) -> None:
    fresh_stub.clock.set(dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC))
    api = logged_in(fresh_stub.url)
    created = api.post("/support/sessions", {"diagnostics": {}}).json()
    assert created["expires_at"] == "2026-03-02T10:30:00Z"
