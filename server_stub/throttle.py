"""Login and password-reset throttling (DESIGN.md sections 5 and 6.1).

A failed login is a well-formed login whose password is wrong or whose e-mail is
unknown. Per lower-cased e-mail, once 5 failures lie within the sliding 15 minutes,
every further attempt — the right password too — gets 429 until the oldest of them
leaves the window; a successful login clears that e-mail's count. Per client address,
30 failures in the window do the same for every e-mail (one address guessing many
accounts). Attempts refused with 429 are not evaluated and so not counted: the wait
ends when the window says so, however often the client retries.

A wrong current password on a password change counts as a failed login of that account
(otherwise the change would be an unthrottled password oracle for a stolen session).

Password resets: per lower-cased e-mail at most 3 requests an hour (so at most 3 mails,
and the limit answers the same whether or not the account exists), per address 30.
"""

from __future__ import annotations

import math
import sqlite3

WINDOW_SECONDS = 15 * 60
PER_EMAIL = 5
PER_ADDRESS = 30
RESET_WINDOW_SECONDS = 60 * 60
RESET_PER_EMAIL = 3
RESET_PER_ADDRESS = 30


def retry_after(conn: sqlite3.Connection, email: str, address: str, now: float) -> int | None:
    """Whole seconds to wait before another attempt, or None when one is allowed."""
    waits = [
        wait
        for wait in (
            _wait(conn, "email", email.lower(), PER_EMAIL, now),
            _wait(conn, "address", address, PER_ADDRESS, now),
        )
        if wait is not None
    ]
    return max(waits) if waits else None


def record_failure(conn: sqlite3.Connection, email: str, address: str, now: float) -> None:
    conn.execute(
        "INSERT INTO login_failures (email, address, at) VALUES (?, ?, ?)",
        (email.lower(), address, now),
    )
    # Old rows are never needed again; keeping the table small keeps the check cheap.
    conn.execute("DELETE FROM login_failures WHERE at <= ?", (now - WINDOW_SECONDS,))


def clear(conn: sqlite3.Connection, email: str) -> None:
    conn.execute("DELETE FROM login_failures WHERE email = ?", (email.lower(),))


def _wait(
    conn: sqlite3.Connection,
    column: str,
    value: str,
    limit: int,
    now: float,
    table: str = "login_failures",
    window: float = WINDOW_SECONDS,
) -> int | None:
    rows = conn.execute(
        f"SELECT at FROM {table} WHERE {column} = ? AND at > ? ORDER BY at",
        (value, now - window),
    ).fetchall()
    if len(rows) < limit:
        return None
    # The attempt is allowed again once fewer than `limit` entries remain in the window.
    oldest_to_leave = float(rows[len(rows) - limit]["at"])
    return max(1, math.ceil(oldest_to_leave + window - now))


def reset_retry_after(conn: sqlite3.Connection, email: str, address: str, now: float) -> int | None:
    """Whole seconds before another password reset may be asked, or None."""
    waits = [
        wait
        for wait in (
            _wait(conn, "email", email.lower(), RESET_PER_EMAIL, now,
                  "reset_requests", RESET_WINDOW_SECONDS),
            _wait(conn, "address", address, RESET_PER_ADDRESS, now,
                  "reset_requests", RESET_WINDOW_SECONDS),
        )
        if wait is not None
    ]
    return max(waits) if waits else None


def record_reset(conn: sqlite3.Connection, email: str, address: str, now: float) -> None:
    conn.execute(
        "INSERT INTO reset_requests (email, address, at) VALUES (?, ?, ?)",
        (email.lower(), address, now),
    )
    conn.execute("DELETE FROM reset_requests WHERE at <= ?", (now - RESET_WINDOW_SECONDS,))
