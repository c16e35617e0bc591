"""Installation key format 1 (DESIGN.md 3.1), property-based where it can be."""

from __future__ import annotations

import string

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from pasoss_activator.core.base32 import ALPHABET
from pasoss_activator.core.checksums import crc8, luhn32
from pasoss_activator.core.dates import Version
from pasoss_activator.core.demo_programs import demo_keys
from pasoss_activator.core.error_text import error_parts
from pasoss_activator.core.errors import InstallationKeyError
from pasoss_activator.core.installation_key import InstallationKey, workstation_id
from pasoss_activator.core.products import InstallationType, Product


@st.composite
def installation_keys(draw: st.DrawFn) -> InstallationKey:
    product = draw(st.sampled_from(list(Product)))
    extra = draw(st.integers(0, product.all_modules_mask))
    return InstallationKey(
        product=product,
        version=Version(draw(st.integers(0, 0xFFFF)), draw(st.integers(0, 255))),
        modules=extra | 1,
        installation_type=draw(st.sampled_from(list(InstallationType))),
        workplaces=draw(st.integers(1, 63)),
        customer_number=draw(st.integers(1, 0xFFFFFF)),
        workstation_id=draw(st.binary(min_size=4, max_size=4)),
    )


DEMO = demo_keys()[Product.SCH]


def test_layout_to_the_bit() -> None:
    raw = DEMO.to_bytes()
    assert len(raw) == 15
    assert raw[0] == 0x11
    assert int.from_bytes(raw[1:3], "big") == 8585  # 2023-07-04 is day 8585 since 2000-01-01
    assert raw[3] == 0
    assert raw[4:6] == b"\x00\x07"
    assert raw[6] == (1 << 6) | 3
    assert int.from_bytes(raw[7:10], "big") == 1001
    assert raw[14] == crc8(raw[:14])
    text = DEMO.text
    assert len(text) == 35 and text.count("-") == 5
    assert all(luhn32(g[:4]) == g[4] for g in text.split("-"))


@given(installation_keys())
@settings(max_examples=300)
def test_round_trip_every_field(key: InstallationKey) -> None:
    assert InstallationKey.from_bytes(key.to_bytes()) == key
    assert InstallationKey.parse(key.text) == key


LOOKALIKE_TO_CYRILLIC = {
    "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "0": "О", "P": "Р",
    "C": "С", "T": "Т", "X": "Х",
}  # fmt: skip


@given(installation_keys(), st.data())
@settings(max_examples=200)
def test_forgiving_input_is_accepted(key: InstallationKey, data: st.DataObject) -> None:
    typed = []
    for ch in key.text.replace("-", ""):
        if ch in LOOKALIKE_TO_CYRILLIC and data.draw(st.booleans()):
            ch = LOOKALIKE_TO_CYRILLIC[ch]
        elif ch == "0" and data.draw(st.booleans()):
            ch = "O"
        elif ch == "1" and data.draw(st.booleans()):
            ch = data.draw(st.sampled_from("IiLl"))
        if data.draw(st.booleans()):
            ch = ch.lower()
        typed.append(ch)
        sep = data.draw(st.sampled_from(["", "", " ", "\u00a0", "\u200b", "-", "–", "—", "\n"]))
        typed.append(sep)
    assert InstallationKey.parse("".join(typed)) == key


@given(installation_keys(), st.integers(0, 29), st.sampled_from(ALPHABET))
@settings(max_examples=400)
def test_every_substitution_names_its_group(key: InstallationKey, index: int, new: str) -> None:
    chars = list(key.text.replace("-", ""))
    assume(chars[index] != new)
    chars[index] = new
    with pytest.raises(InstallationKeyError) as err:
        InstallationKey.parse("".join(chars))
    assert err.value.reason == "check"
    assert err.value.group == index // 5 + 1
    assert f"Група {index // 5 + 1}" in error_parts(err.value)[0]


@given(installation_keys(), st.integers(0, 5), st.integers(0, 3))
@settings(max_examples=400)
@example(key=DEMO, group=0, offset=0)
def test_adjacent_transpositions_are_detected_but_0z(
    key: InstallationKey, group: int, offset: int
) -> None:
    chars = list(key.text.replace("-", ""))
    i = group * 5 + offset
    a, b = chars[i], chars[i + 1]
    assume(a != b)
    chars[i], chars[i + 1] = b, a
    if {a, b} == {"0", "Z"}:
        return  # the documented blind spot, shown in the next test
    with pytest.raises(InstallationKeyError) as err:
        InstallationKey.parse("".join(chars))
    assert err.value.group == group + 1


