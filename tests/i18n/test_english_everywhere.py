"""Every command's output under ``--lang en``: no Bulgarian but the data the service keeps
in Bulgarian (company, plan, news, contract notes) and the PASOSS program's own menu
labels, which are quoted as the program shows them. Run as a user runs it, against the
real stub: the client's screens, staff's screens (``support show`` / ``send``) and the
help of every subcommand. Bulgarian stays the default and keeps its wording."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pasoss_activator.core import language
from pasoss_activator.core.dates import ago_text
from pasoss_activator.core.demo_programs import create_demo_programs, demo_keys
from pasoss_activator.core.products import Product
from pasoss_activator.startup.options import parse_gui_args
from tests.i18n.test_english_command_line import CYRILLIC, run_cli
from tests.test_assisted_end_to_end import (
    ROOT,
    WAIT,
    Lines,
    environment,
    staff_send,
)

# The stub as its own process (``python -m server_stub serve``), a fixture found by name.
from tests.test_assisted_end_to_end import stub_process as stub_process
from tests.test_cli_end_to_end import EMAIL, PASSWORD, program_folder

STAFF = ("support@pasoss.example", "support-parola-2026")
SUBCOMMANDS = (
    "login", "logout", "status", "programs", "profile", "licences", "contracts", "news",
    "generate", "activate", "diagnostics", "support",
)

# What may stay Bulgarian under --lang en, each with why:
ALLOWED = (
    # The account's own data as the service stores it.
    "„Демо Счетоводство“ ЕООД",  # the demo company
    "Демо Счетоводство",
    "Абонамент МИНИ",  # a service plan's name
    "Абонамент",  # the plan's kind in the contracts table
    "ВИП",  # a licence's service plan
    "Договор за абонаментно обслужване",  # a contract's document, titled by the service
    "Мария Иванова",  # the demo contact person
    "Петрова",  # the demo company's manager
    "гр. София",  # the company's address as registered
    "ПАСОСС",  # the vendor's own name on its letterhead (contacts)
    # The PASOSS program's own menu labels, quoted with their meaning in English.
    "Фирми и години",
    "Главно меню",
    "Служебни функции",
    "Регистрация",
)


def bulgarian_in(text: str, words: frozenset[str] = frozenset()) -> list[str]:
    """The lines that still hold Cyrillic once the allowed data is left out; ``words`` are
    the words of data shown wrapped over lines (the news), left out one by one."""
    lines = [" ".join(w for w in line.split() if w not in words) for line in text.splitlines()]
    text = "\n".join(lines)
    for value in sorted(ALLOWED, key=len, reverse=True):
        text = text.replace(value, "")
    return [line for line in text.splitlines() if CYRILLIC.search(line)]


def news_words(stub_url: str) -> frozenset[str]:
    """The words of the news items: the service writes them in Bulgarian."""
    answer = run_cli(
        "news", "--json", "--server", stub_url, "--email", EMAIL, "--password-stdin",
        password=PASSWORD,
    )
    assert answer.returncode == 0, answer.stderr
    texts: list[str] = []

    def collect(value: object) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect(json.loads(answer.stdout))
    words = frozenset(" ".join(texts).split())
    assert any(CYRILLIC.search(word) for word in words)  # the demo news are Bulgarian
    return words


def as_user(stub_url: str, *args: str, who: tuple[str, str] = (EMAIL, PASSWORD), **kw):
    return run_cli(
        *args, "--server", stub_url, "--email", who[0], "--password-stdin", "--lang", "en",
        password=who[1], **kw,
    )


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_the_help_of_every_subcommand_is_english(command: str) -> None:
    result = run_cli(command, "--help", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Usage: pasoss-activator")
    assert bulgarian_in(result.stdout) == []


@pytest.mark.parametrize("action", ("start", "show", "send"))
def test_the_help_of_the_support_actions_is_english(action: str) -> None:
    result = run_cli("support", action, "--help", env_lang="en")
    assert result.returncode == 0, result.stderr
    assert bulgarian_in(result.stdout) == []
    bulgarian = run_cli("support", action, "--help")
    assert CYRILLIC.search(bulgarian.stdout)


def test_the_account_screens_are_english(fresh_stub, tmp_path) -> None:
    data = news_words(fresh_stub.url)
    folder, _before = program_folder(tmp_path, Product.SCH)
    programs = {"PASOSS_PROGRAMS": str(folder.parent)}
    for command in ("status", "profile", "licences", "contracts", "news", "programs"):
        result = as_user(fresh_stub.url, command, extra_env=programs)
        assert result.returncode == 0, (command, result.stderr)
        news = data if command == "news" else frozenset()
        assert bulgarian_in(result.stdout + result.stderr, news) == [], command
    key = demo_keys()[Product.SCH].text
    generated = as_user(fresh_stub.url, "generate", key)
    assert generated.returncode == 0, generated.stderr
    assert bulgarian_in(generated.stdout + generated.stderr) == []
    activated = as_user(fresh_stub.url, "activate", str(folder))
    assert activated.returncode == 0, activated.stderr
    assert "is verified and written" in activated.stdout
    assert bulgarian_in(activated.stdout + activated.stderr) == []


def test_the_support_screens_of_client_and_staff_are_english(fresh_stub, tmp_path) -> None:
    folder, _before = program_folder(tmp_path, Product.RZ5)
    programs = {"PASOSS_PROGRAMS": str(folder.parent)}
    started = as_user(fresh_stub.url, "support", "start", extra_env=programs)
    assert started.returncode == 0, started.stderr
    assert "Tell this code" in started.stdout
    assert bulgarian_in(started.stdout + started.stderr) == []
    code = re.search(r"(\d{3}) (\d{3})", started.stdout)
    assert code is not None
    code_text = code.group(1) + code.group(2)

    shown = as_user(fresh_stub.url, "support", "show", code_text, who=STAFF)
    assert shown.returncode == 0, shown.stderr
    for heading in ("CLIENT", "PROGRAMS", "WHAT IS WRONG", "WHAT TO TELL THE CLIENT",
                    "KEYS SENT"):
        assert heading in shown.stdout, heading
    assert bulgarian_in(shown.stdout + shown.stderr) == []

    # The demo RZ5 asks for a module its licence lacks: refused, with the table and what
    # to tell the client, in English.
    key = demo_keys()[Product.RZ5].text
    refused = as_user(fresh_stub.url, "support", "send", code_text, key, who=STAFF)
    assert refused.returncode == 4
    assert "No key was issued" in refused.stdout
    assert "„Declarations to the NRA“" in refused.stdout
    assert bulgarian_in(refused.stdout + refused.stderr) == []

    bulgarian = run_cli(
        "support", "show", code_text, "--server", fresh_stub.url, "--email", STAFF[0],
        "--password-stdin", password=STAFF[1],
    )
    assert "КАКВО ДА КАЖЕТЕ НА КЛИЕНТА" in bulgarian.stdout
    assert "ИЗПРАТЕНИ КЛЮЧОВЕ" in bulgarian.stdout


@pytest.mark.parametrize(
    ("arguments", "english", "bulgarian"),
    [
        (
            ["--tour-scale", "150"],
            "--tour-scale needs --tour",
            "--tour-scale се ползва само с --tour",
        ),
        (["--tour", "out"], "--tour needs --demo", "--tour се ползва само с --demo"),
    ],
)
def test_the_gui_options_speak_the_chosen_language(
    capsys: pytest.CaptureFixture[str], arguments: list[str], english: str, bulgarian: str
) -> None:
    """The GUI's options are defined once (startup/options.py) and said like every other
    help: a mistake in them is told in the language of ``--lang``."""
    for lang, expected in (("en", english), ("bg", bulgarian)):
        with pytest.raises(SystemExit):
            parse_gui_args([*arguments, "--lang", lang], ("bg", "en"))
        assert expected in capsys.readouterr().err
    with pytest.raises(SystemExit):
        parse_gui_args(["--lang", "en", "--help"], ("bg", "en"))
    shown = capsys.readouterr().out
    assert "demo service and demo programs on this computer" in shown
    assert bulgarian_in(shown) == []
    with pytest.raises(SystemExit):
        parse_gui_args(["--help"], ("bg", "en"))
    assert "демо услуга и демо програми на този компютър" in capsys.readouterr().out


def test_the_waiting_client_hears_the_key_in_english(
    stub_process: tuple[str, Lines], tmp_path: Path
) -> None:
    """``support start --wait --write`` under ``--lang en``: the code, the waiting, and the
    key staff send (verified, written, with its table), in English."""
    url, _log = stub_process
    programs = tmp_path / "programs"
    create_demo_programs(programs)
    client = subprocess.Popen(
        [sys.executable, "-m", "pasoss_activator", "support", "start", "--wait", "--write",
         "--poll-interval", "0.2", "--server", url, "--email", EMAIL, "--password-stdin",
         "--lang", "en"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        encoding="utf-8", env=environment(tmp_path / "client-home", programs), cwd=ROOT,
    )
    try:
        assert client.stdin and client.stdout and client.stderr
        client.stdin.write(PASSWORD + "\n")
        client.stdin.close()
        out, err = Lines(client.stdout), Lines(client.stderr)
        out.wait_for(lambda lines: any("Waiting for support" in line for line in lines),
                     "the waiting line")
        found = next(re.search(r"(\d{3}) (\d{3})", line) for line in out.lines
                     if line.startswith("Code: "))
        assert found is not None
        sent = staff_send(url, tmp_path / "staff-home", found.group(1) + found.group(2),
                          demo_keys()[Product.SCH].text)
        assert sent.returncode == 0, sent.stdout + sent.stderr
        assert client.wait(timeout=WAIT) == 0, "\n".join(out.lines + err.lines)
        out.thread.join(timeout=WAIT)
        err.thread.join(timeout=WAIT)
    finally:
        if client.poll() is None:
            client.kill()
            client.wait()
    shown = "\n".join(out.lines + err.lines)
    assert "Support sent a registration key for PASOSS Accounting" in shown
    assert "The key is written into the program." in shown
    assert re.search(r"^File: +\S", shown, re.M) and re.search(r"^Backup: +\S", shown, re.M)
    assert bulgarian_in(shown) == []


def test_how_long_ago_in_english() -> None:
    assert ago_text(3 * 3600) == "преди 3 часа"
    language.use("en")
    assert [ago_text(s) for s in (10, 60, 7200, 5 * 86400)] == [
        "just now", "1 minute ago", "2 hours ago", "5 days ago"
    ]
