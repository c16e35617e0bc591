"""The encrypted offline copy of one account (profile, licences, contracts, news).

One file per account in ``paths.cache_dir()``, named by a hash of service URL and e-mail
(so the folder does not list who uses this PC), encrypted with Fernet under a key kept
in the keyring (``credentials.py``). It holds the ETags and the time of the last sync so
the next sync asks only for what changed. Without a keyring no copy is written: a key on
disk beside the file would protect nothing. A file that is damaged or cannot be
decrypted is deleted and fetched again, never a crash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken

from . import paths
from .atomic_write import write_atomically
from .credentials import Credentials

FORMAT_VERSION = 1
TEMP_PREFIX, TEMP_SUFFIX = ".account-", ".tmp"
# A save takes milliseconds; a temp file this old is what a save killed before its rename
# left behind. A younger one may be another process's save in progress, so it stays.
STALE_TEMP_SECONDS = 600
log = logging.getLogger(__name__)


@dataclass
class CacheContent:
    account: dict[str, Any] = field(default_factory=dict)
    profile: dict[str, Any] = field(default_factory=dict)
    licences: list[dict[str, Any]] = field(default_factory=list)
    contracts: list[dict[str, Any]] = field(default_factory=list)
    news: list[dict[str, Any]] = field(default_factory=list)
    etags: dict[str, str] = field(default_factory=dict)
    synced_at: dt.datetime | None = None
    # A hash of the installations last reported to the service from this PC: a sync posts
    # them again only when what was found here changed (they are the largest request).
    reported_installations: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "format_version": FORMAT_VERSION,
            "account": self.account,
            "profile": self.profile,
            "licences": self.licences,
            "contracts": self.contracts,
            "news": self.news,
            "etags": self.etags,
            "synced_at": self.synced_at.isoformat() if self.synced_at else None,
            "reported_installations": self.reported_installations,
        }

    @classmethod
    def from_json(cls, data: Any) -> CacheContent:
        """ValueError when ``data`` is not a cache this version wrote."""
        if not isinstance(data, dict) or data.get("format_version") != FORMAT_VERSION:
            raise ValueError("not a cache of this format")
        content = cls(
            account=_dict(data.get("account")),
            profile=_dict(data.get("profile")),
            licences=_list(data.get("licences")),
            contracts=_list(data.get("contracts")),
            news=_list(data.get("news")),
            etags={str(k): str(v) for k, v in _dict(data.get("etags")).items()},
        )
        reported = data.get("reported_installations")
        content.reported_installations = reported if isinstance(reported, str) else None
        stamp = data.get("synced_at")
        if stamp is not None:
            moment = dt.datetime.fromisoformat(str(stamp))
            content.synced_at = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
        return content


def _dict(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError("expected an object")
    return value


def _list(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ValueError("expected a list of objects")
    return value


def _remove_stale_temp_files(folder: Path) -> None:
    # Encrypted, so no secret lies in them, but nothing else would ever remove them.
    limit = time.time() - STALE_TEMP_SECONDS
    for leftover in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        try:
            if leftover.stat().st_mtime < limit:
                leftover.unlink()
        except OSError as err:  # gone meanwhile, or not ours to delete: harmless
            log.debug("temp file %s left: %s", leftover.name, type(err).__name__)


class AccountCache:
    def __init__(
        self,
        server_url: str,
        email: str,
        credentials: Credentials,
        folder: Path | None = None,
    ) -> None:
        self.server_url = server_url
        self.email = email.strip().lower()
        self.credentials = credentials
        name = hashlib.sha256(f"{server_url}|{self.email}".encode()).hexdigest()[:24]
        self.path = (folder if folder is not None else paths.cache_dir()) / f"account-{name}.bin"

    def load(self) -> CacheContent | None:
        """The copy, or None when there is none usable (a damaged one is deleted)."""
        try:
            token = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as err:
            log.warning("offline copy unreadable: %s", type(err).__name__)
            return None
        key = self.credentials.cache_key(self.server_url, self.email, create=False)
        if key is None:
            log.info("offline copy without its key; discarding it")
            self.discard()
            return None
        try:
            plain = Fernet(key).decrypt(token)
            return CacheContent.from_json(json.loads(plain.decode("utf-8")))
        except (InvalidToken, ValueError, TypeError) as err:
            log.warning("offline copy damaged (%s); discarding it", type(err).__name__)
            self.discard()
            return None

    def save(self, content: CacheContent) -> bool:
        """Encrypt and write atomically; False (nothing written) without a keyring."""
        key = self.credentials.cache_key(self.server_url, self.email, create=True)
        if key is None:
            return False
        token = Fernet(key).encrypt(json.dumps(content.to_json(), ensure_ascii=False).encode())
        self.path.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_temp_files(self.path.parent)
        write_atomically(self.path, token, temp_prefix=TEMP_PREFIX)
        return True

    def discard(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as err:
            log.warning("could not delete the offline copy: %s", type(err).__name__)
