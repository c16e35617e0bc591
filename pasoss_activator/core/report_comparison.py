"""The comparison a support report already allows, before any key is issued.

Staff open a client's report and want to see, per program, what its installation key asks
for against what the licence allows. The service's own table comes only with an issued
key or a refusal (``POST /support/sessions/{code}/offers``), and an issued key takes a
seat, so the console does not ask for it just to look. :func:`report_rows` lays out the
same rows from what the report says (the program's decoded key, the licence it found and
what that licence ``covers``): a preview for reading, marked as such, that „Изпрати ключ“
replaces with the service's answer. The installation type and the subscription's contract
are not in the report's licence, so those rows are left to the service.

Qt-free; the values are whatever the (already neutralised) report holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .model import ComparisonRow
from .products import Product


def _bits(product: Any, names: Any) -> list[int]:
    """Module names as the report gives them → the catalogue's bit numbers (the raw
    values the comparison rows carry); a name the catalogue does not know is left out."""
    try:
        catalogue = list(Product.from_code(str(product)).modules)
    except ValueError:
        return []
    if not isinstance(names, list):
        return []
    return [catalogue.index(name) for name in names if name in catalogue]


def report_rows(
    program: Mapping[str, Any], customer_number: Any = None
) -> tuple[ComparisonRow, ...]:
    """The rows the report supports for ``program`` (one entry of the report's
    ``programs``); ``customer_number`` is the session's client. Raw values in the shape
    of the service's rows, so the table words them in the window's language. Empty when
    the program's installation key could not be read (nothing to compare)."""
    fields = program.get("fields")
    if not isinstance(fields, Mapping) or not fields:
        return ()
    code = fields.get("product")
    licence = program.get("licence")
    has_licence = isinstance(licence, Mapping)
    rows = [ComparisonRow("product", "Програма", requested_value=code,
                          entitled_value=code if has_licence else None, ok=has_licence)]
    asked_customer = fields.get("customer_number")
    if customer_number is not None:
        rows.append(ComparisonRow(
            "customer", "Клиентски номер", requested_value=asked_customer,
            entitled_value=customer_number, ok=str(asked_customer) == str(customer_number),
        ))
    if not isinstance(licence, Mapping):
        return tuple(rows)
    covers = licence.get("covers")
    covers = covers if isinstance(covers, Mapping) else {}
    used, total = licence.get("seats_used"), licence.get("workplaces")
    registered = program.get("status") == "valid"
    # A registered workstation keeps its seat; a new one needs a free seat.
    seat_free = isinstance(used, int) and isinstance(total, int) and used < total
    rows += [
        ComparisonRow("version", "Версия", requested_value=fields.get("version"),
                      entitled_value=licence.get("max_version"),
                      ok=bool(covers.get("version"))),
        ComparisonRow("modules", "Модули", requested_value=_bits(code, fields.get("modules")),
                      entitled_value=_bits(code, licence.get("modules")),
                      ok=bool(covers.get("modules"))),
        ComparisonRow("workplaces", "Работни места", requested_value=fields.get("workplaces"),
                      entitled_value=total, ok=bool(covers.get("workplaces"))),
        ComparisonRow("workstation", "Компютър", requested_value=fields.get("workstation_id"),
                      entitled_value={"seats_used": used, "seats_total": total,
                                      "registered": registered},
                      ok=registered or seat_free),
    ]
    return tuple(rows)
