"""The write transaction: a fault at any step leaves the original file as it was."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

import pytest

from pasoss_activator.core import atomic_write
from pasoss_activator.core.atomic_write import list_backups, replace_file
from pasoss_activator.core.error_text import error_parts, error_text
from pasoss_activator.core.errors import (
    ConfigLocked,
    ConfigReadOnly,
    ConfigWriteError,
)

OLD = b"[Registration]\r\nRegistrationKey=\r\n; \xcf\xc0\xd1\xce\xd1\xd1\r\n"
NEW = b"[Registration]\r\nRegistrationKey=ABC\r\n; \xcf\xc0\xd1\xce\xd1\xd1\r\n"
NOW = dt.datetime(2026, 11, 27, 14, 5, 9)


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    path = tmp_path / "PASOSS.INI"
    path.write_bytes(OLD)
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "PASOSS.INI")


def test_success_writes_backup_and_new_content(ini: Path) -> None:
    result = replace_file(ini, OLD, NEW, now=NOW)
    assert ini.read_bytes() == NEW
    assert result.backup_path.name == "PASOSS.INI.20261127-140509.bak"
    assert result.backup_path.read_bytes() == OLD
    assert leftovers(ini.parent) == [result.backup_path.name]


def test_the_backup_keeps_the_files_permissions(ini: Path) -> None:
    ini.chmod(0o644)
    result = replace_file(ini, OLD, NEW, now=NOW)
    assert result.backup_path.stat().st_mode & 0o777 == ini.stat().st_mode & 0o777


def test_backup_names_on_a_clash_and_only_ten_kept(ini: Path) -> None:
    names = []
    content = OLD
    for i in range(13):
        new = OLD + str(i).encode()
        names.append(replace_file(ini, content, new, now=NOW).backup_path.name)
        content = new
    assert names[:3] == [
        "PASOSS.INI.20261127-140509.bak",
        "PASOSS.INI.20261127-140509-2.bak",
        "PASOSS.INI.20261127-140509-3.bak",
    ]
    kept = [p.name for p in list_backups(ini)]
    assert kept == names[3:]  # the ten newest, oldest first


STEPS = ["backup", "temp_write", "fsync", "replace", "fsync_dir"]


@pytest.mark.parametrize("step", STEPS)
def test_fault_at_each_step_leaves_original(
    ini: Path, step: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    boom = OSError(errno.EIO, "Input/output error")

    def fail(*_args: object, **_kwargs: object) -> None:
        raise boom

    if step == "backup":
        monkeypatch.setattr(atomic_write, "_write_backup", fail)
    elif step == "temp_write":
        monkeypatch.setattr(atomic_write.tempfile, "mkstemp", fail)
    elif step == "fsync":
        calls = iter([None])  # the backup's fsync passes, the temp file's fails

        def fsync(fd: int) -> None:
            if next(calls, "fail") == "fail":
                raise boom

        monkeypatch.setattr(atomic_write, "_fsync_file", fsync)
    elif step == "replace":
        monkeypatch.setattr(atomic_write, "_replace", fail)
    elif step == "fsync_dir":
        monkeypatch.setattr(atomic_write, "_fsync_dir", fail)

    with pytest.raises(ConfigWriteError) as err:
        replace_file(ini, OLD, NEW, now=NOW)
    assert "Input/output error" in error_parts(err.value)[0]
    if step == "fsync_dir":
        # The replace already happened: the new file is complete, and nothing is left over
        # but the backup the user may need.
        assert ini.read_bytes() == NEW
    else:
        assert ini.read_bytes() == OLD
        assert leftovers(ini.parent) == []  # no temp file, no stray backup


def test_failed_read_back_restores_the_original(
    ini: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = atomic_write._replace

    def torn_replace(source: Path, target: Path) -> None:
        if source.name.endswith(".tmp") and not source.name.endswith(".restore.tmp"):
            source.write_bytes(NEW[:10])  # a disk that lost the end of the write
        real_replace(source, target)

    monkeypatch.setattr(atomic_write, "_replace", torn_replace)
    with pytest.raises(ConfigWriteError) as err:
        replace_file(ini, OLD, NEW, now=NOW)
    assert "възстановено" in error_parts(err.value)[0]
    assert ini.read_bytes() == OLD


def test_file_changed_meanwhile_is_not_overwritten(ini: Path) -> None:
    ini.write_bytes(OLD + b"x=1\r\n")
    with pytest.raises(ConfigWriteError):
        replace_file(ini, OLD, NEW, now=NOW)
    assert ini.read_bytes() == OLD + b"x=1\r\n"
    assert leftovers(ini.parent) == []


def _open_failing(err: OSError) -> object:
    real_open = open

    def fake_open(file: object, mode: str = "r", *args: object, **kwargs: object) -> object:
        if str(file).endswith("PASOSS.INI") and mode == "r+b":
            raise err
        return real_open(file, mode, *args, **kwargs)  # type: ignore[call-overload]

    return fake_open


def test_locked_file_says_close_the_program(ini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = PermissionError(errno.EACCES, "The process cannot access the file")
    locked.winerror = 32  # type: ignore[attr-defined]
    monkeypatch.setattr("builtins.open", _open_failing(locked))
    with pytest.raises(ConfigLocked) as err:
        replace_file(ini, OLD, NEW, now=NOW)
    assert "Затворете програмата и опитайте отново" in error_text(err.value)
    assert ini.read_bytes() == OLD


def test_no_right_to_write_says_what_to_do(ini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("builtins.open", _open_failing(PermissionError(errno.EACCES, "denied")))
    with pytest.raises(ConfigReadOnly) as err:
        replace_file(ini, OLD, NEW, now=NOW)
    assert "администратор" in error_text(err.value)
    assert err.value.exit_code == 6


def test_disk_full_message(ini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_a: object, **_k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_write.tempfile, "mkstemp", full)
    with pytest.raises(ConfigWriteError) as err:
        replace_file(ini, OLD, NEW, now=NOW)
    assert "свободно място" in error_parts(err.value)[0]
    assert ini.read_bytes() == OLD


def test_write_atomically_keeps_the_mode_and_never_leaves_its_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.json"
    atomic_write.write_atomically(target, b"first", mode=0o640)
    assert target.read_bytes() == b"first"
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o640
        target.chmod(0o600)
    atomic_write.write_atomically(target, b"second", mode=0o644)
    assert target.read_bytes() == b"second"
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600  # the replaced file's, not ``mode``

    def fail(source: Path, dest: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_write, "_replace", fail)
    with pytest.raises(OSError):
        atomic_write.write_atomically(target, b"third")
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]
