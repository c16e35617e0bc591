"""“What changed”: each difference between the registered installation key and the one
the program forms now, said in Bulgarian words a client understands."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from pasoss_activator.core.dates import Version
from pasoss_activator.core.demo_programs import old_pc_key
from pasoss_activator.core.installation_key import InstallationKey, workstation_id
from pasoss_activator.core.model import licence_list
from pasoss_activator.core.products import InstallationType, Product, mask_from_modules
from pasoss_activator.core.registration_key import RegistrationKey
from pasoss_activator.core.trust import demo_private_key
from pasoss_activator.core.what_changed import compare_keys, what_changed

OLD_PC = old_pc_key()


def _licences(*keys: InstallationKey, product: str = "SCH") -> list[dict[str, Any]]:
    return [
        {
            "id": 7,
            "product": product,
            "installations": [
                {
                    "workstation_id": key.workstation_hex,
                    "installation_key": key.text,
                    "registration_key": "",
                    "generated_at": f"2026-0{i + 1}-01T10:00:00Z",
                    "version": str(key.version),
                }
                for i, key in enumerate(keys)
            ],
        }
    ]


def _kinds(current: InstallationKey, registered: InstallationKey = OLD_PC) -> dict[str, str]:
    return {c.kind: c.text for c in compare_keys(registered, current)}


def test_new_disk_is_a_new_workstation() -> None:
    now = dataclasses.replace(OLD_PC, workstation_id=workstation_id("PASOSS-DEMO-NEW-PC"))
    changes = _kinds(now)
    assert list(changes) == ["workstation"]
    assert "нов диск" in changes["workstation"]
    assert now.workstation_hex in changes["workstation"]


def test_modules_added_are_named() -> None:
    now = dataclasses.replace(OLD_PC, modules=mask_from_modules([0, 1, 2, 3]))
    assert _kinds(now) == {"modules_added": "Добавени са модулите Дълготрайни активи, Склад."}


def test_module_removed_is_named() -> None:
    now = dataclasses.replace(OLD_PC, modules=mask_from_modules([0]))
    assert _kinds(now) == {"modules_removed": "Премахнат е модулът ДДС дневници."}


def test_version_upgrade() -> None:
    now = dataclasses.replace(OLD_PC, version=Version.parse("230704.0"))
    assert _kinds(now) == {"version": "Версията е обновена: беше 221115.0, сега е 230704.0."}


def test_version_downgrade() -> None:
    now = dataclasses.replace(OLD_PC, version=Version.parse("220101.0"))
    assert "върната към по-стара" in _kinds(now)["version"]


def test_workplaces() -> None:
    now = dataclasses.replace(OLD_PC, workplaces=5)
    assert _kinds(now) == {"workplaces": "Броят работни места е променен: беше 3, сега е 5."}


def test_installation_type() -> None:
    now = dataclasses.replace(OLD_PC, installation_type=InstallationType.STANDALONE)
    assert _kinds(now) == {
        "installation_type": "Видът инсталация е променен: беше „Мрежова – сървър“, "
        "сега е „Самостоятелна“."
    }


def test_the_demo_new_pc_explains_disk_module_and_version() -> None:
    now = dataclasses.replace(
        OLD_PC,
        workstation_id=workstation_id("PASOSS-DEMO-NEW-PC"),
        modules=mask_from_modules([0, 1, 2]),
        version=Version.parse("230704.0"),
    )
    result = what_changed(now, licence_list(_licences(OLD_PC)))
    assert result.found and result.matched_by == "latest"
    assert [c.kind for c in result.changes] == ["workstation", "modules_added", "version"]
    summary = result.summary()
    assert "нов диск" in summary and "Дълготрайни активи" in summary and "230704.0" in summary
    assert result.to_dict()["registered_installation_key"] == OLD_PC.text


def test_the_key_the_program_holds_names_the_installation_exactly() -> None:
    # Two PCs are registered; the program's own key was issued for the second one, so
    # that one is compared even though the other is on the same disk as the program now.
    other = dataclasses.replace(OLD_PC, workstation_id=workstation_id("SECOND-PC"))
    reg = RegistrationKey(
        product=Product.SCH,
        licence_id=7,
        installation_digest=other.digest(),
        modules=other.modules,
        workplaces=3,
        max_version=Version.parse("230704.0"),
        valid_until=None,
        issued_on=dt.date(2026, 1, 1),
        key_id=0,
    ).signed(demo_private_key())
    now = dataclasses.replace(OLD_PC, modules=mask_from_modules([0, 1, 3]))
    result = what_changed(now, licence_list(_licences(OLD_PC, other)), reg)
    assert result.matched_by == "registration_key"
    assert [c.kind for c in result.changes] == ["workstation", "modules_added"]
    # Without the key, the installation on the same disk is the one compared.
    same_disk = what_changed(now, licence_list(_licences(other, OLD_PC)))
    assert same_disk.matched_by == "workstation"
    assert [c.kind for c in same_disk.changes] == ["modules_added"]


@pytest.mark.parametrize("licences", [[], [{"id": 7, "product": "SCH", "installations": []}]])
def test_nothing_registered_says_so(licences: list[dict[str, Any]]) -> None:
    result = what_changed(OLD_PC, licence_list(licences))
    assert not result.found
    assert "няма регистрирана инсталация" in result.summary()


def test_other_product_and_damaged_records_are_not_compared() -> None:
    rz5 = dataclasses.replace(OLD_PC, product=Product.RZ5, modules=mask_from_modules([0, 1]))
    licences = _licences(rz5, product="RZ5")
    licences[0]["installations"].append({"installation_key": "NOT-A-KEY"})
    assert not what_changed(OLD_PC, licence_list(licences)).found
