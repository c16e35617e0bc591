"""The vendor's contacts for the Помощ view: from the service, and from the saved copy
when the service does not answer."""

from __future__ import annotations

import pytest

from pasoss_activator.core.account import Activator
from pasoss_activator.core.contacts import contacts_text, support_contacts
from pasoss_activator.core.errors import ServiceUnavailable
from server_stub.testing import RunningStub


def test_contacts_are_fetched_then_kept_for_offline_use(fresh_stub: RunningStub) -> None:
    activator = Activator(fresh_stub.url, retries=0)
    online = support_contacts(activator)
    assert online.from_cache is False
    assert online.data["phones"]
    text = contacts_text(online)
    assert f"Телефон: {', '.join(online.data['phones'])}" in text
    assert "Работно време:" in text

    fresh_stub.stop()
    offline = support_contacts(Activator(fresh_stub.url, retries=0))

    assert offline.from_cache is True
    assert offline.data == online.data
    assert "(запазени данни от" in contacts_text(offline)


def test_no_service_and_nothing_saved_says_so(fresh_stub: RunningStub) -> None:
    fresh_stub.stop()
    with pytest.raises(ServiceUnavailable):
        support_contacts(Activator(fresh_stub.url, retries=0))
