"""The facade against the real stub: token expiry, refresh rotation, ETags, seats."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pasoss_activator.core.account import Activator
from pasoss_activator.core.cache import AccountCache
from pasoss_activator.core.credentials import Credentials
from pasoss_activator.core.discovery import NoRegistry
from server_stub.http import ApiHandler
from server_stub.testing import RunningStub

EMAIL = "demo@pasoss.example"
PASSWORD = "demo-parola-2026"


def test_an_expired_access_token_is_refreshed_and_the_new_refresh_token_kept(fresh_stub) -> None:
    activator = Activator(fresh_stub.url, registry=NoRegistry())
    activator.login(EMAIL, PASSWORD)
    first_refresh = Credentials().refresh_token(activator.server_url, EMAIL)
    activator.sync()
    fresh_stub.clock.advance(minutes=16)  # past the access token's 15 minutes
    data = activator.sync()
    assert data.profile.customer_number == 1001
    second_refresh = Credentials().refresh_token(activator.server_url, EMAIL)
    assert second_refresh and second_refresh != first_refresh
    again = Activator(fresh_stub.url, registry=NoRegistry())
    assert again.resume() is not None  # the rotated token is the one that works


def test_a_refresh_by_another_activator_meanwhile_does_not_log_either_out(fresh_stub) -> None:
    """The GUI and a command share one keyring entry; one refreshes between the other's
    reading the token and using it. Both must stay logged in, and the entry must stay."""
    Activator(fresh_stub.url, registry=NoRegistry()).login(EMAIL, PASSWORD)
    command = Activator(fresh_stub.url, registry=NoRegistry())
    stale = Credentials().refresh_token(command.server_url, EMAIL)
    gui = Activator(fresh_stub.url, registry=NoRegistry())
    assert gui.resume() is not None  # the GUI rotates the token first
    reads = iter([stale])
    real_read = command.credentials.refresh_token
    command.credentials.refresh_token = (  # type: ignore[method-assign]
        lambda url, email: next(reads, None) or real_read(url, email)
    )
    assert command.resume() is not None
    assert Credentials().refresh_token(command.server_url, EMAIL)
    assert gui.sync().profile.customer_number == 1001
    assert Activator(fresh_stub.url, registry=NoRegistry()).resume() is not None


def test_a_long_session_survives_a_command_rotating_the_token_meanwhile(fresh_stub) -> None:
    """The GUI stays open past its access token while a command used the same login."""
    gui = Activator(fresh_stub.url, registry=NoRegistry())
    gui.login(EMAIL, PASSWORD)
    assert Activator(fresh_stub.url, registry=NoRegistry()).resume() is not None
    fresh_stub.clock.advance(minutes=16)  # the GUI's access token has expired
    assert gui.sync().profile.customer_number == 1001
    assert Activator(fresh_stub.url, registry=NoRegistry()).resume() is not None


@pytest.fixture
def answered(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str, int]]]:
    """Every request the stub answers, as (method, path, status), counted by the stub."""
    seen: list[tuple[str, str, int]] = []
    original = ApiHandler.log_request

    def log_request(self: ApiHandler, code: int | str = "-", size: int | str = "-") -> None:
        seen.append((self.command, self.path, int(code)))
        original(self, code, size)

    monkeypatch.setattr(ApiHandler, "log_request", log_request)
    yield seen


def test_an_unchanged_account_is_one_request_answered_304(stub, answered) -> None:
    activator = Activator(stub.url, registry=NoRegistry())
    activator.login(EMAIL, PASSWORD)
    first = activator.sync()
    answered.clear()
    again = activator.sync()
    assert answered == [("GET", "/api/v1/sync", 304)]
    assert (again.profile, again.licences, again.contracts, again.news) == (
        first.profile, first.licences, first.contracts, first.news
    )
    assert activator.last_sync_stats is not None
    assert set(activator.last_sync_stats.unchanged) == {"profile", "licences", "contracts", "news"}


def test_a_service_without_sync_is_synced_with_the_four_routes(
    fresh_stub: RunningStub, answered
) -> None:
    routes = fresh_stub.server.routes
    fresh_stub.server.routes = [r for r in routes if "sync" not in r.pattern.pattern]
    activator = Activator(fresh_stub.url, registry=NoRegistry())
    activator.login(EMAIL, PASSWORD)
    answered.clear()
    data = activator.sync()
    assert answered == [
        ("GET", "/api/v1/sync", 404),
        ("GET", "/api/v1/profile", 200),
        ("GET", "/api/v1/licences", 200),
        ("GET", "/api/v1/contracts", 200),
        ("GET", "/api/v1/news", 200),
    ]
    assert data.profile.customer_number == 1001 and data.licences and data.contracts
    answered.clear()
    activator.sync()
    assert [status for _, _, status in answered] == [304] * 4


def test_the_programs_found_are_reported_to_the_service(stub, tmp_path) -> None:
    from pasoss_activator.core.demo_programs import create_demo_programs

    activator = Activator(stub.url, registry=NoRegistry())
    activator.settings.program_folders = [str(f) for f in create_demo_programs(tmp_path)]
    activator.login(EMAIL, PASSWORD)
    assert activator.report_installations(activator.programs()) == 2


def test_the_offline_copy_names_the_accounts_role_and_one_without_it_still_opens(
    fresh_stub,
) -> None:
    from server_stub.demo import STAFF_EMAIL, STAFF_PASSWORD

    staff = Activator(fresh_stub.url, registry=NoRegistry())
    staff.login(STAFF_EMAIL, STAFF_PASSWORD)
    assert staff.sync().role == "staff"
    client = Activator(fresh_stub.url, registry=NoRegistry())
    client.login(EMAIL, PASSWORD)
    assert client.sync().role == "client"
    fresh_stub.stop()

    offline = Activator(fresh_stub.url, registry=NoRegistry(), retries=0)
    copy = offline.cached(STAFF_EMAIL)
    assert copy is not None and copy.from_cache and copy.role == "staff"

    # A copy saved before the role was kept (the same format version): it opens, naming
    # no role, so the window offers a client's sections until the session is resumed.
    cache = AccountCache(offline.server_url, EMAIL, Credentials())
    content = cache.load()
    assert content is not None
    del content.account["role"]
    cache.save(content)
    old = Activator(fresh_stub.url, registry=NoRegistry(), retries=0).cached(EMAIL)
    assert old is not None and old.role is None
    assert old.profile.customer_number == 1001
