"""server_stub/openapi.yaml stays true: every route documented, every documented route
answers, and what it answers fits the documented schema."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from server_stub.demo import OTHER_EMAIL, STAFF_EMAIL
from server_stub.routes import ROUTES
from server_stub.testing import RunningStub

from . import openapi_subset
from .helpers import Api, installation_key, logged_in

DOCUMENT = openapi_subset.load(
    (Path(__file__).resolve().parents[2] / "server_stub" / "openapi.yaml").read_text("utf-8")
)


def route_path(pattern: str) -> str:
    """``^/support/sessions/(?P<code>[^/]+)$`` back to ``/support/sessions/{code}``."""
    return re.sub(r"\(\?P<(\w+)>\[\^/\]\+\)", r"{\1}", pattern.strip("^$"))


def documented() -> set[tuple[str, str]]:
    return {
        (method.upper(), path)
        for path, operations in DOCUMENT["paths"].items()
        for method in operations
    }


def test_document_is_openapi_3_1_with_the_base_path() -> None:
    assert DOCUMENT["openapi"].startswith("3.1")
    assert DOCUMENT["servers"] == [{"url": "/api/v1"}]


def test_every_route_is_documented_and_nothing_else() -> None:
    served = {(r.method, route_path(r.pattern.pattern)) for r in ROUTES}
    assert served == documented()


def test_every_reference_resolves() -> None:
    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "$ref" in node:
                openapi_subset.resolve(DOCUMENT, node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(DOCUMENT)


def test_public_routes_are_documented_without_security() -> None:
    for r in ROUTES:
        operation = DOCUMENT["paths"][route_path(r.pattern.pattern)][r.method.lower()]
        security = operation.get("security")
        anonymous = security is not None and (security == [] or {} in security)
        assert anonymous == (r.access == "public"), r


def call(api: Api, method: str, path: str, body: Any) -> Any:
    return api.request(method, path, json=body) if body is not None else api.request(method, path)


def example_requests(stub: RunningStub) -> list[tuple[str, str, Api, Any]]:
    """One request per documented route that should succeed on a fresh demo database."""
    demo = logged_in(stub.url)
    other = logged_in(stub.url, OTHER_EMAIL)
    staff = logged_in(stub.url, STAFF_EMAIL)
    code = demo.post("/support/sessions", {"diagnostics": {"x": 1}}).json()["code"]
    changer = logged_in(stub.url, OTHER_EMAIL)
    return [
        (
            "POST",
            "/auth/login",
            Api(stub.url),
            {"email": "demo@pasoss.example", "password": "demo-parola-2026"},
        ),
        ("POST", "/auth/refresh", Api(stub.url), {"refresh_token": other.refresh_token}),
        ("POST", "/auth/logout", logged_in(stub.url), None),
        ("POST", "/auth/password-reset", Api(stub.url), {"email": "x@y.z"}),
        ("GET", "/profile", demo, None),
        (
            "POST",
            "/profile/password",
            changer,
            {"current_password": "other-parola-2026", "new_password": "other-parola-2027"},
        ),
        ("GET", "/licences", demo, None),
        ("GET", "/contracts", demo, None),
        ("GET", "/news", demo, None),
        ("GET", "/sync", demo, None),
        ("GET", "/contacts", Api(stub.url), None),
        ("POST", "/keys", demo, {"installation_key": installation_key().text}),
        ("POST", "/installations", demo, {"installations": []}),
        ("POST", "/support/sessions", demo, {"diagnostics": {}}),
        ("GET", f"/support/sessions/{code}", staff, None),
        (
            "POST",
            f"/support/sessions/{code}/offers",
            staff,
            {"installation_key": installation_key().text},
        ),
        ("GET", f"/support/sessions/{code}/offers", demo, None),
        ("DELETE", f"/support/sessions/{code}", demo, None),  # last: it ends the session
    ]


def documented_path(path: str) -> str:
    """``/support/sessions/123456/offers`` -> ``/support/sessions/{code}/offers``."""
    return re.sub(r"^/support/sessions/[^/]+", "/support/sessions/{code}", path)


def test_every_documented_route_answers_as_documented(fresh_stub: RunningStub) -> None:
    requests = example_requests(fresh_stub)
    paths = {(m, documented_path(p)) for m, p, _, _ in requests}
    assert paths == documented()
    for method, path, api, body in requests:
        doc_path = documented_path(path)
        operation = DOCUMENT["paths"][doc_path][method.lower()]
        answer = call(api, method, path, body)
        assert str(answer.status_code) in operation["responses"], (method, path, answer.text)
        assert 200 <= answer.status_code < 300, (method, path, answer.text)
        response = openapi_subset.resolve(DOCUMENT, operation["responses"][str(answer.status_code)])
        if "content" in response:
            schema = response["content"]["application/json"]["schema"]
            assert openapi_subset.problems(DOCUMENT, schema, answer.json()) == [], (method, path)
        else:
            assert answer.content == b""


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("POST", "/auth/login", {"email": 1}, 400),
        ("POST", "/auth/login", {"email": "demo@pasoss.example", "password": "x"}, 401),
        ("GET", "/profile", None, 401),
        ("POST", "/keys", {"installation_key": "X"}, 400),
        ("POST", "/keys", {"installation_key": installation_key(version="991231.0").text}, 422),
        ("GET", "/support/sessions/000000", None, 404),
        ("GET", "/support/sessions/000000/offers", None, 404),
        ("POST", "/support/sessions/000000/offers", {"installation_key": "X"}, 404),
    ],
)
def test_documented_errors_fit_their_schemas(
    fresh_stub: RunningStub, method: str, path: str, body: Any, status: int
) -> None:
    api = logged_in(fresh_stub.url, STAFF_EMAIL if "support" in path else "demo@pasoss.example")
    if path == "/profile" or path == "/auth/login":
        api = Api(fresh_stub.url)
    doc_path = documented_path(path)
    answer = call(api, method, path, body)
    assert answer.status_code == status
    response = DOCUMENT["paths"][doc_path][method.lower()]["responses"][str(status)]
    schema = openapi_subset.resolve(DOCUMENT, response)["content"]["application/json"]["schema"]
    assert openapi_subset.problems(DOCUMENT, schema, answer.json()) == []
