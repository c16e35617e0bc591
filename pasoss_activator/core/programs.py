"""An installed PASOSS program as the activator sees it, and writing its key.

A program is a folder with ``PASOSS.INI``; its installation key is the truth about it
(where the INI's ``Version`` disagrees, the key wins and the mismatch is shown).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import ini_file
from .atomic_write import WriteResult, explain_os_error, replace_file
from .dates import Version, today_sofia
from .discovery import (
    CONFIG_NAME,
    InstallRegistry,
    config_in,
    find_program_folders,
    virtual_store_copy,
)
from .error_catalogue import N  # marks the text for translation (a no-op)
from .errors import (
    ConfigError,
    ConfigLocked,
    ConfigMissing,
    ConfigTooLarge,
    ConfigUnreadable,
    ConfigWriteError,
    InstallationKeyError,
    ProgramFolderMissing,
    RegistrationKeyError,
)
from .installation_key import InstallationKey
from .products import Product
from .registration_key import RegistrationKey, Status, registration_status

if TYPE_CHECKING:  # a parameter's type: the trust store brings cryptography and urllib3
    from .trust import TrustStore

SECTION_PROGRAM = "Program"
SECTION_REGISTRATION = "Registration"


@dataclass
class InstalledProgram:
    folder: Path
    config_path: Path  # the file the program reads (the VirtualStore copy when there is one)
    source: str = "user"
    product_code: str = ""
    ini_version: str = ""
    installation_key_text: str = ""
    registration_key_text: str = ""
    registered_on: str = ""
    installation_key: InstallationKey | None = None
    key_error: InstallationKeyError | None = None
    problem: ConfigError | None = None  # the INI could not be read at all
    virtual_store: bool = False
    raw: bytes = field(default=b"", repr=False)

    @property
    def product(self) -> Product | None:
        if self.installation_key:
            return self.installation_key.product
        try:
            return Product.from_code(self.product_code)
        except ValueError:
            return None

    @property
    def display_name(self) -> str:
        product = self.product
        return product.display_name if product else (self.product_code or self.folder.name)

    @property
    def version(self) -> Version | None:
        if self.installation_key:
            return self.installation_key.version
        try:
            return Version.parse(self.ini_version)
        except ValueError:
            return None

    @property
    def version_mismatch(self) -> bool:
        """The INI's ``Version`` says something else than the installation key."""
        if not self.installation_key or not self.ini_version:
            return False
        try:
            return Version.parse(self.ini_version) != self.installation_key.version
        except ValueError:
            return True

    def registration_key(self) -> RegistrationKey | None:
        if not self.registration_key_text.strip():
            return None
        try:
            return RegistrationKey.parse(self.registration_key_text)
        except RegistrationKeyError:
            return None

    def status(
        self, trust: TrustStore, *, demo_allowed: bool, today: dt.date | None = None
    ) -> Status:
        return registration_status(
            self.registration_key_text,
            self.installation_key_text,
            trust,
            demo_allowed=demo_allowed,
            today=today or today_sofia(),
        )


# The status text of a program whose PASOSS.INI could not be read at all.
UNREADABLE_TEXT = N("status", "Конфигурацията не може да бъде прочетена")


@dataclass(frozen=True)
class ProgramWithStatus:
    """A program found on this PC with its registration status: what the command line,
    the GUI and diagnostics all show (``Activator.programs_with_status`` makes them).

    ``status`` is None when the program's PASOSS.INI could not be read (``program.problem``
    says why): there is no key to judge. ``damaged`` would be wrong there: it means an
    installation key that was read and does not parse (DESIGN.md section 4)."""

    program: InstalledProgram
    status: Status | None

    @property
    def status_text(self) -> str:
        return self.status.display_name if self.status is not None else UNREADABLE_TEXT


