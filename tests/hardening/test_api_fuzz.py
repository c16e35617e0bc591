"""The HTTP API fuzzed from server_stub/openapi.yaml against the real stub in its own process.

Every documented operation gets bodies that fit its schema, break one field, or are not
JSON at all, with no, a forged, a client's or a staff member's token; other requests get
random paths and methods. Whatever comes in: never a 500, an answer the document lists
for that operation whose body fits its schema, and never a traceback on the stub's stderr.
"""

from __future__ import annotations

import http.client
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.stub_process import StubProcess, stub_process
from tests.server_stub.openapi_subset import problems

from .openapi_values import BASE, OPERATIONS, SPEC, Operation, bodies

FUZZ_ADDRESS = "127.0.0.2"  # failed logins from here cannot lock out the tokens' logins
PASSWORDS = {
    "client": ("demo@pasoss.example", "demo-parola-2026"),
    "staff": ("support@pasoss.example", "support-parola-2026"),
}
FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


class Target:
    """The stub under fuzz, and valid tokens of a client and a staff member."""

    def __init__(self, stub: StubProcess) -> None:
        self.stub = stub
        self.tokens: dict[str, str] = {}
        self.login_all()

    def login_all(self) -> None:
        for role, (email, password) in PASSWORDS.items():
            answer = requests.post(
                self.stub.url + "/auth/login", json={"email": email, "password": password},
                timeout=10,
            )
            assert answer.status_code == 200, answer.text
            self.tokens[role] = answer.json()["access_token"]

    def send(
        self, method: str, path: str, body: bytes | None, headers: dict[str, str]
    ) -> Answer:
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.stub.port, timeout=15, source_address=(FUZZ_ADDRESS, 0)
        )
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            return Answer(response.status, response.headers, response.read())
        finally:
            connection.close()


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    with stub_process(tmp_path_factory.mktemp("fuzz") / "stub.db") as stub:
        yield Target(stub)
        # Still serving, still logging in, and nothing it printed was a traceback.
        assert requests.get(stub.url + "/contacts", timeout=10).status_code == 200
        Target(stub)
    assert "Traceback" not in stub.stderr(), stub.stderr()[-3000:]
    assert '" 500 ' not in stub.stderr()


def assert_sane(operation: Operation | None, method: str, answer: Answer, note: object) -> None:
    assert answer.status < 500, (note, answer.status, answer.body[:500])
    if operation is not None:
        allowed = operation.statuses | {413}  # any body may be too large
        if not operation.public:
            allowed.add(401)
        if answer.status == 400 and operation.request_schema() is not None:
            # A body that is not the documented object gets the generic 400 everywhere.
            allowed.add(400)
            assert answer.json()["error"] in ("invalid_json", "invalid_request", "weak_password",
                                              "invalid_installation_key"), note
        assert answer.status in allowed, (note, answer.status, answer.body[:300])
    if method == "HEAD" or answer.status in (204, 304):
        assert answer.body == b""
        return
    assert answer.headers.get_content_type() == "application/json", note
    body = answer.json()
    schema = operation.response_schema(answer.status) if operation else None
    if schema is None:
        schema = {"$ref": "#/components/schemas/Error"}
    assert problems(SPEC, schema, body) == [], (note, body)
    if answer.status >= 400:
        assert body["message"].strip(), note  # a sentence the user can read


auths = st.sampled_from(["none", "forged", "client", "staff"])


@st.composite
def operation_requests(draw: st.DrawFn) -> tuple[Operation, str, bytes | None, str]:
    operation = draw(st.sampled_from(OPERATIONS))
    path = operation.path
    if "{code}" in path:
        code = draw(st.from_regex(r"^[0-9]{6}$", fullmatch=True) | st.text(min_size=1))
        path = path.replace("{code}", quote(code, safe=""))
    return operation, path, draw(bodies(operation.request_schema())), draw(auths)


@FUZZ
@given(operation_requests(), st.sampled_from(["", '"x"', "*", 'W/"0", "1"']))
def test_documented_operations_never_fail(
    target: Target, request: tuple[Operation, str, bytes | None, str], etag: str
) -> None:
    operation, path, body, auth = request
    headers = {"Content-Type": "application/json"}
    if auth == "forged":
        headers["Authorization"] = "Bearer " + "A" * 43
    elif auth != "none":
        headers["Authorization"] = f"Bearer {target.tokens[auth]}"
    if etag:
        headers["If-None-Match"] = etag
    answer = target.send(operation.method, BASE + path, body, headers)
    assert_sane(operation, operation.method, answer, (str(operation), auth, body))
    if operation.path == "/auth/logout" and auth in ("client", "staff"):
        target.login_all()  # that token is revoked now: later examples need live ones


segments = st.text(
    st.characters(codec="utf-8", exclude_characters="/?#"), min_size=0, max_size=12
).map(lambda s: quote(s, safe=""))
methods = st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"]) | (
    st.from_regex(r"^[A-Z]{1,10}$", fullmatch=True)
)


@FUZZ
@given(
    st.lists(segments, min_size=0, max_size=5),
    st.sampled_from([BASE, "", "/api", "/api/v2", BASE + "/auth", BASE + "/support/sessions"]),
    methods,
    st.binary(max_size=100) | st.none(),
)
def test_random_paths_and_methods_get_a_json_answer(
    target: Target, parts: list[str], prefix: str, method: str, body: bytes | None
) -> None:
    path = prefix + "/" + "/".join(parts)
    # The operation this request reaches, if any: the stub unquotes and drops a final "/".
    reached = unquote(path).rstrip("/")
    operation = next(
        (
            op for op in OPERATIONS
            if op.method == ("GET" if method == "HEAD" else method)
            and re.fullmatch(re.sub(r"\{\w+\}", "[^/]+", BASE + op.path), reached)
        ),
        None,
    )
    headers = {"Authorization": f"Bearer {target.tokens['client']}"}
    answer = target.send(method, path, body, headers)
    assert_sane(operation, method, answer, (method, path))
    if operation is None:
        assert answer.status in (400, 404, 405, 413), (method, path, answer.status)


def test_every_documented_operation_was_reachable(target: Target) -> None:
    """The fuzzing above reached real handlers: each operation answers a fitting request."""
    fitting: dict[str, Any] = {
        "/auth/login": {"email": "other@pasoss.example", "password": "other-parola-2026"},
        "/auth/password-reset": {"email": "demo@pasoss.example"},
        "/keys": {"installation_key": "1"},
        "/installations": {"installations": []},
        "/support/sessions": {"diagnostics": {"fuzz": True}},
    }
    headers = {"Authorization": f"Bearer {target.tokens['client']}"}
    # The client's own live session, so that its offers answer (another code is 404).
    opened = target.send(
        "POST", BASE + "/support/sessions", json.dumps({"diagnostics": {}}).encode(), headers
    )
    code = json.loads(opened.body)["code"]
    reached = set()
    # Ending the session (DELETE) last: after it, the session's other operations are 404.
    for operation in sorted(OPERATIONS, key=lambda op: op.method == "DELETE"):
        if operation.path in ("/auth/logout", "/auth/refresh", "/profile/password"):
            continue  # these would end or change the logins the other tests use
        path = operation.path.replace("{code}", code)
        body = fitting.get(operation.path)
        data = None if body is None else json.dumps(body).encode()
        answer = target.send(operation.method, BASE + path, data, headers)
        assert_sane(operation, operation.method, answer, str(operation))
        if answer.status not in (401, 403, 404):
            reached.add(str(operation))
    assert len(reached) >= len(OPERATIONS) - 5
