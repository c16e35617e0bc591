"""Finding installed programs and writing their key (DESIGN.md section 4)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from pasoss_activator.core.demo_programs import create_demo_programs, demo_keys, render_ini
from pasoss_activator.core.discovery import find_program_folders, virtual_store_copy
from pasoss_activator.core.error_text import error_parts
from pasoss_activator.core.errors import ConfigMissing, ConfigWriteError, ProgramFolderMissing
from pasoss_activator.core.products import Product
from pasoss_activator.core.programs import find_programs, load_program, write_registration
from pasoss_activator.core.registration_key import Status
from pasoss_activator.core.trust import TrustStore


class FakeRegistry:
    def __init__(self, *dirs: Path) -> None:
        self.dirs = list(dirs)

    def install_dirs(self) -> list[Path]:
        return self.dirs


def make_program(folder: Path, product: Product = Product.SCH) -> Path:
    folder.mkdir(parents=True)
    (folder / "PASOSS.INI").write_bytes(render_ini(demo_keys()[product]))
    return folder


def test_env_entry_is_a_program_folder_or_a_parent_of_them(tmp_path: Path) -> None:
    single = make_program(tmp_path / "one")
    parent = tmp_path / "parent"
    make_program(parent / "a", Product.RZ5)
    make_program(parent / "b")
    (parent / "not-a-program").mkdir()
    env = {"PASOSS_PROGRAMS": os.pathsep.join([str(single), str(parent), str(tmp_path / "gone")])}
    found = find_program_folders(env=env, registry=FakeRegistry(), include_defaults=False)
    assert [c.folder for c in found] == [single, parent / "a", parent / "b"]
    assert {c.source for c in found} == {"env"}


def test_sources_in_order_without_duplicates(tmp_path: Path) -> None:
    user = make_program(tmp_path / "user")
    reg = make_program(tmp_path / "reg")
    env = {"PASOSS_PROGRAMS": str(user)}
    found = find_program_folders(
        [user], env=env, registry=FakeRegistry(reg, user), include_defaults=False
    )
    assert [(c.folder, c.source) for c in found] == [(user, "user"), (reg, "registry")]


def test_default_folders_from_program_files(tmp_path: Path) -> None:
    pf = tmp_path / "Program Files"
    make_program(pf / "PASOSS" / "SCH")
    env = {"ProgramFiles": str(pf)}
    found = find_program_folders(env=env, registry=FakeRegistry(), include_defaults=True)
    assert [c.folder for c in found] == [pf / "PASOSS" / "SCH"]
    assert found[0].source == "default"


def test_config_name_is_matched_case_insensitively(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "pasoss.ini").write_bytes(render_ini(demo_keys()[Product.SCH]))
    assert load_program(folder).product == Product.SCH


def test_a_damaged_key_is_reported_and_the_others_still_listed(tmp_path: Path) -> None:
    create_demo_programs(tmp_path)
    bad = make_program(tmp_path / "broken")
    ini = bad / "PASOSS.INI"
    text = demo_keys()[Product.SCH].text
    typo = text[:6] + ("Z" if text[6] != "Z" else "Y") + text[7:]  # group 2
    ini.write_bytes(ini.read_bytes().replace(text.encode(), typo.encode()))
    programs = find_programs(env={"PASOSS_PROGRAMS": str(tmp_path)}, include_defaults=False)
    assert len(programs) == 3
    broken = next(p for p in programs if p.folder == bad)
    assert broken.key_error is not None and broken.key_error.group == 2
    assert broken.status(TrustStore.load(), demo_allowed=True) == Status.DAMAGED
    others = [p for p in programs if p.folder != bad]
    assert all(p.installation_key is not None for p in others)
    assert {p.product for p in others} == {Product.SCH, Product.RZ5}


def test_version_mismatch_key_wins(tmp_path: Path) -> None:
    folder = make_program(tmp_path / "p")
    ini = folder / "PASOSS.INI"
    ini.write_bytes(ini.read_bytes().replace(b"Version=230704.0", b"Version=240101.0"))
    program = load_program(folder)
    assert str(program.version) == "230704.0"
    assert program.version_mismatch


def test_missing_folder_and_missing_ini(tmp_path: Path) -> None:
    with pytest.raises(ProgramFolderMissing) as err:
        load_program(tmp_path / "nope")
    assert "не съществува" in error_parts(err.value)[0]
    (tmp_path / "empty").mkdir()
    with pytest.raises(ConfigMissing) as missing:
        load_program(tmp_path / "empty")
    assert "PASOSS.INI" in error_parts(missing.value)[0]


def test_write_registration_changes_only_our_lines(tmp_path: Path) -> None:
    folder = make_program(tmp_path / "p")
    ini = folder / "PASOSS.INI"
    before = ini.read_bytes()
    program = load_program(folder)
    result = write_registration(program, "KEY-TEXT", today=dt.date(2026, 11, 27))
    after = ini.read_bytes()
    assert result.backup_path.read_bytes() == before
    assert after == before.replace(
        b"RegistrationKey=\r\n", b"RegistrationKey=KEY-TEXT\r\n"
    ).replace(b"RegisteredOn=\r\n", b"RegisteredOn=2026-11-27\r\n")
    assert load_program(folder).registration_key_text == "KEY-TEXT"


def test_write_refuses_when_the_installation_key_changed(tmp_path: Path) -> None:
    folder = make_program(tmp_path / "p")
    program = load_program(folder)
    ini = folder / "PASOSS.INI"
    other = demo_keys(customer_number=7)[Product.SCH].text
    ini.write_bytes(
        ini.read_bytes().replace(program.installation_key_text.encode(), other.encode())
    )
    snapshot = ini.read_bytes()
    with pytest.raises(ConfigWriteError):
        write_registration(program, "KEY")
    assert ini.read_bytes() == snapshot


def test_virtual_store_copy_is_the_file_the_program_reads(tmp_path: Path) -> None:
    local = tmp_path / "Local"
    real = Path("C:\\Program Files\\PASOSS\\SCH\\PASOSS.INI")
    copy = local / "VirtualStore" / "Program Files" / "PASOSS" / "SCH" / "PASOSS.INI"
    copy.parent.mkdir(parents=True)
    copy.write_bytes(b"[Registration]\r\n")
    env = {"LOCALAPPDATA": str(local), "ProgramFiles": "C:\\Program Files"}
    assert virtual_store_copy(real, env) == copy
    assert virtual_store_copy(Path("D:\\Other\\PASOSS.INI"), env) is None
    assert virtual_store_copy(real, {"ProgramFiles": "C:\\Program Files"}) is None


def test_virtual_store_copy_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A program under Program Files with a VirtualStore copy: the copy is what we update."""
    pf = tmp_path / "pf"
    folder = make_program(pf / "PASOSS" / "SCH")
    local = tmp_path / "local"
    rel = folder.relative_to(folder.anchor)
    copy = local / "VirtualStore" / rel / "PASOSS.INI"
    copy.parent.mkdir(parents=True)
    copy.write_bytes((folder / "PASOSS.INI").read_bytes())
    env = {"LOCALAPPDATA": str(local), "ProgramFiles": str(pf)}
    # Paths on Linux have no drive letter; pretend the anchor is one for this test.
    monkeypatch.setattr(
        "pasoss_activator.core.discovery.virtual_store_copy",
        lambda config, env=None: copy,
    )
    monkeypatch.setattr("pasoss_activator.core.programs.virtual_store_copy", lambda c, e=None: copy)
    program = load_program(folder, env=env)
    assert program.virtual_store and program.config_path == copy
    original = (folder / "PASOSS.INI").read_bytes()
    write_registration(program, "KEY")
    assert b"RegistrationKey=KEY" in copy.read_bytes()
    assert (folder / "PASOSS.INI").read_bytes() == original
