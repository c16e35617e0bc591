"""The Activator facade over an injected transport: login, sync, offline copy, activation."""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from pasoss_activator.core import errors
from pasoss_activator.core.account import Activator
from pasoss_activator.core.cache import AccountCache, CacheContent
from pasoss_activator.core.demo_programs import create_demo_programs
from pasoss_activator.core.discovery import NoRegistry
from pasoss_activator.core.programs import load_program
from pasoss_activator.core.registration_key import RegistrationKey, Status
from pasoss_activator.core.settings import Settings

from .fake_service import FakeService, fake_session

LOOPBACK = "http://127.0.0.1:1"


def make(service: FakeService, url: str = LOOPBACK) -> tuple[Activator, list]:
    session, calls = fake_session(service)
    activator = Activator(url, http=session, settings=Settings.load(), registry=NoRegistry())
    return activator, calls


@pytest.fixture
def sch(tmp_path: Path) -> Path:
    return create_demo_programs(tmp_path / "pc")[0]


def test_login_is_remembered_and_resumed_without_password(memory_keyring) -> None:
    service = FakeService()
    first, _ = make(service)
    account = first.login("a@b.bg", "right-password-1")
    assert account.company == "„Демо“ ЕООД"
    assert all("right-password-1" not in v for v in memory_keyring.secrets.values())
    second, calls = make(service)
    assert second.resume() == account
    assert [c.path for c in calls] == ["/auth/refresh"]


def test_logout_forgets_session_and_offline_copy(memory_keyring) -> None:
    service = FakeService()
    activator, _ = make(service)
    activator.login("a@b.bg", "right-password-1")
    activator.sync()
    activator.logout()
    assert memory_keyring.secrets == {}
    again, _ = make(service)
    assert again.resume() is None
    assert again.cached("a@b.bg") is None


def test_sync_is_conditional_and_the_copy_opens_offline() -> None:
    service = FakeService()
    activator, calls = make(service)
    activator.login("a@b.bg", "right-password-1")
    data = activator.sync()
    assert data.contracts[0].currency == "EUR" and not data.from_cache
    calls.clear()
    again = activator.sync()
    assert [(c.method, c.path) for c in calls] == [("GET", "/sync")]
    assert "If-None-Match" in calls[0].headers
    assert activator.last_sync_stats is not None and activator.last_sync_stats.changed == ()
    assert again.profile == data.profile
    offline, offline_calls = make(service)
    cached = offline.cached()
    assert cached is not None and cached.from_cache and cached.profile == data.profile
    assert cached.synced_at is not None and offline_calls == []


def test_a_service_without_sync_is_synced_part_by_part() -> None:
    """A service older than GET /sync answers it 404: the four conditional GETs instead,
    and the 404 is not asked again by the same activator."""
    service = FakeService(has_sync=False)
    activator, calls = make(service)
    activator.login("a@b.bg", "right-password-1")
    calls.clear()
    data = activator.sync()
    assert [c.path for c in calls] == ["/sync", "/profile", "/licences", "/contracts", "/news"]
    assert data.contracts[0].currency == "EUR" and data.profile.eik == "123456789"
    calls.clear()
    again = activator.sync()
    assert [c.path for c in calls] == ["/profile", "/licences", "/contracts", "/news"]
    assert all("If-None-Match" in c.headers for c in calls)
    assert activator.last_sync_stats is not None and activator.last_sync_stats.changed == ()
    assert (again.profile, again.licences, again.news) == (data.profile, data.licences, data.news)


def test_a_changed_account_comes_whole_in_the_one_answer() -> None:
    service = FakeService()
    activator, calls = make(service)
    activator.login("a@b.bg", "right-password-1")
    activator.sync()
    service.parts["/news"] = {"news": [{"id": 1, "published_on": "2026-11-28", "title": "Нова",
                                        "body": "Текст", "products": ["SCH"]}]}
    calls.clear()
    data = activator.sync()
    assert [c.path for c in calls] == ["/sync"]
    assert data.news[0].title == "Нова" and data.profile.eik == "123456789"
    assert activator.last_sync_stats is not None
    assert activator.last_sync_stats.changed == ("news",)
    offline, _ = make(service)
    cached = offline.cached()
    assert cached is not None and cached.news == data.news


def test_an_offline_copy_of_the_previous_version_opens_and_one_that_does_not_parse_is_dropped(
) -> None:
    service = FakeService()
    activator, _ = make(service)
    activator.login("a@b.bg", "right-password-1")
    activator.sync()
    cache = AccountCache(activator.server_url, "a@b.bg", activator.credentials)
    stored = cache.load()
    assert stored is not None
    # The file format is unchanged (the service's JSON as sent): what the previous version
    # wrote is this, and it opens as typed values.
    assert CacheContent.from_json(stored.to_json()) == stored
    opened = make(service)[0].cached()
    assert opened is not None and opened.licences[0].title
    stored.licences = [{"id": 1, "product": "SCH", "modules": "не е списък"}]
    assert cache.save(stored)
    assert make(service)[0].cached() is None  # not understood: dropped, never a crash
    assert not cache.path.exists()
    assert activator.sync().licences  # and the next sync fetches the account whole


def test_sync_reports_the_programs_found(monkeypatch, sch: Path) -> None:
    monkeypatch.setenv("PASOSS_PROGRAMS", str(sch.parent))
    service = FakeService()
    activator, _ = make(service)
    activator.login("a@b.bg", "right-password-1")
    activator.sync()
    assert {i["product"] for i in service.installations} == {"SCH", "RZ5"}
    assert {i["registration_status"] for i in service.installations} == {"none"}


