"""The "cloud sync": bring the offline copy up to date, in one round trip when it can.

``GET /sync`` (DESIGN.md section 5.2) answers the whole account under one ETag: with the
copy's ETag an unchanged account comes back as one 304 with no body. A service without
that route (404) is synced part by part with conditional GETs, as before it existed; the
client remembers that for the rest of its life, so the 404 is paid once per process.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .cache import CacheContent
from .errors import NotFound, ServiceError
from .service_client import ServiceClient

SYNC_PATH = "/sync"
SYNC_ETAG = "sync"  # the key of the whole account's ETag among the copy's etags

# part name -> (path, key of the list in the answer, or None for an object answer)
PARTS: dict[str, tuple[str, str | None]] = {
    "profile": ("/profile", None),
    "licences": ("/licences", "licences"),
    "contracts": ("/contracts", "contracts"),
    "news": ("/news", "news"),
}


@dataclass(frozen=True)
class SyncStats:
    changed: tuple[str, ...]
    unchanged: tuple[str, ...]
    requests: int = 0  # how many requests the sync took (1 with GET /sync)


def sync_account(
    client: ServiceClient,
    previous: CacheContent | None,
    *,
    now: dt.datetime | None = None,
) -> tuple[CacheContent, SyncStats]:
    """A fresh copy of the account; what is unchanged is taken from ``previous``."""
    old = previous or CacheContent()
    new = CacheContent(account=dict(old.account))
    stats = None
    asked = 0
    if client.has_sync_route:
        try:
            stats = _sync_whole(client, old, new, previous is not None)
        except NotFound:
            # An older service: no /sync. Part by part from now on (DESIGN.md 5.2 is an
            # addition; the four routes stay).
            client.has_sync_route = False
            asked = 1
    if stats is None:
        stats = _sync_parts(client, old, new, previous is not None)
        stats = SyncStats(stats.changed, stats.unchanged, stats.requests + asked)
    new.synced_at = now or dt.datetime.now(dt.UTC)
    return new, stats


def _sync_whole(
    client: ServiceClient, old: CacheContent, new: CacheContent, has_copy: bool
) -> SyncStats:
    etag = old.etags.get(SYNC_ETAG) if has_copy else None
    reply = client.get(SYNC_PATH, etag)
    if reply.status == 304:
        for part in PARTS:
            setattr(new, part, getattr(old, part))
        if etag:
            new.etags[SYNC_ETAG] = etag
        return SyncStats((), tuple(PARTS), requests=1)
    changed: list[str] = []
    unchanged: list[str] = []
    for part, (_path, list_key) in PARTS.items():
        value = _part_value(part, reply.data.get(part), list_key)
        setattr(new, part, value)
        (unchanged if has_copy and value == getattr(old, part) else changed).append(part)
    if reply.etag:
        new.etags[SYNC_ETAG] = reply.etag
    return SyncStats(tuple(changed), tuple(unchanged), requests=1)


def _sync_parts(
    client: ServiceClient, old: CacheContent, new: CacheContent, has_copy: bool
) -> SyncStats:
    changed: list[str] = []
    unchanged: list[str] = []
    for part, (path, list_key) in PARTS.items():
        etag = old.etags.get(part) if has_copy else None
        reply = client.get(path, etag)
        if reply.status == 304:
            setattr(new, part, getattr(old, part))
            if etag:
                new.etags[part] = etag
            unchanged.append(part)
            continue
        setattr(new, part, _part_value(part, reply.data, list_key))
        if reply.etag:
            new.etags[part] = reply.etag
        changed.append(part)
    return SyncStats(tuple(changed), tuple(unchanged), requests=len(PARTS))


def _part_value(part: str, data: Any, list_key: str | None) -> Any:
    if not isinstance(data, dict):
        raise _not_understood(part)
    if list_key is None:
        return data
    items = data.get(list_key)
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise _not_understood(part)
    return items


def _not_understood(part: str) -> ServiceError:
    return ServiceError(reason="bad_data", part=part)
