"""Where the read-only resources (trusted keys, translations, icons, samples) live.

In a source checkout and an editable install they are ``resources/`` beside the package;
in a PyInstaller bundle they are ``resources/`` inside the bundle.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path


@functools.cache
def resource_dir() -> Path:
    # Once per process: resolve() stats every folder of the path, and the window asks for
    # some twenty icons before its first paint.
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
