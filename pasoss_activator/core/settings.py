"""Typed settings of the activator, with their defaults in one place.

Stored as JSON in ``paths.config_dir()/settings.json``. Unknown keys are kept (a newer
version may have written them) and a damaged file falls back to the defaults instead of
stopping the program. ``config_version`` lets a later version migrate old files.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from . import paths

CONFIG_VERSION = 1
TLS_ISSUERS_KEY = "expected_tls_issuers"  # its name in settings.json
DEFAULT_SERVER_URL = "https://service.pasoss.com/api/v1"
# Public certificate authorities the service's certificate may come from (matched,
# ignoring case, against the issuer's organisation and common name). The vendor can
# replace the list in settings.json (``expected_tls_issuers``).
DEFAULT_EXPECTED_ISSUERS: tuple[str, ...] = (
    "Let's Encrypt",
    "ISRG",
    "DigiCert",
    "Sectigo",
    "GlobalSign",
    "GoDaddy",
    "Google Trust Services",
    "Amazon",
    "Microsoft",
    "Entrust",
    "IdenTrust",
    "Certum",
    "B-Trust",  # Борика, a Bulgarian qualified provider
    "StampIT",  # Информационно обслужване, a Bulgarian qualified provider
)
log = logging.getLogger(__name__)


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"


@dataclass
class Settings:
    """What the user chose; every field has a default."""

    server_url: str = DEFAULT_SERVER_URL
    # Program folders the user added by hand (discovery looks there first).
    program_folders: list[str] = field(default_factory=list)
    # The e-mail last logged in per service URL, so a restart resumes that account.
    last_email: dict[str, str] = field(default_factory=dict)
    # The GUI's own values (window geometry, last section …): plain JSON values.
    ui: dict[str, Any] = field(default_factory=dict)
    # The certificate issuers the network check expects; None = the built-in list (kept
    # out of the file, so that a newer version's list applies).
    tls_issuers: tuple[str, ...] | None = None
    config_version: int = CONFIG_VERSION
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    path: Path | None = field(default=None, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Settings from ``path`` (default ``settings.json``); defaults when missing or bad."""
        where = path if path is not None else settings_path()
        try:
            data = json.loads(where.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(path=where)
        except (OSError, ValueError) as err:
            log.warning("settings file unreadable (%s); using defaults", type(err).__name__)
            return cls(path=where)
        if not isinstance(data, dict):
            return cls(path=where)
        return cls._from_dict(data, where)

    @classmethod
    def _from_dict(cls, data: dict[str, Any], where: Path) -> Settings:
        settings = cls(path=where)
        if isinstance(data.get("server_url"), str) and data["server_url"].strip():
            settings.server_url = data["server_url"].strip()
        folders = data.get("program_folders")
        if isinstance(folders, list):
            settings.program_folders = [str(f) for f in folders if isinstance(f, str)]
        emails = data.get("last_email")
        if isinstance(emails, dict):
            settings.last_email = {str(k): str(v) for k, v in emails.items() if isinstance(v, str)}
        if isinstance(data.get("ui"), dict):
            settings.ui = dict(data["ui"])
        issuers = data.get(TLS_ISSUERS_KEY)
        if isinstance(issuers, list) and all(isinstance(x, str) for x in issuers):
            settings.tls_issuers = tuple(issuers)
        known = {f.name for f in fields(cls)} | {TLS_ISSUERS_KEY}
        settings.extra = {k: v for k, v in data.items() if k not in known}
        return settings

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.extra,
            "config_version": CONFIG_VERSION,
            "server_url": self.server_url,
            "program_folders": list(self.program_folders),
            "last_email": dict(self.last_email),
            "ui": dict(self.ui),
        } | ({TLS_ISSUERS_KEY: list(self.tls_issuers)} if self.tls_issuers is not None else {})

    @property
    def expected_tls_issuers(self) -> tuple[str, ...]:
        """The issuers the network check expects: the file's list, else the built-in one."""
        return self.tls_issuers if self.tls_issuers is not None else DEFAULT_EXPECTED_ISSUERS

    def save(self) -> None:
        """Write atomically (``write_atomically``), so a crash never leaves half a file."""
        where = self.path if self.path is not None else settings_path()
        where.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=2)
        # Imported here: reading the settings (before the window is painted) needs none of
        # it, and it brings tempfile and the Windows file-sharing check (ctypes).
        from .atomic_write import write_atomically

        write_atomically(where, text.encode("utf-8"), temp_prefix=".settings-")
        self.path = where
