"""The child process of the crash-safety test: writes keys until it is killed.

Run as ``python crash_writer.py FOLDER KEYS_JSON FIRST COUNT PAUSE_AT``. Transaction ``i``
writes ``keys[i % 2]`` with ``write_registration``. Every step of the write transaction
prints one line (``step NAME i``), as do ``begin i`` and ``done i``, so the parent can
choose its kill moment from what it reads. With ``PAUSE_AT`` > 0 the child stops for good
after printing that many lines (it waits on standard input, which the parent never
writes), so the kill lands exactly between two steps; with 0 it runs on and the kill lands
wherever the child happens to be by then.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pasoss_activator.core import atomic_write
from pasoss_activator.core.programs import load_program, write_registration

TODAY = dt.date(2026, 11, 27)


class Progress:
    def __init__(self, pause_at: int) -> None:
        self.lines = 0
        self.pause_at = pause_at
        self.index = -1

    def say(self, text: str) -> None:
        sys.stdout.write(f"{text} {self.index}\n")
        sys.stdout.flush()
        self.lines += 1
        if self.lines == self.pause_at:
            sys.stdin.read()  # the parent kills us here; it never writes
            os._exit(3)  # stdin closed without a kill: the parent went away


def instrument(progress: Progress) -> None:
    """Say a line after every step of ``replace_file`` (and before the replace itself)."""
    real_fsync: Callable[[int], None] = atomic_write._fsync_file
    real_fsync_dir: Callable[[Path], None] = atomic_write._fsync_dir
    real_replace: Callable[[Path, Path], None] = atomic_write._replace
    real_mkstemp: Callable[..., tuple[int, str]] = tempfile.mkstemp
    counts = {"fsync": 0, "mkstemp": 0}

    def fsync(handle: int) -> None:
        real_fsync(handle)
        counts["fsync"] += 1
        # The first temp file of a transaction becomes the backup, the second the new file.
        progress.say("step backup-synced" if counts["fsync"] % 2 else "step temp-synced")

    def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        result = real_mkstemp(*args, **kwargs)
        counts["mkstemp"] += 1
        progress.say("step backup-temp-created" if counts["mkstemp"] % 2 else "step temp-created")
        return result

    def replace(source: Path, target: Path) -> None:
        progress.say("step before-replace")
        real_replace(source, target)
        progress.say("step replaced")

    def fsync_dir(folder: Path) -> None:
        real_fsync_dir(folder)
        progress.say("step dir-synced")

    atomic_write._fsync_file = fsync
    atomic_write._fsync_dir = fsync_dir
    atomic_write._replace = replace
    tempfile.mkstemp = mkstemp  # type: ignore[assignment]


def main(argv: list[str]) -> int:
    folder, keys_file = Path(argv[1]), Path(argv[2])
    first, count, pause_at = int(argv[3]), int(argv[4]), int(argv[5])
    keys = json.loads(keys_file.read_text(encoding="utf-8"))
    progress = Progress(pause_at)
    instrument(progress)
    program = load_program(folder)
    for index in range(first, first + count):
        progress.index = index
        progress.say("begin")
        write_registration(program, keys[index % 2], today=TODAY)
        progress.say("done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
