"""The frozen program's first window beside a frozen bare PySide6 window.

Only when the one-folder bundle has been built (``installer/build.py`` ->
``dist/pasoss-activator/``): the bare window (``bench/frozen_bare_window.py``) is frozen
by the same spec (``PASOSS_BUNDLE_BARE_WINDOW``: same PyInstaller options, excludes, Qt
plugins, stripping), into ``build/bench-bare/``, and kept there until the spec, the
script, PySide6 or PyInstaller change. Then both start alternately, offscreen, each
printing the moment of its first paint (``startup/first_paint.py`` in the program).

The program's first window here is the login dialog: the bundle cannot use the bench's
file keyring, and this machine has no OS keyring, so no session is remembered.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .stub_process import REPO

BUNDLE = REPO / "dist" / "pasoss-activator"
PROGRAM = BUNDLE / ("pasoss-activator.exe" if sys.platform == "win32" else "pasoss-activator")
SPEC = REPO / "installer" / "pasoss-activator.spec"
BARE_SCRIPT = Path(__file__).with_name("frozen_bare_window.py")
BARE_ROOT = REPO / "build" / "bench-bare"
BARE = BARE_ROOT / "dist" / "bare-window" / (
    "bare-window.exe" if sys.platform == "win32" else "bare-window")


def _build_key() -> str | None:
    try:
        import PyInstaller
        import PySide6
    except ImportError:
        return None
    digest = hashlib.sha256()
    for part in (SPEC.read_bytes(), BARE_SCRIPT.read_bytes(),
                 PySide6.__version__.encode(), PyInstaller.__version__.encode()):
        digest.update(part)
    return digest.hexdigest()


def bare_bundle() -> Path | None:
    """The frozen bare window, built now if missing or out of date; None without PyInstaller."""
    key = _build_key()
    if key is None:
        return None
    stamp = BARE_ROOT / "key.txt"
    if BARE.exists() and stamp.exists() and stamp.read_text() == key:
        return BARE
    env = dict(os.environ, PASOSS_BUNDLE_BARE_WINDOW=str(BARE_SCRIPT))
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
         "--distpath", str(BARE_ROOT / "dist"), "--workpath", str(BARE_ROOT / "work"),
         str(SPEC)],
        cwd=REPO, env=env, check=True, capture_output=True,
    )
    stamp.write_text(key)
    return BARE


def first_paint_ms(command: list[str], env: dict[str, str], timeout: float = 120) -> float:
    spawned = time.monotonic_ns()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    marks = [line.split()[1] for line in done.stdout.splitlines()
             if line.startswith("first-paint ")]
    if not marks:
        raise RuntimeError(f"{command[0]} painted nothing ({done.returncode}): "
                           f"{done.stderr[-2000:]}")
    return (int(marks[0]) - spawned) / 1e6


def frozen_first_window(runs: int) -> dict[str, Any]:
    if not PROGRAM.exists():
        return {"frozen_first_window_ms": None, "frozen_ratio": None}
    bare = bare_bundle()
    with tempfile.TemporaryDirectory(prefix="pasoss-frozen-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PASOSS_ACTIVATOR_HOME=home,
                   PASOSS_ACTIVATOR_FIRST_PAINT="exit")
        env.pop("PYTHON_KEYRING_BACKEND", None)  # the bench's keyring is not in the bundle
        program, plain = [], []
        for _ in range(runs):
            if bare is not None:
                plain.append(first_paint_ms([str(bare)], env))
            program.append(first_paint_ms([str(PROGRAM)], env))
    program_ms = statistics.median(program)
    bare_ms = statistics.median(plain) if plain else None
    return {
        "frozen_first_window_ms": round(program_ms, 1),
        "frozen_bare_window_ms": round(bare_ms, 1) if bare_ms else None,
        "frozen_ratio": round(program_ms / bare_ms, 2) if bare_ms else None,
    }
