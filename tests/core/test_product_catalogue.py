"""The catalogue of programs is the one list: the command line's choices, the stub's
validation and the API description follow it, and a third program is one entry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pasoss_activator.core import ini_file
from pasoss_activator.core.account import Activator
from pasoss_activator.core.dates import Version
from pasoss_activator.core.demo_programs import render_ini
from pasoss_activator.core.discovery import NoRegistry
from pasoss_activator.core.installation_key import InstallationKey, workstation_id
from pasoss_activator.core.products import CATALOGUE, InstallationType, Product, product_codes
from pasoss_activator.core.registration_key import Status
from pasoss_activator.core.settings import Settings
from server_stub.db import connect, transaction
from server_stub.records import account_id, add_licence
from server_stub.testing import RunningStub

OPENAPI = Path(__file__).resolve().parents[2] / "server_stub" / "openapi.yaml"
EMAIL, PASSWORD = "demo@pasoss.example", "demo-parola-2026"


def test_every_product_enum_of_the_api_description_is_the_catalogue() -> None:
    text = OPENAPI.read_text(encoding="utf-8")
    enums = re.findall(r"product:\n\s+type: string\n\s+enum: \[([^\]]*)\]", text)
    assert len(enums) >= 2  # Licence.product and ReportedInstallation.product
    for listed in enums:
        assert [code.strip() for code in listed.split(",")] == product_codes()


def test_numbers_and_codes_are_unique() -> None:
    products = list(Product)
    assert len({p.number for p in products}) == len({p.code for p in products}) == len(products)
    assert Product.SCH is Product.from_number(1) is Product.from_code("sch")


@pytest.fixture
def asset(monkeypatch: pytest.MonkeyPatch) -> Product:
    """A third PASOSS program, added the only way a new one is added: one catalogue entry."""
    product = Product(3, "ASSET", "ПАСОСС-Активи", ("Основен модул", "Инвентаризация"))
    monkeypatch.setitem(CATALOGUE, product.code, product)
    return product


def test_a_third_program_works_end_to_end_with_one_catalogue_entry(
    asset: Product, fresh_stub: RunningStub, tmp_path: Path
) -> None:
    key = InstallationKey(
        asset, Version.parse("240101.0"), 0b11, InstallationType.STANDALONE, 1, 1001,
        workstation_id("ASSET-DISK"),
    )
    assert InstallationKey.parse(key.text).product is asset  # the key names it by number
    folder = tmp_path / "ASSET"
    folder.mkdir()
    (folder / "PASOSS.INI").write_bytes(render_ini(key))
    conn = connect(fresh_stub.db_path)
    with transaction(conn):
        add_licence(
            conn, account_id(conn, EMAIL), product="ASSET", installation_type="standalone",
            workplaces=1, modules=[0, 1], max_version="240101.0", service_type="Абонамент",
        )
    conn.close()

    settings = Settings(program_folders=[str(folder)], path=tmp_path / "settings.json")
    activator = Activator(fresh_stub.url, settings=settings, registry=NoRegistry())
    activator.login(EMAIL, PASSWORD)
    [found] = [f for f in activator.programs_with_status() if f.program.folder == folder]
    assert found.program.product is asset and found.status is Status.NONE

    result = activator.activate(found.program)  # the stub issues, the client verifies
    assert result.product == "ASSET" and all(row.ok for row in result.comparison)
    written = ini_file.get_text(folder.joinpath("PASOSS.INI").read_bytes(), "Registration",
                                "RegistrationKey")
    assert written == result.registration_key
    [again] = [f for f in activator.programs_with_status() if f.program.folder == folder]
    assert again.status is Status.VALID

    licences = [lic for lic in activator.sync().licences if lic.product is asset]
    assert [lic.product_name for lic in licences] == ["ПАСОСС-Активи"]
    assert [i.installation_key for i in licences[0].installations] == [key.text]
