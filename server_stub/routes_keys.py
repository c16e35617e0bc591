"""Registration keys (POST /keys) and the programs a client reports (POST /installations)."""

from __future__ import annotations

from typing import Any

from pasoss_activator.core.products import Product, product_codes_text
from pasoss_activator.core.registration_key import Status

from . import errors
from .clock import iso_utc
from .db import transaction
from .keys import issue_key
from .messages import Request, Response

MAX_REPORTED = 200
_FIELDS = {
    "product": 10,
    "version": 20,
    "installation_key": 100,
    "registration_status": 40,
    "computer_name": 255,
}


def post_key(req: Request) -> Response:
    text = req.text("installation_key", max_length=200)
    clock = req.service.clock
    now = clock.now()
    body = issue_key(req.conn, req.service.signer, req.user, text, now, clock.today(), req.address)
    return Response(200, body)


def post_installations(req: Request) -> Response:
    items = req.json().get("installations")
    if not isinstance(items, list):
        raise errors.invalid_request("installations", "липсва или не е списък")
    if len(items) > MAX_REPORTED:
        raise errors.invalid_request("installations", f"има повече от {MAX_REPORTED} програми")
    rows = [_checked(item, index) for index, item in enumerate(items)]
    reported_at = iso_utc(req.service.clock.now())
    with transaction(req.conn):
        for row in rows:
            # A program reported again replaces its earlier report from that computer.
            req.conn.execute(
                "DELETE FROM reported_installations WHERE account_id = ? AND computer_name = ? "
                "AND product = ? AND installation_key = ?",
                (
                    req.user.account_id,
                    row["computer_name"],
                    row["product"],
                    row["installation_key"],
                ),
            )
            req.conn.execute(
                "INSERT INTO reported_installations (account_id, reported_at, product, version, "
                "installation_key, registration_status, computer_name) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    req.user.account_id,
                    reported_at,
                    row["product"],
                    row["version"],
                    row["installation_key"],
                    row["registration_status"],
                    row["computer_name"],
                ),
            )
    return Response(200, {"stored": len(rows)})


def _checked(item: Any, index: int) -> dict[str, str]:
    where = f"installations[{index}]"
    if not isinstance(item, dict):
        raise errors.invalid_request(where, "не е JSON обект")
    row: dict[str, str] = {}
    for name, limit in _FIELDS.items():
        value = item.get(name)
        if not isinstance(value, str) or len(value) > limit:
            raise errors.invalid_request(
                f"{where}.{name}", f"липсва или не е текст до {limit} знака"
            )
        row[name] = value
    try:
        row["product"] = Product.from_code(row["product"]).name
    except ValueError:
        raise errors.invalid_request(
            f"{where}.product", f"трябва да е {product_codes_text()}"
        ) from None
    if row["registration_status"] not in {s.value for s in Status}:
        raise errors.invalid_request(
            f"{where}.registration_status", "не е от познатите състояния на регистрация"
        )
    return row
