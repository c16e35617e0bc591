"""The vendor's support contacts (``GET /contacts``, no login), kept for offline use.

A client whose activator cannot reach the service is exactly the one who needs the phone
number, so every successful fetch is saved (public data: a plain file is fine) and the
saved copy is shown, with its date, when the service does not answer. When there is no
saved copy either, the vendor's public service phones shipped with the app are shown.
Only the GUI shows them (``ui/contacts_dialog.py``, with ``tel:`` and ``mailto:`` links):
that is the one place their words are made.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import paths
from .atomic_write import write_atomically
from .errors import ActivatorError
from .model import ContactDetails

if TYPE_CHECKING:
    from .account import Activator


# PASOSS's public service phones (DESIGN.md section 8): shipped with the app, so even a
# first start without a connection can say whom to call.
SERVICE_PHONES = ("(02) 9669551", "(02) 9669561")
SHIPPED_CONTACTS = ContactDetails(company="ПАСОСС", phones=SERVICE_PHONES)


@dataclass(frozen=True)
class Contacts:
    """``GET /contacts`` (phones, e-mail, hours), from the service or the last saved copy."""

    data: ContactDetails
    fetched_at: dt.datetime | None  # UTC; None when never fetched
    from_cache: bool


def contacts_path() -> Path:
    return paths.cache_dir() / "contacts.json"


def _saved(path: Path) -> Contacts | None:
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        when = dt.datetime.fromisoformat(str(saved["fetched_at"]))
        return Contacts(ContactDetails.from_json(saved["contacts"]), when, from_cache=True)
    except (OSError, ValueError, KeyError, TypeError):
        return None  # none saved, or damaged: as if none


def support_contacts(activator: Activator) -> Contacts:
    """The vendor's contacts: fresh from the service when it answers (and saved, public
    data, so a plain file), else the saved copy — a client with no network is exactly the
    one who needs the phone number — else the phones shipped with the app (``from_cache``
    with no ``fetched_at``)."""
    path = contacts_path()
    try:
        data = activator.contacts()
    except ActivatorError:
        saved = _saved(path)
        if saved is None:
            return Contacts(SHIPPED_CONTACTS, None, from_cache=True)
        return saved
    now = dt.datetime.now(dt.UTC)
    try:
        text = json.dumps(
            {"fetched_at": now.isoformat(), "contacts": data.to_json()}, ensure_ascii=False
        )
        write_atomically(path, text.encode("utf-8"))
    except OSError:
        pass  # a read-only profile only loses the offline copy
    return Contacts(data, now, from_cache=False)

