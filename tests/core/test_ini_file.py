"""PASOSS.INI edited as bytes: only our values change, every other byte stays."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pasoss_activator.core import ini_file

KEY = "24GRN-J000E-0X1G3-00Z9F-XF1Y7-TJ9JK"
NEW = {"RegistrationKey": "AAAAAA-BBB", "RegisteredOn": "2026-11-27"}

CORPUS = {
    "plain CRLF": (
        b"[Program]\r\nProduct=SCH\r\nVersion=230704.0\r\n[Registration]\r\n"
        b"InstallationKey=K\r\nRegistrationKey=\r\nRegisteredOn=\r\n",
        b"[Program]\r\nProduct=SCH\r\nVersion=230704.0\r\n[Registration]\r\n"
        b"InstallationKey=K\r\nRegistrationKey=AAAAAA-BBB\r\nRegisteredOn=2026-11-27\r\n",
    ),
    "LF, comments, odd spacing, lower-case names, Cyrillic and 0x98": (
        b"; \xcf\xc0\xd1\xce\xd1\xd1 \x98\n[registration]\n  installationkey = K\n"
        b"registrationkey   =   OLD\n# note\n\n[X]\nq=\xe0\n",
        b"; \xcf\xc0\xd1\xce\xd1\xd1 \x98\n[registration]\n  installationkey = K\n"
        b"registrationkey   =   AAAAAA-BBB\nRegisteredOn=2026-11-27\n# note\n\n[X]\nq=\xe0\n",
    ),
    "no final newline, no Registration section": (
        b"[Program]\r\nProduct=SCH",
        b"[Program]\r\nProduct=SCH\r\n[Registration]\r\nRegistrationKey=AAAAAA-BBB\r\n"
        b"RegisteredOn=2026-11-27",
    ),
    "duplicate keys: the first is the one updated": (
        b"[Registration]\r\nRegistrationKey=A\r\nRegistrationKey=B\r\nRegisteredOn=x\r\n",
        b"[Registration]\r\nRegistrationKey=AAAAAA-BBB\r\nRegistrationKey=B\r\n"
        b"RegisteredOn=2026-11-27\r\n",
    ),
    "section without our keys, followed by others": (
        b"[Registration]\r\nInstallationKey=K\r\n\r\n; next\r\n[Database]\r\nPath=C:\\\r\n",
        b"[Registration]\r\nInstallationKey=K\r\nRegistrationKey=AAAAAA-BBB\r\n"
        b"RegisteredOn=2026-11-27\r\n\r\n; next\r\n[Database]\r\nPath=C:\\\r\n",
    ),
    "mixed line ends: new lines take the prevailing one": (
        b"[A]\r\nx=1\r\ny=2\n[Registration]\r\n",
        b"[A]\r\nx=1\r\ny=2\n[Registration]\r\nRegistrationKey=AAAAAA-BBB\r\n"
        b"RegisteredOn=2026-11-27\r\n",
    ),
    "empty file": (
        b"",
        b"[Registration]\r\nRegistrationKey=AAAAAA-BBB\r\nRegisteredOn=2026-11-27\r\n",
    ),
    "a second [Registration] section is not ours": (
        b"[Registration]\r\nInstallationKey=K\r\n[Other]\r\n[REGISTRATION]\r\nRegistrationKey=Z\r\n",
        b"[Registration]\r\nInstallationKey=K\r\nRegistrationKey=AAAAAA-BBB\r\n"
        b"RegisteredOn=2026-11-27\r\n[Other]\r\n[REGISTRATION]\r\nRegistrationKey=Z\r\n",
    ),
}


@pytest.mark.parametrize("name", list(CORPUS))
def test_corpus(name: str) -> None:
    before, after = CORPUS[name]
    assert ini_file.set_values(before, "Registration", NEW) == after
    assert ini_file.get_text(after, "registration", "REGISTRATIONKEY") == "AAAAAA-BBB"


def test_reading_values() -> None:
    data = b"[program]\r\n  PRODUCT = RZ5 \r\nName=\xcf\xc0\xd1\xce\xd1\xd1 \x98\r\n"
    assert ini_file.get_text(data, "Program", "Product") == "RZ5"
    assert ini_file.get_text(data, "Program", "Name") == "ПАСОСС \ufffd"
    assert ini_file.get_value(data, "Program", "Missing") is None
    assert ini_file.get_value(data, "Other", "Product") is None


def test_binary_and_utf16_files_are_recognized() -> None:
    assert ini_file.looks_like_text(b"[A]\r\nx=1")
    assert not ini_file.looks_like_text("[A]".encode("utf-16"))
    assert not ini_file.looks_like_text(b"MZ\x00\x00")


_line_text = st.binary(max_size=30).map(
    lambda b: b.replace(b"\r", b"").replace(b"\n", b"").replace(b"[", b"(").replace(b"=", b":")
)
_lines = st.one_of(
    _line_text,
    _line_text.map(lambda b: b"; " + b),
    st.tuples(st.sampled_from([b"Name", b"Path", b"x", b"\xc8\xec\xe5"]), _line_text).map(
        lambda t: t[0] + b"=" + t[1]
    ),
    st.sampled_from([b"[Database]", b"[Program]", b"  [\xd0\xe0\xe7\xed\xe8]  "]),
)


@given(
    st.lists(_lines, max_size=15),
    st.lists(_lines, max_size=15),
    st.sampled_from([b"\r\n", b"\n"]),
    st.booleans(),
)
@settings(max_examples=200)
def test_random_cp1251_content_survives(
    before: list[bytes], after: list[bytes], eol: bytes, final_newline: bool
) -> None:
    registration = [b"[Registration]", b"InstallationKey=" + KEY.encode(), b"RegistrationKey="]
    lines = before + registration + after
    data = eol.join(lines) + (eol if final_newline else b"")
    new = ini_file.set_values(data, "Registration", NEW)
    assert ini_file.get_text(new, "Registration", "RegistrationKey") == "AAAAAA-BBB"
    assert ini_file.get_text(new, "Registration", "RegisteredOn") == "2026-11-27"
    # Everything else is there, byte for byte, in order: removing our two lines gives back
    # the original with an empty key.
    restored = new.replace(b"RegistrationKey=AAAAAA-BBB", b"RegistrationKey=")
    if restored.endswith(eol + b"RegisteredOn=2026-11-27"):  # a file without final newline
        restored = restored[: -len(eol + b"RegisteredOn=2026-11-27")]
    else:
        restored = restored.replace(b"RegisteredOn=2026-11-27" + eol, b"", 1)
    assert restored == data
