"""Adding accounts, licences, contracts and news: shared by the demo data and the admin CLI.

Each function checks its input and raises ValueError with a Bulgarian message, so the
admin CLI can say what is wrong instead of printing a database error.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from pasoss_activator.core.dates import Version
from pasoss_activator.core.products import (
    InstallationType,
    Product,
    mask_from_modules,
    product_codes_text,
)

from .passwords import hash_password

CONTRACT_STATUSES = ("active", "awaiting_payment", "expired", "terminated")
LICENCE_STATUSES = ("active", "suspended")


def currency_for_year(year: int) -> str:
    """BGN before 2026, EUR from 2026 (Bulgaria adopts the euro on 1 January 2026)."""
    return "BGN" if year < 2026 else "EUR"


def create_account(
    conn: sqlite3.Connection,
    *,
    email: str,
    password: str,
    company: str = "",
    customer_number: int | None = None,
    role: str = "client",
    eik: str = "",
    mol: str = "",
    phone: str = "",
    password_hash: str | None = None,
) -> int:
    if "@" not in email or len(email) > 254:
        raise ValueError(f"„{email}“ не е валиден имейл.")
    if role not in ("client", "staff"):
        raise ValueError("Ролята трябва да е client или staff.")
    if role == "client" and not (customer_number and 1 <= customer_number <= 0xFFFFFF):
        raise ValueError("Клиентският номер трябва да е между 1 и 16777215.")
    if conn.execute("SELECT 1 FROM accounts WHERE email = ?", (email,)).fetchone():
        raise ValueError(f"Профил с имейл {email} вече съществува.")
    if (
        customer_number is not None
        and conn.execute(
            "SELECT 1 FROM accounts WHERE customer_number = ?", (customer_number,)
        ).fetchone()
    ):
        raise ValueError(f"Клиентски номер {customer_number} вече е зает.")
    cursor = conn.execute(
        "INSERT INTO accounts (email, password_hash, role, company, eik, mol, phone, "
        "customer_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            email.strip(),
            password_hash or hash_password(password),
            role,
            company,
            eik,
            mol,
            phone,
            customer_number,
        ),
    )
    return int(cursor.lastrowid or 0)


def account_id(conn: sqlite3.Connection, email: str) -> int:
    row = conn.execute("SELECT id FROM accounts WHERE email = ?", (email.strip(),)).fetchone()
    if row is None:
        raise ValueError(f"Няма профил с имейл {email}.")
    return int(row["id"])


def add_licence(
    conn: sqlite3.Connection,
    owner: int,
    *,
    product: str,
    installation_type: str,
    workplaces: int,
    modules: Iterable[int],
    max_version: str,
    service_type: str,
    valid_until: dt.date | None = None,
    status: str = "active",
) -> int:
    try:
        code = Product.from_code(product)
        kind = InstallationType.from_api(installation_type)
    except (ValueError, KeyError):
        raise ValueError(
            f"Програмата трябва да е {product_codes_text()}, а видът инсталация — "
            "standalone, network_server или network_workstation."
        ) from None
    bits = sorted(set(modules)) or [0]
    if 0 not in bits or bits[-1] >= len(code.modules) or bits[0] < 0:
        raise ValueError("Модулите трябва да включват 0 (основния) и да са от каталога.")
    if not 1 <= workplaces <= 63:
        raise ValueError("Работните места трябва да са между 1 и 63.")
    if status not in LICENCE_STATUSES:
        raise ValueError("Състоянието на лиценза трябва да е active или suspended.")
    version = str(Version.parse(max_version))
    cursor = conn.execute(
        "INSERT INTO licences (account_id, product, installation_type, workplaces, "
        "service_type, modules, max_version, valid_until, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            owner,
            code.name,
            kind.api_name,
            workplaces,
            service_type,
            mask_from_modules(bits),
            version,
            valid_until.isoformat() if valid_until else None,
            status,
        ),
    )
    return int(cursor.lastrowid or 0)


def add_contract(
    conn: sqlite3.Connection,
    owner: int,
    *,
    year: int,
    document_type: str,
    subscription_type: str,
    monthly_price: str,
    concluded_on: dt.date,
    status: str,
    paid: bool,
    currency: str | None = None,
) -> int:
    if status not in CONTRACT_STATUSES:
        raise ValueError("Състоянието на договора трябва да е " + ", ".join(CONTRACT_STATUSES))
    try:
        price = Decimal(monthly_price).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise ValueError(f"„{monthly_price}“ не е сума (пример: 45.00).") from None
    cursor = conn.execute(
        "INSERT INTO contracts (account_id, year, document_type, subscription_type, "
        "monthly_price, currency, concluded_on, status, paid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            owner,
            year,
            document_type,
            subscription_type,
            f"{price:.2f}",
            currency or currency_for_year(year),
            concluded_on.isoformat(),
            status,
            int(paid),
        ),
    )
    return int(cursor.lastrowid or 0)


def add_news(
    conn: sqlite3.Connection,
    *,
    published_on: dt.date,
    title: str,
    body: str,
    products: Iterable[str] = (),
) -> int:
    codes = [Product.from_code(p).name for p in products]
    cursor = conn.execute(
        "INSERT INTO news (published_on, title, body, products) VALUES (?, ?, ?, ?)",
        (published_on.isoformat(), title, body, json.dumps(codes)),
    )
    return int(cursor.lastrowid or 0)


def add_registration(
    conn: sqlite3.Connection,
    licence_id: int,
    *,
    workstation_id: str,
    installation_key: str,
    registration_key: str,
    generated_at: str,
    version: str,
) -> None:
    """Register (or re-register) a workstation on a licence: one seat per workstation."""
    conn.execute(
        "INSERT INTO registrations (licence_id, workstation_id, installation_key, "
        "registration_key, generated_at, version) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(licence_id, workstation_id) DO UPDATE SET "
        "installation_key = excluded.installation_key, "
        "registration_key = excluded.registration_key, "
        "generated_at = excluded.generated_at, version = excluded.version",
        (licence_id, workstation_id, installation_key, registration_key, generated_at, version),
    )
