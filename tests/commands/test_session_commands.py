"""login, logout, status and the account commands against the real stub, in process."""

from __future__ import annotations

import datetime as dt
import re

import keyring
import pytest
from keyring.backends import fail

from pasoss_activator.core.cache import AccountCache
from pasoss_activator.core.credentials import SERVICE_NAME, Credentials

from .cli_run import EMAIL, PASSWORD, run


def test_login_is_remembered_then_logout_forgets_it(capsys, stub, memory_keyring) -> None:
    login = run(capsys, "login", "--server", stub.url, "--email", EMAIL, "--password-stdin",
                password=PASSWORD)
    assert login.code == 0 and "Демо Счетоводство" in login.out
    assert (SERVICE_NAME, f"{stub.url}|{EMAIL}") in memory_keyring.secrets
    assert PASSWORD not in str(memory_keyring.secrets)
    profile = run(capsys, "profile", "--server", stub.url)
    assert profile.code == 0
    assert re.search(r"Клиентски номер:\s+1001", profile.out)
    status = run(capsys, "status", "--server", stub.url, "--json")
    assert status.json()["logged_in"] and status.json()["account"]["email"] == EMAIL
    logout = run(capsys, "logout", "--server", stub.url)
    assert logout.code == 0
    assert (SERVICE_NAME, f"{stub.url}|{EMAIL}") not in memory_keyring.secrets
    after = run(capsys, "licences", "--server", stub.url, "--json")
    assert after.code == 3 and after.json()["error"] == "login_required"


def test_contracts_show_dates_and_money_the_bulgarian_way(capsys, stub) -> None:
    result = run(capsys, "contracts", "--server", stub.url, "--email", EMAIL,
                 "--password-stdin", password=PASSWORD)
    assert result.code == 0
    assert re.search(r"\d{2}\.\d{2}\.\d{4}", result.out)
    assert re.search(r"\d+,\d{2} лв\.", result.out) and re.search(r"\d+,\d{2} €", result.out)
    header, rule = result.out.splitlines()[:2]
    assert header.startswith("Година") and set(rule) <= {"-", " "}


def test_licences_and_news_in_json_and_text(capsys, stub) -> None:
    lic = run(capsys, "licences", "--json", "--server", stub.url, "--email", EMAIL,
              "--password-stdin", password=PASSWORD)
    assert {item["product"] for item in lic.json()["licences"]} == {"SCH", "RZ5"}
    assert lic.json()["from_cache"] is False
    text = run(capsys, "licences", "--server", stub.url, "--email", EMAIL, "--password-stdin",
               password=PASSWORD)
    assert "ПАСОСС-Работни заплати 5" in text.out and "31.12." in text.out
    news = run(capsys, "news", "--server", stub.url, "--email", EMAIL, "--password-stdin",
               password=PASSWORD)
    assert news.code == 0 and re.search(r"^\d{2}\.\d{2}\.\d{4}  ", news.out, re.M)


def test_throttled_login_exits_3_and_says_when_to_retry(capsys, fresh_stub) -> None:
    for _ in range(5):
        wrong = run(capsys, "login", "--server", fresh_stub.url, "--email", EMAIL,
                    "--password-stdin", "--json", password="wrong-password")
        assert wrong.code == 3 and wrong.json()["error"] == "invalid_credentials"
    throttled = run(capsys, "login", "--server", fresh_stub.url, "--email", EMAIL,
                    "--password-stdin", "--json", password=PASSWORD)
    assert throttled.code == 3
    assert throttled.json()["error"] == "too_many_attempts"
    assert set(throttled.json()) == {"error", "message"}
    assert re.search(r"след \d+ секунди", throttled.json()["message"])


def test_offline_start_shows_the_cached_account_and_its_age(capsys, fresh_stub) -> None:
    url = fresh_stub.url
    first = run(capsys, "licences", "--server", url, "--email", EMAIL, "--password-stdin",
                "--json", password=PASSWORD)
    assert first.code == 0
    run(capsys, "login", "--server", url, "--email", EMAIL, "--password-stdin",
        password=PASSWORD)
    fresh_stub.stop()
    offline = run(capsys, "licences", "--server", url, "--json")
    assert offline.code == 0
    assert offline.json()["from_cache"] is True
    assert offline.json()["licences"] == first.json()["licences"]
    assert "Няма връзка" in offline.err and "запазени на" in offline.err
    assert "току-що" in offline.err or "преди" in offline.err
    stamp = dt.datetime.fromisoformat(offline.json()["synced_at"])
    assert abs(dt.datetime.now(dt.UTC) - stamp) < dt.timedelta(minutes=5)


def test_a_corrupt_cache_is_refetched(capsys, stub) -> None:
    run(capsys, "login", "--server", stub.url, "--email", EMAIL, "--password-stdin",
        password=PASSWORD)
    assert run(capsys, "profile", "--server", stub.url).code == 0
    cache = AccountCache(stub.url, EMAIL, Credentials())
    assert cache.path.exists()
    cache.path.write_bytes(b"\x00not fernet at all")
    again = run(capsys, "profile", "--server", stub.url, "--json")
    assert again.code == 0 and again.json()["profile"]["customer_number"] == 1001
    assert cache.load() is not None


def test_without_keyring_the_login_is_for_this_run_only(capsys, stub) -> None:
    keyring.set_keyring(fail.Keyring())
    login = run(capsys, "login", "--server", stub.url, "--email", EMAIL, "--password-stdin",
                password=PASSWORD)
    assert login.code == 0
    # The window's words, not the library's name (one vocabulary across CLI and GUI).
    assert "няма защитено хранилище за данни за вход" in login.err
    assert "keyring" not in login.err
    later = run(capsys, "profile", "--server", stub.url)
    assert later.code == 3 and "login" in later.err


@pytest.mark.parametrize("args", [[], ["bogus"], ["activate", "--nonsense"]])
def test_usage_errors_exit_2_also_in_json(capsys, args: list[str]) -> None:
    result = run(capsys, *args, "--json")
    assert result.code == 2
    assert result.json()["error"] == "usage"
    assert "Traceback" not in result.out + result.err


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["bogus"], "няма такава възможност 'bogus'"),
        (["support", "show"], "липсва задължителното: КОД"),
        (["login", "--server"], "--server: след нея трябва да има стойност"),
    ],
)
def test_argparse_mistakes_are_told_in_bulgarian(capsys, args: list[str], said: str) -> None:
    result = run(capsys, *args)
    assert result.code == 2
    assert said in result.err
    for english in ("invalid choice", "required", "expected", "argument"):
        assert english not in result.err


def test_age_is_said_in_words() -> None:
    from pasoss_activator.commands.output import age_text

    now = dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.UTC)
    assert age_text(now - dt.timedelta(seconds=20), now) == "току-що"
    assert age_text(now - dt.timedelta(minutes=1), now) == "преди 1 минута"
    assert age_text(now - dt.timedelta(hours=3), now) == "преди 3 часа"
    assert age_text(now - dt.timedelta(days=4), now) == "преди 4 дни"
