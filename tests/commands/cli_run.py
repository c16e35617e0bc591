"""Running the command line in this process (the memory keyring of conftest applies)."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from typing import Any

import pytest

from pasoss_activator import cli

EMAIL = "demo@pasoss.example"
PASSWORD = "demo-parola-2026"


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def run(
    capsys: pytest.CaptureFixture[str],
    *args: str,
    password: str | None = None,
    timeout: tuple[float, float] = (2.0, 5.0),
) -> Run:
    capsys.readouterr()
    stdin = io.StringIO(password + "\n" if password is not None else "")
    code = cli.main(list(args), stdin=stdin, timeout=timeout)
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)
