"""Refresh token and cache key in the keyring; the encrypted offline copy."""

from __future__ import annotations

import datetime as dt
import os
import time

import keyring
import pytest
from keyring.backends import fail

from pasoss_activator.core.cache import AccountCache, CacheContent
from pasoss_activator.core.credentials import SERVICE_NAME, Credentials

URL = "https://service.example/api/v1"


@pytest.fixture
def no_keyring() -> None:
    keyring.set_keyring(fail.Keyring())  # the conftest fixture restores the previous one


def content() -> CacheContent:
    return CacheContent(
        account={"email": "a@b.bg"},
        profile={"company": "Тайна фирма ЕООД"},
        licences=[{"id": 7}],
        etags={"profile": '"abc"'},
        synced_at=dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC),
    )


def test_refresh_token_lives_in_the_keyring_under_documented_names(memory_keyring) -> None:
    creds = Credentials()
    assert creds.save_refresh_token(URL, "A@B.bg", "refresh-secret")
    assert memory_keyring.secrets[(SERVICE_NAME, f"{URL}|a@b.bg")] == "refresh-secret"
    assert Credentials().refresh_token(URL, "a@b.bg") == "refresh-secret"
    creds.forget(URL, "a@b.bg")
    assert Credentials().refresh_token(URL, "a@b.bg") is None


def test_without_keyring_the_login_lasts_for_the_session_only(no_keyring: None) -> None:
    creds = Credentials()
    assert not creds.available
    assert creds.save_refresh_token(URL, "a@b.bg", "refresh-secret") is False
    assert creds.refresh_token(URL, "a@b.bg") == "refresh-secret"
    assert Credentials().refresh_token(URL, "a@b.bg") is None  # a new process forgets it


def test_without_keyring_no_offline_copy_is_written(no_keyring: None, tmp_path) -> None:
    cache = AccountCache(URL, "a@b.bg", Credentials(), folder=tmp_path)
    assert cache.save(content()) is False
    assert list(tmp_path.iterdir()) == []


def test_offline_copy_round_trips_and_is_encrypted(tmp_path) -> None:
    cache = AccountCache(URL, "a@b.bg", Credentials(), folder=tmp_path)
    assert cache.save(content())
    raw = cache.path.read_bytes()
    assert "Тайна".encode() not in raw and b"a@b.bg" not in raw
    assert "a@b.bg" not in cache.path.name
    loaded = AccountCache(URL, "a@b.bg", Credentials(), folder=tmp_path).load()
    assert loaded == content()


@pytest.mark.parametrize("damage", [b"garbage", b"", b"gAAAAA" + b"x" * 80])
def test_damaged_offline_copy_is_discarded_not_a_crash(tmp_path, damage: bytes) -> None:
    cache = AccountCache(URL, "a@b.bg", Credentials(), folder=tmp_path)
    cache.save(content())
    cache.path.write_bytes(damage)
    assert cache.load() is None
    assert not cache.path.exists()


def test_copy_under_another_key_is_discarded(tmp_path, memory_keyring) -> None:
    cache = AccountCache(URL, "a@b.bg", Credentials(), folder=tmp_path)
    cache.save(content())
    memory_keyring.secrets.clear()
    Credentials().cache_key(URL, "a@b.bg", create=True)  # a new, different key
    assert cache.load() is None
    assert not cache.path.exists()


def test_each_account_has_its_own_copy(tmp_path) -> None:
    one = AccountCache(URL, "a@b.bg", Credentials(), folder=tmp_path)
    other = AccountCache(URL, "c@d.bg", Credentials(), folder=tmp_path)
    one.save(content())
    assert other.path != one.path
    assert other.load() is None


def test_a_save_removes_what_a_killed_save_left_behind(tmp_path) -> None:
    cache = AccountCache(URL, "a@b.bg", Credentials(), folder=tmp_path)
    killed = tmp_path / ".account-k1ll3d_x.tmp"
    in_progress = tmp_path / ".account-w0rk1ng_.tmp"
    killed.write_bytes(b"half a copy")
    in_progress.write_bytes(b"another process saving now")
    an_hour_ago = time.time() - 3600
    os.utime(killed, (an_hour_ago, an_hour_ago))
    assert cache.save(content())
    assert not killed.exists() and in_progress.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [cache.path.name, in_progress.name]
    )
    assert cache.load() == content()
