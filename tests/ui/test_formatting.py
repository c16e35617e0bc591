"""The contracts' statuses and prices as the tables show them, in Bulgarian and English."""

from __future__ import annotations

import pytest

from pasoss_activator.core.model import Contract
from pasoss_activator.ui.formatting import contract_status_text, money_text
from pasoss_activator.ui.i18n import install_language


@pytest.fixture
def english(qapp):
    install_language(qapp, "en")
    yield
    install_language(qapp, "bg")


@pytest.mark.parametrize(("status", "paid", "shown"), [
    ("active", True, "Активен, платен"),
    ("active", False, "Активен, неплатен"),
    ("awaiting_payment", False, "Очаква плащане"),
    ("expired", True, "Изтекъл"),
    ("terminated", False, "Прекратен"),
    ("suspended", False, "suspended"),  # a status this version does not know: as given
])
def test_contract_statuses_in_bulgarian(qapp, status, paid, shown) -> None:
    assert contract_status_text(Contract(status=status, paid=paid)) == shown


def test_contract_statuses_and_prices_in_english(english) -> None:
    assert contract_status_text(Contract(status="active", paid=False)) == "Active, unpaid"
    assert contract_status_text(Contract(status="awaiting_payment")) == "Awaiting payment"
    assert money_text(Contract(monthly_price="1250.5", currency="BGN")) == "1\u00a0250,50 BGN"


def test_prices_with_their_currency(qapp) -> None:
    assert money_text(Contract(monthly_price="1250.5", currency="BGN")) == "1\u00a0250,50 лв."
    assert money_text(Contract(monthly_price="99", currency="EUR")) == "99,00 €"
    assert money_text(Contract(monthly_price="10", currency="USD")) == "10,00 USD"
    assert money_text(Contract(monthly_price="", currency="")) == "0,00"