def load_program(
    folder: Path, *, source: str = "user", env: Mapping[str, str] | None = None
) -> InstalledProgram:
    """Read one program folder; ConfigError when there is no readable ``PASOSS.INI``."""
    if not folder.is_dir():
        raise ProgramFolderMissing(
            path=str(folder),
        )
    config = config_in(folder)
    if config is None:
        raise ConfigMissing(
            path=str(folder),
        )
    virtual = virtual_store_copy(config, env)
    path = virtual or config
    try:
        data = read_config(path)
    except OSError as err:
        raise _read_error(path, err) from err
    if not ini_file.looks_like_text(data):
        raise ConfigUnreadable(
            reason="not_text",
            path=str(path),
        )
    program = InstalledProgram(
        folder=folder,
        config_path=path,
        source=source,
        product_code=ini_file.get_text(data, SECTION_PROGRAM, "Product").strip(),
        ini_version=ini_file.get_text(data, SECTION_PROGRAM, "Version").strip(),
        installation_key_text=ini_file.get_text(data, SECTION_REGISTRATION, "InstallationKey"),
        registration_key_text=ini_file.get_text(data, SECTION_REGISTRATION, "RegistrationKey"),
        registered_on=ini_file.get_text(data, SECTION_REGISTRATION, "RegisteredOn").strip(),
        virtual_store=virtual is not None,
        raw=data,
    )
    try:
        program.installation_key = InstallationKey.parse(program.installation_key_text)
    except InstallationKeyError as err:
        program.key_error = err
    return program


MAX_CONFIG_BYTES = 1024 * 1024  # DESIGN.md section 6.1


def read_config(path: Path) -> bytes:
    """The bytes of ``path``, never more than MAX_CONFIG_BYTES of them read: its size is
    asked first, and a file that grows meanwhile is still read only that far.

    Raises ConfigTooLarge (exit 6) for a larger file, OSError as reading does."""
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        data = handle.read(MAX_CONFIG_BYTES + 1) if size <= MAX_CONFIG_BYTES else b""
    if size > MAX_CONFIG_BYTES or len(data) > MAX_CONFIG_BYTES:
        shown = max(size, len(data)) / (1024 * 1024)
        raise ConfigTooLarge(
            path=str(path), size=max(size, len(data)), size_mb=f"{shown:.1f}"
        )
    return data


def _read_error(path: Path, err: OSError) -> ConfigError:
    if isinstance(err, PermissionError):
        return ConfigUnreadable(reason="permission", path=str(path))
    return ConfigUnreadable(
        path=str(path),
        os_error=err.strerror or str(err),
    )


def find_programs(
    user_folders: Iterable[Path] = (),
    *,
    env: Mapping[str, str] | None = None,
    registry: InstallRegistry | None = None,
    include_defaults: bool | None = None,
) -> list[InstalledProgram]:
    """Every program found; one whose INI cannot be read is listed with its ``problem``."""
    programs = []
    for candidate in find_program_folders(
        user_folders, env=env, registry=registry, include_defaults=include_defaults
    ):
        try:
            programs.append(load_program(candidate.folder, source=candidate.source, env=env))
        except ConfigError as err:
            config = config_in(candidate.folder) or candidate.folder / CONFIG_NAME
            programs.append(
                InstalledProgram(candidate.folder, config, source=candidate.source, problem=err)
            )
    return programs


def _named(err: ConfigError, program: InstalledProgram) -> ConfigError:
    """A locked configuration names the program that holds it: on the PC the user knows
    „ПАСОСС-Счетоводство“, not „PASOSS.INI“."""
    if not isinstance(err, ConfigLocked):
        return err
    return ConfigLocked(
        path=str(program.config_path), reason="held_by_program", program=program.display_name
    )


def write_registration(
    program: InstalledProgram,
    registration_key_text: str,
    *,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> WriteResult:
    """Write a key the caller has verified into the program's configuration, transactionally.

    Re-reads the file first: if the installation key in it is no longer the one the key
    was asked for, nothing is written.
    """
    path = program.config_path
    try:
        current = read_config(path)
    except OSError as err:
        raise _named(explain_os_error(path, err), program) from err
    now_key = ini_file.get_text(current, SECTION_REGISTRATION, "InstallationKey")
    if now_key.strip() != program.installation_key_text.strip():
        raise ConfigWriteError(
            reason="key_changed",
            path=str(path),
        )
    day = today or today_sofia()
    values = {"RegistrationKey": registration_key_text, "RegisteredOn": day.isoformat()}
    new = ini_file.set_values(current, SECTION_REGISTRATION, values)
    try:
        result = replace_file(path, current, new, now=now)
    except ConfigLocked as err:
        raise _named(err, program) from err
    check = ini_file.get_text(read_config(path), SECTION_REGISTRATION, "RegistrationKey")
    if check != registration_key_text:  # replace_file compared bytes; this checks meaning
        raise ConfigWriteError(
            reason="key_not_read_back",
            path=str(path),
            backup_path=str(result.backup_path),
        )
    program.registration_key_text = registration_key_text
    program.registered_on = day.isoformat()
    program.raw = new
    return result
