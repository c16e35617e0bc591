"""Diagnostics without the service: a licence that could not be checked is never called
missing, the offline copy is used and named, and a report taken while offline is taken
again before it goes to support."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from pasoss_activator.core.account import Activator
from pasoss_activator.core.demo_programs import create_demo_programs
from pasoss_activator.core.diagnostics import build_report
from pasoss_activator.core.support import fetch_session, is_current, start_support
from server_stub.testing import RunningStub, running_stub

from .support_env import DEMO_EMAIL, DEMO_PASSWORD, STAFF_EMAIL, STAFF_PASSWORD

NONE_IN_ACCOUNT = "В профила няма лиценз"


@pytest.fixture
def programs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "programs"
    create_demo_programs(root)
    monkeypatch.setenv("PASOSS_PROGRAMS", str(root))
    return root


def stopped_stub(template: Path, tmp_path: Path, *, sync: bool) -> Activator:
    """An activator logged in (and with ``sync`` an offline copy saved) against a stub
    that has since stopped: the service no longer answers at that address."""
    db = tmp_path / "gone.db"
    shutil.copyfile(template, db)
    with running_stub(db) as stub:
        activator = Activator(stub.url, timeout=(2.0, 5.0), retries=0)
        activator.login(DEMO_EMAIL, DEMO_PASSWORD)
        if sync:
            activator.sync()
    # A kept-alive connection would still reach the stopped server's handler thread.
    activator.client.session.close()
    return activator


def problems_of(report: dict, product: str) -> str:
    return " ".join(p for p in report["problems"] if p.startswith(product) or product in p)


def test_without_service_or_offline_copy_the_licence_is_unchecked_not_missing(
    _demo_database: Path, tmp_path: Path, programs: Path
) -> None:
    activator = stopped_stub(_demo_database, tmp_path, sync=False)

    report = build_report(activator, network=False)

    assert report["licences"] == {"source": "none"}
    text = " ".join(report["problems"])
    assert NONE_IN_ACCOUNT not in text
    assert "Лицензът не можа да бъде проверен" in text


def test_offline_the_saved_copy_is_used_and_named(
    _demo_database: Path, tmp_path: Path, programs: Path
) -> None:
    activator = stopped_stub(_demo_database, tmp_path, sync=True)
    offline = Activator(activator.server_url, timeout=(2.0, 5.0), retries=0)

    report = build_report(offline, network=False)

    assert report["licences"] == {"source": "offline_copy"}
    text = " ".join(report["problems"])
    assert NONE_IN_ACCOUNT not in text
    # RZ5 still gets its reason from the saved licence, said to come from the saved copy.
    [rz5] = [p for p in report["problems"] if "Работни заплати" in p]
    assert "Лицензът не покрива" in rz5 and "По запазеното копие на профила" in rz5


def test_a_report_taken_offline_is_taken_again_when_the_upload_gets_through(
    _demo_database: Path, tmp_path: Path, programs: Path, fresh_stub: RunningStub
) -> None:
    stale = build_report(stopped_stub(_demo_database, tmp_path, sync=False), network=False)
    assert not is_current(stale)
    client = Activator(fresh_stub.url, timeout=(5.0, 10.0), retries=0)
    client.login(DEMO_EMAIL, DEMO_PASSWORD)

    code = start_support(client, stale)

    staff = Activator(fresh_stub.url, timeout=(5.0, 10.0), retries=0)
    staff.login(STAFF_EMAIL, STAFF_PASSWORD)
    sent = fetch_session(staff, code.code)["diagnostics"]
    assert sent["licences"] == {"source": "service"}
    assert sent["service"]["url"] == fresh_stub.url
    assert "не можа да бъде проверен" not in " ".join(sent["problems"])


def test_a_current_report_is_sent_as_it_is_and_an_old_one_is_not_current(
    fresh_stub: RunningStub, programs: Path
) -> None:
    client = Activator(fresh_stub.url, timeout=(5.0, 10.0), retries=0)
    client.login(DEMO_EMAIL, DEMO_PASSWORD)
    report = build_report(client, network=False)
    assert is_current(report)
    later = dt.datetime.fromisoformat(report["created_at"]) + dt.timedelta(minutes=11)
    assert not is_current(report, later)


def test_a_report_with_the_network_check_is_current_on_loopback(
    fresh_stub: RunningStub, programs: Path
) -> None:
    """On loopback the TLS step is not run (plain HTTP): that is no failed connection, so
    the report just taken is sent as it is instead of being taken again."""
    client = Activator(fresh_stub.url, timeout=(5.0, 10.0), retries=0)
    client.login(DEMO_EMAIL, DEMO_PASSWORD)
    report = build_report(client, network=True)
    assert report["service"]["network"]["tls"].get("skipped")
    assert is_current(report)
