"""One status rule for a program found on this PC, the same in every place that shows it:
the command line, diagnostics and the GUI all take ``Activator.programs_with_status``."""

from __future__ import annotations

from pathlib import Path

from pasoss_activator.commands.programs import describe
from pasoss_activator.core.account import Activator
from pasoss_activator.core.diagnostics import build_report
from pasoss_activator.core.programs import UNREADABLE_TEXT
from pasoss_activator.core.registration_key import Status
from pasoss_activator.core.settings import Settings


def test_an_unreadable_ini_has_no_status_everywhere(tmp_path: Path) -> None:
    broken = tmp_path / "Broken"
    broken.mkdir()
    (broken / "PASOSS.INI").write_bytes(b"\x00\x01 not a text file")
    damaged = tmp_path / "Damaged"
    damaged.mkdir()
    (damaged / "PASOSS.INI").write_text(
        "[Registration]\nInstallationKey=24GRN-J000E\n", encoding="utf-8"
    )
    settings = Settings(program_folders=[str(broken), str(damaged)], path=tmp_path / "s.json")
    activator = Activator("http://127.0.0.1:9/api/v1", settings=settings)

    found = {item.program.folder.name: item for item in activator.programs_with_status()}
    assert found["Broken"].status is None and found["Broken"].status_text == UNREADABLE_TEXT
    # "damaged" stays what DESIGN.md says: a key that was read and does not parse.
    assert found["Damaged"].status is Status.DAMAGED

    listed = {Path(d["folder"]).name: d for d in (describe(f) for f in found.values())}
    assert listed["Broken"]["status"] is None and listed["Damaged"]["status"] == "damaged"

    report = build_report(activator, network=False)
    entries = {Path(e["folder"]).name: e for e in report["programs"]}
    assert entries["Broken"]["status"] is None
    assert entries["Broken"]["status_text"] == UNREADABLE_TEXT
    assert entries["Damaged"]["status"] == "damaged"
