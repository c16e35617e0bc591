"""The demo data of DESIGN.md section 8, created in an empty database.

Dates that must stay valid are relative to today: the contracts are for the two previous
years and the current one, and the RZ5 licence runs to 31 December of the current year.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pasoss_activator.core.dates import Version
from pasoss_activator.core.demo_programs import old_pc_key
from pasoss_activator.core.products import Product
from pasoss_activator.core.registration_key import RegistrationKey
from pasoss_activator.core.trust import DEMO_KEY_ID, demo_private_key

from .db import transaction
from .records import (
    add_contract,
    add_licence,
    add_news,
    add_registration,
    create_account,
    currency_for_year,
)

DEMO_EMAIL, DEMO_PASSWORD, DEMO_CUSTOMER = "demo@pasoss.example", "demo-parola-2026", 1001
OTHER_EMAIL, OTHER_PASSWORD, OTHER_CUSTOMER = "other@pasoss.example", "other-parola-2026", 1002
STAFF_EMAIL, STAFF_PASSWORD = "support@pasoss.example", "support-parola-2026"
OLD_PC_ISSUED = dt.date(2022, 11, 21)
BGN_PER_EUR = Decimal("1.95583")  # the fixed conversion rate
# The demo client's monthly price in leva, two years ago, last year and this year.
DEMO_PRICES_BGN = ((2, "38.00"), (1, "42.00"), (0, "45.00"))


def seed_demo(conn: sqlite3.Connection, today: dt.date) -> bool:
    """Create the demo accounts when there are none yet; True when it did."""
    with transaction(conn):
        if conn.execute("SELECT COUNT(*) FROM accounts").fetchone()[0]:
            return False
        for client in _clients(today):
            owner = create_account(conn, **client.account)
            licences = [add_licence(conn, owner, **licence) for licence in client.licences]
            for contract in client.contracts:
                add_contract(conn, owner, **contract)
            if client.account["email"] == DEMO_EMAIL:
                _old_pc(conn, licences[0])
        create_account(
            conn, email=STAFF_EMAIL, password=STAFF_PASSWORD, company="ПАСОСС ООД", role="staff"
        )
        _news(conn, today)
    return True


@dataclass(frozen=True)
class DemoClient:
    """The keyword arguments of ``create_account``, ``add_licence`` and ``add_contract``."""

    account: dict[str, Any]
    licences: list[dict[str, Any]]
    contracts: list[dict[str, Any]]


def _clients(today: dt.date) -> list[DemoClient]:
    demo_prices = [(today.year - offset, Decimal(price)) for offset, price in DEMO_PRICES_BGN]
    return [
        DemoClient(
            account=dict(
                email=DEMO_EMAIL,
                password=DEMO_PASSWORD,
                company="„Демо Счетоводство“ ЕООД",
                customer_number=DEMO_CUSTOMER,
                eik="204567891",
                mol="Мария Иванова Петрова",
                phone="+359 2 981 12 34",
            ),
            licences=[
                dict(
                    product="SCH",
                    installation_type="network_server",
                    workplaces=3,
                    modules=[0, 1, 2, 3],
                    max_version="230704.0",
                    service_type="Абонамент ВИП",
                ),
                dict(
                    product="RZ5",
                    installation_type="standalone",
                    workplaces=1,
                    modules=[0, 1, 2],
                    max_version="231016.0",
                    service_type="Абонамент МИНИ",
                    valid_until=dt.date(today.year, 12, 31),
                ),
            ],
            contracts=[
                _contract(today, year, "Абонамент ВИП", _in_currency_of(year, bgn), day=8)
                for year, bgn in demo_prices
            ],
        ),
        DemoClient(
            account=dict(
                email=OTHER_EMAIL,
                password=OTHER_PASSWORD,
                company="„Друга Фирма“ ООД",
                customer_number=OTHER_CUSTOMER,
                eik="131234560",
                mol="Георги Димитров Стоянов",
                phone="+359 52 600 700",
            ),
            licences=[
                dict(
                    product="SCH",
                    installation_type="standalone",
                    workplaces=2,
                    modules=[0, 1, 4],
                    max_version="230704.0",
                    service_type="Абонамент Стандарт",
                )
            ],
            contracts=[
                _contract(
                    today,
                    today.year,
                    "Абонамент Стандарт",
                    "19.50" if currency_for_year(today.year) == "EUR" else "38.00",
                    day=15,
                )
            ],
        ),
    ]


def _in_currency_of(year: int, bgn: Decimal) -> str:
    if currency_for_year(year) == "EUR":
        return str((bgn / BGN_PER_EUR).quantize(Decimal("0.01")))
    return str(bgn)


def _contract(
    today: dt.date, year: int, subscription_type: str, monthly_price: str, *, day: int
) -> dict[str, Any]:
    """A paid subscription contract concluded in January of ``year``: active this year."""
    return dict(
        year=year,
        document_type="Договор за абонаментно обслужване",
        subscription_type=subscription_type,
        monthly_price=monthly_price,
        concluded_on=min(dt.date(year, 1, day), today),
        status="active" if year == today.year else "expired",
        paid=True,
    )


def _old_pc(conn: sqlite3.Connection, licence_id: int) -> None:
    """The installation registered on the old PC: one of the three SCH seats is taken."""
    key = old_pc_key(DEMO_CUSTOMER)
    registration = RegistrationKey(
        product=Product.SCH,
        licence_id=licence_id,
        installation_digest=key.digest(),
        modules=key.modules,
        workplaces=key.workplaces,
        max_version=Version.parse("230704.0"),
        valid_until=None,
        issued_on=OLD_PC_ISSUED,
        key_id=DEMO_KEY_ID,
    ).signed(demo_private_key())
    add_registration(
        conn,
        licence_id,
        workstation_id=key.workstation_hex,
        installation_key=key.text,
        registration_key=registration.text,
        generated_at=f"{OLD_PC_ISSUED.isoformat()}T08:30:00Z",
        version=str(key.version),
    )


def _news(conn: sqlite3.Connection, today: dt.date) -> None:
    items = [
        (
            5,
            "Нова версия 231016.1 на ПАСОСС-Работни заплати 5",
            "Версията съдържа промените в декларациите към НАП.\n\n"
            "Тя е безплатна поправка на 231016.0: след обновяването натиснете "
            "„Активирай“ за нов регистрационен ключ, без нов абонамент.",
            ["RZ5"],
        ),
        (
            30,
            "Активиране без телефонно обаждане",
            "С ПАСОСС Activator програмите на Вашия компютър се откриват и активират "
            "автоматично.\n\nЗа компютри без интернет използвайте файл със заявка.",
            ["SCH", "RZ5"],
        ),
        (
            90,
            "Промени в ДДС дневниците",
            "Модулът „ДДС дневници“ поддържа новите кодове на документите.",
            ["SCH"],
        ),
    ]
    for days_ago, title, body, products in items:
        add_news(
            conn,
            published_on=today - dt.timedelta(days=days_ago),
            title=title,
            body=body,
            products=products,
        )
