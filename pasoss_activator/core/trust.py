"""Which Ed25519 public keys a registration key may be signed with (DESIGN.md section 3.2).

Trusted keys are ``resources/keys/<id>.pub``, each the 32-byte public key in hex. Key id 0
is the demo key, derived from a published seed: anyone can sign with it, so it is trusted
only when the service the client talks to is on loopback (the stub of the tests and of
``--demo``), never for any other address; the loopback rule lives with the address
parser in ``service_url`` (one parser decides and connects).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from .resources import resource
from .service_url import is_loopback_host, is_loopback_url

__all__ = [
    "DEMO_KEY_ID",
    "TrustStore",
    "demo_private_key",
    "is_loopback_host",
    "is_loopback_url",
    "public_key_hex",
]

DEMO_KEY_ID = 0
DEMO_SEED = hashlib.sha256(b"PASOSS demo signing key v1").digest()


def demo_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(DEMO_SEED)


def public_key_hex(key: Ed25519PublicKey) -> str:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


@dataclass
class TrustStore:
    keys: dict[int, Ed25519PublicKey] = field(default_factory=dict)

    @classmethod
    def load(cls, directory: Path | None = None) -> TrustStore:
        """Keys from ``directory`` (default ``resources/keys``); the demo key is always known."""
        folder = directory if directory is not None else resource("keys")
        keys: dict[int, Ed25519PublicKey] = {DEMO_KEY_ID: demo_private_key().public_key()}
        if folder.is_dir():
            for path in sorted(folder.glob("*.pub")):
                try:
                    key_id = int(path.stem)
                    raw = bytes.fromhex(path.read_text(encoding="ascii").strip())
                    if key_id == DEMO_KEY_ID:
                        continue  # the demo key is derived, never taken from a file
                    keys[key_id] = Ed25519PublicKey.from_public_bytes(raw)
                except (ValueError, OSError):
                    continue  # a damaged key file trusts nothing
        return cls(keys)

    def public_key(self, key_id: int, *, demo_allowed: bool) -> Ed25519PublicKey | None:
        """The key for ``key_id``, or None when that signer is not trusted here."""
        if key_id == DEMO_KEY_ID and not demo_allowed:
            return None
        return self.keys.get(key_id)
