"""The key the stub signs registration keys with, kept across restarts.

Without ``--signing-key`` the stub signs with the demo key (id 0, DESIGN.md section 8).
With ``--signing-key PATH --key-id N`` it signs with the Ed25519 private key in PATH —
PEM (PKCS#8, unencrypted), 32 raw bytes, or those 32 bytes as 64 hex digits — and
records the absolute path and the id in the database's ``settings`` table (never the
key itself), so a later start on the same database signs with the same key.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from pasoss_activator.core.trust import DEMO_KEY_ID, demo_private_key

from .db import get_setting, set_setting, transaction

DEMO = "demo"


class SigningKeyError(Exception):
    """The signing key file cannot be used; the message says why (Bulgarian)."""


@dataclass(frozen=True)
class Signer:
    private_key: Ed25519PrivateKey
    key_id: int


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise SigningKeyError(
            f"Ключът за подписване {path} не може да бъде прочетен: {err}."
        ) from None
    try:
        if b"-----BEGIN" in data:
            key = load_pem_private_key(data, password=None)
            if not isinstance(key, Ed25519PrivateKey):
                raise SigningKeyError(f"Ключът за подписване {path} не е Ed25519 ключ.")
            return key
        if len(data) == 32:
            return Ed25519PrivateKey.from_private_bytes(data)
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(data.decode("ascii").strip()))
    except (ValueError, TypeError, UnicodeDecodeError):
        raise SigningKeyError(
            f"Ключът за подписване {path} не е в познат формат: очаква се PEM (PKCS#8), "
            "32 байта или 64 шестнайсетични цифри."
        ) from None


def resolve_signer(
    conn: sqlite3.Connection, signing_key: Path | None, key_id: int | None
) -> Signer:
    """The signer for this start: the given key (then remembered), else the remembered one."""
    if key_id is not None and not 0 <= key_id <= 255:
        raise SigningKeyError("Номерът на ключа за подписване трябва да е между 0 и 255.")
    with transaction(conn):
        if signing_key is not None:
            path = signing_key.resolve()
            signer = Signer(load_private_key(path), key_id if key_id is not None else 1)
            set_setting(conn, "signing_key", str(path))
            set_setting(conn, "signing_key_id", str(signer.key_id))
            return signer
        stored = get_setting(conn, "signing_key")
        if stored is not None and stored != DEMO:
            stored_id = int(get_setting(conn, "signing_key_id") or "1")
            return Signer(load_private_key(Path(stored)), stored_id)
        set_setting(conn, "signing_key", DEMO)
        set_setting(conn, "signing_key_id", str(DEMO_KEY_ID))
        return Signer(demo_private_key(), DEMO_KEY_ID)
