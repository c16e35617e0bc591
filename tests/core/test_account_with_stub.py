"""The facade against the real stub: token expiry, refresh rotation, ETags, seats."""

from __future__ import annotations

from pasoss_activator.core.account import Activator
from pasoss_activator.core.credentials import Credentials
from pasoss_activator.core.discovery import NoRegistry

EMAIL = "demo@pasoss.example"
PASSWORD = "demo-parola-2026"


def test_an_expired_access_token_is_refreshed_and_the_new_refresh_token_kept(fresh_stub) -> None:
    activator = Activator(fresh_stub.url, registry=NoRegistry())
    activator.login(EMAIL, PASSWORD)
    first_refresh = Credentials().refresh_token(activator.server_url, EMAIL)
    activator.sync()
    fresh_stub.clock.advance(minutes=16)  # past the access token's 15 minutes
    data = activator.sync()
    assert data.profile["customer_number"] == 1001
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
    assert gui.sync().profile["customer_number"] == 1001
    assert Activator(fresh_stub.url, registry=NoRegistry()).resume() is not None


def test_a_long_session_survives_a_command_rotating_the_token_meanwhile(fresh_stub) -> None:
    """The GUI stays open past its access token while a command used the same login."""
    gui = Activator(fresh_stub.url, registry=NoRegistry())
    gui.login(EMAIL, PASSWORD)
    assert Activator(fresh_stub.url, registry=NoRegistry()).resume() is not None
    fresh_stub.clock.advance(minutes=16)  # the GUI's access token has expired
    assert gui.sync().profile["customer_number"] == 1001
    assert Activator(fresh_stub.url, registry=NoRegistry()).resume() is not None


def test_an_unchanged_account_syncs_with_304s(stub) -> None:
    activator = Activator(stub.url, registry=NoRegistry())
    activator.login(EMAIL, PASSWORD)
    activator.sync()
    activator.sync()
    assert activator.last_sync_stats is not None
    assert set(activator.last_sync_stats.unchanged) == {"profile", "licences", "contracts", "news"}


def test_the_programs_found_are_reported_to_the_service(stub, tmp_path) -> None:
    from pasoss_activator.core.demo_programs import create_demo_programs

    activator = Activator(stub.url, registry=NoRegistry())
    activator.settings.program_folders = [str(f) for f in create_demo_programs(tmp_path)]
    activator.login(EMAIL, PASSWORD)
    assert activator.report_installations(activator.programs()) == 2
