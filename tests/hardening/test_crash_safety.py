"""A writer killed at any moment leaves PASOSS.INI exactly old or exactly new.

A child process (``crash_writer.py``) writes two registration keys in turn with
``write_registration``; the parent SIGKILLs it many times — sometimes exactly between two
steps of the write transaction, sometimes wherever it happens to be — restarts it, and
after every kill checks the file a user's program would read.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import signal
from dataclasses import dataclass, field
from pathlib import Path

from pasoss_activator.core import ini_file
from pasoss_activator.core.atomic_write import KEEP_BACKUPS, list_backups, replace_file
from pasoss_activator.core.demo_programs import create_demo_programs
from pasoss_activator.core.discovery import config_in
from pasoss_activator.core.installation_key import InstallationKey
from pasoss_activator.core.programs import load_program
from tests.core.signed_keys import issue

from .killed_child import run_until_line

CHILD = Path(__file__).with_name("crash_writer.py")
TODAY = dt.date(2026, 11, 27)
# What the child prints for one transaction, in order.
STEPS = [
    "begin",
    "step backup-temp-created",
    "step backup-synced",
    "step temp-created",
    "step temp-synced",
    "step before-replace",
    "step replaced",
    "step dir-synced",
    "done",
]
TRANSACTIONS_PER_LIFE = 12
MIN_WRITES = 200
MIN_KILLS = 48
TEMP_FILE = re.compile(r"^\.?PASOSS\.INI\..*tmp$", re.IGNORECASE)


def temp_files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if TEMP_FILE.match(p.name)}


def signed_key(installation: InstallationKey, licence_id: int) -> str:
    return issue(installation, licence_id=licence_id, issued_on=TODAY).text


@dataclass
class Life:
    """What one child process said before it died."""

    lines: list[str]
    killed: bool
    begun: list[int] = field(default_factory=list)
    done: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        for line in self.lines:
            word, _, index = line.rpartition(" ")
            if word == "begin":
                self.begun.append(int(index))
            elif word == "done":
                self.done.append(int(index))


def run_child(folder: Path, keys_file: Path, first: int, *, pause_at: int, kill_at: int) -> Life:
    """Run a writer; kill it on reading line ``kill_at`` (0: let it finish)."""
    ending = run_until_line(
        CHILD, [str(folder), str(keys_file), str(first), str(TRANSACTIONS_PER_LIFE),
                str(pause_at)],
        kill_at=kill_at,
    )
    # Told to die on its very last line, a child may have finished first: not a kill then.
    assert ending.returncode in ((0, -signal.SIGKILL) if kill_at else (0,)), ending.errors
    return Life(ending.lines, killed=ending.returncode == -signal.SIGKILL)


def test_sigkill_during_key_writes_never_leaves_a_broken_file(tmp_path: Path) -> None:
    folder = create_demo_programs(tmp_path / "programs")[0]
    ini = folder / "PASOSS.INI"
    initial = ini.read_bytes()
    installation = InstallationKey.parse(
        ini_file.get_text(initial, "Registration", "InstallationKey")
    )
    keys = [signed_key(installation, 7), signed_key(installation, 8)]
    keys_file = tmp_path / "keys.json"
    keys_file.write_text(json.dumps(keys), encoding="utf-8")

    def content(index: int) -> bytes:
        """The file once transaction ``index`` is done (-1: before the first)."""
        if index < 0:
            return initial
        values = {"RegistrationKey": keys[index % 2], "RegisteredOn": TODAY.isoformat()}
        return ini_file.set_values(initial, "Registration", values)

    assert ini_file.set_values(content(0), "Registration", {"RegistrationKey": keys[1]}) == (
        content(1)
    )  # so "old" and "new" of every transaction are known in advance

    rng = random.Random(20261127)
    next_index = 0
    writes = kills = pause_lives = 0
    leftovers_before: set[str] = set()
    kills_leaving_temp = 0
    paused_steps: set[str] = set()
    while writes < MIN_WRITES or kills < MIN_KILLS:
        if kills % 2 == 0:
            # Exactly between two steps, each step in turn, in a random transaction.
            step = pause_lives % len(STEPS)
            pause_at = rng.randrange(0, 3) * len(STEPS) + step + 1
            kill_at = pause_at
            pause_lives += 1
        else:
            pause_at = 0
            kill_at = rng.randint(1, len(STEPS) * TRANSACTIONS_PER_LIFE)
        life = run_child(folder, keys_file, next_index, pause_at=pause_at, kill_at=kill_at)
        if pause_at:
            paused_steps.add(life.lines[-1].rpartition(" ")[0])
        kills += life.killed
        writes += len(life.done)

        now = ini.read_bytes()
        if life.begun:
            last = life.begun[-1]
            allowed = {content(last)} if last in life.done else {content(last - 1), content(last)}
            next_index = last + 1 if now == content(last) else last
        else:
            allowed = {content(next_index - 1)}
        assert now in allowed, f"mixed or empty PASOSS.INI after: {life.lines[-3:]}"

        # The program (and the activator) still find exactly this one file and its key.
        assert config_in(folder) == ini
        program = load_program(folder)
        assert program.installation_key == installation
        assert program.registration_key_text in {"", *keys}

        left = temp_files(folder)
        assert len(left) <= 1, f"temp files pile up: {sorted(left)}"
        if life.done:
            assert not (left & leftovers_before), "a killed writer's temp file was not cleaned"
        kills_leaving_temp += bool(left)
        leftovers_before = left
        backups = list_backups(ini)
        if life.done:  # pruned by that write; a later killed one may have added one more
            assert len(backups) <= KEEP_BACKUPS + 1
        valid = {content(i) for i in (-1, 0, 1)}
        assert all(b.read_bytes() in valid for b in backups), "a backup is not a whole file"

    assert paused_steps == set(STEPS)
    assert kills_leaving_temp > 0  # the scenario the clean-up exists for really happened
    # One write after the last kill leaves nothing but the file and its backups.
    final = run_child(folder, keys_file, next_index, pause_at=0, kill_at=0)
    assert final.done and temp_files(folder) == set()
    assert ini.read_bytes() == content(final.done[-1])


def test_next_write_removes_a_stale_temp_file_of_its_own_only(tmp_path: Path) -> None:
    ini = tmp_path / "PASOSS.INI"
    ini.write_bytes(b"[Registration]\r\nRegistrationKey=\r\n")
    stale = [tmp_path / ".PASOSS.INI.k3_x9q2a.tmp", tmp_path / "PASOSS.INI.restore.tmp"]
    for path in stale:
        path.write_bytes(b"[Registr")  # half a file, as a killed writer leaves it
    foreign = [tmp_path / ".OTHER.INI.k3_x9q2a.tmp", tmp_path / "notes.tmp"]
    for path in foreign:
        path.write_bytes(b"keep me")

    replace_file(ini, ini.read_bytes(), b"[Registration]\r\nRegistrationKey=X\r\n")

    assert not any(path.exists() for path in stale)
    assert all(path.read_bytes() == b"keep me" for path in foreign)


def test_a_stale_temp_file_is_never_taken_for_the_config(tmp_path: Path) -> None:
    folder = create_demo_programs(tmp_path)[0]
    (folder / ".PASOSS.INI.abcd1234.tmp").write_bytes(b"")
    assert config_in(folder) == folder / "PASOSS.INI"
    assert load_program(folder).installation_key is not None
