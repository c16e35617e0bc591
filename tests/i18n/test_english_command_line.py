"""``pasoss-activator --lang en …`` (or PASOSS_LANG=en) speaks English in every message:
help, usage errors, the core's failures, the service's comparison table. Run as a user
runs it: ``python -m pasoss_activator`` in a subprocess against the real stub."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys

from pasoss_activator.core.products import Product
from tests.test_cli_end_to_end import EMAIL, PASSWORD, ROOT, program_folder

CYRILLIC = re.compile("[\u0400-\u04ff]")


def run_cli(
    *args: str,
    password: str | None = None,
    env_lang: str | None = None,
    extra_env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, **(extra_env or {}))
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PASOSS_LANG", None)
    if env_lang:
        env["PASOSS_LANG"] = env_lang
    return subprocess.run(
        [sys.executable, "-m", "pasoss_activator", *args],
        input=(password + "\n") if password is not None else "",
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, env=env, timeout=120,
    )


# The account's data is shown as the service stores it: the demo licence's service plan
# and the demo company's name.
DATA = ("Абонамент МИНИ", "„Демо Счетоводство“ ЕООД")


def bulgarian_in(text: str) -> list[str]:
    """The lines that still hold Cyrillic once the account's own data is left out."""
    for value in DATA:
        text = text.replace(value, "")
    return [line for line in text.splitlines() if CYRILLIC.search(line)]


def test_a_refused_key_is_explained_in_english_with_the_table(fresh_stub, tmp_path) -> None:
    folder, before = program_folder(tmp_path, Product.RZ5)
    human = run_cli(
        "--lang", "en", "activate", str(folder), "--server", fresh_stub.url,
        "--email", EMAIL, "--password-stdin", password=PASSWORD,
    )
    assert human.returncode == 4
    assert human.stderr.startswith("Error: The service did not issue a key")
    assert "Parameter" in human.stderr and "Entitled" in human.stderr
    # The demo RZ5 asks for a module its licence lacks (DESIGN §8): the row, its values
    # (module names from the raw module numbers) and what to do, all in English.
    assert "Modules: requested Core module, Sick leave and holidays, Personnel, " \
        "Declarations to the NRA, entitled Core module" in human.stderr
    assert "up to 231016.0 and its fixes" in human.stderr
    assert "The module „Declarations to the NRA“ is switched on in the program" in human.stderr
    assert "PASOSS Payroll 5" in human.stderr  # the program's name, from the raw value
    assert bulgarian_in(human.stdout + human.stderr) == []
    scripted = run_cli(
        "activate", str(folder), "--server", fresh_stub.url, "--email", EMAIL,
        "--password-stdin", "--json", "--lang=en", password=PASSWORD,
    )
    answer = json.loads(scripted.stdout)
    assert answer["error"] == "not_entitled"  # the machine name does not change
    assert "Modules: requested Core module" in answer["message"]
    assert bulgarian_in(answer["message"]) == []
    assert (folder / "PASOSS.INI").read_bytes() == before


def test_a_wrong_password_is_said_in_english_not_in_the_services_bulgarian(
    fresh_stub, tmp_path
) -> None:
    result = run_cli(
        "licences", "--server", fresh_stub.url, "--email", EMAIL, "--password-stdin",
        password="not-the-password", env_lang="en",
    )
    assert result.returncode == 3
    assert result.stderr.splitlines()[0] == (
        "Error: Wrong e-mail or password. Check them and try again."
    )
    assert bulgarian_in(result.stderr) == []


def test_no_connection_and_a_mistyped_key_in_english(tmp_path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = run_cli("status", "--server", f"http://127.0.0.1:{port}", "--lang", "en")
    assert result.returncode == 0
    assert "Connection:" in result.stdout and "no — No connection to the PASOSS service" in (
        result.stdout
    )
    assert bulgarian_in(result.stdout + result.stderr) == []
    typo = run_cli("generate", "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", env_lang="en")
    assert typo.returncode == 7
    assert typo.stderr.startswith("Error: Group 1 of the installation key was entered wrongly.")


def test_help_and_usage_errors_in_english() -> None:
    help_text = run_cli("--lang", "en", "--help")
    assert help_text.returncode == 0
    assert help_text.stdout.startswith("Usage: pasoss-activator")
    assert "log in with e-mail and password" in help_text.stdout
    assert bulgarian_in(help_text.stdout) == []
    sub_help = run_cli("activate", "--help", env_lang="en")
    assert "PROGRAM_FOLDER" in sub_help.stdout and bulgarian_in(sub_help.stdout) == []
    wrong = run_cli("frobnicate", "--lang", "en", "--json")
    assert wrong.returncode == 2
    message = json.loads(wrong.stdout)["message"]
    assert message.startswith("Wrong command: ") and "invalid choice: 'frobnicate'" in message


def test_bulgarian_stays_the_default() -> None:
    wrong = run_cli("frobnicate")
    assert wrong.stderr.startswith("Грешка: Грешна команда: ")
    assert "няма такава възможност 'frobnicate'" in wrong.stderr
    assert run_cli("--help").stdout.startswith("Употреба: pasoss-activator")


def test_the_diagnostics_report_in_english(fresh_stub, tmp_path) -> None:
    """The report for support: its frame, the program, what changed since the key was
    registered, the network check and the problems found, all in English."""
    folder, _before = program_folder(tmp_path, Product.SCH)
    programs = {"PASOSS_PROGRAMS": str(folder.parent)}
    report = run_cli(
        "diagnostics", "--server", fresh_stub.url, "--email", EMAIL, "--password-stdin",
        "--lang", "en", password=PASSWORD, extra_env=programs,
    )
    assert report.returncode == 0, report.stderr
    text = report.stdout
    assert text.startswith("Diagnostics of PASOSS Activator")
    assert "Programs (1):" in text and "PASOSS Accounting" in text
    assert "Account: demo@pasoss.example" in text and "Problems:" in text
    assert "What changed: The program is on a new disk or another computer" in text
    assert bulgarian_in(text) == []
    bulgarian = run_cli(
        "diagnostics", "--server", fresh_stub.url, "--email", EMAIL, "--password-stdin",
        password=PASSWORD, extra_env=programs,
    )
    assert bulgarian.stdout.startswith("Диагностика на PASOSS Activator")
