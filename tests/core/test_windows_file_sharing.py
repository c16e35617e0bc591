"""PASOSS.INI held open by the running program: the user is told to close the program,
not that rights are missing, and the file is left as it was (issue: the Windows lane)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from pasoss_activator.core import programs
from pasoss_activator.core.atomic_write import explain_os_error, replace_file
from pasoss_activator.core.error_text import error_parts, error_text
from pasoss_activator.core.errors import ConfigLocked, ConfigReadOnly
from pasoss_activator.core.programs import load_program, write_registration
from pasoss_activator.core.windows_sharing import held_by_another_program
from tests.windows_helpers import held_open, on_wine, only_on_windows

from .test_programs import make_program


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "PASOSS.INI")


@only_on_windows
def test_a_held_ini_says_close_the_program_and_stays_as_it_was(tmp_path: Path) -> None:
    folder = make_program(tmp_path / "Счетоводство")
    ini = folder / "PASOSS.INI"
    before = ini.read_bytes()
    program = load_program(folder)
    with held_open(ini), pytest.raises(ConfigLocked) as caught:
        write_registration(program, "KEY-TEXT")
    said = error_text(caught.value)
    assert "Затворете ПАСОСС-Счетоводство" in said and "опитайте отново" in said
    assert "администратор" not in said and "Program Files" not in said
    assert caught.value.exit_code == 6
    assert ini.read_bytes() == before
    assert leftovers(folder) == []  # no backup, no temporary file


@only_on_windows
def test_open_loses_the_windows_code_so_it_is_asked_again(tmp_path: Path) -> None:
    ini = tmp_path / "PASOSS.INI"
    ini.write_bytes(b"[Registration]\r\n")
    with held_open(ini):
        with pytest.raises(PermissionError) as caught:
            open(ini, "r+b")  # noqa: SIM115 - what replace_file does
        # The C runtime's open() turns ERROR_SHARING_VIOLATION into a bare EACCES ...
        assert getattr(caught.value, "winerror", None) is None
        # ... and asking Windows directly tells a held file from a forbidden one.
        assert held_by_another_program(ini)
        assert isinstance(explain_os_error(ini, caught.value), ConfigLocked)
        with pytest.raises(ConfigLocked):
            replace_file(ini, b"[Registration]\r\n", b"[Registration]\r\nX=1\r\n")
    assert not held_by_another_program(ini)
    assert ini.read_bytes() == b"[Registration]\r\n"


@only_on_windows
@pytest.mark.skipif(
    on_wine(), reason="Wine maps the read-only attribute to Unix permissions, and the lane "
    "runs as root, who may write any file: only a real Windows refuses here"
)
def test_a_read_only_ini_still_says_rights(tmp_path: Path) -> None:
    ini = tmp_path / "PASOSS.INI"
    ini.write_bytes(b"[Registration]\r\n")
    ini.chmod(0o444)  # the read-only attribute: access denied, not a sharing violation
    try:
        with pytest.raises(ConfigReadOnly):
            replace_file(ini, b"[Registration]\r\n", b"[Registration]\r\nX=1\r\n")
    finally:
        ini.chmod(0o644)


def test_not_held_anywhere_but_windows(tmp_path: Path) -> None:
    ini = tmp_path / "PASOSS.INI"
    ini.write_bytes(b"")
    assert held_by_another_program(ini) is False
    denied = explain_os_error(ini, PermissionError(errno.EACCES, "denied"))
    assert isinstance(denied, ConfigReadOnly)


def test_the_lock_message_names_the_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_program(tmp_path / "p")
    ini = folder / "PASOSS.INI"
    before = ini.read_bytes()
    program = load_program(folder)

    def locked(path: Path, *_args: object, **_kwargs: object) -> None:
        raise explain_os_error(path, OSError(errno.EBUSY, "busy"))

    monkeypatch.setattr(programs, "replace_file", locked)
    with pytest.raises(ConfigLocked) as caught:
        write_registration(program, "KEY-TEXT")
    message, action = error_parts(caught.value)
    assert "програмата ПАСОСС-Счетоводство е отворена" in message and str(ini) in message
    assert action.startswith("Затворете ПАСОСС-Счетоводство")
    assert ini.read_bytes() == before
