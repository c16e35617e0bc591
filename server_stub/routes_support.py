"""Support sessions: a client hands a diagnostics report to support under a 6-digit code."""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets

from . import errors
from .clock import iso_utc
from .db import transaction
from .messages import Request, Response

CODE_MINUTES = 30
OPEN_PER_CLIENT = 3  # a new session closes the client's oldest open one (DESIGN.md 6.1)
CODE_TRIES = 64  # random draws before giving up with 503: never a loop without bound
_CODE = re.compile(r"^\d{6}$")


def create(req: Request) -> Response:
    diagnostics = req.json().get("diagnostics")
    if not isinstance(diagnostics, dict):
        raise errors.invalid_request("diagnostics", "липсва или не е JSON обект")
    now = req.service.clock.now()
    expires = now + dt.timedelta(minutes=CODE_MINUTES)
    with transaction(req.conn):
        _close_oldest(req, now.timestamp())
        code = _free_code(req, now.timestamp())
        req.conn.execute(
            "INSERT INTO support_sessions (code, account_id, created_at, expires_at, diagnostics) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                code,
                req.user.account_id,
                now.timestamp(),
                expires.timestamp(),
                json.dumps(diagnostics, ensure_ascii=False),
            ),
        )
    return Response(201, {"code": code, "expires_at": iso_utc(expires)})


def _close_oldest(req: Request, now: float) -> None:
    """Keeps at most OPEN_PER_CLIENT - 1 open sessions of the caller, so that with the new
    one there are OPEN_PER_CLIENT: one account cannot take up the codes of everybody."""
    open_ids = [
        int(row["id"])
        for row in req.conn.execute(
            "SELECT id FROM support_sessions WHERE account_id = ? AND expires_at > ? "
            "ORDER BY created_at DESC, id DESC",
            (req.user.account_id, now),
        )
    ]
    for session_id in open_ids[OPEN_PER_CLIENT - 1 :]:
        req.conn.execute(
            "UPDATE support_sessions SET expires_at = ? WHERE id = ?", (now, session_id)
        )


def _free_code(req: Request, now: float) -> str:
    """A code no live session holds, from a bounded number of random draws, else 503.

    Codes are short, so a code is only reused once no live session holds it. With at most
    3 open sessions per client the space is nowhere near full; the bound keeps the write
    lock from being held forever if it ever were."""
    for _ in range(CODE_TRIES):
        code = f"{secrets.randbelow(1_000_000):06d}"
        if not req.conn.execute(
            "SELECT 1 FROM support_sessions WHERE code = ? AND expires_at > ?", (code, now)
        ).fetchone():
            return code
    raise errors.no_free_code()


def show(req: Request) -> Response:
    """For staff only (the route says so); an unknown or expired code is 404."""
    code = req.params["code"]
    row = None
    if _CODE.match(code):
        row = req.conn.execute(
            "SELECT s.*, a.email, a.company, a.customer_number FROM support_sessions s "
            "JOIN accounts a ON a.id = s.account_id "
            "WHERE s.code = ? AND s.expires_at > ? ORDER BY s.id DESC LIMIT 1",
            (code, req.service.clock.timestamp()),
        ).fetchone()
    if row is None:
        raise errors.not_found(
            "Няма активна сесия за поддръжка с този код. Кодът важи 30 минути: помолете "
            "клиента да създаде нов."
        )
    return Response(
        200,
        {
            "code": row["code"],
            "created_at": iso_utc(dt.datetime.fromtimestamp(row["created_at"], dt.UTC)),
            "expires_at": iso_utc(dt.datetime.fromtimestamp(row["expires_at"], dt.UTC)),
            "account": {
                "email": row["email"],
                "company": row["company"],
                "customer_number": row["customer_number"],
            },
            "diagnostics": json.loads(row["diagnostics"]),
        },
    )
