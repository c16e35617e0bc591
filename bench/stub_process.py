"""The service stub as a separate process, as a real client meets it.

Benchmarks and hardening tests run the stub in its own process so that its threads do
not share an interpreter lock with the clients being measured, and so that everything
it prints to standard error (a traceback would be a bug) can be read afterwards.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def repo_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a child Python that imports this checkout (installed or not)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.update(extra or {})
    return env


@dataclass
class StubProcess:
    url: str
    db_path: Path
    process: subprocess.Popen[str]
    stderr_lines: list[str] = field(default_factory=list)

    @property
    def port(self) -> int:
        return int(self.url.split(":")[2].split("/")[0])

    def stderr(self) -> str:
        return "".join(self.stderr_lines)


@contextmanager
def stub_process(db_path: Path, *, demo_data: bool = True) -> Iterator[StubProcess]:
    """``python -m server_stub serve`` on a free loopback port, stopped on leaving."""
    command = [sys.executable, "-m", "server_stub", "serve", "--db", str(db_path)]
    command += ["--host", "127.0.0.1", "--port", "0"] + (["--demo-data"] if demo_data else [])
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=repo_env(),
    )
    assert process.stdout is not None and process.stderr is not None
    stub = StubProcess("", db_path, process)
    # The stub logs every request to stderr: drain it, or a full pipe would stall it.
    drain = threading.Thread(
        target=lambda: stub.stderr_lines.extend(iter(process.stderr.readline, "")),  # type: ignore[union-attr]
        daemon=True,
    )
    drain.start()
    try:
        line = process.stdout.readline()
        if not line.startswith("Serving on "):
            process.kill()
            process.wait()
            drain.join(5)
            raise RuntimeError(f"the stub did not start: {line!r} {stub.stderr()!r}")
        stub.url = line.split()[-1]
        yield stub
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        drain.join(5)
