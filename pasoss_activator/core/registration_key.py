"""The registration key, format 1 (DESIGN.md section 3.2).

A 24-byte payload and a 64-byte Ed25519 signature over ``b"PASOSS-REG-1" + payload``,
shown as 141 Base32 characters in groups of 6. The activator never writes a key it has
not verified: the signature against a trusted key id, the digest against the
installation key it asked for.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import base32
from .contacts import SERVICE_PHONES
from .dates import Version, from_days, to_days
from .errors import InstallationKeyError, RegistrationKeyError, UntrustedKey
from .installation_key import InstallationKey
from .key_status import Status as Status  # re-exported: the status is decided here
from .products import Product

if TYPE_CHECKING:  # the signature code (cryptography, the trust store) is imported when
    # a key is verified: a window listing programs imports this module for Status alone
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from .trust import TrustStore

SIGNING_CONTEXT = b"PASOSS-REG-1"
PAYLOAD_LENGTH = 24
SIGNATURE_LENGTH = 64
RAW_LENGTH = PAYLOAD_LENGTH + SIGNATURE_LENGTH
TEXT_CHARS = (RAW_LENGTH * 8 + 4) // 5  # 141
GROUP = 6


@dataclass(frozen=True)
class RegistrationKey:
    product: Product
    licence_id: int
    installation_digest: bytes  # 8 bytes
    modules: int
    workplaces: int
    max_version: Version
    valid_until: dt.date | None  # inclusive; None = no end date
    issued_on: dt.date
    key_id: int
    signature: bytes = b""

    def payload(self) -> bytes:
        return (
            bytes([0x10 | int(self.product)])
            + self.licence_id.to_bytes(4, "big")
            + self.installation_digest
            + self.modules.to_bytes(2, "big")
            + bytes([self.workplaces])
            + self.max_version.days.to_bytes(2, "big")
            + bytes([self.max_version.build])
            + (to_days(self.valid_until) if self.valid_until else 0).to_bytes(2, "big")
            + to_days(self.issued_on).to_bytes(2, "big")
            + bytes([self.key_id])
        )

    def signed(self, private_key: Ed25519PrivateKey) -> RegistrationKey:
        """This key with its signature made by ``private_key``."""
        signature = private_key.sign(SIGNING_CONTEXT + self.payload())
        return dataclasses.replace(self, signature=signature)

    def to_bytes(self) -> bytes:
        if len(self.signature) != SIGNATURE_LENGTH:
            raise ValueError("the key is not signed")
        return self.payload() + self.signature

    @property
    def text(self) -> str:
        data = base32.encode(self.to_bytes())
        return "-".join(data[i : i + GROUP] for i in range(0, len(data), GROUP))

    def __str__(self) -> str:
        return self.text

    @classmethod
    def from_bytes(cls, raw: bytes) -> RegistrationKey:
        if len(raw) != RAW_LENGTH:
            raise _damaged("raw_length")
        payload = raw[:PAYLOAD_LENGTH]
        if payload[0] >> 4 != 1:
            raise _damaged("format")
        try:
            product = Product.from_number(payload[0] & 0x0F)
        except ValueError:
            raise _damaged("product") from None
        until = int.from_bytes(payload[19:21], "big")
        return cls(
            product=product,
            licence_id=int.from_bytes(payload[1:5], "big"),
            installation_digest=bytes(payload[5:13]),
            modules=int.from_bytes(payload[13:15], "big"),
            workplaces=payload[15],
            max_version=Version(int.from_bytes(payload[16:18], "big"), payload[18]),
            valid_until=from_days(until) if until else None,
            issued_on=from_days(int.from_bytes(payload[21:23], "big")),
            key_id=payload[23],
            signature=bytes(raw[PAYLOAD_LENGTH:]),
        )

    @classmethod
    def parse(cls, text: str) -> RegistrationKey:
        try:
            canon = base32.normalize(text)
        except base32.InvalidCharacter as bad:
            raise _damaged(
                "character", character=bad.character, shown=bad.shown, position=bad.position
            ) from None
        if len(canon) != TEXT_CHARS:
            raise _damaged("length", length=len(canon), expected=TEXT_CHARS)
        raw, pad = base32.decode(canon, RAW_LENGTH)
        if pad:
            raise _damaged("padding")
        return cls.from_bytes(raw)

    @property
    def masked(self) -> str:
        """First and last 6 characters only (dashes not counted): safe for logs and reports."""
        data = self.text.replace("-", "")
        return f"{data[:6]}…{data[-6:]}"

    def verify(
        self,
        installation: InstallationKey,
        trust: TrustStore,
        *,
        demo_allowed: bool,
        today: dt.date | None = None,
    ) -> None:
        """Raise RegistrationKeyError (with ``status``) unless the key fits ``installation``.

        The signature and the digest are checked always; the version and the end date
        only when ``today`` is given (a program's view, DESIGN.md section 3.2).
        """
        public = trust.public_key(self.key_id, demo_allowed=demo_allowed)
        if public is None:
            raise UntrustedKey(
                status=Status.UNTRUSTED_SIGNER.value,
                key_id=self.key_id,
            )
        from cryptography.exceptions import InvalidSignature

        try:
            public.verify(self.signature, SIGNING_CONTEXT + self.payload())
        except InvalidSignature:
            raise RegistrationKeyError(
                reason=Status.SIGNATURE_INVALID.value,
                status=Status.SIGNATURE_INVALID.value,
            ) from None
        if self.installation_digest != installation.digest() or self.product != (
            installation.product
        ):
            raise RegistrationKeyError(
                reason=Status.OTHER_INSTALLATION.value,
                status=Status.OTHER_INSTALLATION.value,
            )
        if today is None:
            return
        # By release date, as the service compares: the key for 231016.1 carries the
        # licence's 231016.0, and a later build of the paid release is a free fix.
        if not installation.version.covered_by(self.max_version):
            raise RegistrationKeyError(
                reason=Status.VERSION_NOT_COVERED.value,
                status=Status.VERSION_NOT_COVERED.value,
                version=str(installation.version),
                max_version=str(self.max_version),
                phone=SERVICE_PHONES[0],
            )
        if self.valid_until is not None and today > self.valid_until:
            raise RegistrationKeyError(
                reason=Status.EXPIRED.value,
                status=Status.EXPIRED.value,
                valid_until=self.valid_until,
            )


def _damaged(field: str, **details: object) -> RegistrationKeyError:
    return RegistrationKeyError(
        reason="damaged", field=field, status=Status.SIGNATURE_INVALID.value, **details
    )


def registration_status(
    registration_text: str,
    installation_text: str,
    trust: TrustStore,
    *,
    demo_allowed: bool,
    today: dt.date,
) -> Status:
    """The status of an installed program from the two keys in its configuration."""
    try:
        installation = InstallationKey.parse(installation_text)
    except InstallationKeyError:
        return Status.DAMAGED
    if not registration_text.strip():
        return Status.NONE
    try:
        key = RegistrationKey.parse(registration_text)
        key.verify(installation, trust, demo_allowed=demo_allowed, today=today)
    except RegistrationKeyError as err:
        return Status(err.status)
    return Status.VALID
