"""Step 1 of the Windows lane: the Qt-free test suite under Windows Python.

    python.exe scripts\\windows_lane\\run_tests.py RESULT_JSON LOG_FILE [pytest arguments]

pytest's report goes to LOG_FILE (UTF-8; under Wine the console is a pseudo-terminal full of
escape sequences); RESULT_JSON gets the counts and each skip's reason, so that a skipped
test is never silent. The exit status is pytest's.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


class Tally:
    """Counts outcomes as pytest's summary does: a test's call, or its setup when that
    failed or skipped; errors in setup or teardown count as failed."""

    def __init__(self) -> None:
        self.passed = 0
        self.failed: list[str] = []
        self.skipped: list[dict[str, str]] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call" or (report.when == "setup" and not report.passed):
            if report.passed:
                self.passed += 1
            elif report.skipped:
                reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else ""
                self.skipped.append({"test": report.nodeid, "reason": str(reason)})
            else:
                self.failed.append(report.nodeid)
        elif report.when == "teardown" and report.failed:
            self.failed.append(report.nodeid + " (teardown)")

    def pytest_configure(self, config: pytest.Config) -> None:
        """Wine on the shared 2-core machine is several times slower than Linux:
        Hypothesis's deadline and its too-slow health checks measure that, not the
        product. Every example still runs and every assertion still holds. (Here, not
        before pytest starts: pytest must import Hypothesis's plugin itself.)"""
        from hypothesis import HealthCheck, settings

        settings.register_profile(
            "windows-lane", deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        )
        settings.load_profile("windows-lane")

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:
            self.failed.append(report.nodeid + " (collection)")


def main(argv: list[str]) -> int:
    out, log = Path(argv[0]), Path(argv[1])
    tally = Tally()
    with open(log, "w", encoding="utf-8") as stream:
        sys.stdout = sys.stderr = stream
        code = int(pytest.main(["-p", "no:cacheprovider", "--color=no", "-rsfE", *argv[2:]],
                               plugins=[tally]))
        sys.stdout.flush()
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    result: dict[str, Any] = {
        "exit_code": code,
        "passed": tally.passed,
        "failed": len(tally.failed),
        "skipped": len(tally.skipped),
        "failures": tally.failed,
        "skips": tally.skipped,
    }
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{tally.passed} passed, {len(tally.failed)} failed, {len(tally.skipped)} skipped")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
