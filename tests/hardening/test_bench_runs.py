"""``python -m bench`` keeps working: a part of it runs and writes every key of the issue."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.__main__ import KEYS
from bench.stub_process import REPO, repo_env


def test_bench_core_part_writes_results_with_every_key(tmp_path: Path) -> None:
    output = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--only", "core,bundle",
         "--output", str(output)],
        cwd=REPO, env=repo_env(), capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(output.read_text(encoding="utf-8"))
    assert set(KEYS) <= set(results) and set(KEYS) == set(results["figures"])
    assert results["activation_ms"] > 0 and results["login_ms"] > 0
    assert results["resync_unchanged_bytes"] > 0  # counted on the wire, not assumed
    assert results["resync_unchanged_requests"] == 1  # counted by the proxy: GET /sync
    assert results["details"]["sync_rtt60_unchanged_requests"] == 1
    assert results["sync_rtt60_unchanged_ms"] > 0
    for key in ("activation_ms", "resync_unchanged_bytes"):
        assert key in done.stdout  # the printed table names every figure
