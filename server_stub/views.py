"""The account's data in the JSON shapes of DESIGN.md section 5."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any

from pasoss_activator.core.contacts import SERVICE_PHONES
from pasoss_activator.core.products import Product, modules_from_mask

from .comparison import licence_status

CONTACTS: dict[str, Any] = {
    "company": "ПАСОСС ООД",
    "phones": list(SERVICE_PHONES),  # the vendor's public service phones
    "email": "support@pasoss.example",
    "hours": "понеделник – петък, 9:00 – 17:30 ч.",
    "website": "https://pasoss.com",
}


def account_summary(account: sqlite3.Row) -> dict[str, Any]:
    return {
        "email": account["email"],
        "company": account["company"],
        "customer_number": account["customer_number"],
        "role": account["role"],
    }


def profile(account: sqlite3.Row) -> dict[str, Any]:
    return {
        "company": account["company"],
        "eik": account["eik"],
        "email": account["email"],
        "mol": account["mol"],
        "phone": account["phone"],
        "customer_number": account["customer_number"],
    }


def licences(conn: sqlite3.Connection, account_id: int, today: dt.date) -> dict[str, Any]:
    items = []
    for lic in conn.execute(
        "SELECT * FROM licences WHERE account_id = ? ORDER BY id", (account_id,)
    ).fetchall():
        product = Product.from_code(lic["product"])
        registrations = conn.execute(
            "SELECT * FROM registrations WHERE licence_id = ? ORDER BY generated_at, id",
            (lic["id"],),
        ).fetchall()
        items.append(
            {
                "id": lic["id"],
                "product": product.name,
                "product_name": product.display_name,
                "installation_type": lic["installation_type"],
                "workplaces": lic["workplaces"],
                "service_type": lic["service_type"],
                "modules": modules_from_mask(int(lic["modules"])),
                "max_version": lic["max_version"],
                "valid_until": lic["valid_until"],
                "status": licence_status(lic, today),
                "installations": [
                    {
                        "workstation_id": reg["workstation_id"],
                        "installation_key": reg["installation_key"],
                        "registration_key": reg["registration_key"],
                        "generated_at": reg["generated_at"],
                        "version": reg["version"],
                    }
                    for reg in registrations
                ],
            }
        )
    return {"licences": items}


def contracts(conn: sqlite3.Connection, account_id: int) -> dict[str, Any]:
    rows = conn.execute(
        "SELECT * FROM contracts WHERE account_id = ? ORDER BY year DESC, id DESC", (account_id,)
    ).fetchall()
    return {
        "contracts": [
            {
                "id": row["id"],
                "year": row["year"],
                "document_type": row["document_type"],
                "subscription_type": row["subscription_type"],
                "monthly_price": row["monthly_price"],
                "currency": row["currency"],
                "concluded_on": row["concluded_on"],
                "status": row["status"],
                "paid": bool(row["paid"]),
            }
            for row in rows
        ]
    }


def news(conn: sqlite3.Connection) -> dict[str, Any]:
    rows = conn.execute("SELECT * FROM news ORDER BY published_on DESC, id DESC").fetchall()
    return {
        "news": [
            {
                "id": row["id"],
                "published_on": row["published_on"],
                "title": row["title"],
                "body": row["body"],
                "products": json.loads(row["products"]),
            }
            for row in rows
        ]
    }
