"""An injected transport for the service client: a requests adapter that answers from a
Python function at once, so unit tests need no server and no waiting."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from pasoss_activator.core.dates import Version
from pasoss_activator.core.installation_key import InstallationKey

from .signed_keys import issue


@dataclass
class Call:
    method: str
    path: str
    body: Any
    headers: dict[str, str]
    timeout: Any


Answer = tuple[int, Any, dict[str, str]]


class FakeAdapter(HTTPAdapter):
    def __init__(self, handler: Callable[[Call], Answer], calls: list[Call]) -> None:
        super().__init__()
        self.handler = handler
        self.calls = calls

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        url = request.url or ""
        path = url.split("/api/v1", 1)[1] if "/api/v1" in url else url
        body = json.loads(request.body) if request.body else None
        call = Call(request.method or "", path, body, dict(request.headers), kwargs.get("timeout"))
        self.calls.append(call)
        status, payload, headers = self.handler(call)
        response = requests.Response()
        response.status_code = status
        response.headers.update(headers)
        if isinstance(payload, bytes):
            response._content = payload
        elif payload is None:
            response._content = b""
        else:
            response._content = json.dumps(payload).encode()
        response.url = url
        response.request = request
        return response


def fake_session(handler: Callable[[Call], Answer]) -> tuple[requests.Session, list[Call]]:
    calls: list[Call] = []
    session = requests.Session()
    adapter = FakeAdapter(handler, calls)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session, calls


def issue_demo_key(installation_text: str, *, licence_id: int = 7) -> str:
    """A registration key for ``installation_text`` signed by the demo key, as the stub would."""
    return issue(
        InstallationKey.parse(installation_text),
        licence_id=licence_id,
        max_version=Version.parse("991231.0"),
        issued_on=dt.date.today(),
    ).text


COMPARISON_OK = [
    {"param": "version", "label": "Версия", "requested": "230704.0", "entitled": "230704.0",
     "ok": True},
]


@dataclass
class FakeService:
    """A tiny stand-in for the service: login, refresh, account parts with ETags, keys."""

    password: str = "right-password-1"
    tamper: Callable[[str], str] | None = None
    tokens_issued: int = 0
    access_ok: set[str] = field(default_factory=set)
    refresh_ok: set[str] = field(default_factory=set)
    installations: list[Any] = field(default_factory=list)
    has_sync: bool = True  # False: a service older than GET /sync (DESIGN.md 5.2)
    parts: dict[str, Any] = field(
        default_factory=lambda: {
            "/profile": {"company": "„Демо“ ЕООД", "eik": "123456789", "email": "a@b.bg",
                         "mol": "Иван Петров", "phone": "02 123", "customer_number": 1001},
            "/licences": {"licences": [{"id": 7, "product": "SCH", "modules": [0, 1],
                                        "installations": []}]},
            "/contracts": {"contracts": [{"id": 1, "year": 2026, "monthly_price": "1234.50",
                                          "currency": "EUR", "status": "active", "paid": True}]},
            "/news": {"news": []},
        }
    )

    def _pair(self) -> dict[str, Any]:
        self.tokens_issued += 1
        access, refresh = f"access-{self.tokens_issued}", f"refresh-{self.tokens_issued}"
        self.access_ok = {access}
        self.refresh_ok = {refresh}
        return {"access_token": access, "refresh_token": refresh, "expires_in": 300,
                "account": {"email": "a@b.bg", "company": "„Демо“ ЕООД",
                            "customer_number": 1001, "role": "client"}}

    def __call__(self, call: Call) -> Answer:
        if call.path == "/auth/login":
            if call.body.get("password") != self.password:
                refused = {"error": "invalid_credentials", "message": "Грешен e-mail или парола."}
                return 401, refused, {}
            return 200, self._pair(), {}
        if call.path == "/auth/refresh":
            if call.body.get("refresh_token") not in self.refresh_ok:
                return 401, {"error": "login_required", "message": "Сесията е изтекла."}, {}
            return 200, self._pair(), {}
        token = call.headers.get("Authorization", "").removeprefix("Bearer ")
        if token not in self.access_ok:
            return 401, {"error": "login_required", "message": "Сесията е изтекла."}, {}
        if call.path == "/auth/logout":
            self.access_ok = set()
            self.refresh_ok = set()
            return 204, None, {}
        if call.path in self.parts or (call.path == "/sync" and self.has_sync):
            body = self.parts.get(call.path) or {
                path.strip("/"): part for path, part in self.parts.items()
            }
            etag = '"' + str(abs(hash(json.dumps(body, sort_keys=True)))) + '"'
            if call.headers.get("If-None-Match") == etag:
                return 304, None, {"ETag": etag}
            return 200, body, {"ETag": etag}
        if call.path == "/keys":
            text = issue_demo_key(call.body["installation_key"])
            if self.tamper is not None:
                text = self.tamper(text)
            return 200, {"registration_key": text, "licence_id": 7,
                         "comparison": COMPARISON_OK}, {}
        if call.path == "/installations":
            self.installations.extend(call.body["installations"])
            return 200, {"stored": len(call.body["installations"])}, {}
        return 404, {"error": "not_found", "message": "Няма такъв адрес."}, {}
