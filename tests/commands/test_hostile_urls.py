"""A service address parsers may read differently is refused with exit 2 before anything
is sent, whether it comes from ``--server``, ``PASOSS_SERVICE_URL`` or ``settings.json``
(DESIGN.md section 6.1, issue 11 finding 1)."""

from __future__ import annotations

import json

import pytest

from pasoss_activator.core.demo_programs import demo_keys
from pasoss_activator.core.products import Product
from pasoss_activator.core.settings import settings_path

from .cli_run import EMAIL, PASSWORD, run

HOSTILE = [
    "http://evil.example:8080\\@127.0.0.1/api/v1",
    "http://evil.example%5C@127.0.0.1/api/v1",
    "http://user@127.0.0.1/api/v1",
    "http://127.0.0.1\t.evil.example/api/v1",
    "http://127.0.0.1\n.evil.example/api/v1",
    "http://[::1%25eth0]:8080/api/v1",
    "http://127.0.0.1\x1b]0;x\x07/api/v1",
]


def _program(tmp_path):
    folder = tmp_path / "SCH"
    folder.mkdir()
    config = folder / "PASOSS.INI"
    config.write_bytes(
        b"[Program]\r\nProduct=SCH\r\nVersion=230704.0\r\n[Registration]\r\n"
        + f"InstallationKey={demo_keys()[Product.SCH].text}\r\n".encode("ascii")
        + b"RegistrationKey=\r\nRegisteredOn=\r\n"
    )
    return folder, config.read_bytes()


def _assert_refused(result, folder, before) -> None:
    assert result.code == 2, result.out + result.err
    answer = result.json()
    assert answer["error"] == "insecure_server_url"
    assert "https://" in answer["message"]
    assert "\x1b" not in result.out + result.err and "\t" not in answer["message"]
    assert (folder / "PASOSS.INI").read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["PASOSS.INI"]


@pytest.mark.parametrize("url", HOSTILE)
def test_from_the_command_line(capsys, tmp_path, url: str) -> None:
    folder, before = _program(tmp_path)
    result = run(capsys, "activate", str(folder), "--server", url, "--email", EMAIL,
                 "--password-stdin", "--json", password=PASSWORD)
    _assert_refused(result, folder, before)


@pytest.mark.parametrize("url", HOSTILE)
def test_from_the_environment(capsys, tmp_path, monkeypatch, url: str) -> None:
    folder, before = _program(tmp_path)
    monkeypatch.setenv("PASOSS_SERVICE_URL", url)
    result = run(capsys, "activate", str(folder), "--email", EMAIL, "--password-stdin",
                 "--json", password=PASSWORD)
    _assert_refused(result, folder, before)


@pytest.mark.parametrize("url", HOSTILE)
def test_from_the_settings_file(capsys, tmp_path, url: str) -> None:
    folder, before = _program(tmp_path)
    settings_path().write_text(json.dumps({"server_url": url}), encoding="utf-8")
    result = run(capsys, "activate", str(folder), "--email", EMAIL, "--password-stdin",
                 "--json", password=PASSWORD)
    _assert_refused(result, folder, before)


def test_the_human_message_says_what_to_do(capsys, tmp_path) -> None:
    folder, before = _program(tmp_path)
    result = run(capsys, "login", "--server", HOSTILE[0], "--email", EMAIL,
                 "--password-stdin", password=PASSWORD)
    assert result.code == 2
    assert "не е приет" in result.err and "https://service.pasoss.com/api/v1" in result.err
    assert "Traceback" not in result.err
