"""The demo data of DESIGN.md section 8, created in an empty database.

Dates that must stay valid are relative to today: the contracts are for the two previous
years and the current one, and the RZ5 licence runs to 31 December of the current year.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

from pasoss_activator.core.dates import Version
from pasoss_activator.core.installation_key import InstallationKey, workstation_id
from pasoss_activator.core.products import InstallationType, Product, mask_from_modules
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
OLD_PC_SERIAL, NEW_PC_SERIAL = "PASOSS-DEMO-OLD-PC", "PASOSS-DEMO-NEW-PC"
OLD_PC_ISSUED = dt.date(2022, 11, 21)
BGN_PER_EUR = Decimal("1.95583")  # the fixed conversion rate


def seed_demo(conn: sqlite3.Connection, today: dt.date) -> bool:
    """Create the demo accounts when there are none yet; True when it did."""
    with transaction(conn):
        if conn.execute("SELECT COUNT(*) FROM accounts").fetchone()[0]:
            return False
        _demo_client(conn, today)
        _other_client(conn, today)
        create_account(
            conn, email=STAFF_EMAIL, password=STAFF_PASSWORD, company="ПАСОСС ООД", role="staff"
        )
        _news(conn, today)
    return True


def _demo_client(conn: sqlite3.Connection, today: dt.date) -> None:
    owner = create_account(
        conn,
        email=DEMO_EMAIL,
        password=DEMO_PASSWORD,
        company="„Демо Счетоводство“ ЕООД",
        customer_number=DEMO_CUSTOMER,
        eik="204567891",
        mol="Мария Иванова Петрова",
        phone="+359 2 981 12 34",
    )
    sch = add_licence(
        conn,
        owner,
        product="SCH",
        installation_type="network_server",
        workplaces=3,
        modules=[0, 1, 2, 3],
        max_version="230704.0",
        service_type="Абонамент ВИП",
    )
    add_licence(
        conn,
        owner,
        product="RZ5",
        installation_type="standalone",
        workplaces=1,
        modules=[0, 1, 2],
        max_version="231016.0",
        service_type="Абонамент МИНИ",
        valid_until=dt.date(today.year, 12, 31),
    )
    _old_pc(conn, sch)
    for offset, price in ((2, "38.00"), (1, "42.00"), (0, "45.00")):
        year = today.year - offset
        amount = Decimal(price)
        if currency_for_year(year) == "EUR":
            amount = (amount / BGN_PER_EUR).quantize(Decimal("0.01"))
        add_contract(
            conn,
            owner,
            year=year,
            document_type="Договор за абонаментно обслужване",
            subscription_type="Абонамент ВИП",
            monthly_price=str(amount),
            concluded_on=min(dt.date(year, 1, 8), today),
            status="active" if offset == 0 else "expired",
            paid=True,
        )


def _old_pc(conn: sqlite3.Connection, licence_id: int) -> None:
    """The installation registered on the old PC: one of the three SCH seats is taken."""
    key = InstallationKey(
        product=Product.SCH,
        version=Version.parse("221115.0"),
        modules=mask_from_modules([0, 1]),
        installation_type=InstallationType.NETWORK_SERVER,
        workplaces=3,
        customer_number=DEMO_CUSTOMER,
        workstation_id=workstation_id(OLD_PC_SERIAL),
    )
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


def _other_client(conn: sqlite3.Connection, today: dt.date) -> None:
    owner = create_account(
        conn,
        email=OTHER_EMAIL,
        password=OTHER_PASSWORD,
        company="„Друга Фирма“ ООД",
        customer_number=OTHER_CUSTOMER,
        eik="131234560",
        mol="Георги Димитров Стоянов",
        phone="+359 52 600 700",
    )
    add_licence(
        conn,
        owner,
        product="SCH",
        installation_type="standalone",
        workplaces=2,
        modules=[0, 1, 4],
        max_version="230704.0",
        service_type="Абонамент Стандарт",
    )
    add_contract(
        conn,
        owner,
        year=today.year,
        document_type="Договор за абонаментно обслужване",
        subscription_type="Абонамент Стандарт",
        monthly_price="19.50" if currency_for_year(today.year) == "EUR" else "38.00",
        concluded_on=min(dt.date(today.year, 1, 15), today),
        status="active",
        paid=True,
    )


def _news(conn: sqlite3.Connection, today: dt.date) -> None:
    items = [
        (
            5,
            "Нова версия 231016.1 на ПАСОСС-Работни заплати 5",
            "Версията съдържа промените в декларациите към НАП.\n\n"
            "Ако абонаментът Ви покрива само по-стари версии, поискайте нов "
            "регистрационен ключ след подновяване.",
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
