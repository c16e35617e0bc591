"""Login, token refresh, logout and password reset (DESIGN.md sections 5 and 6)."""

from __future__ import annotations

import secrets
import sqlite3

from . import errors, throttle
from .clock import iso_utc
from .db import transaction
from .messages import Request, Response
from .passwords import dummy_hash, verify_password
from .tokens import (
    ACCESS_SECONDS,
    TokenPair,
    authenticate,
    login_of_refresh,
    revoke_login,
    rotate,
    start_login,
)
from .views import account_summary

MAX_EMAIL = 254
MAX_PASSWORD = 1024


def login(req: Request) -> Response:
    email = req.text("email", max_length=MAX_EMAIL).strip()
    password = req.text("password", max_length=MAX_PASSWORD)
    now = req.service.clock.timestamp()
    wait = throttle.retry_after(req.conn, email, req.address, now)
    if wait is not None:
        raise errors.too_many_attempts(wait)
    account = req.conn.execute("SELECT * FROM accounts WHERE email = ?", (email,)).fetchone()
    # An unknown e-mail is checked against a dummy hash: both failures take the same time.
    right = verify_password(password, account["password_hash"] if account else dummy_hash())
    pair: TokenPair | None = None
    with transaction(req.conn):
        # Checked again under the write lock: concurrent wrong guesses must not slip past.
        wait = throttle.retry_after(req.conn, email, req.address, now)
        if wait is None and right and account is not None:
            throttle.clear(req.conn, email)
            pair = start_login(req.conn, int(account["id"]), now)
        elif wait is None:
            throttle.record_failure(req.conn, email, req.address, now)
    if wait is not None:
        raise errors.too_many_attempts(wait)
    if pair is None or account is None:
        raise errors.invalid_credentials()
    return Response(200, _login_body(pair, account))


def refresh(req: Request) -> Response:
    token = req.text("refresh_token", max_length=200)
    now = req.service.clock.timestamp()
    with transaction(req.conn):
        rotated = rotate(req.conn, token, now)
    if rotated is None:
        raise errors.login_required()
    account, pair = rotated
    return Response(200, _login_body(pair, account))


def logout(req: Request) -> Response:
    """Revokes the login of the bearer token, or of the refresh token in the body."""
    now = req.service.clock.timestamp()
    scheme, _, token = req.headers.get("Authorization", "").strip().partition(" ")
    caller = authenticate(req.conn, token.strip(), now) if scheme.lower() == "bearer" else None
    login_id = caller.login_id if caller is not None else None
    if login_id is None:
        refresh_token = req.text("refresh_token", max_length=200, required=False)
        login_id = login_of_refresh(req.conn, refresh_token) if refresh_token else None
    if login_id is None:
        raise errors.login_required()
    with transaction(req.conn):
        revoke_login(req.conn, login_id, now)
    return Response(204)


def password_reset(req: Request) -> Response:
    """202 whatever the e-mail, after the same work either way (DESIGN.md section 6.1): the
    account is looked up, one scrypt hash is computed and one write transaction runs, so
    neither the answer nor its time tells whether the account exists. The stub's "mail" is
    the outbox table; throttle.py limits the requests (3 per e-mail, 30 per address, an hour).
    """
    email = req.text("email", max_length=MAX_EMAIL).strip()
    now = req.service.clock.timestamp()
    wait = throttle.reset_retry_after(req.conn, email, req.address, now)
    if wait is not None:
        raise errors.too_many_reset_requests(wait)
    account = req.conn.execute("SELECT id FROM accounts WHERE email = ?", (email,)).fetchone()
    token = secrets.token_urlsafe(32)
    # The work a real reset does once per request (hashing the token it mails), done for
    # an unknown e-mail as well: a reset costs the same time whoever asks.
    verify_password(token, dummy_hash())
    with transaction(req.conn):
        wait = throttle.reset_retry_after(req.conn, email, req.address, now)
        if wait is None:
            throttle.record_reset(req.conn, email, req.address, now)
            if account is not None:
                req.conn.execute(
                    "INSERT INTO password_reset_outbox (email, token, created_at) "
                    "VALUES (?, ?, ?)",
                    (email.lower(), token, iso_utc(req.service.clock.now())),
                )
    if wait is not None:
        raise errors.too_many_reset_requests(wait)
    return Response(
        202,
        {
            "message": "Ако има профил с този имейл, на него ще получите писмо с указания "
            "как да зададете нова парола."
        },
    )


def _login_body(pair: TokenPair, account: sqlite3.Row) -> dict[str, object]:
    return {
        "access_token": pair.access_token,
        "refresh_token": pair.refresh_token,
        "expires_in": ACCESS_SECONDS,
        "account": account_summary(account),
    }
