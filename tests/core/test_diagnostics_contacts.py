"""The vendor's contacts for „Контакти на поддръжката“: from the service, and from the saved
copy when the service does not answer (the dialog's words: tests/ui/test_support.py)."""

from __future__ import annotations

from pasoss_activator.core.account import Activator
from pasoss_activator.core.contacts import support_contacts
from server_stub.testing import RunningStub


def test_contacts_are_fetched_then_kept_for_offline_use(fresh_stub: RunningStub) -> None:
    activator = Activator(fresh_stub.url, retries=0)
    online = support_contacts(activator)
    assert online.from_cache is False
    assert online.data.phones and online.data.hours and online.fetched_at is not None

    fresh_stub.stop()
    offline = support_contacts(Activator(fresh_stub.url, retries=0))

    assert offline.from_cache is True
    assert offline.data == online.data
    assert offline.fetched_at == online.fetched_at  # the dialog says when it was saved


def test_no_service_and_nothing_saved_gives_the_phones_shipped_with_the_app(
    fresh_stub: RunningStub,
) -> None:
    fresh_stub.stop()
    shipped = support_contacts(Activator(fresh_stub.url, retries=0))
    assert shipped.data.phones == ("(02) 9669551", "(02) 9669561")
    assert shipped.from_cache and shipped.fetched_at is None


def test_the_service_gives_pasoss_public_service_phones(fresh_stub: RunningStub) -> None:
    online = support_contacts(Activator(fresh_stub.url, retries=0))
    assert online.data.phones == ("(02) 9669551", "(02) 9669561")
    assert online.data.email
