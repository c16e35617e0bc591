"""The service's state for one database: where it lives, its clock and its signing key."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .clock import Clock
from .db import connect, open_database
from .demo import seed_demo
from .passwords import dummy_hash
from .signing import Signer, resolve_signer


@dataclass
class Service:
    db_path: Path
    clock: Clock
    signer: Signer
    log_requests: bool = False

    @classmethod
    def open(
        cls,
        db_path: Path,
        *,
        demo_data: bool = False,
        signing_key: Path | None = None,
        key_id: int | None = None,
        clock: Clock | None = None,
        log_requests: bool = False,
    ) -> Service:
        """Create or upgrade the database, pick the signing key, seed the demo data."""
        clock = clock if clock is not None else Clock.from_env()
        dummy_hash()  # made now, so the first unknown e-mail is not slower than the rest
        db_path = Path(db_path)
        open_database(db_path)
        conn = connect(db_path)
        try:
            signer = resolve_signer(conn, signing_key, key_id)
            if demo_data:
                seed_demo(conn, clock.today())
        finally:
            conn.close()
        return cls(db_path, clock, signer, log_requests)

    def connect(self) -> sqlite3.Connection:
        return connect(self.db_path)
