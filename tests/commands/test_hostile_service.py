"""The command line against a hostile service (issue 11, DESIGN.md section 6.1), each run
as a real process: the configuration stays byte-identical, the command ends within its
deadline with the right exit code and a Bulgarian message that says what to do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pasoss_activator.core.demo_programs import demo_keys
from pasoss_activator.core.products import Product

from .cli_run import EMAIL, PASSWORD
from .hostile_service import hostile_service
from .short_deadline_cli import CALL_S, CONVERSATION_S

ROOT = Path(__file__).resolve().parents[2]
# Starting Python and importing the activator on a busy 2-core machine: a few seconds.
START_UP_ALLOWANCE_S = 10.0

# behaviour -> (exit code, error code, words the message must hold)
EXPECTED = {
    "redirect": (5, "service_redirect", "влезте в мрежата"),
    "gzip_bomb": (5, "service_unavailable", "Опитайте"),
    "endless": (5, "service_unavailable", "Опитайте"),
    "drip": (5, "service_unavailable", "Проверете"),
    "wrong_type": (5, "service_error", "Опитайте"),
    "html": (5, "service_error", "Опитайте"),
    "other_installation": (8, "verification_failed", "Поискайте ключ"),
}


def run_cli(*args: str, password: str) -> tuple[subprocess.CompletedProcess[str], float]:
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["PYTHONIOENCODING"] = "utf-8"
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "tests.commands.short_deadline_cli", *args],
        input=password + "\n", capture_output=True, text=True, encoding="utf-8",
        cwd=ROOT, env=env, timeout=120,
    )
    return result, time.monotonic() - started


def program_folder(tmp_path: Path) -> tuple[Path, bytes]:
    folder = tmp_path / "SCH"
    folder.mkdir()
    data = (
        "; ПАСОСС\r\n[Program]\r\nProduct=SCH\r\nVersion=230704.0\r\n[Registration]\r\n"
        f"InstallationKey={demo_keys()[Product.SCH].text}\r\nRegistrationKey=\r\n"
        "RegisteredOn=\r\n"
    ).encode("cp1251") + b"Raw=\x98\r\n"
    (folder / "PASOSS.INI").write_bytes(data)
    return folder, data


@pytest.mark.parametrize("behaviour", list(EXPECTED))
def test_activate_against_a_hostile_service(tmp_path: Path, behaviour: str) -> None:
    exit_code, error_code, says = EXPECTED[behaviour]
    folder, before = program_folder(tmp_path)
    with hostile_service(behaviour) as (url, elsewhere):
        result, took = run_cli("activate", str(folder), "--server", url, "--email", EMAIL,
                               "--password-stdin", "--json", password=PASSWORD)
    assert result.returncode == exit_code, result.stdout + result.stderr
    answer = json.loads(result.stdout)
    if error_code is not None:
        assert answer["error"] == error_code
    assert says in answer["message"]
    assert any("а" <= c <= "я" for c in answer["message"])  # Bulgarian
    assert "Traceback" not in result.stdout + result.stderr
    assert (folder / "PASOSS.INI").read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["PASOSS.INI"]
    assert elsewhere.requests == []
    assert took < CONVERSATION_S + START_UP_ALLOWANCE_S, took


def test_a_login_redirected_elsewhere_never_sends_the_password_there(tmp_path: Path) -> None:
    with hostile_service("redirect", hostile_paths=("/auth/login",)) as (url, elsewhere):
        result, _ = run_cli("login", "--server", url, "--email", EMAIL, "--password-stdin",
                            "--json", password=PASSWORD)
    assert result.returncode == 5
    assert json.loads(result.stdout)["error"] == "service_redirect"
    assert elsewhere.requests == []
    assert PASSWORD not in result.stdout + result.stderr


def test_a_drip_fed_answer_ends_at_the_call_deadline_not_at_the_read_timeout(
    tmp_path: Path,
) -> None:
    """One byte every 0.25 s never trips a 1 s read timeout; only the deadline ends it."""
    folder, before = program_folder(tmp_path)
    with hostile_service("drip") as (url, _):
        result, took = run_cli("activate", str(folder), "--server", url, "--email", EMAIL,
                               "--password-stdin", "--json", password=PASSWORD)
    assert result.returncode == 5
    assert json.loads(result.stdout)["error"] == "service_unavailable"
    assert "навреме" in json.loads(result.stdout)["message"]
    assert took >= CALL_S  # it did wait for the deadline, not fail at once
    assert (folder / "PASOSS.INI").read_bytes() == before
