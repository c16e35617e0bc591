"""Where a GUI figure's time goes: ``python -m bench.profile big|startup|paint|imports [N]``.

- ``big``: cProfile of the 10 000-row account (bench/gui_child.py ``big``);
- ``startup``: cProfile of the real program starting with a remembered session;
- ``paint``: cProfile of that start from ``main`` until the first paint of the window;
- ``imports``: ``python -X importtime`` of that start, the slowest imports before the first
  paint and after it (``BENCH_IMPORT_DEPTH=5`` shows nested ones).

Prints the functions with the most time of their own (or the slowest imports).
"""

from __future__ import annotations

import os
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .gui_child import FIRST_PAINT
from .gui_figures import gui_env
from .stub_process import REPO, stub_process


def _profile_child(args: list[str], env: dict[str, str], out: Path, top: int) -> None:
    command = [sys.executable, "-m", "cProfile", "-o", str(out), "-m", "bench.gui_child", *args]
    subprocess.run(command, cwd=REPO, env=env, check=True, capture_output=True, text=True)
    stats = pstats.Stats(str(out))
    stats.sort_stats("tottime").print_stats(top)


def _until_paint(args: list[str], env: dict[str, str], out: Path, top: int) -> None:
    """cProfile of the program from ``main`` to the first paint of its main window."""
    env = {**env, "BENCH_PROFILE_TO": str(out)}
    subprocess.run([sys.executable, "-m", "bench.gui_child", *args], cwd=REPO, env=env,
                   check=True, capture_output=True, text=True)
    stats = pstats.Stats(str(out))
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def _imports(args: list[str], env: dict[str, str], top: int) -> None:
    """The slowest imports (cumulative) before the first paint of the main window, then
    after it (the worker's), with the total of the top-level ones of each."""
    command = [sys.executable, "-X", "importtime", "-m", "bench.gui_child", *args]
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=True)
    before: list[tuple[int, str]] = []
    after: list[tuple[int, str]] = []
    rows, totals = before, {"before": 0, "after": 0}
    depth = int(os.environ.get("BENCH_IMPORT_DEPTH", "2"))
    for line in done.stderr.splitlines():
        if line.startswith(FIRST_PAINT):
            rows = after
            continue
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if match and len(match[3]) <= depth:
            rows.append((int(match[2]), match[4]))
        if match and len(match[3]) == 1:
            totals["before" if rows is before else "after"] += int(match[2])
    for title, found in (("before the first paint", before), ("after it", after)):
        key = "before" if found is before else "after"
        sys.stdout.write(f"--- imports {title}: {totals[key] / 1000:.1f} ms in all\n")
        for micros, name in sorted(found, reverse=True)[:top]:
            sys.stdout.write(f"{micros / 1000:8.1f} ms  {name}\n")


def main(argv: list[str]) -> int:
    what = argv[1] if len(argv) > 1 else "big"
    top = int(argv[2]) if len(argv) > 2 else 25
    work = Path(tempfile.mkdtemp(prefix="pasoss-profile-"))
    try:
        return _run(what, top, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run(what: str, top: int, work: Path) -> int:
    home, keyring_file, programs = work / "home", work / "keyring.json", work / "programs"
    home.mkdir()
    env = gui_env(home, keyring_file, programs)
    if what == "big":
        _profile_child(["big", "10000"], env, work / "big.prof", top)
        return 0
    os.environ.update(PASOSS_ACTIVATOR_HOME=str(home), BENCH_KEYRING_FILE=str(keyring_file),
                      PASOSS_PROGRAMS=str(programs))
    import keyring

    from pasoss_activator.core.account import Activator
    from pasoss_activator.core.demo_programs import create_demo_programs

    from .file_keyring import FileKeyring

    keyring.set_keyring(FileKeyring())
    create_demo_programs(programs)
    with stub_process(work / "stub.db") as stub:
        remembered = Activator(stub.url)
        remembered.login("demo@pasoss.example", "demo-parola-2026")
        remembered.sync()
        if what == "imports":
            _imports(["app", stub.url], env, top)
        elif what == "paint":
            _until_paint(["app", stub.url], env, work / "paint.prof", top)
        else:
            _profile_child(["app", stub.url], env, work / "startup.prof", top)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
