"""A request as the route handlers see it, their answer, and the route table's entries.

The JSON body is parsed on first use; anything that is not a JSON object a handler can
store (bad UTF-8, bad JSON, nesting deeper than MAX_DEPTH, lone surrogates) becomes a
400 before any handler code runs.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import errors
from .service import Service
from .tokens import Caller

MAX_DEPTH = 32  # JSON nesting; deeper bodies are refused, not recursed into


@dataclass
class Request:
    method: str
    params: dict[str, str]
    headers: Any
    raw_body: bytes
    address: str
    service: Service
    conn: sqlite3.Connection
    caller: Caller | None = None
    _json: dict[str, Any] | None = field(default=None, repr=False)

    def json(self) -> dict[str, Any]:
        if self._json is None:
            if not self.raw_body.strip():
                self._json = {}
            else:
                try:
                    value = json.loads(self.raw_body.decode("utf-8"))
                except (UnicodeDecodeError, ValueError, RecursionError):
                    raise errors.invalid_json() from None
                if not _storable(value):
                    raise errors.invalid_json()
                if not isinstance(value, dict):
                    raise errors.invalid_request("(тяло)", "трябва да е JSON обект")
                self._json = value
        return self._json

    def text(self, name: str, *, max_length: int = 1000, required: bool = True) -> str:
        """The string field ``name`` of the JSON body, or a 400 that names it."""
        value = self.json().get(name)
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            raise errors.invalid_request(name, "липсва или не е текст")
        if len(value) > max_length:
            raise errors.invalid_request(name, f"е по-дълго от {max_length} знака")
        return value

    @property
    def user(self) -> Caller:
        if self.caller is None:  # routes that need a login never run without one
            raise errors.login_required()
        return self.caller


@dataclass
class Response:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[Request], Response]


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler
    access: str  # "public", "login" or "staff"


def route(method: str, path: str, handler: Handler, access: str = "login") -> Route:
    """A route; ``{name}`` in ``path`` matches one path segment, passed in ``params``."""
    regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", path)
    return Route(method, re.compile(f"^{regex}$"), handler, access)


def _storable(value: Any, max_depth: int = MAX_DEPTH) -> bool:
    """False for JSON nested deeper than ``max_depth`` or holding a lone surrogate
    (``"\\ud800"`` decodes to a str that UTF-8, and so SQLite, refuses)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > max_depth:
            return False
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return False
        elif isinstance(item, dict):
            stack.extend((k, depth + 1) for k in item)
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return True
