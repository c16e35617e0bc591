"""The installation key, format 1 (DESIGN.md section 3.1).

15 bytes formed by the program from the client, the disk, the version and the enabled
modules, shown as 6 groups of 4 Base32 characters, each followed by a Luhn mod 32
check character, so that a key read over the phone can be blamed on one group.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from . import base32
from .checksums import crc8, luhn32
from .dates import Version
from .errors import InstallationKeyError
from .products import InstallationType, Product

RAW_LENGTH = 15
GROUPS = 6
GROUP_DATA = 4
GROUP_LENGTH = GROUP_DATA + 1
TEXT_LENGTH = GROUPS * GROUP_LENGTH  # 30 once normalized, 35 with dashes
FORMAT = 1


def workstation_id(disk_serial: str) -> bytes:
    """First 4 bytes of SHA-256 of ``"PASOSS-WS:" + disk serial``."""
    return hashlib.sha256(("PASOSS-WS:" + disk_serial).encode("utf-8")).digest()[:4]


@dataclass(frozen=True)
class InstallationKey:
    product: Product
    version: Version
    modules: int  # bit i = module i of the product's catalogue
    installation_type: InstallationType
    workplaces: int
    customer_number: int
    workstation_id: bytes  # 4 bytes

    # --- bytes --------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        body = (
            bytes([FORMAT << 4 | int(self.product)])
            + self.version.days.to_bytes(2, "big")
            + bytes([self.version.build])
            + self.modules.to_bytes(2, "big")
            + bytes([int(self.installation_type) << 6 | self.workplaces])
            + self.customer_number.to_bytes(3, "big")
            + self.workstation_id
        )
        if len(body) != RAW_LENGTH - 1:
            raise ValueError("workstation id must be 4 bytes")
        return body + bytes([crc8(body)])

    @classmethod
    def from_bytes(cls, raw: bytes) -> InstallationKey:
        """Decode and check the 15 bytes; InstallationKeyError names what is wrong."""
        if len(raw) != RAW_LENGTH:
            raise _error("raw_length")
        if crc8(raw[:14]) != raw[14]:
            raise _error("crc")
        if raw[0] >> 4 != FORMAT:
            raise _field("format")
        try:
            product = Product.from_number(raw[0] & 0x0F)
        except ValueError:
            raise _field("product") from None
        kind = raw[6] >> 6
        if kind == 3:
            raise _field("installation_type")
        modules = int.from_bytes(raw[4:6], "big")
        if not modules & 1 or modules & ~product.all_modules_mask:
            raise _field("modules")
        workplaces = raw[6] & 0x3F
        if workplaces == 0:
            raise _field("workplaces")
        customer = int.from_bytes(raw[7:10], "big")
        if customer == 0:
            raise _field("customer_number")
        return cls(
            product=product,
            version=Version(int.from_bytes(raw[1:3], "big"), raw[3]),
            modules=modules,
            installation_type=InstallationType(kind),
            workplaces=workplaces,
            customer_number=customer,
            workstation_id=bytes(raw[10:14]),
        )

    def digest(self) -> bytes:
        """First 8 bytes of SHA-256 of the 15 bytes, as the registration key carries it."""
        return hashlib.sha256(self.to_bytes()).digest()[:8]

    # --- text ---------------------------------------------------------------------

    @property
    def text(self) -> str:
        """``XXXXC-XXXXC-XXXXC-XXXXC-XXXXC-XXXXC``."""
        data = base32.encode(self.to_bytes())
        groups = [data[i : i + GROUP_DATA] for i in range(0, len(data), GROUP_DATA)]
        return "-".join(g + luhn32(g) for g in groups)

    def groups(self) -> list[str]:
        """The six groups, for reading aloud group by group."""
        return self.text.split("-")

    def __str__(self) -> str:
        return self.text

    @classmethod
    def parse(cls, text: str) -> InstallationKey:
        """Parse a key as typed; errors come in the order DESIGN.md section 3.1 gives."""
        return cls.from_bytes(parse_text(text))

    @property
    def workstation_hex(self) -> str:
        return self.workstation_id.hex()


def parse_text(text: str) -> bytes:
    """Bytes of a typed key, checked character by character and group by group (no CRC)."""
    try:
        canon = base32.normalize(text)
    except base32.InvalidCharacter as bad:
        group = min(bad.index // GROUP_LENGTH + 1, GROUPS)
        raise _error(
            "character",
            position=bad.position,
            group=group,
            character=bad.character,
            shown=bad.shown,  # a control character by its code, never raw
        ) from None
    if len(canon) != TEXT_LENGTH:
        raise _error(
            "length",
            length=len(canon),
            expected=TEXT_LENGTH,
        )
    data = []
    for g in range(GROUPS):
        chunk = canon[g * GROUP_LENGTH : (g + 1) * GROUP_LENGTH]
        if luhn32(chunk[:GROUP_DATA]) != chunk[GROUP_DATA]:
            raise _error(
                "check",
                group=g + 1,
            )
        data.append(chunk[:GROUP_DATA])
    raw, _pad = base32.decode("".join(data), RAW_LENGTH)  # 24 chars = 120 bits: no pad
    return raw


def _error(reason: str, **details: object) -> InstallationKeyError:
    return InstallationKeyError(reason=reason, **details)


def _field(field: str) -> InstallationKeyError:
    return _error("field", field=field)
