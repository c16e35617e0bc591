"""``core/assisted.py`` without a service: an offer is checked like any key before anything
is written — the program it answers is found by its installation key on this PC, and a
key that is forged, untrusted or for another PC is refused."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from pasoss_activator.core.assisted import NoProgramForKey, Offer, verify_offer
from pasoss_activator.core.dates import Version
from pasoss_activator.core.demo_programs import create_demo_programs, demo_keys
from pasoss_activator.core.error_text import error_parts
from pasoss_activator.core.errors import RegistrationKeyError, ServiceError, UntrustedKey
from pasoss_activator.core.installation_key import InstallationKey
from pasoss_activator.core.products import Product
from pasoss_activator.core.programs import InstalledProgram, load_program
from pasoss_activator.core.registration_key import RegistrationKey
from pasoss_activator.core.trust import TrustStore
from tests.core.signed_keys import issue

TODAY = dt.date(2026, 11, 28)


def signed_for(installation: InstallationKey, **changes: object) -> RegistrationKey:
    """The key the service would issue for ``installation`` today (tests/core/signed_keys)."""
    return issue(installation, **{"licence_id": 7, "issued_on": TODAY, **changes})


def offer_of(key: RegistrationKey | str) -> Offer:
    text = key if isinstance(key, str) else key.text
    return Offer(1, "SCH", text, 7, [], "2026-11-28T09:00:00Z")


@pytest.fixture
def programs(tmp_path: Path) -> list[InstalledProgram]:
    return [load_program(folder) for folder in create_demo_programs(tmp_path)]


def verify(offer: Offer, programs: list[InstalledProgram], **kw: object) -> object:
    options = {"demo_allowed": True, "today": TODAY, **kw}
    return verify_offer(offer, programs, TrustStore.load(), **options)  # type: ignore[arg-type]


def test_the_offer_is_matched_to_the_program_whose_key_it_answers(
    programs: list[InstalledProgram],
) -> None:
    key = signed_for(demo_keys()[Product.SCH])
    verified = verify(offer_of(key), programs)
    assert verified.program.folder.name == "SCH"  # type: ignore[attr-defined]
    assert verified.key == key  # type: ignore[attr-defined]


def test_a_key_for_another_pc_answers_no_program_here(programs: list[InstalledProgram]) -> None:
    elsewhere = dataclasses.replace(demo_keys()[Product.SCH], workstation_id=b"\x12\x34\x56\x78")
    with pytest.raises(NoProgramForKey) as refused:
        verify(offer_of(signed_for(elsewhere)), programs)
    assert refused.value.exit_code == 8
    assert "не е за никоя от програмите на този компютър" in error_parts(refused.value)[0]


def test_a_forged_or_untrusted_key_is_refused(programs: list[InstalledProgram]) -> None:
    key = signed_for(demo_keys()[Product.SCH])
    forged = dataclasses.replace(key, signature=bytes(64))
    with pytest.raises(RegistrationKeyError) as bad:
        verify(offer_of(forged), programs)
    assert bad.value.status == "signature_invalid"
    with pytest.raises(UntrustedKey):
        verify(offer_of(key), programs, demo_allowed=False)  # a service not on loopback


def test_a_key_the_program_would_refuse_is_not_offered_for_writing(
    programs: list[InstalledProgram],
) -> None:
    rz5 = demo_keys()[Product.RZ5]
    older = signed_for(rz5, max_version=Version.parse("221115.0"))
    with pytest.raises(RegistrationKeyError) as refused:
        verify(offer_of(older), programs)
    assert refused.value.status == "version_not_covered"


def test_an_offer_the_service_should_never_send_is_a_service_error() -> None:
    for data in (None, [], {"offer_id": "1"}, {"offer_id": 1, "registration_key": "x"}):
        with pytest.raises(ServiceError):
            Offer.from_json(data)
