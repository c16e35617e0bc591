"""The stub's SQLite database: connections, versioned schema migrations, transactions.

WAL lets readers go on while one writer works; every change that must stay consistent
(a key issuance, a login, a token rotation) runs in one ``BEGIN IMMEDIATE`` transaction,
which takes the write lock up front, so two concurrent issuances cannot both see the
same free seat.

Within one stub process the write transactions also queue on one lock: SQLite's busy
handler is not a queue but a sleep with back-off, and under 32 concurrent issuances 3-6 %
of them waited 0.5-2.7 s (bench/README.md, "Server tail"). The lock makes them wait their
turn instead; SQLite's own lock still guards against other processes (the stub's CLI).
Reads take no lock and go on concurrently under WAL.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Each entry upgrades the schema by one version (PRAGMA user_version). Never edit an
# entry once released: add a new one, so an existing database upgrades in place.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        password_hash TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('client', 'staff')),
        company TEXT NOT NULL DEFAULT '',
        eik TEXT NOT NULL DEFAULT '',
        mol TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        customer_number INTEGER UNIQUE
    );
    CREATE TABLE logins (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id),
        created_at REAL NOT NULL,
        revoked_at REAL
    );
    CREATE TABLE tokens (
        hash TEXT PRIMARY KEY,
        login_id INTEGER NOT NULL REFERENCES logins(id),
        kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
        expires_at REAL NOT NULL,
        used_at REAL
    );
    CREATE INDEX tokens_login ON tokens(login_id);
    CREATE TABLE login_failures (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL,
        address TEXT NOT NULL,
        at REAL NOT NULL
    );
    CREATE INDEX login_failures_email ON login_failures(email, at);
    CREATE INDEX login_failures_address ON login_failures(address, at);
    CREATE TABLE licences (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id),
        product TEXT NOT NULL,
        installation_type TEXT NOT NULL,
        workplaces INTEGER NOT NULL,
        service_type TEXT NOT NULL,
        modules INTEGER NOT NULL,
        max_version TEXT NOT NULL,
        valid_until TEXT,
        status TEXT NOT NULL CHECK (status IN ('active', 'suspended'))
    );
    CREATE TABLE registrations (
        id INTEGER PRIMARY KEY,
        licence_id INTEGER NOT NULL REFERENCES licences(id),
        workstation_id TEXT NOT NULL,
        installation_key TEXT NOT NULL,
        registration_key TEXT NOT NULL,
        generated_at TEXT NOT NULL,
        version TEXT NOT NULL,
        UNIQUE (licence_id, workstation_id)
    );
    CREATE TABLE contracts (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id),
        year INTEGER NOT NULL,
        document_type TEXT NOT NULL,
        subscription_type TEXT NOT NULL,
        monthly_price TEXT NOT NULL,
        currency TEXT NOT NULL,
        concluded_on TEXT NOT NULL,
        status TEXT NOT NULL,
        paid INTEGER NOT NULL
    );
    CREATE TABLE news (
        id INTEGER PRIMARY KEY,
        published_on TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        products TEXT NOT NULL
    );
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        account_id INTEGER NOT NULL,
        licence_id INTEGER NOT NULL,
        workstation_id TEXT NOT NULL,
        installation_digest TEXT NOT NULL,
        registration_key_masked TEXT NOT NULL,
        address TEXT NOT NULL
    );
    CREATE TABLE reported_installations (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id),
        reported_at TEXT NOT NULL,
        product TEXT NOT NULL,
        version TEXT NOT NULL,
        installation_key TEXT NOT NULL,
        registration_status TEXT NOT NULL,
        computer_name TEXT NOT NULL
    );
    CREATE TABLE support_sessions (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL,
        account_id INTEGER NOT NULL REFERENCES accounts(id),
        created_at REAL NOT NULL,
        expires_at REAL NOT NULL,
        diagnostics TEXT NOT NULL
    );
    CREATE INDEX support_sessions_code ON support_sessions(code);
    CREATE TABLE password_reset_outbox (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL,
        token TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE settings (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 2: password-reset requests, counted per e-mail and per address (DESIGN.md 6.1).
    """
    CREATE TABLE reset_requests (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL,
        address TEXT NOT NULL,
        at REAL NOT NULL
    );
    CREATE INDEX reset_requests_email ON reset_requests(email, at);
    CREATE INDEX reset_requests_address ON reset_requests(address, at);
    """,
    # 3: assisted activation (DESIGN §5.1): the keys staff issue into a client's support
    # session, and who issued each key (the client on POST /keys, staff for an offer).
    """
    CREATE TABLE support_offers (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES support_sessions(id),
        staff_account_id INTEGER NOT NULL REFERENCES accounts(id),
        created_at TEXT NOT NULL,
        product TEXT NOT NULL,
        registration_key TEXT NOT NULL,
        licence_id INTEGER NOT NULL,
        comparison TEXT NOT NULL
    );
    CREATE INDEX support_offers_session ON support_offers(session_id);
    ALTER TABLE audit ADD COLUMN actor_account_id INTEGER REFERENCES accounts(id);
    """,
]


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are opened explicitly."""
    conn = sqlite3.connect(path, timeout=30.0, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def open_database(path: Path) -> None:
    """Create or upgrade the database at ``path`` and switch it to WAL."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        with transaction(conn):
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in script.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")
    finally:
        conn.close()


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


# Re-entrant so that a transaction opened inside another on the same thread fails as it
# did before (SQLite: "cannot start a transaction within a transaction"), not deadlocks.
_WRITE_LOCK = threading.RLock()


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction holding the write lock from its first statement."""
    with _WRITE_LOCK:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def get_setting(conn: sqlite3.Connection, name: str) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
    return None if row is None else str(row["value"])


def set_setting(conn: sqlite3.Connection, name: str, value: str) -> None:
    conn.execute(
        "INSERT INTO settings (name, value) VALUES (?, ?) "
        "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        (name, value),
    )
