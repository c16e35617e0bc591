"""A process killed while saving the offline copy leaves the previous or the new copy.

The offline copy is what the program opens without a network; a kill (power cut, Task
Manager) during a save must never leave a copy that fails to open.
"""

from __future__ import annotations

import os
import random
import re
import signal
from pathlib import Path

import keyring
import pytest

from bench.file_keyring import FileKeyring
from pasoss_activator.core.cache import AccountCache
from pasoss_activator.core.credentials import Credentials

from .cache_writer import version
from .killed_child import run_until_line

CHILD = Path(__file__).with_name("cache_writer.py")
URL = "http://127.0.0.1:1/api/v1"
EMAIL = "demo@pasoss.example"
LIVES = 40
SAVES_PER_LIFE = 10


def test_sigkill_during_cache_saves_never_loses_the_copy(
    tmp_path: Path, user_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BENCH_KEYRING_FILE", str(tmp_path / "keyring.json"))
    keyring.set_keyring(FileKeyring())  # the child's keyring, so the parent can decrypt
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="bench.file_keyring.FileKeyring")
    cache = AccountCache(URL, EMAIL, Credentials())
    rng = random.Random(1127)
    next_index, saved, kills, killed_before_replace = 0, 0, 0, 0
    for life in range(LIVES):
        # Every other life stops exactly between two steps (begin, replacing, done) and is
        # killed there; the others run on and are killed wherever they happen to be.
        pause_at = rng.randrange(0, 4) * 3 + life // 2 % 3 + 1 if life % 2 else 0
        kill_at = pause_at or rng.randint(1, 3 * SAVES_PER_LIFE)
        ending = run_until_line(
            CHILD, [URL, EMAIL, str(next_index), str(SAVES_PER_LIFE), str(pause_at)],
            kill_at=kill_at, env=env,
        )
        kills += ending.kill_sent
        lines = ending.lines
        assert ending.returncode in (0, -signal.SIGKILL), ending.errors
        begun = [int(x.split()[1]) for x in lines if x.startswith("begin")]
        done = [int(x.split()[1]) for x in lines if x.startswith("done")]
        saved += len(done)

        loaded = cache.load()
        if not begun:
            continue
        last = begun[-1]
        if last == 0 and not done:
            allowed = [None, version(0)]  # the first save ever: nothing before it
        elif done and done[-1] == last:
            allowed = [version(last)]
        else:
            allowed = [version(last - 1), version(last)]
        assert loaded in allowed, f"offline copy lost or damaged after {lines[-2:]}"
        if lines[-1].startswith("replacing"):
            killed_before_replace += 1
        next_index = last + 1 if loaded == version(last) else last
    assert kills >= LIVES // 2 and saved >= 100 and killed_before_replace >= 3
    assert cache.load() is not None
    # A kill before the replace leaves the temp file; it is never read as the copy (only
    # account-<hash>.bin is), and a later save removes it once it is stale
    # (tests/core/test_credentials_and_cache.py).
    leftovers = [p.name for p in cache.path.parent.iterdir() if p.name != cache.path.name]
    assert all(re.fullmatch(r"\.account-\w+\.tmp", name) for name in leftovers), leftovers
