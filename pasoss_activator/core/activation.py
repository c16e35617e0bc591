"""Activation: ask for a key, verify it, write it (DESIGN.md sections 3.2 and 4).

The order matters and is the whole point: a key is written only after its signature is
checked against a trusted key id and its digest against the installation key it was
asked for — whether it came from the service or from a response file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InstallationKeyError, ServiceError
from .installation_key import InstallationKey
from .model import ComparisonRow, comparison_rows
from .programs import InstalledProgram, write_registration
from .registration_key import RegistrationKey
from .service_client import ServiceClient
from .trust import TrustStore


@dataclass(frozen=True)
class KeyResult:
    """A registration key the service issued, with its comparison table."""

    registration_key: str
    licence_id: int
    comparison: tuple[ComparisonRow, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "registration_key": self.registration_key,
            "licence_id": self.licence_id,
            "comparison": [row.to_json() for row in self.comparison],
        }


@dataclass(frozen=True)
class ActivationResult:
    """A verified key written into a program's ``PASOSS.INI``."""

    product: str
    registration_key: str
    config_path: Path
    backup_path: Path | None
    comparison: tuple[ComparisonRow, ...]
    virtual_store_path: Path | None = None

    def to_json(self) -> dict[str, Any]:
        """The shape ``activate --json`` prints (DESIGN.md section 7)."""
        return {
            "product": self.product,
            "registration_key": self.registration_key,
            "config_path": str(self.config_path),
            "backup_path": str(self.backup_path) if self.backup_path else None,
            "comparison": [row.to_json() for row in self.comparison],
        }


def program_key(program: InstalledProgram) -> InstallationKey:
    """The parsed installation key of ``program``, or the reason it has none."""
    if program.problem is not None:
        raise program.problem
    if program.installation_key is None:
        if program.key_error is not None:
            raise program.key_error
        raise InstallationKeyError(reason="missing", path=str(program.config_path))
    return program.installation_key


def request_key(client: ServiceClient, installation_key: str) -> KeyResult:
    """POST /keys for a key that parses here first (typos are named without a round trip)."""
    key = InstallationKey.parse(installation_key)
    reply = client.request("POST", "/keys", {"installation_key": key.text})
    text = reply.data.get("registration_key")
    licence = reply.data.get("licence_id")
    try:
        comparison = comparison_rows(reply.data.get("comparison"))
    except ValueError:
        comparison = None
    if not isinstance(text, str) or comparison is None:
        raise ServiceError(reason="no_key")
    return KeyResult(text, licence if isinstance(licence, int) else 0, comparison)


def verified_key(
    registration_key: str,
    installation: InstallationKey,
    trust: TrustStore,
    *,
    demo_allowed: bool,
    today: dt.date,
) -> RegistrationKey:
    """The parsed key once it verifies; RegistrationKeyError (exit 8) otherwise.

    The version and end date are checked too: a key the program would refuse is no use
    written into its file."""
    key = RegistrationKey.parse(registration_key)
    key.verify(installation, trust, demo_allowed=demo_allowed, today=today)
    return key


def install_key(
    program: InstalledProgram,
    key: RegistrationKey,
    comparison: tuple[ComparisonRow, ...],
    *,
    today: dt.date,
) -> ActivationResult:
    """Write a verified key into the program's configuration, transactionally."""
    written = write_registration(program, key.text, today=today)
    product = program.installation_key.product.name if program.installation_key else ""
    return ActivationResult(
        product=product,
        registration_key=key.text,
        config_path=written.path,
        backup_path=written.backup_path,
        comparison=comparison,
        virtual_store_path=written.path if program.virtual_store else None,
    )