def test_an_unchanged_pc_is_reported_once_and_a_changed_one_again(
    monkeypatch, tmp_path: Path, sch: Path
) -> None:
    monkeypatch.setenv("PASOSS_PROGRAMS", str(sch.parent))
    service = FakeService()
    activator, calls = make(service)
    activator.login("a@b.bg", "right-password-1")
    activator.sync()
    calls.clear()
    activator.sync()
    assert [(c.method, c.path) for c in calls] == [("GET", "/sync")]
    # A program installed meanwhile: the next sync reports the new list.
    create_demo_programs(tmp_path / "more")
    monkeypatch.setenv("PASOSS_PROGRAMS", f"{sch.parent}{os.pathsep}{tmp_path / 'more'}")
    calls.clear()
    activator.sync()
    posted = [c for c in calls if c.method == "POST"]
    assert [c.path for c in posted] == ["/installations"]
    assert len(posted[0].body["installations"]) == 4
    # An activation is reported at once, and the changed status on the next sync.
    activator.activate(load_program(sch))
    assert service.installations[-1]["registration_status"] == "valid"
    calls.clear()
    activator.sync()
    assert [c.path for c in calls if c.method == "POST"] == ["/installations"]


def test_without_keyring_login_works_for_the_session_and_nothing_is_cached() -> None:
    keyring.set_keyring(fail.Keyring())
    activator, _ = make(FakeService())
    activator.login("a@b.bg", "right-password-1")
    assert not activator.keyring_available
    assert activator.sync().profile.eik == "123456789"
    assert activator.cached() is None


def test_activate_writes_a_verified_key(sch: Path) -> None:
    service = FakeService()
    activator, _ = make(service)
    activator.login("a@b.bg", "right-password-1")
    before = (sch / "PASOSS.INI").read_bytes()
    result = activator.activate(load_program(sch))
    assert result.backup_path is not None and result.backup_path.read_bytes() == before
    program = load_program(sch)
    assert program.status(activator.trust, demo_allowed=True) == Status.VALID
    assert RegistrationKey.parse(program.registration_key_text).text == result.registration_key
    assert service.installations[-1]["registration_status"] == "valid"


def flip_one(text: str) -> str:
    index = 20
    replacement = "A" if text[index] != "A" else "B"
    return text[:index] + replacement + text[index + 1 :]


def test_a_tampered_key_is_refused_and_the_file_untouched(sch: Path) -> None:
    activator, _ = make(FakeService(tamper=flip_one))
    activator.login("a@b.bg", "right-password-1")
    before = (sch / "PASOSS.INI").read_bytes()
    with pytest.raises(errors.RegistrationKeyError) as caught:
        activator.activate(load_program(sch))
    assert caught.value.exit_code == 8
    assert (sch / "PASOSS.INI").read_bytes() == before
    assert sorted(p.name for p in sch.iterdir()) == ["PASOSS.INI"]


def test_the_demo_key_is_not_trusted_from_a_remote_service(sch: Path) -> None:
    activator, _ = make(FakeService(), url="https://service.example")
    activator.login("a@b.bg", "right-password-1")
    before = (sch / "PASOSS.INI").read_bytes()
    with pytest.raises(errors.UntrustedKey):
        activator.activate(load_program(sch))
    assert (sch / "PASOSS.INI").read_bytes() == before


def test_offline_activation_through_request_and_response_files(tmp_path: Path, sch: Path) -> None:
    offline, offline_calls = make(FakeService())
    request = offline.write_request(load_program(sch), tmp_path / "request.json")
    assert offline_calls == []
    online, _ = make(FakeService())
    online.login("a@b.bg", "right-password-1")
    online.answer_request(request, tmp_path / "response.json")
    result = offline.activate_from_response(load_program(sch), tmp_path / "response.json")
    assert load_program(sch).status(offline.trust, demo_allowed=True) == Status.VALID
    assert result.config_path == sch / "PASOSS.INI"


def test_a_changed_response_file_is_refused(tmp_path: Path, sch: Path) -> None:
    activator, _ = make(FakeService())
    activator.login("a@b.bg", "right-password-1")
    request = activator.write_request(load_program(sch), tmp_path / "request.json")
    response = tmp_path / "response.json"
    activator.answer_request(request, response)
    data = json.loads(response.read_text(encoding="utf-8"))
    data["registration_key"] = flip_one(data["registration_key"])
    response.write_text(json.dumps(data), encoding="utf-8")
    before = (sch / "PASOSS.INI").read_bytes()
    with pytest.raises(errors.RegistrationKeyError):
        activator.activate_from_response(load_program(sch), response)
    assert (sch / "PASOSS.INI").read_bytes() == before


def test_a_response_for_another_program_is_refused(tmp_path: Path, sch: Path) -> None:
    rz5 = sch.parent / "RZ5"
    activator, _ = make(FakeService())
    activator.login("a@b.bg", "right-password-1")
    request = activator.write_request(load_program(rz5), tmp_path / "request.json")
    activator.answer_request(request, tmp_path / "response.json")
    before = (sch / "PASOSS.INI").read_bytes()
    with pytest.raises(errors.RegistrationKeyError) as caught:
        activator.activate_from_response(load_program(sch), tmp_path / "response.json")
    assert caught.value.status == "other_installation"
    assert (sch / "PASOSS.INI").read_bytes() == before
