"""Fuzzing the key parsers and the INI writer where tests/core does not reach yet.

tests/core already feeds random text to the installation-key parser and random
Windows-1251 lines to ``ini_file.set_values``. Here: installation keys whose checks all
pass but whose fields are random (so the field checks are what answers), registration
keys typed, mistyped and pasted, raw bytes into the INI reader and editor, and whole
random PASOSS.INI files written through ``write_registration`` as a user's activation does.
"""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pasoss_activator.core import ini_file
from pasoss_activator.core.atomic_write import list_backups
from pasoss_activator.core.base32 import encode
from pasoss_activator.core.checksums import crc8, luhn32
from pasoss_activator.core.error_text import error_parts
from pasoss_activator.core.errors import InstallationKeyError, RegistrationKeyError
from pasoss_activator.core.installation_key import InstallationKey
from pasoss_activator.core.programs import load_program, write_registration
from pasoss_activator.core.registration_key import RegistrationKey, Status, registration_status
from pasoss_activator.core.trust import TrustStore
from tests.core.signed_keys import INSTALL, TODAY, issue

REG = issue(licence_id=4242)
TRUST = TrustStore.load()
CYRILLIC_LOOKALIKES = {"A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "P": "Р",
                       "C": "С", "T": "Т", "X": "Х", "0": "О"}


def text_of(raw: bytes) -> str:
    """15 bytes in the installation key's text form (Luhn check after every 4 characters)."""
    body = encode(raw)
    groups = [body[i : i + 4] for i in range(0, 24, 4)]
    return "-".join(group + luhn32(group) for group in groups)


@given(st.binary(min_size=14, max_size=14))
@settings(max_examples=300)
def test_installation_keys_with_random_fields_parse_or_name_the_field(body: bytes) -> None:
    raw = body + bytes([crc8(body)])
    try:
        key = InstallationKey.parse(text_of(raw))
    except InstallationKeyError as err:
        assert err.reason == "field" and err.details.get("field"), err.details
        assert error_parts(err)[0].strip()  # a sentence for the user
        return
    assert key.to_bytes() == raw
    assert InstallationKey.parse(key.text) == key


typed_noise = st.text(
    alphabet=string.ascii_letters + string.digits + "-– \n\t\u00a0\u200bАВЕКМНОРСТХабвгдежз",
    max_size=200,
)


@given(typed_noise)
@settings(max_examples=300)
def test_any_text_is_a_registration_key_or_a_typed_error(text: str) -> None:
    try:
        key = RegistrationKey.parse(text)
    except RegistrationKeyError as err:
        assert error_parts(err)[0].strip()
        return
    assert RegistrationKey.parse(key.text) == key


@given(st.data())
@settings(max_examples=150)
def test_a_pasted_or_dictated_registration_key_reads_the_same(data: st.DataObject) -> None:
    """Lower case, Cyrillic look-alikes, line breaks and spaces as e-mail and phone add them."""
    out = []
    for ch in REG.text:
        if ch == "-":
            ch = data.draw(st.sampled_from(["-", "–", " ", "", "\r\n", "\u00a0"]))
        elif data.draw(st.booleans()):
            ch = data.draw(st.sampled_from([ch.lower(), CYRILLIC_LOOKALIKES.get(ch, ch)]))
        out.append(ch)
    assert RegistrationKey.parse("".join(out)) == REG


@given(st.integers(0, len(REG.text) - 1), st.sampled_from(["delete", "replace", "insert"]),
       st.sampled_from("0123456789ABCDEFGHJKMNPQRSTVWXYZ"))
@settings(max_examples=300)
def test_a_mistyped_registration_key_is_never_taken_as_valid(
    position: int, edit: str, char: str
) -> None:
    text = REG.text
    if edit == "delete":
        typo = text[:position] + text[position + 1 :]
    elif edit == "replace":
        typo = text[:position] + char + text[position + 1 :]
    else:
        typo = text[:position] + char + text[position:]
    try:
        same = RegistrationKey.parse(typo).to_bytes() == REG.to_bytes()
    except RegistrationKeyError:
        same = False
    status = registration_status(typo, INSTALL.text, TRUST, demo_allowed=True, today=TODAY)
    assert (status == Status.VALID) == same


