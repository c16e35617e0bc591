"""Accounts, licences and program folders for the benchmarks and the load tests.

Created with the stub's own Python API (``server_stub.records``) before the stub starts,
so the load is on issuing keys, not on setting up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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
