"""Accounts, licences and program folders for the benchmarks and the load tests.

Created with the stub's own Python API (``server_stub.records``) before the stub starts,
so the load is on issuing keys, not on setting up.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pasoss_activator.core.dates import Version
from pasoss_activator.core.demo_programs import render_ini
from pasoss_activator.core.installation_key import InstallationKey, workstation_id
from pasoss_activator.core.products import InstallationType, Product
from server_stub.clock import Clock
from server_stub.db import connect, open_database, transaction
from server_stub.passwords import hash_password
from server_stub.records import add_contract, add_licence, create_account

PASSWORD = "load-parola-2026"
FIRST_CUSTOMER = 5000


@dataclass(frozen=True)
class LoadAccount:
    email: str
    customer_number: int
    licence_id: int
    seats: int


def create_load_accounts(db_path: Path, count: int, seats: int) -> list[LoadAccount]:
    """``count`` clients, each with one SCH network licence of ``seats`` workplaces."""
    open_database(db_path)
    conn = connect(db_path)
    password_hash = hash_password(PASSWORD)  # one scrypt for all: they share the password
    today = Clock.from_env().today()
    accounts = []
    try:
        with transaction(conn):
            for n in range(count):
                email = f"load{n}@pasoss.example"
                customer = FIRST_CUSTOMER + n
                owner = create_account(
                    conn,
                    email=email,
                    password=PASSWORD,
                    password_hash=password_hash,
                    company=f"Натоварване {n} ЕООД",
                    customer_number=customer,
                )
                licence = add_licence(
                    conn,
                    owner,
                    product="SCH",
                    installation_type="network_server",
                    workplaces=seats,
                    modules=[0, 1, 2],
                    max_version="230704.0",
                    service_type="Абонамент ВИП",
                )
                add_contract(
                    conn,
                    owner,
                    year=today.year,
                    document_type="Договор за абонаментно обслужване",
                    subscription_type="Абонамент ВИП",
                    monthly_price="45.00",
                    concluded_on=today.replace(month=1, day=1),
                    status="active",
                    paid=True,
                )
                accounts.append(LoadAccount(email, customer, licence, seats))
    finally:
        conn.close()
    return accounts


def installation_for(customer: int, disk: str) -> InstallationKey:
    return InstallationKey(
        Product.SCH,
        Version.parse("230704.0"),
        0b111,
        InstallationType.NETWORK_SERVER,
        3,
        customer,
        workstation_id(disk),
    )


def program_folder(root: Path, customer: int, disk: str) -> Path:
    """A program folder as the program lays it out, on the PC with disk serial ``disk``."""
    folder = root / disk
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "PASOSS.INI").write_bytes(render_ini(installation_for(customer, disk), disk))
    return folder


def big_account_data(
    count: int,
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Profile, ``count`` licences (one installation each), ``count`` contracts and news,
    in the service's JSON shapes (DESIGN.md section 5), varied enough to sort."""
    rng = random.Random(count)
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    profile = {"company": "Голяма ЕООД", "eik": "123456789", "email": "big@pasoss.example",
               "mol": "Иван Иванов", "phone": "+359 2 000 0000", "customer_number": 7777}
    licences = []
    for n in range(count):
        product = rng.choice([Product.SCH, Product.RZ5])
        month, build = rng.randint(1, 12), rng.randint(0, 3)
        version = Version.parse(f"2{rng.randint(0, 3)}{month:02d}15.{build}")
        key = InstallationKey(product, version, 1, InstallationType.NETWORK_WORKSTATION,
                              rng.randint(1, 63), 7777, workstation_id(f"BIG-{n}"))
        registration = "-".join(
            "".join(rng.choice(alphabet) for _ in range(6)) for _ in range(23)
        ) + "-" + "".join(rng.choice(alphabet) for _ in range(3))
        licences.append({
            "id": n + 1, "product": product.name, "product_name": product.display_name,
            "installation_type": "network_server", "workplaces": rng.randint(1, 63),
            "service_type": rng.choice(["Абонамент ВИП", "Абонамент МИНИ"]),
            "modules": [0, 1], "max_version": str(version), "valid_until": None,
            "status": "active",
            "installations": [{
                "workstation_id": key.workstation_hex, "installation_key": key.text,
                "registration_key": registration,
                "generated_at": f"20{rng.randint(20, 26)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
                                f"T10:{rng.randint(10, 59)}:00Z",
                "version": str(version),
            }],
        })
    contracts = [
        {"id": n + 1, "year": 2000 + rng.randint(0, 26), "document_type": "Договор",
         "subscription_type": rng.choice(["Абонамент ВИП", "Абонамент МИНИ"]),
         "monthly_price": f"{rng.randint(10, 500)}.{rng.randint(0, 99):02d}",
         "currency": rng.choice(["BGN", "EUR"]), "concluded_on": f"20{rng.randint(10, 26)}-01-15",
         "status": rng.choice(["active", "expired", "terminated", "awaiting_payment"]),
         "paid": rng.random() < 0.8}
        for n in range(count)
    ]
    news = [{"id": 1, "published_on": "2026-11-01", "title": "Новина", "body": "Текст.",
             "products": ["SCH"]}]
    return profile, licences, contracts, news
