"""GUI figures from child processes (bench/gui_child.py): start-up, stalls, big account, RSS."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .stub_process import REPO, repo_env


def gui_env(home: Path, keyring_file: Path, programs: Path) -> dict[str, str]:
    env = repo_env({
        "QT_QPA_PLATFORM": "offscreen",
        "PASOSS_ACTIVATOR_HOME": str(home),
        "PYTHON_KEYRING_BACKEND": "bench.file_keyring.FileKeyring",
        "BENCH_KEYRING_FILE": str(keyring_file),
        "PASOSS_PROGRAMS": str(programs),
    })
    # Bytecode compiled before the runs: an installed program (pip, the bundle) starts
    # from .pyc files, while PYTHONDONTWRITEBYTECODE (set on the CI machines) made every
    # child compile our ~120 modules (~65 ms). __pycache__ is ignored by git.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "pasoss_activator", "bench"],
        cwd=REPO, env=env, check=True, capture_output=True,
    )
    return env


def run_child(args: list[str], env: dict[str, str], timeout: float = 120) -> dict[str, Any]:
    """Run ``bench.gui_child`` with ``args``; its figures, ``spawned`` and ``rss_mb``."""
    spawned = time.monotonic_ns()
    child = subprocess.Popen(
        [sys.executable, "-m", "bench.gui_child", *args],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            child.kill()
            pid, status, usage = os.wait4(child.pid, 0)
            break
        time.sleep(0.02)
    child.returncode = os.waitstatus_to_exitcode(status)
    out, err = child.communicate()
    lines = [line for line in out.splitlines() if line.startswith("{")]
    if child.returncode != 0 or not lines:
        raise RuntimeError(f"gui_child {args} failed ({child.returncode}): {err[-2000:]}")
    figures: dict[str, Any] = json.loads(lines[-1])
    figures["spawned"] = spawned
    # wait4 gives this child's own rusage (getrusage(RUSAGE_CHILDREN) would mix in every
    # child so far); ru_maxrss is in kilobytes on Linux, bytes on macOS.
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    figures["rss_mb"] = round(usage.ru_maxrss / scale, 1)
    return figures


def startup(env: dict[str, str], url: str, runs: int) -> dict[str, Any]:
    """Medians of the real program's start and of a bare QMainWindow, run alternately."""
    bare, app, data, rss = [], [], [], []
    bare_cpu, app_cpu = [], []  # the GUI thread's CPU until the first paint (load-proof)
    for _ in range(runs):
        b = run_child(["bare"], env)
        bare.append((b["shown"] - b["spawned"]) / 1e6)
        bare_cpu.append(b["shown_cpu_ms"])
        a = run_child(["app", url], env)
        if a.get("exit_code") != 0 or "shown" not in a:
            raise RuntimeError(f"the program did not start as expected: {a}")
        app.append((a["shown"] - a["spawned"]) / 1e6)
        app_cpu.append(a["shown_cpu_ms"])
        data.append((a["data"] - a["spawned"]) / 1e6)
        rss.append(a["rss_mb"])
    startup_ms = statistics.median(app)
    bare_ms = statistics.median(bare)
    return {
        "startup_ms": round(startup_ms, 1),
        "startup_bare_ms": round(bare_ms, 1),
        "startup_ratio": round(startup_ms / bare_ms, 2),
        "startup_data_ms": round(statistics.median(data), 1),
        "startup_cpu_ms": round(statistics.median(app_cpu), 1),
        "startup_bare_cpu_ms": round(statistics.median(bare_cpu), 1),
        "startup_cpu_ratio": round(statistics.median(app_cpu) / statistics.median(bare_cpu), 2),
        "peak_rss_mb": max(rss),
    }


def gui_stall(env: dict[str, str], slow_url: str, runs: int) -> dict[str, Any]:
    results = [run_child(["stall", slow_url], env, timeout=180) for _ in range(runs)]
    worst = max(results, key=lambda r: r["max_gui_stall_ms"])
    return {
        "stall_logged_in_ms": worst["logged_in_ms"],
        "stall_long_gaps": worst["long_gaps"],  # [ms since the login was pressed, gap ms]
        "max_gui_stall_slow_service_ms": statistics.median(
            r["max_gui_stall_ms"] for r in results),
        "stall_login_and_sync_s": statistics.median(r["total_s"] for r in results),
    }


def login_to_window(
    work: Path, programs: Path, url: str, runs: int
) -> dict[str, Any]:
    """Log in through the dialog on a line with a 60 ms round trip, until the main window
    is painted with the synced account; each run as a first login on a PC (its own user
    folder and keyring: the whole account comes, the programs are reported). The 5 ms
    heartbeat of the same runs gives the longest stall with the latency in place."""
    results = []
    for run in range(runs):
        home = work / f"login-home-{run}"
        home.mkdir()
        env = gui_env(home, work / f"login-keyring-{run}.json", programs)
        results.append(run_child(["stall", url], env, timeout=180))
    missing = [r for r in results if r.get("window_ms") is None]
    if missing:
        raise RuntimeError(f"the window was not painted with the account: {missing[0]}")
    return {
        "login_to_window_rtt60_ms": statistics.median(r["window_ms"] for r in results),
        "login_rtt60_ms": statistics.median(r["logged_in_ms"] for r in results),
        "login_sync_rtt60_ms": statistics.median(r["synced_ms"] for r in results),
        "max_gui_stall_rtt60_ms": statistics.median(r["max_gui_stall_ms"] for r in results),
        "stall_rtt60_long_gaps": max(results, key=lambda r: r["max_gui_stall_ms"])["long_gaps"],
    }


def big_account(env: dict[str, str], count: int, runs: int) -> dict[str, Any]:
    results = [run_child(["big", str(count)], env, timeout=300) for _ in range(runs)]
    return {
        "big_account_ms": statistics.median(r["big_ms"] for r in results),
        "big_account_rows": results[0]["rows"],
        "big_account_rss_mb": max(r["rss_mb"] for r in results),
    }
