"""``python -m bench [--quick] [--only NAME,...] [--profile]``: measure, print, save.

Writes ``bench/results.json`` (every figure, the targets, where each figure came from)
and prints a table. See bench/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "results.json"

# target: (comparison, value) — figures, not timed tests (DESIGN.md section 2).
TARGETS: dict[str, tuple[str, float]] = {
    "startup_ratio": ("<=", 1.5),
    "activation_ms": ("<=", 30),
    "resync_unchanged_requests": ("<=", 1),
    "resync_unchanged_bytes": ("<=", 800),
    "sync_rtt60_unchanged_ms": ("<=", 150),
    "login_to_window_rtt60_ms": ("<=", 900),
    "max_gui_stall_ms": ("<=", 50),
    "big_account_ms": ("<=", 300),
    "peak_rss_mb": ("<=", 120),
    "server_errors": ("==", 0),
}
KEYS = [
    "startup_ms", "startup_bare_ms", "startup_ratio", "activation_ms", "login_ms",
    "resync_unchanged_requests", "resync_unchanged_bytes", "resync_unchanged_ms",
    "sync_rtt60_unchanged_ms", "login_to_window_rtt60_ms", "max_gui_stall_ms",
    "big_account_ms", "peak_rss_mb", "server_keys_per_s", "server_p99_ms", "server_errors",
    "bundle_mb", "frozen_first_window_ms", "frozen_ratio",
]
PARTS = ["core", "startup", "stall", "big", "server", "bundle"]


def met(key: str, value: Any) -> str:
    if key not in TARGETS or value is None:
        return ""
    how, target = TARGETS[key]
    ok = value <= target if how == "<=" else value == target
    return f"{how} {target:g}  " + ("ok" if ok else "MISSED")


def table(results: dict[str, Any]) -> str:
    lines = [f"{'figure':<26}{'value':>12}   target", "-" * 56]
    for key in KEYS:
        value = results.get(key)
        shown = "—" if value is None else f"{value:g}" if isinstance(value, float) else str(value)
        lines.append(f"{key:<26}{shown:>12}   {met(key, value)}")
    return "\n".join(lines)


def bundle_mb() -> float | None:
    folder = BENCH.parent / "dist" / "pasoss-activator"
    if not folder.is_dir():
        return None
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return round(size / 1e6, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs: a few minutes")
    parser.add_argument("--only", help=f"comma-separated parts of {','.join(PARTS)}")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    parts = set(args.only.split(",")) if args.only else set(PARTS)
    runs = 3 if args.quick else 7
    work = Path(tempfile.mkdtemp(prefix="pasoss-bench-"))
    try:
        return measure(args, parts, runs, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure(args: argparse.Namespace, parts: set[str], runs: int, work: Path) -> int:
    home, keyring_file, programs = work / "home", work / "keyring.json", work / "programs"
    home.mkdir()
    # This process is a client too: its own user folder and a keyring it can use (the
    # offline copy, and so the conditional GETs of a re-sync, need one).
    os.environ["PASOSS_ACTIVATOR_HOME"] = str(home)
    os.environ["BENCH_KEYRING_FILE"] = str(keyring_file)
    os.environ["PASOSS_PROGRAMS"] = str(programs)
    import keyring

    from pasoss_activator.core.account import Activator
    from pasoss_activator.core.demo_programs import create_demo_programs

    from . import core_figures, gui_figures, server_figures
    from .file_keyring import FileKeyring
    from .proxy import Proxy
    from .stub_process import stub_process

    keyring.set_keyring(FileKeyring())
    folders = create_demo_programs(programs)
    results: dict[str, Any] = {}
    timings: dict[str, float] = {}

    def step(name: str, run: Callable[[], dict[str, Any]]) -> None:
        started = time.perf_counter()
        sys.stdout.write(f"… {name}\n")
        sys.stdout.flush()
        results.update(run())
        timings[name] = round(time.perf_counter() - started, 1)

    with stub_process(work / "stub.db") as stub:
        if "core" in parts:
            step("login", lambda: core_figures.login_ms(stub.url, 5 if args.quick else 20))
            step("activation", lambda: core_figures.activation_ms(
                stub.url, folders[0], 20 if args.quick else 100))
            step("resync", lambda: core_figures.resync_unchanged(stub.port, runs))
            step("sync_rtt60", lambda: core_figures.sync_rtt60(stub.port, 2 * runs + 1))
        env = gui_figures.gui_env(home, keyring_file, programs)
        if "startup" in parts:
            # A remembered session and an offline copy, as on the user's PC the day after.
            remembered = Activator(stub.url)
            remembered.login(core_figures.DEMO_EMAIL, core_figures.DEMO_PASSWORD)
            remembered.sync()
            step("startup", lambda: gui_figures.startup(env, stub.url, runs))
        if "stall" in parts:
            stall_home = work / "stall-home"
            stall_home.mkdir()
            stall_env = gui_figures.gui_env(stall_home, work / "stall-keyring.json", programs)
            with Proxy(stub.port, delay=1.0, lifetime=600) as slow:
                step("stall", lambda: gui_figures.gui_stall(
                    stall_env, slow.url(), 1 if args.quick else 3))
            with Proxy(stub.port, latency=0.030, lifetime=600) as line:
                step("login_to_window", lambda: gui_figures.login_to_window(
                    work, programs, line.url(), runs))
            # The worse of the two: a service answering after 1 s, and a 60 ms round trip.
            results["max_gui_stall_ms"] = max(
                results["max_gui_stall_slow_service_ms"], results["max_gui_stall_rtt60_ms"])
        if "big" in parts:
            step("big", lambda: gui_figures.big_account(env, 10_000, 1 if args.quick else 3))
    if "server" in parts:
        step("server", lambda: server_figures.server_keys(work, 10 if args.quick else 40))
    if "bundle" in parts:
        results["bundle_mb"] = bundle_mb()
        from . import frozen_figures

        step("frozen", lambda: frozen_figures.frozen_first_window(runs))

    report = {
        "figures": {key: results.get(key) for key in KEYS},
        "details": {k: v for k, v in results.items() if k not in KEYS},
        "targets": {key: f"{how} {value:g}" for key, (how, value) in TARGETS.items()},
        "missed": [k for k in TARGETS if results.get(k) is not None and "MISSED" in met(
            k, results[k])],
        "quick": args.quick,
        "seconds": timings,
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count()},
    }
    report.update({key: results.get(key) for key in KEYS})  # every key at the top level too
    args.output.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n",
                           encoding="utf-8")
    sys.stdout.write(table(results) + "\n")
    sys.stdout.write(f"written: {args.output}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
