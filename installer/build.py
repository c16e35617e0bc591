"""Build the one-folder bundle of PASOSS Activator and prove that it works.

    .venv/bin/python installer/build.py            # build, measure, smoke-test, time
    .venv/bin/python installer/build.py --no-build # re-test the bundle already in dist/

Steps, each printed as it runs:
1. PyInstaller with installer/pasoss-activator.spec -> dist/pasoss-activator/.
2. Size: the bundle's total and its ten biggest files; on Linux over budget is a failure.
3. Smoke test of the frozen app, offscreen, with a throw-away PASOSS_ACTIVATOR_HOME:
   what made it into the bundle (keyring backends, TLS trust, resources, the stub, Qt
   plugins; compared with the unfrozen app), `--version`, and `--demo --tour DIR`, whose
   tour.json and screenshots must be there.
4. Start-up time of the frozen app next to the unfrozen one: to `--version`, and to the
   tour's first screenshot (the first window).

Exit status 0 only when every step passed.  Nothing here is cached between runs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from build_report import biggest_files, compare_bundle_facts, total_size

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "pasoss-activator.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "pasoss-activator"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
EXECUTABLE = BUNDLE / f"pasoss-activator{EXE_SUFFIX}"
LINUX_BUDGET_MB = 110
TOUR_TIMEOUT_S = 180
MB = 1024 * 1024


def app_version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "pasoss_activator" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PASOSS_ACTIVATOR_HOME"] = str(home)
    env["PYTHONPATH"] = str(ROOT)  # the unfrozen runs use the source tree, not site-packages
    env.pop("PASOSS_ACTIVATOR_BUNDLE_CHECK", None)
    return env


def frozen(*args: str) -> list[str]:
    return [str(EXECUTABLE), *args]


def unfrozen(*args: str) -> list[str]:
    return [sys.executable, "-m", "pasoss_activator", *args]


class Failures:
    def __init__(self) -> None:
        self.items: list[str] = []

    def check(self, ok: bool, what: str) -> bool:
        print(f"  {'ok  ' if ok else 'FAIL'} {what}")
        if not ok:
            self.items.append(what)
        return ok


def build() -> None:
    print(f"== PyInstaller ({SPEC.relative_to(ROOT)})", flush=True)
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)


def report_size(failures: Failures) -> None:
    total = total_size(BUNDLE)
    print(f"== Size: {total / MB:.1f} MB in {BUNDLE.relative_to(ROOT)}")
    for size, name in biggest_files(BUNDLE, 10):
        print(f"  {size / MB:6.1f} MB  {name}")
    if sys.platform.startswith("linux"):
        failures.check(
            total <= LINUX_BUDGET_MB * MB,
            f"Linux bundle {total / MB:.1f} MB within the {LINUX_BUDGET_MB} MB budget",
        )


def bundle_facts(command: list[str], home: Path) -> dict[str, object]:
    env = environment(home) | {"PASOSS_ACTIVATOR_BUNDLE_CHECK": "1"}
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120, cwd=home
    )
    if result.returncode != 0:
        raise RuntimeError(f"bundle check exited {result.returncode}: {result.stderr[-2000:]}")
    facts: dict[str, object] = json.loads(result.stdout)
    return facts


def smoke_test(home: Path, failures: Failures) -> None:
    print("== Smoke test of the frozen app (offscreen)", flush=True)
    source_check = [sys.executable, str(ROOT / "installer" / "bundle_check.py")]
    try:
        expected = bundle_facts(source_check, home)
        actual = bundle_facts(frozen(), home)
    except (RuntimeError, subprocess.TimeoutExpired, json.JSONDecodeError) as error:
        failures.check(False, f"bundle check ran: {error}")
    else:
        for ok, what in compare_bundle_facts(expected, actual, ROOT):
            failures.check(ok, what)

    version = app_version()
    result = subprocess.run(
        frozen("--version"), env=environment(home), capture_output=True, text=True, timeout=60
    )
    failures.check(
        result.returncode == 0 and version in result.stdout,
        f"--version prints {version} (got exit {result.returncode}: "
        f"{(result.stdout + result.stderr).strip()[-300:]!r})",
    )

    tour = home / "tour"
    outcome = run_tour(frozen, home, tour)
    failures.check(
        outcome["exit"] == 0,
        f"--demo --tour exits 0 (exit {outcome['exit']}, {outcome['seconds']:.1f} s)"
        + (f": {outcome['stderr']}" if outcome["exit"] != 0 else ""),
    )
    tour_json = tour / "tour.json"
    data: dict[str, Any] = {}
    if failures.check(tour_json.is_file(), "tour.json written"):
        data = json.loads(tour_json.read_text(encoding="utf-8"))
    steps = data.get("steps")
    count = len(steps) if isinstance(steps, list) else 0
    pictures = sorted(tour.glob("*.png"))
    failures.check(count > 0, f"tour has steps ({count})")
    failures.check(len(pictures) > 0, f"tour saved screenshots ({len(pictures)} PNG)")
    failures.check(bool(data.get("registration_key")), "tour wrote a registration key")
    config_path = data.get("config_path")
    failures.check(
        isinstance(config_path, str) and Path(config_path).is_file(),
        "the demo program's PASOSS.INI the tour wrote exists",
    )


def run_tour(command: Callable[..., list[str]], home: Path, tour: Path) -> dict[str, object]:
    """Run `--demo --tour DIR`; note when the first screenshot (the first window) appears."""
    shutil.rmtree(tour, ignore_errors=True)
    tour.mkdir(parents=True)
    started = time.perf_counter()
    process = subprocess.Popen(
        command("--demo", "--tour", str(tour)),
        env=environment(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    first_window: float | None = None
    # Polling here measures the app from outside; it is a build script, not a test.
    while process.poll() is None and time.perf_counter() - started < TOUR_TIMEOUT_S:
        if first_window is None and any(tour.glob("*.png")):
            first_window = time.perf_counter() - started
        time.sleep(0.02)
    if process.poll() is None:
        process.kill()
    _, stderr = process.communicate()
    if first_window is None and any(tour.glob("*.png")):
        first_window = time.perf_counter() - started
    return {
        "exit": process.returncode,
        "seconds": time.perf_counter() - started,
        "first_window": first_window,
        "stderr": stderr.strip()[-1500:],
    }


def time_startup(home: Path) -> None:
    print("== Start-up time (median of 3; frozen next to unfrozen)", flush=True)
    rows = []
    for label, command in (("frozen", frozen), ("unfrozen", unfrozen)):
        version_times = []
        for _ in range(3):
            started = time.perf_counter()
            subprocess.run(
                command("--version"), env=environment(home), capture_output=True, timeout=60
            )
            version_times.append(time.perf_counter() - started)
        tour = run_tour(command, home / f"timing-{label}", home / f"timing-{label}" / "tour")
        rows.append((label, statistics.median(version_times), tour))
    print(f"  {'':9} {'--version':>10} {'first window':>13} {'whole tour':>11}")
    for label, version_time, tour in rows:
        first = tour["first_window"]
        first_text = f"{first:.2f} s" if isinstance(first, float) else "none"
        print(
            f"  {label:9} {version_time:8.2f} s {first_text:>13} "
            f"{tour['seconds']:9.1f} s  (exit {tour['exit']})"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="test the existing bundle")
    parser.add_argument("--no-timing", action="store_true", help="skip the start-up timing")
    args = parser.parse_args()
    if not args.no_build:
        build()
    if not EXECUTABLE.is_file():
        print(f"FAIL: no bundle at {EXECUTABLE}")
        return 1
    failures = Failures()
    report_size(failures)
    with tempfile.TemporaryDirectory(prefix="pasoss-smoke-") as temp:
        home = Path(temp)
        smoke_test(home, failures)
        if not args.no_timing:
            time_startup(home)
    if failures.items:
        print(f"== FAILED: {len(failures.items)} check(s)")
        for item in failures.items:
            print(f"  - {item}")
        return 1
    print("== Bundle built, within budget, and its smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
