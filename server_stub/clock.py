"""The stub's notion of "now", which tests can set and move.

Throttling windows, token lifetimes, support codes and "today" of key issuance all read
this clock, so a test can jump 16 minutes ahead instead of sleeping. A separately started
``python -m server_stub serve`` takes a fixed starting moment from the environment
variable ``PASOSS_STUB_NOW`` (ISO 8601, e.g. ``2026-05-04T09:00:00Z``); time then runs on
from that moment.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time

from pasoss_activator.core.dates import today_sofia

ENV_NOW = "PASOSS_STUB_NOW"


def parse_moment(text: str) -> dt.datetime:
    """An aware UTC datetime from ISO 8601; a naive value is taken as UTC."""
    moment = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


class Clock:
    """Real time, optionally started at a chosen moment and moved by ``advance``."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self._lock = threading.Lock()
        self._offset = dt.timedelta(0)
        if start is not None:
            self.set(start)

    @classmethod
    def from_env(cls) -> Clock:
        text = os.environ.get(ENV_NOW, "").strip()
        return cls(parse_moment(text) if text else None)

    def now(self) -> dt.datetime:
        with self._lock:
            return dt.datetime.now(dt.UTC) + self._offset

    def timestamp(self) -> float:
        return self.now().timestamp()

    def today(self) -> dt.date:
        """Today's date in Europe/Sofia, where the keys count their dates."""
        return today_sofia(self.now())

    def set(self, moment: dt.datetime) -> None:
        """Let the clock read ``moment`` now and run on from there."""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        with self._lock:
            self._offset = moment - dt.datetime.fromtimestamp(time.time(), dt.UTC)

    def advance(self, delta: dt.timedelta | None = None, **parts: float) -> None:
        """Move the clock forward by ``delta`` or by ``timedelta(**parts)``."""
        step = delta if delta is not None else dt.timedelta(**parts)
        with self._lock:
            self._offset += step


def iso_utc(moment: dt.datetime) -> str:
    """``2026-05-04T09:00:00Z``: ISO 8601 UTC, whole seconds."""
    return moment.astimezone(dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
