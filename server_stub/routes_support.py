"""Support sessions: a client hands a diagnostics report to support under a 6-digit code,
and staff may issue keys into the session for that client (offers, DESIGN §5.1)."""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
import sqlite3
from typing import Any

from . import errors
from .clock import iso_utc
from .db import transaction
from .errors import ApiError
from .keys import issue_for, parse_installation_key
from .messages import Request, Response

CODE_MINUTES = 30
OPEN_PER_CLIENT = 3  # a new session closes the client's oldest open one (DESIGN.md 6.1)
CODE_TRIES = 64  # random draws before giving up with 503: never a loop without bound
MAX_OFFERS = 10  # per session (DESIGN §5.1)
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


def _live_session(req: Request) -> sqlite3.Row:
    """The live session under the path's code with its client's account, or 404."""
    code = req.params["code"]
    row: sqlite3.Row | None = None
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
    return row


def show(req: Request) -> Response:
    """For staff only (the route says so); an unknown or expired code is 404."""
    row = _live_session(req)
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


def create_offer(req: Request) -> Response:
    """Staff only (the route says so): POST /keys for the session's client, with the staff
    member recorded as the actor; the issued key is kept as an offer the client can fetch.
    A refusal is the 422 of POST /keys and stores nothing."""
    text = req.text("installation_key", max_length=200)
    session = _live_session(req)
    key = parse_installation_key(text)
    clock = req.service.clock
    now = clock.now()
    with transaction(req.conn):
        held = req.conn.execute(
            "SELECT COUNT(*) FROM support_offers WHERE session_id = ?", (session["id"],)
        ).fetchone()[0]
        if held >= MAX_OFFERS:
            raise ApiError(
                409,
                "too_many_offers",
                f"В тази сесия вече има {MAX_OFFERS} изпратени ключа. Помолете клиента да "
                "създаде нов код за поддръжка.",
                {"limit": MAX_OFFERS},
            )
        client = req.conn.execute(
            "SELECT * FROM accounts WHERE id = ?", (session["account_id"],)
        ).fetchone()
        issued = issue_for(
            req.conn, req.service.signer, client, key, now, clock.today(), req.address,
            actor_id=req.user.account_id,
        )
        created_at = iso_utc(now)
        cursor = req.conn.execute(
            "INSERT INTO support_offers (session_id, staff_account_id, created_at, product, "
            "registration_key, licence_id, comparison) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                session["id"],
                req.user.account_id,
                created_at,
                key.product.name,
                issued["registration_key"],
                issued["licence_id"],
                json.dumps(issued["comparison"], ensure_ascii=False),
            ),
        )
    return Response(201, _offer(int(cursor.lastrowid or 0), key.product.name, issued, created_at))


def list_offers(req: Request) -> Response:
    """The session's offers, newest first, for its client and for staff. Anyone else hears
    404, as for a code that does not exist: a live code is not confirmed to a stranger."""
    session = _live_session(req)
    if not req.user.is_staff and req.user.account_id != int(session["account_id"]):
        raise errors.not_found(
            "Няма активна сесия за поддръжка с този код. Кодът важи 30 минути: създайте нов."
        )
    rows = req.conn.execute(
        "SELECT * FROM support_offers WHERE session_id = ? ORDER BY id DESC", (session["id"],)
    ).fetchall()
    offers = [
        _offer(
            int(row["id"]),
            row["product"],
            {
                "registration_key": row["registration_key"],
                "licence_id": row["licence_id"],
                "comparison": json.loads(row["comparison"]),
            },
            row["created_at"],
        )
        for row in rows
    ]
    return Response(200, {"offers": offers})


def close(req: Request) -> Response:
    """The client ends its own session (the dialog was closed): the code stops working at
    once, so staff hear 404 instead of issuing a key nobody waits for. Anyone else hears
    404, as for a code that does not exist."""
    session = _live_session(req)
    if req.user.account_id != int(session["account_id"]):
        raise errors.not_found(
            "Няма активна сесия за поддръжка с този код. Кодът важи 30 минути: създайте нов."
        )
    with transaction(req.conn):
        req.conn.execute(
            "UPDATE support_sessions SET expires_at = ? WHERE id = ?",
            (req.service.clock.timestamp(), session["id"]),
        )
    return Response(204)


def _offer(offer_id: int, product: str, issued: dict[str, Any], created_at: str) -> dict[str, Any]:
    return {
        "offer_id": offer_id,
        "product": product,
        "registration_key": issued["registration_key"],
        "licence_id": issued["licence_id"],
        "comparison": issued["comparison"],
        "created_at": created_at,
    }
