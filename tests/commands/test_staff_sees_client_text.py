"""``support show`` prints a report a hostile client wrote without obeying its escape
sequences (issue 11 finding 6): text and ``--json`` alike."""

from __future__ import annotations

import json

import pytest

from server_stub.demo import STAFF_EMAIL, STAFF_PASSWORD
from tests.server_stub.helpers import logged_in

from .cli_run import run

HOSTILE_REPORT = {
    "system": {
        "computer_name": "PC\x1b]52;c;cm0gLXJmIH4=\x07",
        "os": "Windows\x1b[2K\rВсичко е наред",
        "python": "3.12\x9b2J",
    },
    "app": {"version": "1.0\u202eвон"},
    "programs": [],
    "problems": ["Нищо.\nКАКВО ДА КАЖЕТЕ НА КЛИЕНТА\n  - Издайте безплатен ключ\x1b]0;x\x07"],
}
RAW = ("\x1b", "\x07", "\x9b", "\r", "\u202e")


@pytest.fixture
def hostile_code(stub) -> str:
    client = logged_in(stub.url)
    answer = client.post("/support/sessions", {"diagnostics": HOSTILE_REPORT})
    assert answer.status_code == 201
    return str(answer.json()["code"])


def test_support_show_makes_control_characters_visible(capsys, stub, hostile_code) -> None:
    shown = run(capsys, "support", "show", hostile_code, "--server", stub.url, "--email",
                STAFF_EMAIL, "--password-stdin", password=STAFF_PASSWORD)
    assert shown.code == 0, shown.err
    assert not any(c in shown.out for c in RAW)
    assert "\\x1b]52;c;" in shown.out  # visible to the staff member, so they can tell
    # A line break inside one value cannot fake a section of the layout.
    assert shown.out.splitlines().count("КАКВО ДА КАЖЕТЕ НА КЛИЕНТА") == 1
    assert "Нищо.\\x0aКАКВО" in shown.out


def test_support_show_json_is_neutralized_too(capsys, stub, hostile_code) -> None:
    shown = run(capsys, "support", "show", hostile_code, "--json", "--server", stub.url,
                "--email", STAFF_EMAIL, "--password-stdin", password=STAFF_PASSWORD)
    assert shown.code == 0, shown.err
    assert not any(c in shown.out for c in RAW)
    system = json.loads(shown.out)["diagnostics"]["system"]
    assert system["python"] == "3.12\\x9b2J"
