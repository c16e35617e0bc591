"""Registration key format 1 (DESIGN.md 3.2): layout, text form, signature, trust."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from pasoss_activator.core.dates import Version
from pasoss_activator.core.demo_programs import demo_keys
from pasoss_activator.core.error_text import error_parts, error_text
from pasoss_activator.core.errors import RegistrationKeyError
from pasoss_activator.core.products import Product
from pasoss_activator.core.registration_key import RegistrationKey, Status, registration_status
from pasoss_activator.core.resources import resource
from pasoss_activator.core.trust import (
    TrustStore,
    demo_private_key,
    is_loopback_url,
    public_key_hex,
)

from .signed_keys import INSTALL, TODAY, issue


def test_demo_key_is_the_published_one() -> None:
    seed = hashlib.sha256(b"PASOSS demo signing key v1").digest()
    expected = Ed25519PrivateKey.from_private_bytes(seed).public_key()
    assert public_key_hex(demo_private_key().public_key()) == public_key_hex(expected)
    assert resource("keys", "0.pub").read_text().strip() == public_key_hex(expected)


def test_layout_and_text_form() -> None:
    key = issue(valid_until=dt.date(2026, 12, 31))
    raw = key.to_bytes()
    assert len(raw) == 88
    assert raw[0] == 0x11
    assert int.from_bytes(raw[1:5], "big") == 42
    assert raw[5:13] == hashlib.sha256(INSTALL.to_bytes()).digest()[:8]
    assert int.from_bytes(raw[19:21], "big") == (dt.date(2026, 12, 31) - dt.date(2000, 1, 1)).days
    assert raw[23] == 0
    demo_private_key().public_key().verify(raw[24:], b"PASOSS-REG-1" + raw[:24])
    text = key.text
    assert len(text) == 164
    groups = text.split("-")
    assert [len(g) for g in groups] == [6] * 23 + [3]
    assert RegistrationKey.parse(text) == key
    assert RegistrationKey.parse(text.lower().replace("-", " ")) == key


@given(
    st.integers(0, 2**32 - 1),
    st.integers(0, 0xFFFF),
    st.integers(0, 255),
    st.integers(0, 0xFFFF),
    st.integers(0, 0xFFFF),
    st.integers(1, 0xFFFF),
    st.integers(0, 255),
    st.sampled_from(list(Product)),
)
@settings(max_examples=100)
def test_round_trip_every_field(
    licence: int, modules: int, workplaces: int, vdays: int, until: int, issued: int,
    key_id: int, product: Product,
) -> None:  # fmt: skip
    key = issue(
        product=product,
        licence_id=licence,
        modules=modules,
        workplaces=workplaces,
        max_version=Version(vdays, workplaces),
        valid_until=dt.date(2000, 1, 1) + dt.timedelta(days=until) if until else None,
        issued_on=dt.date(2000, 1, 1) + dt.timedelta(days=issued),
        key_id=key_id,
    )
    assert RegistrationKey.parse(key.text) == key


@given(st.integers(0, 87), st.integers(1, 255))
@settings(max_examples=300)
def test_any_flipped_byte_fails_verification(index: int, flip: int) -> None:
    raw = bytearray(issue().to_bytes())
    raw[index] ^= flip
    with pytest.raises(RegistrationKeyError):
        key = RegistrationKey.from_bytes(bytes(raw))
        key.verify(INSTALL, TrustStore.load(), demo_allowed=True)


def test_set_pad_bit_is_rejected() -> None:
    text = issue().text.replace("-", "")
    from pasoss_activator.core.base32 import ALPHABET

    last = ALPHABET.index(text[-1]) | 1
    with pytest.raises(RegistrationKeyError):
        RegistrationKey.parse(text[:-1] + ALPHABET[last])


def test_demo_key_trusted_only_on_loopback() -> None:
    key = issue()
    store = TrustStore.load()
    key.verify(INSTALL, store, demo_allowed=True)
    with pytest.raises(RegistrationKeyError) as err:
        key.verify(INSTALL, store, demo_allowed=False)
    assert err.value.status == "untrusted_signer"
    for url in ("http://127.0.0.1:8080/api/v1", "http://localhost/api/v1", "http://[::1]:1/",
                "http://127.8.9.10/"):  # fmt: skip
        assert is_loopback_url(url)
    for url in ("https://service.pasoss.com/api/v1", "http://10.0.0.1/", "http://localhost.evil/",
                "http://127.0.0.1.nip.io/"):  # fmt: skip
        assert not is_loopback_url(url)


def test_production_key_from_resources(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    private = Ed25519PrivateKey.generate()
    (folder / "7.pub").write_text(public_key_hex(private.public_key()))
    store = TrustStore.load(folder)
    key = dataclasses.replace(issue(), key_id=7).signed(private)
    key.verify(INSTALL, store, demo_allowed=False)
    unknown = dataclasses.replace(key, key_id=9).signed(private)
    with pytest.raises(RegistrationKeyError) as err:
        unknown.verify(INSTALL, store, demo_allowed=True)
    assert err.value.status == "untrusted_signer"


@pytest.mark.parametrize(
    ("reg", "install_text", "status"),
    [
        (lambda: "", INSTALL.text, Status.NONE),
        (lambda: issue().text, INSTALL.text, Status.VALID),
        (lambda: issue().text, "24GRN-J000E-0X1G3-00Z9F-XF1Y7-TJ9JX", Status.DAMAGED),
        (lambda: issue().text[:-2] + "00", INSTALL.text, Status.SIGNATURE_INVALID),
        (lambda: issue(installation_digest=bytes(8)).text, INSTALL.text,
         Status.OTHER_INSTALLATION),
        (lambda: issue(max_version=Version.parse("230101.0")).text, INSTALL.text,
         Status.VERSION_NOT_COVERED),
        (lambda: issue(valid_until=TODAY - dt.timedelta(days=1)).text, INSTALL.text,
         Status.EXPIRED),
        (lambda: issue(valid_until=TODAY).text, INSTALL.text, Status.VALID),  # inclusive
        (lambda: issue(key_id=5).text, INSTALL.text, Status.UNTRUSTED_SIGNER),
    ],
)  # fmt: skip
def test_registration_status(reg: object, install_text: str, status: Status) -> None:
    got = registration_status(
        reg(),  # type: ignore[operator]
        install_text,
        TrustStore.load(),
        demo_allowed=True,
        today=TODAY,
    )
    assert got == status
    assert status.display_name


def test_masked_shows_only_six_and_six() -> None:
    key = issue()
    plain = key.text.replace("-", "")
    assert key.masked == f"{plain[:6]}…{plain[-6:]}"


def test_a_key_for_a_later_build_of_the_paid_release_is_valid() -> None:
    """The service issues RZ5 231016.1 a key carrying the licence's 231016.0 (a later build
    is a free fix, DESIGN §5); the program's own check must not call it not covered."""
    rz5 = demo_keys()[Product.RZ5]
    assert str(rz5.version) == "231016.1"
    key = issue(rz5, max_version=Version.parse("231016.0"))
    status = registration_status(
        key.text, rz5.text, TrustStore.load(), demo_allowed=True, today=TODAY
    )
    assert status == Status.VALID


def test_a_newer_release_is_not_covered_and_says_whom_to_call() -> None:
    rz5 = demo_keys()[Product.RZ5]
    key = issue(rz5, max_version=Version.parse("231015.9"))
    with pytest.raises(RegistrationKeyError) as refused:
        key.verify(rz5, TrustStore.load(), demo_allowed=True, today=TODAY)
    assert refused.value.status == Status.VERSION_NOT_COVERED.value
    message, action = error_parts(refused.value)
    assert "231016.1" in message and "231015.9" in message
    assert "абонамент или платено право" in action
    assert "(02) 9669551" in action
    assert "Подновете" not in error_text(refused.value)
