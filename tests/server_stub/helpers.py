"""A tiny client of the stub's HTTP API for the tests, and installation keys to ask with."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import requests

from pasoss_activator.core.dates import Version
from pasoss_activator.core.installation_key import InstallationKey, workstation_id
from pasoss_activator.core.products import InstallationType, Product, mask_from_modules
from server_stub.demo import (
    DEMO_EMAIL,
    DEMO_PASSWORD,
    OTHER_EMAIL,
    OTHER_PASSWORD,
    STAFF_EMAIL,
    STAFF_PASSWORD,
)

PASSWORDS = {DEMO_EMAIL: DEMO_PASSWORD, OTHER_EMAIL: OTHER_PASSWORD, STAFF_EMAIL: STAFF_PASSWORD}


class Api:
    """One client of the service: a session, and the tokens of its login."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.http = requests.Session()
        self.access_token = ""
        self.refresh_token = ""

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = dict(kwargs.pop("headers", {}))
        if self.access_token and "Authorization" not in headers:
            headers["Authorization"] = f"Bearer {self.access_token}"
        return self.http.request(method, self.url + path, headers=headers, timeout=30, **kwargs)

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, body: Any = None, **kwargs: Any) -> requests.Response:
        if body is not None:
            kwargs["json"] = body
        return self.request("POST", path, **kwargs)

    def login(self, email: str = DEMO_EMAIL, password: str | None = None) -> requests.Response:
        answer = self.post(
            "/auth/login", {"email": email, "password": password or PASSWORDS[email]}
        )
        if answer.status_code == 200:
            self.access_token = answer.json()["access_token"]
            self.refresh_token = answer.json()["refresh_token"]
        return answer


def logged_in(url: str, email: str = DEMO_EMAIL, password: str | None = None) -> Api:
    api = Api(url)
    answer = api.login(email, password)
    assert answer.status_code == 200, answer.text
    return api


def installation_key(
    product: str = "SCH",
    version: str = "230704.0",
    modules: tuple[int, ...] = (0, 1, 2),
    kind: str = "network_server",
    workplaces: int = 3,
    customer: int = 1001,
    disk: str = "PASOSS-DEMO-NEW-PC",
) -> InstallationKey:
    return InstallationKey(
        Product.from_code(product),
        Version.parse(version),
        mask_from_modules(modules),
        InstallationType.from_api(kind),
        workplaces,
        customer,
        workstation_id(disk),
    )


def rows_by_param(comparison: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {row["param"]: row for row in comparison}


def failing(comparison: list[dict[str, Any]]) -> list[str]:
    return [row["param"] for row in comparison if not row["ok"]]


def query(db_path: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    """Read the stub's database directly (what the stub recorded, e.g. the audit table)."""
    conn = sqlite3.connect(db_path)
    try:
        return list(conn.execute(sql, args).fetchall())
    finally:
        conn.close()
