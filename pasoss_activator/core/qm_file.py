"""A reader for Qt's compiled translation files (``.qm``) in plain Python.

The command line must not load Qt, yet it speaks the same translations as the GUI: it reads
the messages section of ``pasoss_activator_<lang>.qm`` (source text, context, translation),
which ``lrelease`` writes with the source texts kept. The format: a 16-byte magic, then
sections of ``tag (1 byte), length (4 bytes, big-endian), data``; inside the messages
section each message is a run of ``tag, length, bytes`` records closed by the end tag.
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
MESSAGES_SECTION = 0x69
END, TRANSLATION, OBSOLETE1, SOURCE, CONTEXT, COMMENT = 1, 3, 5, 6, 7, 8
NULL_LENGTH = 0xFFFFFFFF


def read_qm(path: Path) -> dict[tuple[str, str], str]:
    """``{(context, source): translation}``; empty for a missing or foreign file."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    if not data.startswith(MAGIC):
        return {}
    found: dict[tuple[str, str], str] = {}
    pos = len(MAGIC)
    while pos + 5 <= len(data):
        tag = data[pos]
        (length,) = struct.unpack(">I", data[pos + 1 : pos + 5])
        if tag == MESSAGES_SECTION:
            _read_messages(data[pos + 5 : pos + 5 + length], found)
        pos += 5 + length
    return found


def _read_messages(block: bytes, found: dict[tuple[str, str], str]) -> None:
    pos = 0
    fields: dict[int, bytes] = {}
    translations: list[str] = []
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == END:
            source = fields.get(SOURCE, b"").decode("utf-8", "replace")
            context = fields.get(CONTEXT, b"").decode("utf-8", "replace")
            if source and translations:
                found[(context, source)] = translations[0]  # numerus: the first form
            fields, translations = {}, []
            continue
        if tag == OBSOLETE1:
            continue
        if pos + 4 > len(block):
            return
        (length,) = struct.unpack(">I", block[pos : pos + 4])
        pos += 4
        if length == NULL_LENGTH:
            continue
        value = block[pos : pos + length]
        pos += length
        if tag == TRANSLATION:
            translations.append(value.decode("utf-16-be", "replace"))
        else:
            fields[tag] = value
