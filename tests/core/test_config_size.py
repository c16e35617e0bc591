"""A PASOSS.INI over 1 MiB is not a PASOSS configuration: refused with exit 6 without
being read whole, and left untouched (issue 11 finding 11, DESIGN.md section 6.1)."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import pytest

from pasoss_activator.core import programs
from pasoss_activator.core.demo_programs import demo_keys
from pasoss_activator.core.error_text import error_parts
from pasoss_activator.core.errors import ConfigTooLarge
from pasoss_activator.core.products import Product
from tests.commands.cli_run import run

MIB = 1024 * 1024


def _config(folder: Path, size: int) -> Path:
    folder.mkdir()
    head = (
        "[Program]\r\nProduct=SCH\r\nVersion=230704.0\r\n[Registration]\r\n"
        f"InstallationKey={demo_keys()[Product.SCH].text}\r\nRegistrationKey=\r\n"
        "RegisteredOn=\r\n;"
    ).encode("cp1251")
    path = folder / "PASOSS.INI"
    with open(path, "wb") as out:
        out.write(head + b"x" * (min(size, MIB + 1) - len(head)))
        out.truncate(size)  # sparse beyond: a 50 MB file costs nothing to make
    return path


def _fingerprint(path: Path) -> tuple[int, int, str]:
    stat = path.stat()
    with open(path, "rb") as handle:
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
    return stat.st_size, stat.st_mtime_ns, digest


class _Spy:
    """Counts the bytes read through files opened by programs.py."""

    def __init__(self) -> None:
        self.read = 0

    def open(self, path: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = io.open(path, mode, *args, **kwargs)  # noqa: UP020
        spy = self
        original = handle.read

        def read(n: int = -1) -> bytes:
            data = original(n)
            spy.read += len(data)
            return data

        handle.read = read
        return handle


def test_a_50_mb_config_is_refused_without_being_read(tmp_path, monkeypatch) -> None:
    path = _config(tmp_path / "SCH", 50 * MIB)
    spy = _Spy()
    monkeypatch.setattr(programs, "open", spy.open, raising=False)
    with pytest.raises(ConfigTooLarge) as caught:
        programs.load_program(path.parent)
    assert spy.read <= MIB + 1
    assert caught.value.exit_code == 6 and caught.value.code == "config_too_large"
    message = error_parts(caught.value)[0]
    assert "50.0 MB" in message and "не го промени" in message


def test_exactly_one_mib_is_still_a_config(tmp_path) -> None:
    path = _config(tmp_path / "SCH", MIB)
    program = programs.load_program(path.parent)
    assert program.installation_key is not None


@pytest.mark.parametrize("command", ["programs", "activate"])
def test_commands_refuse_it_and_leave_it_untouched(
    capsys, tmp_path, monkeypatch, command: str
) -> None:
    path = _config(tmp_path / "SCH", 50 * MIB)
    before = _fingerprint(path)
    monkeypatch.setenv("PASOSS_PROGRAMS", str(path.parent))
    result = run(capsys, command, str(path.parent), "--json", "--server",
                 "http://127.0.0.1:9/api/v1", "--email", "demo@pasoss.example",
                 "--password-stdin", password="x")
    if command == "activate":
        assert result.code == 6, result.out + result.err
        assert result.json()["error"] == "config_too_large"
        assert "твърде голям" in result.json()["message"]
    else:  # the list goes on; the program is shown with what is wrong with it
        assert result.code == 0
        assert "config_too_large" in result.out and "твърде голям" in result.out
    assert _fingerprint(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["PASOSS.INI"]
