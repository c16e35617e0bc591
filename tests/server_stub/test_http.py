"""HTTP-level rules: size limit, JSON errors, unknown routes, and never a 500 for input."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from server_stub.routes import ROUTES
from server_stub.testing import RunningStub, running_stub

from .helpers import Api, logged_in

LIMIT = 64 * 1024


def raw_exchange(url: str, data: bytes) -> bytes:
    """Send ``data`` on a new connection and read the answer until the server closes it."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_a_body_over_64_kib_gets_413_before_it_is_sent(stub: RunningStub) -> None:
    # Only the headers are sent: the server must answer from Content-Length alone.
    head = (
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: {LIMIT + 1}\r\n\r\n"
    ).encode()
    answer = raw_exchange(stub.url, head)
    status_line, _, rest = answer.partition(b"\r\n")
    assert b" 413 " in status_line
    body = json.loads(rest.split(b"\r\n\r\n", 1)[1])
    assert body["error"] == "payload_too_large"


def test_a_body_of_exactly_64_kib_is_read(stub: RunningStub) -> None:
    prefix, suffix = b'{"email": "a@b.c", "password": "', b'"}'
    body = prefix + b"x" * (LIMIT - len(prefix) - len(suffix)) + suffix
    assert len(body) == LIMIT
    answer = Api(stub.url).post("/auth/password-reset", data=body)
    assert answer.status_code == 202


def test_a_large_body_through_a_normal_client_gets_413(stub: RunningStub) -> None:
    answer = logged_in(stub.url).post("/installations", {"installations": ["x" * LIMIT]})
    assert answer.status_code == 413
    assert answer.json()["error"] == "payload_too_large"


def test_json_errors(stub: RunningStub) -> None:
    api = Api(stub.url)
    for data in (b"{", b"\xff\xfe", b"[1, 2"):
        answer = api.post("/auth/login", data=data)
        assert answer.status_code == 400 and answer.json()["error"] == "invalid_json"
    not_objects: list[Any] = [[], "text", 5, None]
    for body in not_objects:
        answer = api.post("/auth/login", data=json.dumps(body).encode())
        assert answer.status_code == 400 and answer.json()["error"] == "invalid_request"


def test_expect_100_continue_with_a_body_too_large_gets_413_at_once(stub: RunningStub) -> None:
    head = (
        "POST /api/v1/keys HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
        f"Content-Length: {10 * LIMIT}\r\n\r\n"
    ).encode()
    answer = raw_exchange(stub.url, head)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:40]
    assert b"100 Continue" not in answer


def test_strings_json_cannot_store_are_refused(stub: RunningStub) -> None:
    api = logged_in(stub.url)
    lone = b'{"diagnostics": {"note": "\\ud800"}}'
    answer = api.post("/support/sessions", data=lone)
    assert answer.status_code == 400 and answer.json()["error"] == "invalid_json"
    login = Api(stub.url).post("/auth/login", data=b'{"email": "a@b.c", "password": "\\udfff"}')
    assert login.status_code == 400
    deep: dict[str, Any] = {"diagnostics": {}}
    node = deep["diagnostics"]
    for _ in range(100):
        node["x"] = {}
        node = node["x"]
    assert api.post("/support/sessions", deep).status_code == 400
    brackets = b'{"diagnostics": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    assert api.post("/support/sessions", data=brackets).status_code == 400


def test_head_gives_the_headers_of_get(stub: RunningStub) -> None:
    api = Api(stub.url)
    head = api.request("HEAD", "/contacts")
    get = api.get("/contacts")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["ETag"] == get.headers["ETag"]
    assert head.headers["Content-Length"] == get.headers["Content-Length"]


def test_unknown_paths_and_methods(stub: RunningStub) -> None:
    api = logged_in(stub.url)
    for path in ("/nothing", "/profile/extra", "/../profile"):
        answer = api.get(path)
        assert answer.status_code == 404 and answer.json()["error"] == "not_found"
    outside = api.http.get(stub.url.removesuffix("/api/v1") + "/profile", timeout=10)
    assert outside.status_code == 404
    wrong_method = api.request("DELETE", "/profile")
    assert wrong_method.status_code == 405
    assert wrong_method.headers["Allow"] == "GET"
    assert api.get("/keys").status_code == 405
    # A method HTTP does not define is the client's mistake too: 405, never a 5xx.
    unknown = api.request("BREW", "/profile")
    assert unknown.status_code == 405 and unknown.headers["Allow"] == "GET"
    assert unknown.json()["error"] == "invalid_request"
    assert api.request("BREW", "/nothing").status_code == 404


def test_errors_have_the_documented_shape_in_bulgarian(stub: RunningStub) -> None:
    answer = Api(stub.url).get("/profile")
    body = answer.json()
    assert set(body) == {"error", "message", "details"}
    assert any("\u0400" <= ch <= "\u04ff" for ch in body["message"])
    assert answer.headers["Content-Type"].startswith("application/json")


def test_a_malformed_request_line_gets_a_json_400(stub: RunningStub) -> None:
    answer = raw_exchange(stub.url, b"NONSENSE\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 400") or answer.startswith(b"HTTP/1.0 400")
    assert b'"invalid_request"' in answer


def test_content_length_that_is_not_a_number(stub: RunningStub) -> None:
    for value in (b"ten", b"-1", b"\xb2", b"1e3"):
        head = b"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: " + value
        answer = raw_exchange(stub.url, head + b"\r\n\r\n")
        assert b" 400 " in answer.split(b"\r\n", 1)[0], value


def test_a_body_shorter_than_its_content_length(stub: RunningStub) -> None:
    head = b"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{}"
    parts = urlsplit(stub.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(head)
        sock.shutdown(socket.SHUT_WR)  # the client sends no more
        answer = sock.recv(65536)
    assert b" 400 " in answer.split(b"\r\n", 1)[0]


texts = st.text(max_size=40) | st.sampled_from(["\ud800", "a\udfffb", "\x00"])
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=20), inner),
    max_leaves=12,
)
FIELDS = [
    "email",
    "password",
    "refresh_token",
    "current_password",
    "new_password",
    "installation_key",
    "installations",
    "diagnostics",
]
bodies = st.one_of(
    json_values,
    st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=3),
)


def test_no_input_gets_a_500(tmp_path: Path) -> None:
    posts = [r for r in ROUTES if r.method == "POST"]
    with running_stub(tmp_path / "fuzz.db") as stub:
        api = logged_in(stub.url)

        @settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
        @given(st.sampled_from(posts), bodies, st.booleans())
        def check(route: Any, body: Any, as_bytes: bool) -> None:
            path = route.pattern.pattern.strip("^$")
            data = json.dumps(body).encode() if not as_bytes else repr(body).encode()
            answer = api.post(path, data=data)
            assert answer.status_code < 500, (path, body, answer.text)
            if answer.status_code >= 400:
                assert answer.json()["error"]

        check()
        assert api.get("/profile").status_code in (200, 401)


def test_the_server_header_names_the_stub_without_the_python_version(stub: RunningStub) -> None:
    # Every answer carries it, a 304 of an unchanged sync too: only what identifies us.
    assert Api(stub.url).get("/contacts").headers["Server"] == "PASOSS-stub/1"
