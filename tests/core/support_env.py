"""The demo programs on a "new PC" beside a running stub with the demo data, for the tests
of the support tools (diagnostics, what changed, support codes)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from pasoss_activator.core.account import Activator
from pasoss_activator.core.demo_programs import create_demo_programs
from server_stub.testing import RunningStub

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


def support_env(stub: RunningStub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SupportEnv:
    """Lay out the demo programs and point discovery (``PASOSS_PROGRAMS``) at them."""
    root = tmp_path / "programs"
    folders = create_demo_programs(root)
    monkeypatch.setenv("PASOSS_PROGRAMS", str(root))
    return SupportEnv(stub, root, folders)
