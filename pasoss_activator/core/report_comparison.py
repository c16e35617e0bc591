"""The comparison a support report already allows, before any key is issued.

Staff open a client's report and want to see, per program, what its installation key asks
for against what the licence allows. The service's own table comes only with an issued
key or a refusal (``POST /support/sessions/{code}/offers``), and an issued key takes a
seat, so the console does not ask for it just to look. :func:`report_rows` lays out the
same rows from what the report says (the program's decoded key, the licence it found and
what that licence ``covers``): a preview for reading, marked as such, that „Изпрати ключ“
replaces with the service's answer. The installation type is not in the report's licence,
so that row is left to the service.

Qt-free; the values are whatever the (already neutralised) report holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .comparison_text import seats_text
from .model import ComparisonRow


def _names(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or "—"
    return str(value) if value not in (None, "") else "—"


def _subscription(licence: Mapping[str, Any]) -> str:
    until = licence.get("valid_until")
    status = {"active": "активен", "expired": "изтекъл", "suspended": "спрян"}.get(
        str(licence.get("status")), str(licence.get("status") or "—")
    )
    service = licence.get("service_type") or "лиценз"
    return f"{service}, {status}" + (f", до {until}" if until else ", без краен срок")


def report_rows(
    program: Mapping[str, Any], customer_number: Any = None
) -> tuple[ComparisonRow, ...]:
    """The rows the report supports for ``program`` (one entry of the report's
    ``programs``); ``customer_number`` is the session's client. Empty when the program's
    installation key could not be read (nothing to compare)."""
    fields = program.get("fields")
    if not isinstance(fields, Mapping) or not fields:
        return ()
    licence = program.get("licence")
    product = ComparisonRow(
        "product", "Програма", _names(fields.get("product_name") or program.get("name")),
        _names(licence.get("service_type")) if isinstance(licence, Mapping) else "няма лиценз",
        ok=isinstance(licence, Mapping),
    )
    rows = [product]
    asked_customer = fields.get("customer_number")
    if customer_number is not None:
        rows.append(ComparisonRow(
            "customer", "Клиентски номер", _names(asked_customer), _names(customer_number),
            ok=str(asked_customer) == str(customer_number),
        ))
    if not isinstance(licence, Mapping):
        return tuple(rows)
    covers = licence.get("covers")
    covers = covers if isinstance(covers, Mapping) else {}
    used, total = licence.get("seats_used"), licence.get("workplaces")
    seats = (
        seats_text(used, total) if isinstance(used, int) and isinstance(total, int) else "—"
    )
    # A registered workstation keeps its seat; a new one needs a free seat.
    seat_free = isinstance(used, int) and isinstance(total, int) and used < total
    rows += [
        ComparisonRow("version", "Версия", _names(fields.get("version")),
                      f"до {_names(licence.get('max_version'))}",
                      ok=bool(covers.get("version"))),
        ComparisonRow("modules", "Модули", _names(fields.get("modules")),
                      _names(licence.get("modules")), ok=bool(covers.get("modules"))),
        ComparisonRow("workplaces", "Работни места", _names(fields.get("workplaces")),
                      f"до {_names(total)}", ok=bool(covers.get("workplaces"))),
        ComparisonRow("workstation", "Компютър", _names(fields.get("workstation_id")), seats,
                      ok=program.get("status") == "valid" or seat_free),
        ComparisonRow("subscription", "Абонамент", "активен", _subscription(licence),
                      ok=bool(covers.get("active"))),
    ]
    return tuple(rows)
