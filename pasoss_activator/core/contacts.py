"""The vendor's support contacts (``GET /contacts``, no login), kept for offline use.

A client whose activator cannot reach the service is exactly the one who needs the phone
number, so every successful fetch is saved (public data: a plain file is fine) and the
saved copy is shown, with its date, when the service does not answer.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import paths
from .dates import format_bg
from .errors import ActivatorError

if TYPE_CHECKING:
    from .account import Activator


@dataclass(frozen=True)
class Contacts:
    """``GET /contacts`` (phones, e-mail, hours), from the service or the last saved copy."""

    data: dict[str, Any]
    fetched_at: dt.datetime | None  # UTC; None when never fetched
    from_cache: bool


def contacts_path() -> Path:
    return paths.cache_dir() / "contacts.json"


def _saved(path: Path) -> Contacts | None:
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        when = dt.datetime.fromisoformat(str(saved["fetched_at"]))
        return Contacts(dict(saved["contacts"]), when, from_cache=True)
    except (OSError, ValueError, KeyError, TypeError):
        return None  # none saved, or damaged: as if none


def support_contacts(activator: Activator) -> Contacts:
    """The vendor's contacts: fresh from the service when it answers (and saved, public
    data, so a plain file), else the saved copy — a client with no network is exactly the
    one who needs the phone number. Raises ServiceUnavailable only when neither exists."""
    path = contacts_path()
    try:
        data = activator.contacts()
    except ActivatorError as err:
        saved = _saved(path)
        if saved is None:
            raise err from None
        return saved
    now = dt.datetime.now(dt.UTC)
    try:
        path.write_text(
            json.dumps({"fetched_at": now.isoformat(), "contacts": data}, ensure_ascii=False),
            encoding="utf-8",
        )
    except OSError:
        pass  # a read-only profile only loses the offline copy
    return Contacts(data, now, from_cache=False)


def contacts_text(contacts: Contacts) -> str:
    """The contacts as lines for the Помощ view or the terminal."""
    data = contacts.data
    lines = [str(data.get("company") or "ПАСОСС")]
    phones = [str(p) for p in data.get("phones") or []]
    if phones:
        lines.append("Телефон: " + ", ".join(phones))
    if data.get("email"):
        lines.append(f"E-mail: {data['email']}")
    if data.get("hours"):
        lines.append(f"Работно време: {data['hours']}")
    if data.get("website"):
        lines.append(f"Уебсайт: {data['website']}")
    if contacts.from_cache and contacts.fetched_at:
        local = contacts.fetched_at.astimezone()
        lines.append(f"(запазени данни от {format_bg(local.date())} {local:%H:%M})")
    return "\n".join(lines)
