"""Login throttling (DESIGN.md section 5).

A failed login is a well-formed login whose password is wrong or whose e-mail is
unknown. Per lower-cased e-mail, once 5 failures lie within the sliding 15 minutes,
every further attempt — the right password too — gets 429 until the oldest of them
leaves the window; a successful login clears that e-mail's count. Per client address,
30 failures in the window do the same for every e-mail (one address guessing many
accounts). Attempts refused with 429 are not evaluated and so not counted: the wait
ends when the window says so, however often the client retries.
"""

from __future__ import annotations

import math
import sqlite3

WINDOW_SECONDS = 15 * 60
PER_EMAIL = 5
PER_ADDRESS = 30


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


def _wait(conn: sqlite3.Connection, column: str, value: str, limit: int, now: float) -> int | None:
    rows = conn.execute(
        f"SELECT at FROM login_failures WHERE {column} = ? AND at > ? ORDER BY at",
        (value, now - WINDOW_SECONDS),
    ).fetchall()
    if len(rows) < limit:
        return None
    # The attempt is allowed again once fewer than `limit` failures remain in the window.
    oldest_to_leave = float(rows[len(rows) - limit]["at"])
    return max(1, math.ceil(oldest_to_leave + WINDOW_SECONDS - now))
