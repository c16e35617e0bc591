"""The "cloud sync": bring the offline copy up to date with conditional GETs.

Each part of the account is asked for with the ETag of the copy; an unchanged part comes
back as 304 with no body, so a sync of an unchanged account moves almost nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .cache import CacheContent
from .errors import ServiceError
from .service_client import ServiceClient

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


def sync_account(
    client: ServiceClient,
    previous: CacheContent | None,
    *,
    now: dt.datetime | None = None,
) -> tuple[CacheContent, SyncStats]:
    """A fresh copy of the account; parts answered 304 are taken from ``previous``."""
    old = previous or CacheContent()
    new = CacheContent(account=dict(old.account))
    changed: list[str] = []
    unchanged: list[str] = []
    for part, (path, list_key) in PARTS.items():
        etag = old.etags.get(part) if previous is not None else None
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
    new.synced_at = now or dt.datetime.now(dt.UTC)
    return new, SyncStats(tuple(changed), tuple(unchanged))


def _part_value(part: str, data: dict[str, Any], list_key: str | None) -> Any:
    if list_key is None:
        return data
    items = data.get(list_key)
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ServiceError(
            "Услугата на ПАСОСС върна данни, които програмата не разбира.",
            "Опитайте отново след малко. Ако не се получи, обадете се на поддръжката.",
            part=part,
        )
    return items
