"""Password hashes: scrypt with a random salt, compared in constant time.

Cost: n = 2**14, r = 8, p = 1 (16 MiB of memory), about 50 ms per hash on the 2-core
build machine — slow enough to make guessing expensive, fast enough for a login.
Stored as ``scrypt$n$r$p$salt_hex$hash_hex`` so the cost can be raised later without
invalidating existing hashes.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import secrets

N, R, P = 2**14, 8, 1
DKLEN = 32
MAXMEM = 64 * 1024 * 1024
MIN_LENGTH = 10


def hash_password(password: str, *, n: int = N, r: int = R, p: int = P) -> str:
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, n, r, p)
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    """True when ``password`` matches ``stored``; a malformed hash matches nothing."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        actual = _scrypt(password, bytes.fromhex(salt), int(n), int(r), int(p))
        return hmac.compare_digest(actual, bytes.fromhex(digest))
    except ValueError:
        return False


@functools.cache
def dummy_hash() -> str:
    """A hash no password matches: an unknown e-mail costs the same time as a known one."""
    return hash_password(secrets.token_hex(16))


def weakness(password: str, email: str) -> str | None:
    """Why ``password`` is too weak for ``email`` (Bulgarian), or None when it is fine."""
    if len(password) < MIN_LENGTH:
        return f"Паролата трябва да има поне {MIN_LENGTH} знака."
    if password.strip().casefold() == email.strip().casefold():
        return "Паролата не може да бъде същата като имейла."
    return None


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=MAXMEM, dklen=DKLEN
    )
