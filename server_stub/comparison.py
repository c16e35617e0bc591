"""The comparison table of POST /keys: what the key asks for against what the licence gives.

One row per parameter in the order of DESIGN.md section 5, each with a Bulgarian label,
display strings a client can show as they are, the raw values, and ``ok``.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from pasoss_activator.core.comparison_text import seats_text
from pasoss_activator.core.dates import Version, format_bg
from pasoss_activator.core.installation_key import InstallationKey
from pasoss_activator.core.products import (
    InstallationType,
    Product,
    module_names,
    modules_from_mask,
)

LABELS = {
    "product": "Програма",
    "customer": "Клиентски номер",
    "version": "Версия",
    "modules": "Модули",
    "installation_type": "Вид инсталация",
    "workplaces": "Работни места",
    "workstation": "Компютър",
    "subscription": "Абонамент",
}
CONTRACT_STATUS_NAMES = {
    "active": "активен",
    "awaiting_payment": "очаква плащане",
    "expired": "изтекъл",
    "terminated": "прекратен",
}
NETWORK = (InstallationType.NETWORK_SERVER, InstallationType.NETWORK_WORKSTATION)
NO_LICENCE = "—"


@dataclass(frozen=True)
class LicenceState:
    """A licence as the comparison needs it: the row, its seats and this year's contract."""

    licence: sqlite3.Row
    seats_used: int
    registered: bool  # this workstation already holds a seat on the licence
    contract: sqlite3.Row | None


def licence_status(licence: sqlite3.Row, today: dt.date) -> str:
    """``active``, ``expired`` (past its inclusive end date) or ``suspended``."""
    if licence["status"] == "suspended":
        return "suspended"
    until = licence["valid_until"]
    if until is not None and dt.date.fromisoformat(until) < today:
        return "expired"
    return "active"


def compare(
    key: InstallationKey, customer_number: int, state: LicenceState | None, today: dt.date
) -> list[dict[str, Any]]:
    asked = _asked(key, today)
    rows = [
        _product(key, state),
        _row(
            "customer",
            str(key.customer_number),
            str(customer_number),
            key.customer_number,
            customer_number,
            key.customer_number == customer_number,
        ),
    ]
    if state is None:
        return rows + [
            _row(param, text, NO_LICENCE, raw, None, False) for param, (text, raw) in asked.items()
        ]
    lic = state.licence
    max_version = Version.parse(lic["max_version"])
    licensed = int(lic["modules"])
    kind = InstallationType.from_api(lic["installation_type"])
    if kind in NETWORK:
        kind_ok = key.installation_type in NETWORK
        kind_text = "Мрежова – сървър или работна станция"
    else:
        kind_ok = key.installation_type == InstallationType.STANDALONE
        kind_text = kind.display_name
    workplaces = int(lic["workplaces"])
    entitled = {
        # By release date: a later build of the paid release is a free fix (DESIGN §5).
        "version": (
            f"до {max_version} и поправките му",
            str(max_version),
            key.version.covered_by(max_version),
        ),
        "modules": (
            _modules(key.product, licensed),
            modules_from_mask(licensed),
            key.modules & ~licensed == 0,
        ),
        "installation_type": (kind_text, kind.api_name, kind_ok),
        "workplaces": (f"до {workplaces}", workplaces, key.workplaces <= workplaces),
    }
    for param, (text, raw, ok) in entitled.items():
        rows.append(_row(param, asked[param][0], text, asked[param][1], raw, ok))
    rows.append(_workstation(key, state, workplaces))
    rows.append(_subscription(state, today))
    return rows


def _asked(key: InstallationKey, today: dt.date) -> dict[str, tuple[str, Any]]:
    """What the key asks for, row by row after ``customer``: (display text, raw value)."""
    return {
        "version": (str(key.version), str(key.version)),
        "modules": (_modules(key.product, key.modules), modules_from_mask(key.modules)),
        "installation_type": (key.installation_type.display_name, key.installation_type.api_name),
        "workplaces": (str(key.workplaces), key.workplaces),
        "workstation": (key.workstation_hex, key.workstation_hex),
        "subscription": (_in_force(today), today.isoformat()),
    }


def _product(key: InstallationKey, state: LicenceState | None) -> dict[str, Any]:
    if state is None:
        return _row(
            "product",
            key.product.display_name,
            "няма лиценз за тази програма",
            key.product.name,
            None,
            False,
        )
    product = Product.from_code(state.licence["product"])
    return _row(
        "product",
        key.product.display_name,
        product.display_name,
        key.product.name,
        product.name,
        product == key.product,
    )


def _workstation(key: InstallationKey, state: LicenceState, seats: int) -> dict[str, Any]:
    used = state.seats_used
    taken = seats_text(used, seats)
    if state.registered:
        text, ok = f"вече регистриран ({taken})", True
    elif used == 0:
        text, ok = taken, True  # „свободно 1 място“ says there is one, once
    elif used < seats:
        text, ok = f"има свободно място ({taken})", True
    else:
        text, ok = f"няма свободно място ({taken})", False
    value = {"registered": state.registered, "seats_used": used, "seats_total": seats}
    return _row("workstation", key.workstation_hex, text, key.workstation_hex, value, ok)


def _subscription(state: LicenceState, today: dt.date) -> dict[str, Any]:
    lic, contract = state.licence, state.contract
    status = licence_status(lic, today)
    problems = []
    if status == "suspended":
        problems.append("лицензът е спрян")
    elif status == "expired":
        problems.append(
            f"лицензът е валиден до {format_bg(dt.date.fromisoformat(lic['valid_until']))}"
        )
    year = today.year
    if contract is None:
        problems.append(f"няма договор за {year} г.")
    else:
        if contract["status"] != "active":
            name = CONTRACT_STATUS_NAMES.get(contract["status"], contract["status"])
            problems.append(f"договорът за {year} г. е {name}")
        if not contract["paid"]:
            problems.append(f"договорът за {year} г. не е платен")
    text = (
        "; ".join(problems)
        if problems
        else (f"{lic['service_type']}, договор за {year} г. – активен и платен")
    )
    value = {
        "service_type": lic["service_type"],
        "licence_status": status,
        "valid_until": lic["valid_until"],
        "contract_status": None if contract is None else contract["status"],
        "paid": None if contract is None else bool(contract["paid"]),
    }
    return _row(
        "subscription",
        _in_force(today),
        text,
        today.isoformat(),
        value,
        not problems,
    )


def _in_force(today: dt.date) -> str:
    """What the key asks of the subscription: in force today („валиден към“ read as a
    validity date, and users asked which one)."""
    return f"действащ договор днес, {format_bg(today)}"


def _modules(product: Product, mask: int) -> str:
    return ", ".join(module_names(product, mask))


def _row(
    param: str, requested: str, entitled: str, requested_value: Any, entitled_value: Any, ok: bool
) -> dict[str, Any]:
    return {
        "param": param,
        "label": LABELS[param],
        "requested": requested,
        "entitled": entitled,
        "requested_value": requested_value,
        "entitled_value": entitled_value,
        "ok": bool(ok),
    }
