"""The committed icon files are what installer/make_icons.py renders from the SVG."""

from __future__ import annotations

import struct
import sys

import pytest

from .spec_loader import ROOT

ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


@pytest.fixture(scope="module")
def make_icons():
    sys.path.insert(0, str(ROOT / "installer"))
    try:
        import make_icons

        yield make_icons
    finally:
        sys.path.remove(str(ROOT / "installer"))


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_png_sizes_are_what_their_names_say():
    for size in SIZES:
        assert png_size((ICONS / f"pasoss-activator-{size}.png").read_bytes()) == (size, size)
    assert png_size((ICONS / "pasoss-activator.png").read_bytes()) == (256, 256)


def test_windows_icon_holds_every_size_from_16_to_256():
    data = (ICONS / "pasoss-activator.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert (planes, bits) == (1, 32)
        assert offset + length <= len(data)
        sizes.append(width or 256)  # 0 means 256
    assert sorted(sizes) == list(SIZES)


def test_committed_pngs_match_the_svg(qapp, make_icons):
    from PySide6.QtGui import QImage

    for size in (16, 48, 256):
        rendered = make_icons.render(size)
        committed = QImage(str(ICONS / f"pasoss-activator-{size}.png"))
        committed = committed.convertToFormat(QImage.Format.Format_RGBA8888)
        assert bytes(committed.constBits())[: size * size * 4] == rendered, (
            f"{size} px icon is stale: run installer/make_icons.py"
        )


def test_windows_icon_entries_decode_to_the_rendered_pixels(qapp, make_icons):
    from PySide6.QtGui import QImage, QImageReader

    reader = QImageReader(str(ICONS / "pasoss-activator.ico"))
    seen = {}
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read().convertToFormat(QImage.Format.Format_RGBA8888)
        seen[image.width()] = bytes(image.constBits())[: image.width() * image.height() * 4]
    for size in (16, 32, 256):
        assert seen[size] == make_icons.render(size), f"{size} px entry of the .ico is stale"
