"""The real stub behind a proxy that answers late, with a 500, or with a page instead of
JSON: the command line ends with exit 5 and a plain Bulgarian message, no traceback, and
nothing waits longer than its timeouts (issue 4)."""

from __future__ import annotations

import time
from urllib.parse import urlsplit

import pytest

from bench.proxy import Proxy
from pasoss_activator.core.demo_programs import demo_keys
from pasoss_activator.core.products import Product

from .cli_run import EMAIL, PASSWORD, run
from .tampering_proxy import Replacement, tampering_proxy

# The client waits at most this long for an answer to start; the proxy holds it far longer.
SHORT_TIMEOUT = (1.0, 0.3)
HELD_BACK_S = 6.0


def test_a_service_that_answers_too_late_ends_with_exit_5_without_hanging(
    capsys, stub
) -> None:
    key = demo_keys()[Product.SCH].text
    with Proxy(int(urlsplit(stub.url).port or 0)) as proxy:
        url = proxy.url()
        # The login (scrypt on the stub) gets the ordinary timeouts: only the held answer
        # below is what SHORT_TIMEOUT is about, and a busy machine may log in slower.
        login = run(capsys, "login", "--server", url, "--email", EMAIL, "--password-stdin",
                    password=PASSWORD)
        assert login.code == 0, login.err
        proxy.delay = HELD_BACK_S
        started = time.monotonic()
        slow = run(capsys, "generate", key, "--server", url, timeout=SHORT_TIMEOUT)
        took = time.monotonic() - started
        as_json = run(capsys, "generate", key, "--server", url, "--json", timeout=SHORT_TIMEOUT)
    assert slow.code == 5 and as_json.code == 5
    assert "не отговори навреме" in slow.err and "Traceback" not in slow.err + slow.out
    assert as_json.json()["error"] == "service_unavailable"
    # The read timeout fired (at most one retry with its back-off), not the proxy's delay.
    assert took < HELD_BACK_S / 2, took


BROKEN: dict[str, tuple[Replacement, str, str]] = {
    "500": (
        (500, b"<html><body>Internal Server Error</body></html>", "text/html"),
        "временен проблем (код 500)",
        "service_error",
    ),
    "a page instead of JSON": (
        (200, b"<html><body>Sign in to the hotel Wi-Fi</body></html>", "text/html"),
        "отговор, който програмата не разбира",
        "service_error",
    ),
    "truncated JSON": (
        (200, b'{"registration_key": "AB', "application/json"),
        "отговор, който програмата не разбира",
        "service_error",
    ),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_answer_is_a_service_error_with_exit_5(capsys, stub, case: str) -> None:
    replacement, said, code = BROKEN[case]
    key = demo_keys()[Product.SCH].text
    with tampering_proxy(stub.url, replace={"/keys": replacement}) as url:
        # The ordinary timeouts: these answers come at once, and the login before them
        # (scrypt on the stub) may take longer than SHORT_TIMEOUT on a busy machine.
        text = run(capsys, "generate", key, "--server", url, "--email", EMAIL,
                   "--password-stdin", password=PASSWORD)
        as_json = run(capsys, "generate", key, "--server", url, "--email", EMAIL,
                      "--password-stdin", "--json", password=PASSWORD)
    assert text.code == 5 and as_json.code == 5
    assert said in text.err, text.err
    assert "Traceback" not in text.err + text.out + as_json.err
    assert as_json.json()["error"] == code
    assert "Опитайте отново" in as_json.json()["message"]
