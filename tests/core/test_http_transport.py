"""The bounded answer and the deadlines of the service client (issue 11 finding 3)."""

from __future__ import annotations

import gzip
import io
import json
import zlib
from types import SimpleNamespace

import pytest
import requests
import urllib3

from pasoss_activator.core import errors, service_client
from pasoss_activator.core.http_transport import (
    MAX_ANSWER,
    AnswerEncodingRefused,
    AnswerTooLarge,
    read_answer,
)
from pasoss_activator.core.service_client import ServiceClient

BODY = json.dumps({"news": [{"title": "Новина " * 50}]}).encode()


def _response(data: bytes, encoding: str | None = None) -> requests.Response:
    headers = {"Content-Type": "application/json"}
    if encoding:
        headers["Content-Encoding"] = encoding
    response = requests.Response()
    response.raw = urllib3.HTTPResponse(
        body=io.BytesIO(data), headers=headers, preload_content=False, decode_content=False
    )
    response.headers.update(headers)
    response.status_code = 200
    return response


@pytest.mark.parametrize(
    ("encoding", "packed"),
    [
        (None, BODY),
        ("identity", BODY),
        ("gzip", gzip.compress(BODY)),
        ("x-gzip", gzip.compress(BODY)),
        ("deflate", zlib.compress(BODY)),
        ("deflate", zlib.compress(BODY)[2:-4]),  # raw deflate, as some servers send it
    ],
)
def test_ordinary_answers_are_decoded(encoding: str | None, packed: bytes) -> None:
    assert read_answer(_response(packed, encoding)) == BODY


def test_a_gzip_bomb_stops_at_the_limit() -> None:
    bomb = gzip.compress(b"\0" * (MAX_ANSWER * 8))
    assert len(bomb) < MAX_ANSWER // 64
    with pytest.raises(AnswerTooLarge):
        read_answer(_response(bomb, "gzip"))


def test_exactly_the_limit_is_read_and_one_byte_more_is_not() -> None:
    assert len(read_answer(_response(b" " * MAX_ANSWER))) == MAX_ANSWER
    with pytest.raises(AnswerTooLarge):
        read_answer(_response(b" " * (MAX_ANSWER + 1)))
    with pytest.raises(AnswerTooLarge):
        read_answer(_response(gzip.compress(b" " * (MAX_ANSWER + 1)), "gzip"))


@pytest.mark.parametrize("encoding", ["gzip, gzip", "br", "zstd", "compress", "gzip, br"])
def test_stacked_or_unknown_encodings_are_refused(encoding: str) -> None:
    with pytest.raises(AnswerEncodingRefused):
        read_answer(_response(gzip.compress(gzip.compress(BODY)), encoding))


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


def test_a_commands_calls_end_together_within_the_conversation_deadline(
    stub, monkeypatch
) -> None:
    clock = _Clock()
    monkeypatch.setattr(
        service_client, "time", SimpleNamespace(monotonic=clock.monotonic, sleep=lambda _s: None)
    )
    client = ServiceClient(stub.url, conversation_deadline=60.0)
    client.login("demo@pasoss.example", "demo-parola-2026")
    clock.now += 59.0
    assert client.get("/news").status == 200
    clock.now += 2.0
    with pytest.raises(errors.ServiceUnavailable) as caught:
        client.get("/news")
    assert caught.value.details["reason"] == "deadline"
    # Waiting on purpose (support start --wait) is bounded per call only.
    with client.waiting_on_purpose():
        clock.now += 600.0
        assert client.get("/news").status == 200
    assert client.get("/news").status == 200  # a fresh conversation after the wait


def test_without_a_conversation_deadline_each_call_is_bounded_alone(stub, monkeypatch) -> None:
    """The GUI lives for hours: only each call has its deadline."""
    clock = _Clock()
    monkeypatch.setattr(
        service_client, "time", SimpleNamespace(monotonic=clock.monotonic, sleep=lambda _s: None)
    )
    client = ServiceClient(stub.url)
    client.login("demo@pasoss.example", "demo-parola-2026")
    clock.now += 3600.0
    assert client.get("/news").status == 200


def test_production_defaults_are_the_designs() -> None:
    from pasoss_activator.commands.context import CommandContext

    assert service_client.CALL_DEADLINE == 30.0
    assert service_client.CONVERSATION_DEADLINE == 60.0
    assert MAX_ANSWER == 4 * 1024 * 1024
    assert CommandContext(SimpleNamespace()).deadlines == (30.0, 60.0)  # type: ignore[arg-type]


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("same_origin", [False, True])
@pytest.mark.parametrize("path", ["/auth/login", "/auth/refresh"])
def test_no_redirect_is_followed_and_no_body_is_sent_again(
    status: int, same_origin: bool, path: str
) -> None:
    from tests.commands.hostile_service import hostile_service

    with hostile_service("redirect", hostile_paths=(path,), redirect_status=status,
                         redirect_same_origin=same_origin) as (url, elsewhere):
        client = ServiceClient(url)
        with pytest.raises(errors.ServiceRedirected) as caught:
            if path == "/auth/login":
                client.login("demo@pasoss.example", "the-password-itself")
            else:
                client.refresh_token = "the-refresh-token-itself"
                client.refresh()
    assert caught.value.exit_code == 5 and caught.value.code == "service_redirect"
    assert elsewhere.requests == []
