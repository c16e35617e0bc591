"""A running stub with the demo data and the demo programs on a "new PC", for the tests
of the support tools (diagnostics, what changed, support codes)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from pasoss_activator.core.account import Activator
from pasoss_activator.core.demo_programs import create_demo_programs
from server_stub.testing import RunningStub, running_stub

DEMO_EMAIL, DEMO_PASSWORD = "demo@pasoss.example", "demo-parola-2026"
OTHER_EMAIL, OTHER_PASSWORD = "other@pasoss.example", "other-parola-2026"
STAFF_EMAIL, STAFF_PASSWORD = "support@pasoss.example", "support-parola-2026"


@dataclass
class SupportEnv:
    stub: RunningStub
    programs_root: Path
    folders: list[Path]

    def activator(self) -> Activator:
        return Activator(self.stub.url, timeout=(5.0, 10.0), retries=0)


@contextmanager
def support_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SupportEnv]:
    root = tmp_path / "programs"
    folders = create_demo_programs(root)
    monkeypatch.setenv("PASOSS_PROGRAMS", str(root))
    with running_stub(tmp_path / "stub.db", demo_data=True) as stub:
        yield SupportEnv(stub, root, folders)
