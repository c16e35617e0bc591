"""Login throttling: per e-mail and per address, sliding 15 minutes (DESIGN.md section 5)."""

from __future__ import annotations

from server_stub.demo import DEMO_EMAIL, DEMO_PASSWORD, OTHER_EMAIL
from server_stub.testing import RunningStub

from .helpers import Api


def fail(api: Api, email: str = DEMO_EMAIL) -> int:
    return api.login(email, "wrong-password").status_code


def test_sixth_failure_and_the_right_password_then_get_429(fresh_stub: RunningStub) -> None:
    api = Api(fresh_stub.url)
    assert [fail(api) for _ in range(5)] == [401] * 5
    sixth = api.login(DEMO_EMAIL, "wrong-password")
    assert sixth.status_code == 429
    assert sixth.json()["error"] == "too_many_attempts"
    wait = sixth.headers["Retry-After"]
    assert wait.isdigit() and 1 <= int(wait) <= 900
    assert sixth.json()["details"]["retry_after"] == int(wait)
    right = api.login(DEMO_EMAIL, DEMO_PASSWORD)
    assert right.status_code == 429 and right.headers["Retry-After"].isdigit()
    # Other accounts are not locked out by it.
    assert api.login(OTHER_EMAIL).status_code == 200


def test_the_window_slides(fresh_stub: RunningStub) -> None:
    api = Api(fresh_stub.url)
    fail(api)
    fresh_stub.clock.advance(minutes=10)
    assert [fail(api) for _ in range(4)] == [401] * 4
    refused = api.login(DEMO_EMAIL, DEMO_PASSWORD)
    assert refused.status_code == 429
    # The first failure leaves the window 5 minutes (300 s) later.
    assert 295 <= int(refused.headers["Retry-After"]) <= 300
    fresh_stub.clock.advance(seconds=int(refused.headers["Retry-After"]))
    assert api.login(DEMO_EMAIL, DEMO_PASSWORD).status_code == 200


def test_a_successful_login_clears_the_count(fresh_stub: RunningStub) -> None:
    api = Api(fresh_stub.url)
    assert [fail(api) for _ in range(4)] == [401] * 4
    assert api.login(DEMO_EMAIL, DEMO_PASSWORD).status_code == 200
    assert [fail(api) for _ in range(5)] == [401] * 5
    assert fail(api) == 429


def test_failures_count_per_lower_cased_email(fresh_stub: RunningStub) -> None:
    api = Api(fresh_stub.url)
    for email in ("DEMO@pasoss.example", "demo@PASOSS.EXAMPLE", DEMO_EMAIL, "Demo@pasoss.example"):
        assert fail(api, email) == 401
    assert fail(api, DEMO_EMAIL.upper()) == 401
    assert api.login(DEMO_EMAIL, DEMO_PASSWORD).status_code == 429


def test_unknown_emails_are_throttled_too(fresh_stub: RunningStub) -> None:
    api = Api(fresh_stub.url)
    assert [fail(api, "ghost@pasoss.example") for _ in range(6)] == [401] * 5 + [429]


def test_malformed_logins_are_not_counted(fresh_stub: RunningStub) -> None:
    api = Api(fresh_stub.url)
    for _ in range(8):
        assert api.post("/auth/login", {"email": DEMO_EMAIL, "password": None}).status_code == 400
    assert api.login(DEMO_EMAIL, DEMO_PASSWORD).status_code == 200


def test_thirty_failures_from_one_address_lock_every_email(fresh_stub: RunningStub) -> None:
    api = Api(fresh_stub.url)
    statuses = [fail(api, f"guess{n}@pasoss.example") for n in range(30)]
    assert statuses == [401] * 30
    refused = api.login(OTHER_EMAIL)
    assert refused.status_code == 429
    assert 1 <= int(refused.headers["Retry-After"]) <= 900
    fresh_stub.clock.advance(minutes=15, seconds=1)
    assert api.login(OTHER_EMAIL).status_code == 200
