"""Child of the cache crash test: saves two versions of an account's offline copy in turn.

``python cache_writer.py SERVER_URL EMAIL FIRST COUNT PAUSE_AT``; prints ``begin i``,
``replacing i`` (the temp file is written and synced) and ``done i`` around save number
``i`` (version ``i % 2``) until killed or done; with PAUSE_AT > 0 it stops for good after
that many lines, for the parent to kill it exactly there. The keyring is the file-backed
one of the benchmarks (PYTHON_KEYRING_BACKEND), as the parent chose.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from pasoss_activator.core import atomic_write
from pasoss_activator.core.cache import AccountCache, CacheContent
from pasoss_activator.core.credentials import Credentials


def version(index: int) -> CacheContent:
    """Two different copies of one account; the second is larger (so sizes differ too)."""
    extra = index % 2
    return CacheContent(
        account={"email": "demo@pasoss.example"},
        profile={"company": "Демо Счетоводство ЕООД", "version": extra},
        licences=[{"id": n, "product": "SCH"} for n in range(5 + 200 * extra)],
        etags={"/profile": f'"{extra}"'},
    )


class Progress:
    def __init__(self, pause_at: int) -> None:
        self.lines, self.pause_at, self.index = 0, pause_at, 0

    def say(self, word: str) -> None:
        sys.stdout.write(f"{word} {self.index}\n")
        sys.stdout.flush()
        self.lines += 1
        if self.lines == self.pause_at:
            sys.stdin.read()  # killed here
            os._exit(3)


def _saying_replace(progress: Progress) -> Callable[[Path, Path], None]:
    """The write primitive's replace step, saying when it is reached (the temp file is
    written and synced by then)."""
    real = atomic_write._replace

    def replace(source: Path, target: Path) -> None:
        progress.say("replacing")
        real(source, target)

    return replace


def main(argv: list[str]) -> int:
    url, email, first, count = argv[1], argv[2], int(argv[3]), int(argv[4])
    progress = Progress(int(argv[5]))
    atomic_write._replace = _saying_replace(progress)  # every save goes through it
    cache = AccountCache(url, email, Credentials())
    for index in range(first, first + count):
        progress.index = index
        progress.say("begin")
        assert cache.save(version(index))
        progress.say("done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
