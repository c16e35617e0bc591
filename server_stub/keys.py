"""Key issuance (POST /keys): parse, compare, and only when every row passes, sign and record.

Everything from reading the seats to writing the registration and the audit row runs in
one ``BEGIN IMMEDIATE`` transaction, so concurrent requests on one licence are counted
one after another and never hand out more seats than the licence holds.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from pasoss_activator.core.dates import Version
from pasoss_activator.core.error_text import error_text
from pasoss_activator.core.errors import InstallationKeyError
from pasoss_activator.core.installation_key import InstallationKey
from pasoss_activator.core.registration_key import RegistrationKey

from .clock import iso_utc
from .comparison import LicenceState, compare
from .db import transaction
from .errors import ApiError, forbidden
from .records import add_registration
from .signing import Signer
from .tokens import Caller


def parse_installation_key(text: str) -> InstallationKey:
    """The key, or a 400 ``invalid_installation_key`` that says which part is wrong."""
    try:
        return InstallationKey.parse(text)
    except InstallationKeyError as err:
        # The API's details (openapi.yaml); "shown" is the client's own way to quote it.
        details = {
            k: v for k, v in err.details.items() if isinstance(v, str | int) and k != "shown"
        }
        # The service speaks Bulgarian (DESIGN.md section 5): the catalogue's source text.
        message = error_text(err, lambda _context, text: text)
        raise ApiError(400, "invalid_installation_key", message, details) from None


def issue_key(
    conn: sqlite3.Connection,
    signer: Signer,
    caller: Caller,
    key_text: str,
    now: dt.datetime,
    today: dt.date,
    address: str,
) -> dict[str, Any]:
    """POST /keys: the caller asks for a key for one of their own installations."""
    if caller.is_staff:
        raise _no_licences()
    key = parse_installation_key(key_text)
    with transaction(conn):
        return issue_for(
            conn, signer, caller.account, key, now, today, address, actor_id=caller.account_id
        )


def issue_for(
    conn: sqlite3.Connection,
    signer: Signer,
    account: sqlite3.Row,
    key: InstallationKey,
    now: dt.datetime,
    today: dt.date,
    address: str,
    *,
    actor_id: int,
) -> dict[str, Any]:
    """Compare, and only when every row passes sign, register and audit a key for
    ``account`` — whoever asks (the client itself, or staff in its support session, DESIGN
    §5.1: ``actor_id`` is recorded in the audit). Call inside an open ``transaction``; a
    refusal is ApiError 422 with the comparison, and nothing is written."""
    if str(account["role"]) == "staff" or account["customer_number"] is None:
        raise _no_licences()
    customer = int(account["customer_number"])
    account_id = int(account["id"])
    state, rows = _best_licence(conn, account_id, customer, key, today)
    if state is None or not all(row["ok"] for row in rows):
        failing = ", ".join(row["label"] for row in rows if not row["ok"])
        raise ApiError(
            422,
            "not_entitled",
            # What to do depends on the row (order a module, a newer release, renew):
            # the client says it row by row, so this names the rows only.
            f"Регистрационният ключ не може да бъде издаден — не отговарят: {failing}.",
            {
                "comparison": rows,
                "licence_id": None if state is None else int(state.licence["id"]),
            },
        )
    licence = state.licence
    until = licence["valid_until"]
    registration = RegistrationKey(
        product=key.product,
        licence_id=int(licence["id"]),
        installation_digest=key.digest(),
        modules=key.modules,
        workplaces=key.workplaces,
        max_version=Version.parse(licence["max_version"]),
        valid_until=dt.date.fromisoformat(until) if until else None,
        issued_on=today,
        key_id=signer.key_id,
    ).signed(signer.private_key)
    add_registration(
        conn,
        int(licence["id"]),
        workstation_id=key.workstation_hex,
        installation_key=key.text,
        registration_key=registration.text,
        generated_at=iso_utc(now),
        version=str(key.version),
    )
    conn.execute(
        "INSERT INTO audit (at, account_id, licence_id, workstation_id, "
        "installation_digest, registration_key_masked, address, actor_account_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            iso_utc(now),
            account_id,
            int(licence["id"]),
            key.workstation_hex,
            key.digest().hex(),
            registration.masked,
            address,
            actor_id,
        ),
    )
    return {
        "registration_key": registration.text,
        "licence_id": int(licence["id"]),
        "comparison": rows,
    }


def _no_licences() -> ApiError:
    return forbidden("Служебният профил няма лицензи. Влезте с профила на клиента.")


def _best_licence(
    conn: sqlite3.Connection,
    account_id: int,
    customer: int,
    key: InstallationKey,
    today: dt.date,
) -> tuple[LicenceState | None, list[dict[str, Any]]]:
    """The first licence passing every row, else the one with most rows passing.

    Only the caller's own licences are looked at, whatever customer number the key
    carries: a key of another client fails on its customer row and reveals nothing.
    """
    contract = conn.execute(
        "SELECT * FROM contracts WHERE account_id = ? AND year = ? "
        "ORDER BY (status = 'active' AND paid = 1) DESC, id DESC LIMIT 1",
        (account_id, today.year),
    ).fetchone()
    best: tuple[LicenceState | None, list[dict[str, Any]]] = (
        None,
        compare(key, customer, None, today),
    )
    best_score = -1
    for licence in conn.execute(
        "SELECT * FROM licences WHERE account_id = ? AND product = ? ORDER BY id",
        (account_id, key.product.code),
    ).fetchall():
        used, registered = conn.execute(
            "SELECT COUNT(*), COALESCE(SUM(workstation_id = ?), 0) FROM registrations "
            "WHERE licence_id = ?",
            (key.workstation_hex, licence["id"]),
        ).fetchone()
        state = LicenceState(licence, int(used), bool(registered), contract)
        rows = compare(key, customer, state, today)
        score = sum(row["ok"] for row in rows)
        if score == len(rows):
            return state, rows
        if score > best_score:
            best, best_score = (state, rows), score
    return best
