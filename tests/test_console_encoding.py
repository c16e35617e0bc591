"""What the command line writes into a pipe or a file is UTF-8, whatever the code page:
on Windows Python would otherwise use the ANSI code page (cp1252 on an English Windows,
where every Cyrillic letter became "?"). Checked as a script would: a child process whose
output is read as bytes, without the PYTHONIOENCODING the other CLI tests set."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pasoss_activator.core.demo_programs import demo_keys, render_ini
from pasoss_activator.core.products import Product

ROOT = Path(__file__).resolve().parents[1]

# "system": what the system chooses for a pipe (Windows: its ANSI code page);
# "cp1252": a pipe encoding asked for that has no Cyrillic, to show the same on Linux.
ENCODINGS = ["system", "cp1252"]


def run_piped(args: list[str], encoding: str, home: Path) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "PYTHONUTF8")}
    if encoding != "system":
        env["PYTHONIOENCODING"] = encoding
    env["PASOSS_ACTIVATOR_HOME"] = str(home)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return subprocess.run(
        [sys.executable, "-m", "pasoss_activator", *args],
        capture_output=True, cwd=ROOT, env=env, timeout=120, stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def sch_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "Счетоводство"
    folder.mkdir()
    (folder / "PASOSS.INI").write_bytes(render_ini(demo_keys()[Product.SCH]))
    monkeypatch.setenv("PASOSS_PROGRAMS", str(folder))
    return folder


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_text_output_to_a_pipe_is_utf8(encoding: str, sch_folder: Path, tmp_path: Path) -> None:
    done = run_piped(["programs"], encoding, tmp_path)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    text = done.stdout.decode("utf-8")  # strict: ANSI bytes would not decode
    assert "ПАСОСС-Счетоводство" in text and "Счетоводство" in str(sch_folder)
    assert str(sch_folder) in text
    assert not done.stdout.startswith(b"\xef\xbb\xbf")  # no BOM: scripts concatenate output


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_errors_to_a_pipe_are_utf8(encoding: str, tmp_path: Path) -> None:
    done = run_piped(["activate", str(tmp_path / "няма-я")], encoding, tmp_path)
    assert done.returncode == 6
    said = done.stderr.decode("utf-8")
    assert "Грешка: Папката" in said and "няма-я" in said and "не съществува" in said


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_json_is_utf8(encoding: str, sch_folder: Path, tmp_path: Path) -> None:
    done = run_piped(["programs", "--json"], encoding, tmp_path)
    assert done.returncode == 0
    data = json.loads(done.stdout.decode("utf-8"))
    assert "ПАСОСС-Счетоводство" in json.dumps(data, ensure_ascii=False)
