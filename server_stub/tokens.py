"""Logins and their tokens (DESIGN.md section 6).

A login is one sign-in with a password; it owns a short-lived access token and a
refresh token that rotates: each refresh gives a new pair and retires the old refresh
token. Tokens are 32 random bytes; only their SHA-256 is stored.

A login is a refresh-token family (RFC 9700 section 4.14.2). A retired refresh token used
again more than ``REUSE_GRACE_SECONDS`` after it was retired means two parties hold the
family (one of them stole it): the whole login is revoked, both must log in again. Within
the grace a reuse only gets 401 and the new pair keeps working: a GUI and a command line
sharing one keyring entry can race to refresh, and the loser then takes the stored newer
token (core/service_client.py). A family lives at most ``FAMILY_SECONDS`` from its
password login, however often it is refreshed.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
from dataclasses import dataclass

ACCESS_SECONDS = 15 * 60
REFRESH_SECONDS = 30 * 24 * 60 * 60
FAMILY_SECONDS = 90 * 24 * 60 * 60  # then the password is asked again
REUSE_GRACE_SECONDS = 10


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    login_id: int


@dataclass(frozen=True)
class Caller:
    """The account behind a valid access token."""

    account: sqlite3.Row
    login_id: int

    @property
    def account_id(self) -> int:
        return int(self.account["id"])

    @property
    def is_staff(self) -> bool:
        return str(self.account["role"]) == "staff"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def start_login(conn: sqlite3.Connection, account_id: int, now: float) -> TokenPair:
    """A new login with its first pair of tokens (call inside a transaction)."""
    cursor = conn.execute(
        "INSERT INTO logins (account_id, created_at) VALUES (?, ?)", (account_id, now)
    )
    return _issue_pair(conn, int(cursor.lastrowid or 0), now)


def _issue_pair(conn: sqlite3.Connection, login_id: int, now: float) -> TokenPair:
    access = secrets.token_urlsafe(32)
    refresh = secrets.token_urlsafe(32)
    conn.executemany(
        "INSERT INTO tokens (hash, login_id, kind, expires_at) VALUES (?, ?, ?, ?)",
        [
            (token_hash(access), login_id, "access", now + ACCESS_SECONDS),
            (token_hash(refresh), login_id, "refresh", now + REFRESH_SECONDS),
        ],
    )
    return TokenPair(access, refresh, login_id)


def authenticate(conn: sqlite3.Connection, access_token: str, now: float) -> Caller | None:
    row = conn.execute(
        "SELECT a.*, t.login_id AS login_id FROM tokens t "
        "JOIN logins l ON l.id = t.login_id JOIN accounts a ON a.id = l.account_id "
        "WHERE t.hash = ? AND t.kind = 'access' AND t.expires_at > ? AND l.revoked_at IS NULL",
        (token_hash(access_token), now),
    ).fetchone()
    return None if row is None else Caller(row, int(row["login_id"]))


def rotate(
    conn: sqlite3.Connection, refresh_token: str, now: float
) -> tuple[sqlite3.Row, TokenPair] | None:
    """The account and a new pair, or None when the token is unknown, expired or used."""
    row = conn.execute(
        "SELECT t.login_id, t.expires_at, t.used_at, l.revoked_at, l.account_id, "
        "l.created_at AS login_created_at "
        "FROM tokens t JOIN logins l ON l.id = t.login_id "
        "WHERE t.hash = ? AND t.kind = 'refresh'",
        (token_hash(refresh_token),),
    ).fetchone()
    if row is None or row["revoked_at"] is not None:
        return None
    login_id = int(row["login_id"])
    if row["used_at"] is not None:
        if now - float(row["used_at"]) > REUSE_GRACE_SECONDS:
            revoke_login(conn, login_id, now)  # reuse detected: the family is compromised
        return None
    if row["expires_at"] <= now or float(row["login_created_at"]) + FAMILY_SECONDS <= now:
        return None
    conn.execute("UPDATE tokens SET used_at = ? WHERE hash = ?", (now, token_hash(refresh_token)))
    account = conn.execute("SELECT * FROM accounts WHERE id = ?", (row["account_id"],)).fetchone()
    return account, _issue_pair(conn, login_id, now)


def login_of_refresh(conn: sqlite3.Connection, refresh_token: str) -> int | None:
    row = conn.execute(
        "SELECT login_id FROM tokens WHERE hash = ? AND kind = 'refresh' AND used_at IS NULL",
        (token_hash(refresh_token),),
    ).fetchone()
    return None if row is None else int(row["login_id"])


def revoke_login(conn: sqlite3.Connection, login_id: int, now: float) -> None:
    conn.execute(
        "UPDATE logins SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", (now, login_id)
    )


def revoke_other_logins(
    conn: sqlite3.Connection, account_id: int, keep_login_id: int, now: float
) -> None:
    conn.execute(
        "UPDATE logins SET revoked_at = ? WHERE account_id = ? AND id != ? AND revoked_at IS NULL",
        (now, account_id, keep_login_id),
    )
