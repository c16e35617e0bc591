"""The two checks of the key formats: Luhn mod 32 per group and CRC-8 over the bytes."""

from __future__ import annotations

from .base32 import ALPHABET, VALUES

_N = len(ALPHABET)


def luhn32(group: str) -> str:
    """Luhn mod N check character (N = 32) of canonical characters, as Wikipedia states it.

    Walking from the rightmost character leftwards, the rightmost is doubled, then every
    second one; a doubled value ``a`` contributes ``a // 32 + a % 32``. Its one blind spot
    among adjacent transpositions is ``0Z`` <-> ``Z0``.
    """
    total = 0
    factor = 2
    for ch in reversed(group):
        addend = factor * VALUES[ch]
        total += addend // _N + addend % _N
        factor = 1 if factor == 2 else 2
    return ALPHABET[(_N - total % _N) % _N]


def crc8(data: bytes) -> int:
    """CRC-8, polynomial 0x07, initial value 0, no reflection, no final xor."""
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc
