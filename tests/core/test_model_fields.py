"""How the typed account reads the service's fields: lenient where the service is documented
to be (numbers as text, missing fields), strict about the wrong type."""

from __future__ import annotations

import pytest

from pasoss_activator.core.model import Contract, Installation, Licence


def test_text_fields_take_text_numbers_and_missing_values() -> None:
    contract = Contract.from_json({"document_type": "Договор", "monthly_price": 30,
                                   "currency": "EUR", "status": None})
    assert contract.document_type == "Договор"
    assert contract.monthly_price == "30"  # a number where text is expected: its text
    assert contract.status == ""  # null or missing: empty
    assert Installation.from_json({"version": 230704.0}).version == "230704.0"


@pytest.mark.parametrize("value", [True, ["Договор"], {"a": 1}])
def test_a_text_field_of_another_type_is_refused(value) -> None:
    with pytest.raises(ValueError, match="document_type"):
        Contract.from_json({"document_type": value})


def test_number_fields_take_numbers_and_their_text() -> None:
    assert Contract.from_json({"year": 2026}).year == 2026
    assert Contract.from_json({"year": "2025"}).year == 2025
    assert Contract.from_json({"year": ""}).year is None
    assert Licence.from_json({"workplaces": None}).workplaces == 0


@pytest.mark.parametrize("value", [True, 12.5, "две", [3]])
def test_a_number_field_of_another_type_is_refused(value) -> None:
    with pytest.raises(ValueError, match="year"):
        Contract.from_json({"year": value})
