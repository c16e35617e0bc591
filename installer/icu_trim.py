"""A smaller ICU data library for the Linux bundle: 31 MB of ICU data down to about 4.

Qt Core links ICU and ICU's data library (libicudata.so.73) is the biggest file in the
bundle.  Qt uses ICU only for collation (sorting Bulgarian text), case mapping, time-zone
names and extra text codecs; it never uses ICU's transliterators, unit, currency, language
or region names (Qt ships its own CLDR data), number spell-out, or the Chinese, Japanese,
Thai, Khmer, Lao and Burmese word dictionaries.  So the trimmed data keeps every item that
is not tied to one language, the root, Bulgarian and English items of every tree, and the
Cyrillic and Western code pages; it drops the rest.  ICU falls back to the root for any
locale whose data is missing, so a trimmed locale degrades to root rules; nothing fails.

The data is ICU's "common data" format (a table of contents of named items) held in one
symbol, ``icudt73_dat``.  This module reads the items out of the original library, writes
the kept ones back in the same format and links them into a library with the same soname
and symbol with the GNU assembler and linker (binutils, which PyInstaller's strip needs
anyway; without them the build keeps the original library and says so).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

LANGUAGES_KEPT = ("bg", "en")
# Code pages a Bulgarian office meets: Windows-1251 and 1252, ISO-8859-5, KOI8-R, CP866.
CONVERTERS_KEPT = {
    "ibm-5347_P100-1998.cnv",
    "ibm-5348_P100-1997.cnv",
    "ibm-915_P100-1995.cnv",
    "ibm-878_P100-1996.cnv",
    "ibm-866_P100-1995.cnv",
}
TREES_DROPPED = ("translit/", "rbnf/")
# A locale-specific item: "bg.res", "sr_Latn_BA.res", "coll/zh_Hant.res", "brkitr/ja.res".
_LOCALE_ITEM = re.compile(r"^(?:[a-z]+/)?([a-z]{2,3})(?:_[A-Za-z0-9]+)*\.res$")
_SYMBOL = re.compile(
    r"^\s*\d+:\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\d+\s+(icudt\d+_dat)$"
)


def keep_item(name: str) -> bool:
    """Whether an item (name without the "icudt73l/" package prefix) stays."""
    if name.startswith(TREES_DROPPED) or name.endswith(".dict") or name == "unames.icu":
        return False
    if name.endswith(".cnv"):
        return name in CONVERTERS_KEPT
    if name.rsplit("/", 1)[-1] == "res_index.res":  # each tree's list of its locales
        return True
    match = _LOCALE_ITEM.match(name)  # "root.res" does not match: the root always stays
    return match is None or match.group(1) in LANGUAGES_KEPT


def read_common_data(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split ICU common data into its header and its (name, item) pairs, in TOC order."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise ValueError("not ICU common data (little-endian CmnD)")
    toc = header_size
    count = struct.unpack_from("<I", blob, toc)[0]
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in entries[1:]] + [len(blob) - toc]
    items = []
    for (name_offset, data_offset), end in zip(entries, ends, strict=True):
        name_end = blob.index(b"\0", toc + name_offset)
        name = blob[toc + name_offset : name_end].decode("ascii")
        items.append((name, blob[toc + data_offset : toc + end]))
    return blob[:header_size], items


def write_common_data(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The inverse of read_common_data; items stay 16-byte aligned as ICU requires."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items) + len(names)
    data_start = _align(len(header) + toc_size) - len(header)
    entries, body, name_offset, data_offset = [], b"", 4 + 8 * len(items), data_start
    for name, data in items:
        padded = data + _PAD * (_align(len(data)) - len(data))
        entries.append(struct.pack("<II", name_offset, data_offset))
        name_offset += len(name) + 1
        data_offset += len(padded)
        body += padded
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    toc += _PAD * (data_start - len(toc))
    return header + toc + body


_PAD = b"\xaa"  # what ICU's own packager pads with, so a full round trip is byte-identical


def _align(size: int) -> int:
    return (size + 15) // 16 * 16


def extract_blob(library: Path) -> tuple[str, bytes]:
    """The data symbol's name and bytes, located through readelf (binutils)."""
    symbols = subprocess.run(
        ["readelf", "--dyn-syms", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in symbols.splitlines():
        match = _SYMBOL.match(line)
        if match:
            address, size, symbol = int(match.group(1), 16), int(match.group(2), 0), match.group(3)
            break
    else:
        raise ValueError(f"no icudt*_dat symbol in {library}")
    for line in sections.splitlines():
        parts = line.replace("[ ", "[").split()
        if len(parts) > 5 and parts[1] == ".rodata":
            section_address, section_offset = int(parts[3], 16), int(parts[4], 16)
            break
    else:
        raise ValueError(f"no .rodata in {library}")
    data = library.read_bytes()
    start = address - section_address + section_offset
    return symbol, data[start : start + size]


def trimmed_library(library: Path, workdir: Path) -> tuple[Path, int, int] | None:
    """Build a trimmed copy of libicudata; (path, bytes before, bytes after), or None
    when it cannot be built here (no binutils)."""
    if not all(shutil.which(tool) for tool in ("readelf", "as", "ld")):
        return None
    symbol, blob = extract_blob(library)
    header, items = read_common_data(blob)
    prefix = items[0][0].split("/", 1)[0] + "/"
    kept = [(name, data) for name, data in items if keep_item(name.removeprefix(prefix))]
    workdir.mkdir(parents=True, exist_ok=True)
    dat = workdir / f"{symbol}.dat"
    dat.write_bytes(write_common_data(header, kept))
    assembly = workdir / "icudata.s"
    assembly.write_text(
        "\t.section .rodata\n\t.balign 16\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n{symbol}:\n"
        f'\t.incbin "{dat}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    output = workdir / library.name
    objects = workdir / "icudata.o"
    subprocess.run(["as", "-o", str(objects), str(assembly)], check=True)
    subprocess.run(
        ["ld", "-shared", "-soname", library.name, "-o", str(output), str(objects)], check=True
    )
    return output, library.stat().st_size, output.stat().st_size
