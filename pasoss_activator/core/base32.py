"""Crockford Base32 with the forgiving input rules of DESIGN.md section 3.

Bytes are read big-endian, 5 bits per character; the last character is padded with
zero bits. Input normalization maps what people type (lower case, look-alike letters,
Cyrillic letters from a Bulgarian keyboard layout, spaces and dashes of every kind) to
the canonical alphabet, and remembers where each character came from so that an error
can point at the position the user typed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
VALUES = {ch: i for i, ch in enumerate(ALPHABET)}

# Letters read as other characters. Cyrillic look-alikes are those a Bulgarian layout
# types for the Latin letters they resemble (upper and lower case).
_LOOKALIKES = {
    "O": "0",
    "I": "1",
    "L": "1",
    "А": "A",
    "В": "B",
    "Е": "E",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "0",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "Х": "X",
}
# Characters that carry no meaning in a typed key: zero-width characters and dashes
# that are not in Unicode's dash category.
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u2212", "\u2043"}
# Line breaks and the tab a pasted key may carry. Named one by one, not ``str.isspace``:
# that also accepts vertical tab, form feed, the C0 separators 0x1C-0x1F and the C1 next
# line, control characters which DESIGN.md section 6.1 makes errors that name their place.
_BREAKS = {"\t", "\n", "\r", "\u2028", "\u2029"}


@dataclass(frozen=True)
class InvalidCharacter(Exception):
    """A typed character that is neither in the alphabet nor ignorable."""

    character: str
    position: int  # 1-based, in the text as typed
    index: int  # 0-based, among the valid characters before it

    @property
    def shown(self) -> str:
        """The character as a message may quote it: a control or invisible character by
        its code (U+001F), never raw."""
        ch = self.character
        return ch if ch.isprintable() and not ch.isspace() else f"U+{ord(ch):04X}"


def is_ignorable(ch: str) -> bool:
    """Spaces (any Unicode space separator: NBSP too), zero-width characters, dashes of
    any kind and line breaks (DESIGN.md section 3); nothing else."""
    if ch in _BREAKS or ch in _INVISIBLE:
        return True
    return unicodedata.category(ch) in ("Zs", "Pd")


def canonical_char(ch: str) -> str | None:
    """The alphabet character ``ch`` stands for, or None when it stands for none."""
    up = ch.upper()
    up = _LOOKALIKES.get(up, up)
    return up if up in VALUES else None


def normalize(text: str) -> str:
    """Canonical characters of ``text``; raises InvalidCharacter on the first bad one."""
    out: list[str] = []
    for position, ch in enumerate(text, start=1):
        if is_ignorable(ch):
            continue
        canon = canonical_char(ch)
        if canon is None:
            raise InvalidCharacter(ch, position, len(out))
        out.append(canon)
    return "".join(out)


def encode(data: bytes) -> str:
    """Base32 of ``data``: ceil(8n/5) characters, the last padded with zero bits."""
    nbits = len(data) * 8
    nchars = (nbits + 4) // 5
    value = int.from_bytes(data, "big") << (nchars * 5 - nbits)
    return "".join(ALPHABET[(value >> (5 * (nchars - 1 - i))) & 31] for i in range(nchars))


def decode(text: str, nbytes: int) -> tuple[bytes, int]:
    """Bytes of canonical ``text`` (exactly the characters for ``nbytes``) and its pad bits."""
    nchars = (nbytes * 8 + 4) // 5
    if len(text) != nchars:
        raise ValueError(f"expected {nchars} characters, got {len(text)}")
    value = 0
    for ch in text:
        value = (value << 5) | VALUES[ch]
    pad = nchars * 5 - nbytes * 8
    return (value >> pad).to_bytes(nbytes, "big"), value & ((1 << pad) - 1)
