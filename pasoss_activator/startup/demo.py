"""``--demo``: the service stub on loopback with the demo data, and the two demo programs.

Everything lives in a temporary folder that is removed at exit: the stub's database, the
program folders of DESIGN.md section 8 and the activator's own settings and cache, so a
demo never touches the user's real configuration.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DEMO_EMAIL = "demo@pasoss.example"
DEMO_PASSWORD = "demo-parola-2026"  # public: DESIGN.md section 8
# The demo's support staff (the stub's demo data creates the account): the login dialog
# of a --demo accepts it too, and the tour uses it for the support console.
STAFF_EMAIL = "support@pasoss.example"
STAFF_PASSWORD = "support-parola-2026"  # public: DESIGN.md section 8


@contextmanager
def demo_environment(keep_in: Path | None = None) -> Iterator[str]:
    """Yield the stub's URL while the stub runs and the demo programs exist; with
    ``keep_in`` everything is laid out there and kept (the tour's written INI file)."""
    from server_stub.testing import running_stub

    from ..core.demo_programs import create_demo_programs

    saved = {name: os.environ.get(name) for name in ("PASOSS_PROGRAMS", "PASOSS_ACTIVATOR_HOME")}
    with tempfile.TemporaryDirectory(prefix="pasoss-demo-") as temp:
        root = Path(temp) if keep_in is None else keep_in
        root.mkdir(parents=True, exist_ok=True)
        programs = root / "programs"
        create_demo_programs(programs)
        os.environ["PASOSS_PROGRAMS"] = str(programs)
        os.environ["PASOSS_ACTIVATOR_HOME"] = str(root / "home")
        try:
            with running_stub(root / "service.sqlite3", demo_data=True) as stub:
                yield str(stub.url)
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
