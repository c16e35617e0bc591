"""Render the application icon's PNG sizes and the multi-size Windows .ico from the SVG.

The SVG in resources/icons/ is the one source; the PNGs and the .ico are committed so that
a build needs no renderer.  Run from anywhere:

    .venv/bin/python installer/make_icons.py

The .ico is written by hand (it is a tiny format) rather than by Qt's ICO plugin, which
writes one image per file.  Sizes below 256 are stored as 32-bit BMP entries, which every
Windows resource tool accepts; 256 is stored as PNG, as Windows Vista and later expect.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "pasoss-activator.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    """Return the icon at size×size as straight (non-premultiplied) RGBA8888 bytes."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return bytes(rgba.constBits())[: size * size * 4]


def png_bytes(size: int, rgba: bytes) -> bytes:
    """Encode RGBA as PNG with Qt (already loaded), so no Pillow dependency."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    image = QImage(rgba, size, size, size * 4, QImage.Format.Format_RGBA8888)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, b"PNG"):
        raise SystemExit(f"cannot encode the {size} px PNG")
    buffer.close()
    return bytes(data.data())


def bmp_entry(size: int, rgba: bytes) -> bytes:
    """A 32-bit ICO BMP entry: header, BGRA rows bottom-up, then the 1-bit AND mask."""
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in range(size - 1, -1, -1):
        row = bytearray()
        for x in range(size):
            r, g, b, a = rgba[(y * size + x) * 4 : (y * size + x) * 4 + 4]
            row += bytes((b, g, r, a))
        rows.append(bytes(row))
    # The alpha channel decides transparency; the AND mask is all zeros (opaque) but must
    # be present, each row padded to a multiple of 32 bits.
    mask_row = b"\x00" * (((size + 31) // 32) * 4)
    return header + b"".join(rows) + mask_row * size


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """Assemble an ICO file from {size: entry bytes}."""
    count = len(images)
    out = struct.pack("<HHH", 0, 1, count)
    offset = 6 + 16 * count
    body = b""
    for size, data in images.items():
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        body += data
    return out + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    rendered = {size: render(size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    for size in PNG_SIZES:
        path = ICONS / f"pasoss-activator-{size}.png"
        path.write_bytes(png_bytes(size, rendered[size]))
        print(f"wrote {path.relative_to(ROOT)}")
    entries = {
        size: png_bytes(size, rendered[size]) if size >= 256 else bmp_entry(size, rendered[size])
        for size in ICO_SIZES
    }
    ico = ICONS / "pasoss-activator.ico"
    ico.write_bytes(ico_bytes(entries))
    print(f"wrote {ico.relative_to(ROOT)} ({len(ICO_SIZES)} sizes, {ico.stat().st_size} bytes)")
    # The plain name is what the GUI and the .desktop file load.
    (ICONS / "pasoss-activator.png").write_bytes(png_bytes(256, rendered[256]))
    print("wrote resources/icons/pasoss-activator.png (256 px)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