@given(st.binary(max_size=300), st.sampled_from(["Registration", "registration", "Program"]))
@settings(max_examples=300)
def test_the_ini_editor_takes_any_bytes(data: bytes, section: str) -> None:
    new = ini_file.set_values(data, section, {"RegistrationKey": "AB-CD", "RegisteredOn": "x"})
    assert ini_file.get_text(new, section, "RegistrationKey") == "AB-CD"
    assert ini_file.get_text(new, section, "RegisteredOn") == "x"
    kept, now = without_our_lines(data), without_our_lines(new)
    assert now in (kept, kept + [f"[{section}]".encode()])  # at most the section is added


OURS = re.compile(rb"^[ \t]*(registrationkey|registeredon)[ \t]*=", re.IGNORECASE)
junk_text = st.binary(max_size=40).map(
    lambda b: bytes(c for c in b if c not in b"\r\n\x00[=")
)
other_lines = st.one_of(
    junk_text,
    junk_text.map(lambda b: b"; " + b),
    st.tuples(st.sampled_from([b"Name", b"Path", b"  Version ", b"\xc8\xec\xe5", b"K\x98y"]),
              junk_text).map(lambda t: t[0] + b"=" + t[1]),
    st.sampled_from([b"[Database]", b"[Program]", b"  [\xd0\xe0\xe7\xed\xe8]  ", b""]),
)
own_lines = st.sampled_from([b"RegistrationKey=", b"registrationkey = OLD-KEY",
                             b"RegisteredOn=2020-01-01", b"  REGISTEREDON=\t"])


def without_our_lines(data: bytes) -> list[bytes]:
    """The file's non-blank lines, endings dropped, but RegistrationKey / RegisteredOn ones
    (a file without a final newline gains one before lines added at its end)."""
    lines = re.split(rb"\r\n|\n|\r", data)
    return [line for line in lines if line and not OURS.match(line)]


@given(
    st.lists(other_lines, max_size=8),
    st.sampled_from([b"[Registration]", b"[REGISTRATION]", b" [registration] "]),
    st.lists(other_lines | own_lines, max_size=6),
    st.lists(other_lines, max_size=8),
    st.sampled_from([b"\r\n", b"\n"]),
    st.booleans(),
)
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])
def test_activation_changes_only_the_key_lines_of_any_ini(
    tmp_path_factory: pytest.TempPathFactory,
    before: list[bytes],
    header: bytes,
    inside: list[bytes],
    after: list[bytes],
    eol: bytes,
    final_newline: bool,
) -> None:
    assume(not any(line.strip().lower().startswith(b"[registration") for line in before))
    lines = [*before, header, b"InstallationKey=" + INSTALL.text.encode(), *inside, *after]
    original = eol.join(lines) + (eol if final_newline else b"")
    # A file that opens with a UTF-16 byte-order mark is refused, never edited
    # (tests/core/test_ini_file.py); here only the single-byte files the programs write.
    assume(ini_file.looks_like_text(original))
    folder = tmp_path_factory.mktemp("pc")
    ini = folder / "PASOSS.INI"
    ini.write_bytes(original)

    program = load_program(folder)
    assert program.installation_key == INSTALL
    result = write_registration(program, REG.text, today=TODAY)

    written = ini.read_bytes()
    reread = load_program(folder)
    assert reread.registration_key_text == REG.text and reread.registered_on == "2026-11-27"
    assert registration_status(
        reread.registration_key_text, reread.installation_key_text, TRUST,
        demo_allowed=True, today=TODAY,
    ) == Status.VALID
    # Nothing but our two lines changed: drop them from both files and the rest is the same
    # (a file without a final newline may gain one before the lines added at its end).
    assert without_our_lines(written) == without_our_lines(original)
    assert result.backup_path.read_bytes() == original
    assert list_backups(ini) == [result.backup_path]
    assert {p.name for p in folder.iterdir()} == {"PASOSS.INI", result.backup_path.name}
