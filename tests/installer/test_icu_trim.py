"""The trimmed ICU data keeps what Qt needs for Bulgarian and English and stays readable."""

from __future__ import annotations

import struct
import sys

import pytest

from .spec_loader import ROOT


@pytest.fixture(scope="module")
def icu_trim():
    sys.path.insert(0, str(ROOT / "installer"))
    try:
        import icu_trim

        yield icu_trim
    finally:
        sys.path.remove(str(ROOT / "installer"))


@pytest.mark.parametrize(
    "name",
    [
        "root.res",
        "bg.res",
        "bg_BG.res",
        "en_GB.res",
        "coll/bg.res",
        "coll/root.res",
        "coll/ucadata.icu",
        "coll/res_index.res",
        "res_index.res",
        "pool.res",
        "zone/bg.res",
        "zoneinfo64.res",
        "likelySubtags.res",
        "cnvalias.icu",
        "ibm-5347_P100-1998.cnv",  # windows-1251
        "brkitr/word.brk",
        "nfkc.nrm",
    ],
)
def test_kept(icu_trim, name):
    assert icu_trim.keep_item(name)


@pytest.mark.parametrize(
    "name",
    [
        "de.res",
        "zh_Hant_TW.res",
        "coll/zh.res",
        "lang/fr.res",
        "translit/root.res",
        "rbnf/root.res",
        "brkitr/cjdict.dict",
        "unames.icu",
        "ibm-1390_P110-2003.cnv",
        "gb18030.cnv",
    ],
)
def test_dropped(icu_trim, name):
    assert not icu_trim.keep_item(name)


def common_data(items: list[tuple[str, bytes]]) -> bytes:
    """A little-endian ICU common-data blob as ICU's packager lays it out."""
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0)
    header += b"CmnD" + bytes([1, 0, 0, 0]) + bytes(4)
    header += b"\0" * (32 - len(header))
    names = b"".join(n.encode() + b"\0" for n, _ in items)
    offset_of_data = (len(header) + 4 + 8 * len(items) + len(names) + 15) // 16 * 16 - len(header)
    toc, body, name_at, data_at = b"", b"", 4 + 8 * len(items), offset_of_data
    for name, data in items:
        padded = data + b"\xaa" * (-len(data) % 16)
        toc += struct.pack("<II", name_at, data_at)
        name_at += len(name) + 1
        data_at += len(padded)
        body += padded
    head = struct.pack("<I", len(items)) + toc + names
    return header + head + b"\xaa" * (offset_of_data - len(head)) + body


def test_round_trip_is_byte_identical(icu_trim):
    blob = common_data([("icudt73l/bg.res", b"B" * 20), ("icudt73l/root.res", b"R" * 32)])
    header, items = icu_trim.read_common_data(blob)
    assert [name for name, _ in items] == ["icudt73l/bg.res", "icudt73l/root.res"]
    assert icu_trim.write_common_data(header, items) == blob


def test_trimmed_data_lists_only_the_kept_items_aligned(icu_trim):
    blob = common_data(
        [
            ("icudt73l/bg.res", b"B" * 20),
            ("icudt73l/de.res", b"D" * 40),
            ("icudt73l/root.res", b"R"),
        ]
    )
    header, items = icu_trim.read_common_data(blob)
    kept = [(n, d) for n, d in items if icu_trim.keep_item(n.split("/", 1)[1])]
    out = icu_trim.write_common_data(header, kept)
    _, again = icu_trim.read_common_data(out)
    assert [n for n, _ in again] == ["icudt73l/bg.res", "icudt73l/root.res"]
    assert again[0][1].startswith(b"B" * 20)
    count = struct.unpack_from("<I", out, 32)[0]
    offsets = [struct.unpack_from("<II", out, 36 + 8 * i)[1] for i in range(count)]
    assert all((32 + offset) % 16 == 0 for offset in offsets)


def test_not_icu_data_is_refused(icu_trim):
    with pytest.raises(ValueError):
        icu_trim.read_common_data(b"\x20\x00\x00\x00" + bytes(60))
