"""``Activator``: the one facade the command line and the GUI use (docs/ARCHITECTURE.md).

Every method blocks and may raise an ``ActivatorError`` subclass; the GUI calls them off
its thread through ``ui/worker.py``, the command line calls them directly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import requests

from .settings import Settings

if TYPE_CHECKING:
    from .programs import InstalledProgram


@dataclass(frozen=True)
class AccountSummary:
    """Who is logged in (the ``account`` object of the login answer, DESIGN.md section 5)."""

    email: str
    company: str
    customer_number: int
    role: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AccountSummary:
        return cls(
            email=str(data.get("email", "")),
            company=str(data.get("company", "")),
            customer_number=int(data.get("customer_number") or 0),
            role=str(data.get("role", "client")),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "email": self.email,
            "company": self.company,
            "customer_number": self.customer_number,
            "role": self.role,
        }


@dataclass
class AccountData:
    """The account as the service gives it (JSON shapes of DESIGN.md section 5)."""

    profile: dict[str, Any] = field(default_factory=dict)
    licences: list[dict[str, Any]] = field(default_factory=list)
    contracts: list[dict[str, Any]] = field(default_factory=list)
    news: list[dict[str, Any]] = field(default_factory=list)
    synced_at: dt.datetime | None = None  # UTC, aware; None = never synced
    from_cache: bool = False


@dataclass(frozen=True)
class KeyResult:
    """A registration key the service issued, with its comparison table."""

    registration_key: str
    licence_id: int
    comparison: list[dict[str, Any]]


@dataclass(frozen=True)
class ActivationResult:
    """A verified key written into a program's ``PASOSS.INI``."""

    product: str
    registration_key: str
    config_path: Path
    backup_path: Path | None
    comparison: list[dict[str, Any]]
    virtual_store_path: Path | None = None

    def to_json(self) -> dict[str, Any]:
        """The shape ``activate --json`` prints (DESIGN.md section 7)."""
        return {
            "product": self.product,
            "registration_key": self.registration_key,
            "config_path": str(self.config_path),
            "backup_path": str(self.backup_path) if self.backup_path else None,
            "comparison": self.comparison,
        }


class Activator:
    """The account, the programs on this PC and their activation, behind one object."""

    server_url: str
    account: AccountSummary | None
    keyring_available: bool

    def __init__(
        self,
        server_url: str | None = None,
        *,
        settings: Settings | None = None,
        http: requests.Session | None = None,
    ) -> None:
        """``server_url`` overrides ``PASOSS_SERVICE_URL`` and the settings; ``http`` is a
        session to use instead of the default one (tests inject a fake transport)."""
        raise NotImplementedError

    def login(self, email: str, password: str, *, remember: bool = True) -> AccountSummary:
        """Log in; with ``remember`` the refresh token goes to the keyring (never the password).

        Raises LoginRefused, TooManyAttempts, ServiceUnavailable."""
        raise NotImplementedError

    def resume(self) -> AccountSummary | None:
        """Log in again from the keyring's refresh token; None when there is none or it was
        revoked. Raises ServiceUnavailable when the service cannot be reached."""
        raise NotImplementedError

    def logout(self) -> None:
        """Revoke the session (best effort), forget the token and the offline copy."""
        raise NotImplementedError

    def sync(self) -> AccountData:
        """Conditional GETs of profile, licences, contracts, news; updates the offline copy
        and reports the programs found on this PC (POST /installations)."""
        raise NotImplementedError

    def cached(self, email: str | None = None) -> AccountData | None:
        """The offline copy (no network) of ``email`` or the last account; None if absent."""
        raise NotImplementedError

    def programs(self) -> list[InstalledProgram]:
        """Programs found on this PC (user folders, PASOSS_PROGRAMS, registry, defaults)."""
        raise NotImplementedError

    def generate(self, installation_key: str) -> KeyResult:
        """POST /keys. Raises InstallationKeyError, NotEntitled (with the table), …"""
        raise NotImplementedError

    def activate(self, program: InstalledProgram) -> ActivationResult:
        """Request, verify and write the key of ``program``; report the installation."""
        raise NotImplementedError

    def write_request(self, program: InstalledProgram, path: Path) -> Path:
        """Write an offline activation request file (DESIGN.md section 4); no network."""
        raise NotImplementedError

    def answer_request(self, request: Path, response: Path) -> KeyResult:
        """Read a request file, ask the service for its key, write the response file."""
        raise NotImplementedError

    def activate_from_response(self, program: InstalledProgram, response: Path) -> ActivationResult:
        """Verify the key of a response file exactly like an online answer, then write it."""
        raise NotImplementedError

    def change_password(self, current: str, new: str) -> None:
        """POST /profile/password. Raises WrongPassword (exit 3), WeakPassword (exit 2)."""
        raise NotImplementedError

    def request_password_reset(self, email: str) -> None:
        """POST /auth/password-reset; the service answers the same for any e-mail."""
        raise NotImplementedError

    def contacts(self) -> dict[str, Any]:
        """GET /contacts (no login): the vendor's support phones, e-mail and hours."""
        raise NotImplementedError