def test_the_blind_spot_0z_is_real_and_caught_by_crc() -> None:
    """Swapping 0Z<->Z0 keeps a group's check character: Luhn cannot see it, CRC-8 does."""
    data = "0Z00"
    swapped = "Z000"
    assert luhn32(data) == luhn32(swapped)
    # In a whole key, the swap passes every group check and is caught by the CRC instead.
    swaps = 0
    for key in (DEMO,):
        text = key.text.replace("-", "")
        groups = [text[i : i + 4] for i in range(0, 30, 5)]
        for g, grp in enumerate(groups):
            for j in range(3):
                if {grp[j], grp[j + 1]} == {"0", "Z"}:
                    moved = grp[:j] + grp[j + 1] + grp[j] + grp[j + 2 :]
                    bad = list(text)
                    bad[g * 5 : g * 5 + 4] = moved
                    with pytest.raises(InstallationKeyError) as err:
                        InstallationKey.parse("".join(bad))
                    assert err.value.reason in ("crc", "field")
                    swaps += 1
    assert swaps, "the demo key has a 0Z pair (group 4), so the swap is exercised"


def _key_text(raw14: bytes) -> str:
    from pasoss_activator.core import base32

    data = base32.encode(raw14 + bytes([crc8(raw14)]))
    return "-".join(data[i : i + 4] + luhn32(data[i : i + 4]) for i in range(0, 24, 4))


def test_errors_come_in_the_specified_order() -> None:
    good = DEMO.text
    # 1. an invalid character beats a wrong length, and names position and group
    with pytest.raises(InstallationKeyError) as err:
        InstallationKey.parse(good[:8] + "U")
    assert err.value.reason == "character"
    assert err.value.details["position"] == 9 and err.value.group == 2
    # 2. length
    with pytest.raises(InstallationKeyError) as err:
        InstallationKey.parse(good[:-1])
    assert err.value.reason == "length"
    # 3. the first failing group, even if a later one fails too
    chars = list(good.replace("-", ""))
    chars[11] = "Z" if chars[11] != "Z" else "Y"
    chars[26] = "Z" if chars[26] != "Z" else "Y"
    with pytest.raises(InstallationKeyError) as err:
        InstallationKey.parse("".join(chars))
    assert (err.value.reason, err.value.group) == ("check", 3)
    # 4. CRC: valid groups, wrong CRC byte
    raw = bytearray(DEMO.to_bytes())
    raw[14] ^= 1
    from pasoss_activator.core import base32

    data = base32.encode(bytes(raw))
    text = "-".join(data[i : i + 4] + luhn32(data[i : i + 4]) for i in range(0, 24, 4))
    with pytest.raises(InstallationKeyError) as err:
        InstallationKey.parse(text)
    assert err.value.reason == "crc"


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda r: r.__setitem__(0, 0x21), "format"),
        (lambda r: r.__setitem__(0, 0x13), "product"),
        (lambda r: r.__setitem__(6, 0xC3), "installation_type"),
        (lambda r: r.__setitem__(5, 0x06), "modules"),  # base module off
        (lambda r: r.__setitem__(5, 0x87), "modules"),  # bit 7 beyond SCH's 7 modules
        (lambda r: r.__setitem__(6, 0x40), "workplaces"),
        (lambda r: r[7:10].__class__ and r.__setitem__(slice(7, 10), b"\0\0\0"), "customer_number"),
        # several wrong at once: the first in DESIGN's order wins
        (lambda r: (r.__setitem__(0, 0x13), r.__setitem__(6, 0xC0)), "product"),
        (lambda r: (r.__setitem__(6, 0xC0), r.__setitem__(5, 0)), "installation_type"),
    ],
)
def test_field_errors(mutate: object, field: str) -> None:
    raw = bytearray(DEMO.to_bytes()[:14])
    mutate(raw)  # type: ignore[operator]
    with pytest.raises(InstallationKeyError) as err:
        InstallationKey.parse(_key_text(bytes(raw)))
    assert err.value.reason == "field"
    assert err.value.details["field"] == field


@given(st.text(alphabet=string.printable + "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯ\u00a0–—", max_size=60))
@settings(max_examples=300)
def test_any_input_gives_a_key_or_a_typed_error(text: str) -> None:
    try:
        InstallationKey.parse(text)
    except InstallationKeyError as err:
        assert err.reason in {"character", "length", "check", "crc", "field"}
        assert error_parts(err)[0]


def test_rz5_catalogue_has_five_modules() -> None:
    raw = bytearray(DEMO.to_bytes()[:14])
    raw[0] = 0x12
    raw[5] = 0x3F  # bit 5 is beyond RZ5's five modules
    with pytest.raises(InstallationKeyError) as err:
        InstallationKey.parse(_key_text(bytes(raw)))
    assert err.value.details["field"] == "modules"


def test_workstation_id_is_sha256_prefix() -> None:
    import hashlib

    assert workstation_id("X") == hashlib.sha256(b"PASOSS-WS:X").digest()[:4]
