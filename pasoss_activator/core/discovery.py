"""Where installed PASOSS programs are found (DESIGN.md section 4).

In this order, without duplicates: folders the user added, the folders named in
``PASOSS_PROGRAMS``, the Windows registry (``HKLM`` and ``HKCU``
``Software\\PASOSS\\<product>`` value ``InstallDir``, 64- and 32-bit views), and the default
folders ``C:\\PASOSS\\*``, ``%ProgramFiles%\\PASOSS\\*`` and ``%ProgramFiles(x86)%\\PASOSS\\*``.
The registry sits behind a small interface so that it is tested on Linux with a fake.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from .products import Product

CONFIG_NAME = "PASOSS.INI"


class InstallRegistry(Protocol):
    def install_dirs(self) -> list[Path]: ...


class NoRegistry:
    """Anything but Windows: there is no registry to look in."""

    def install_dirs(self) -> list[Path]:
        return []


class WindowsRegistry:  # pragma: no cover - exercised on Windows only
    """``InstallDir`` values under ``Software\\PASOSS\\<product>`` in HKLM and HKCU."""

    def install_dirs(self) -> list[Path]:
        # Imported by name so that the module type-checks on every platform.
        winreg: Any = importlib.import_module("winreg")

        found: list[Path] = []
        hives = (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER)
        views = (winreg.KEY_WOW64_64KEY, winreg.KEY_WOW64_32KEY)
        for hive in hives:
            for view in views:
                for product in Product:
                    subkey = rf"Software\PASOSS\{product.name}"
                    try:
                        with winreg.OpenKey(hive, subkey, 0, winreg.KEY_READ | view) as key:
                            value, _kind = winreg.QueryValueEx(key, "InstallDir")
                    except OSError:
                        continue
                    if isinstance(value, str) and value.strip():
                        found.append(Path(os.path.expandvars(value.strip())))
        return found


def default_registry() -> InstallRegistry:
    return WindowsRegistry() if sys.platform == "win32" else NoRegistry()


@dataclass(frozen=True)
class Candidate:
    folder: Path
    source: str  # "user", "env", "registry", "default"


def config_in(folder: Path) -> Path | None:
    """The folder's ``PASOSS.INI`` (name matched case-insensitively), or None."""
    exact = folder / CONFIG_NAME
    if exact.is_file():
        return exact
    try:
        for child in folder.iterdir():
            if child.name.upper() == CONFIG_NAME and child.is_file():
                return child
    except OSError:
        return None
    return None


def expand_entry(entry: Path) -> list[Path]:
    """``entry`` if it is a program folder, else its direct subfolders that are."""
    if config_in(entry):
        return [entry]
    try:
        children = sorted(p for p in entry.iterdir() if p.is_dir())
    except OSError:
        return []
    return [child for child in children if config_in(child)]


def default_roots(env: Mapping[str, str]) -> list[Path]:
    roots = [Path("C:/PASOSS")]
    for var in ("ProgramFiles", "ProgramFiles(x86)"):
        if env.get(var):
            roots.append(Path(env[var]) / "PASOSS")
    return roots


def _key(path: Path) -> str:
    try:
        resolved = path.resolve()
    except OSError:
        resolved = path.absolute()
    return os.path.normcase(str(resolved))


def find_program_folders(
    user_folders: Iterable[Path] = (),
    *,
    env: Mapping[str, str] | None = None,
    registry: InstallRegistry | None = None,
    include_defaults: bool | None = None,
) -> list[Candidate]:
    """Every program folder found, first source first, each folder once."""
    environ = os.environ if env is None else env
    reg = registry if registry is not None else default_registry()
    defaults = sys.platform == "win32" if include_defaults is None else include_defaults

    sources: list[tuple[str, Sequence[Path]]] = [("user", list(user_folders))]
    raw = environ.get("PASOSS_PROGRAMS", "")
    sources.append(("env", [Path(p) for p in raw.split(os.pathsep) if p.strip()]))
    sources.append(("registry", reg.install_dirs()))
    if defaults:
        sources.append(("default", default_roots(environ)))

    seen: set[str] = set()
    found: list[Candidate] = []
    for source, entries in sources:
        for entry in entries:
            for folder in expand_entry(entry):
                key = _key(folder)
                if key not in seen:
                    seen.add(key)
                    found.append(Candidate(folder, source))
    return found


def virtual_store_copy(config: Path, env: Mapping[str, str] | None = None) -> Path | None:
    """The UAC VirtualStore copy of ``config``, when Windows keeps one for a legacy program.

    A program without a manifest that writes under Program Files really writes to
    ``%LOCALAPPDATA%\\VirtualStore\\<path without the drive>``, and from then on reads that
    copy: it is the file that matters to the program.
    """
    environ = os.environ if env is None else env
    local = environ.get("LOCALAPPDATA")
    if not local:
        return None
    text = str(config).replace("/", "\\")
    protected = [
        environ.get(var, "").replace("/", "\\").lower() + "\\"
        for var in ("ProgramFiles", "ProgramFiles(x86)", "SystemRoot")
        if environ.get(var)
    ]
    if not any(text.lower().startswith(prefix) for prefix in protected):
        return None
    drive, rest = text[:2], text[2:]
    if drive[1:] != ":":
        return None
    copy = Path(local) / "VirtualStore" / Path(*rest.strip("\\").split("\\"))
    return copy if copy.is_file() else None
