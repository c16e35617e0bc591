"""A child process killed on reading one of its lines, and all it said."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Ending:
    lines: list[str]  # every line the child wrote, also those after the kill line
    returncode: int
    errors: str
    kill_sent: bool


def run_until_line(script: Path, args: list[str], *, kill_at: int,
                   env: dict[str, str] | None = None) -> Ending:
    """Run ``script`` with ``args``; SIGKILL it on reading its line ``kill_at`` (0: let it
    finish). The child imports the repository's packages (PYTHONPATH)."""
    env = dict(env or os.environ, PYTHONPATH=str(REPO))
    sent = False
    with subprocess.Popen(
        [sys.executable, str(script), *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=env,
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        lines: list[str] = []
        while line := child.stdout.readline():
            lines.append(line.strip())
            if len(lines) == kill_at:
                child.send_signal(signal.SIGKILL)
                sent = True
                break
        # What the child said after that line is read through the same reader, to its end
        # (the child is dead or done): readline() may already hold some of it in its
        # buffer, which communicate() would skip, as it reads the pipe beneath. A child
        # that ran on past the kill line (the more, the busier the machine) then seemed
        # to have stopped a step or two earlier than it had.
        lines += [x.strip() for x in child.stdout.read().splitlines() if x.strip()]
        errors = child.stderr.read()
        child.wait()
    return Ending(lines, child.returncode, errors, sent)
