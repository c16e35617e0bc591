"""The Windows lane's report (windows-lane/report.json) and its verdict.

    python scripts/windows_lane/report.py RUN_DIR REPORT_JSON SECONDS [--step6]

Reads what the steps left in RUN_DIR. Exit 1 when the product failed anything that ran:
a test failed, the end-to-end activation, the held file, the keyring, the GUI tour, the
bundle, or an installer that was built but did not install, run and uninstall cleanly.
An installer step that could not run because 32-bit Wine or Inno Setup could not be had
from the package mirrors is reported with its reason and does not fail the lane
(docs/WINDOWS.md, "What fails CI"). With --step6 (the lane run with its step 6 only) only
the bundle and the installer are judged.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

# The figure the tour must reach: its steps' screenshots (ui/tour.py makes one a step).
MIN_SCREENSHOTS = 5


def load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def gui_smoke(run: Path) -> dict[str, Any]:
    """The tour's screenshots: as many as it has steps, each a real picture, and no font
    missing (Qt draws empty boxes for every letter then)."""
    tour = run / "tour"
    shots = sorted(p for p in tour.glob("*.png")) if tour.is_dir() else []
    steps = load(tour / "tour.json").get("steps", [])
    named = {str(s.get("screenshot") or s.get("file") or "") for s in steps
             if isinstance(s, dict)} - {""}
    log = (run / "gui.log").read_text(encoding="utf-8", errors="replace") if (
        run / "gui.log").is_file() else ""
    problems = []
    if len(shots) < MIN_SCREENSHOTS:
        problems.append(f"{len(shots)} screenshots")
    if named and not named <= {p.name for p in shots}:
        problems.append("tour.json names screenshots that are missing")
    if any(p.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n" or p.stat().st_size < 5000 for p in shots):
        problems.append("a screenshot is not a picture")
    if "Cannot find font directory" in log:
        problems.append("Qt found no fonts")
    return {"screenshots": len(shots), "steps": len(steps) if isinstance(steps, list) else 0,
            "ok": not problems, "problems": problems}


def build(run: Path, seconds: int, only_step6: bool = False) -> tuple[dict[str, Any], list[str]]:
    platform = load(run / "platform.json")
    tests = load(run / "tests.json")
    e2e = load(run / "end_to_end.json")
    installer = load(run / "installer.json")
    gui = gui_smoke(run)
    frozen = load(run / "bundle_check.json")
    frozen_keyring = (frozen.get("keyring") or {}).get("backend")
    bundle_version = (run / "bundle-version.txt").read_text(encoding="utf-8").strip() if (
        run / "bundle-version.txt").is_file() else ""
    bundle_exe = run / "dist" / "pasoss-activator" / "pasoss-activator.exe"
    report: dict[str, Any] = {
        "platform": platform.get("platform"),
        "python": platform.get("python"),
        "passed": tests.get("passed"),
        "failed": tests.get("failed"),
        "skipped": tests.get("skipped"),
        "end_to_end": e2e.get("end_to_end", False),
        "registry_discovery": e2e.get("registry_discovery", False),
        "locked_file_refused": e2e.get("locked_file_refused", False),
        "keyring_backend": e2e.get("keyring_backend"),
        "gui_smoke": gui["screenshots"],
        "bundle_exe": str(bundle_exe.relative_to(run.parent.parent)) if bundle_exe.is_file()
        else None,
        "bundle_version": bundle_version or None,
        "bundle_keyring_backend": frozen_keyring,
        "installer_compiled": installer.get("installer_compiled"),
        "installer_exe": installer.get("installer_exe"),
        "installed_runs": installer.get("installed_runs"),
        "uninstalled_clean": installer.get("uninstalled_clean"),
        "installed_ok": installer.get("installed_ok"),
        "installer": installer,
        "versions": load(run / "versions.json"),
        "skips": tests.get("skips", []),
        "failures": tests.get("failures", []),
        "end_to_end_checks": e2e.get("checks", []),
        "gui_tour_steps": gui["steps"],
        "seconds": seconds,
    }
    problems = [] if only_step6 else steps_1_to_5_problems(report, tests, e2e, gui)
    if only_step6:
        report["steps_run"] = [6]
    if report["bundle_exe"] is None or not bundle_version:
        problems.append("bundle: PyInstaller under Wine, or its exe's --version")
    if frozen_keyring != "keyring.backends.Windows.WinVaultKeyring":
        problems.append(f"bundle: keyring backend in the frozen app is {frozen_keyring}")
    if installer.get("ran") and installer.get("installed_ok") is not True:
        problems.append("installer: built but did not install, run and uninstall cleanly")
    if not installer:
        problems.append("installer step left no result")
    return report, problems


def steps_1_to_5_problems(report: dict[str, Any], tests: dict[str, Any], e2e: dict[str, Any],
                          gui: dict[str, Any]) -> list[str]:
    problems = []
    if not tests or tests.get("failed") or tests.get("exit_code") not in (0,):
        problems.append(f"tests under Windows Python: {tests.get('failed', 'not run')} failed "
                        f"(exit {tests.get('exit_code')})")
    for key in ("registry_discovery", "end_to_end", "locked_file_refused"):
        if report[key] is not True:
            problems.append(key)
    if e2e.get("keyring_ok") is not True:
        problems.append("keyring (login remembered and resumed)")
    if not gui["ok"]:
        problems.append(f"gui_smoke: {'; '.join(gui['problems'])}")
    return problems


def main(argv: list[str]) -> int:
    run, out, seconds = Path(argv[0]), Path(argv[1]), int(argv[2])
    report, problems = build(run, seconds, only_step6="--step6" in argv[3:])
    report["problems"] = problems
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    short = {k: v for k, v in report.items() if k not in (
        "versions", "skips", "end_to_end_checks", "installer", "failures")}
    print(json.dumps(short, indent=2, ensure_ascii=False))
    if report["installer"].get("ran") is False:
        print(f"installer step not run: {report['installer'].get('reason')}")
    for problem in problems:
        print(f"FAIL {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
