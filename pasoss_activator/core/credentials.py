"""Secrets in the operating system's keyring: the refresh token and the offline cache key.

Entries live under the service name ``PASOSS Activator``:

- username ``<server_url>|<email>``: the refresh token of that account on that service;
- username ``<server_url>|<email>|cache-key``: the Fernet key of that account's offline copy.

The e-mail is lower-cased (the service treats it so); the server URL is the normalized
one ending in ``/api/v1``. The password is never stored anywhere.

Without a usable keyring backend (a Linux box without Secret Service, a locked keychain)
nothing is written to disk: the login lasts for this session only, and the offline copy
is not kept — ``available`` is False and the user is told so.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backends import chainer, fail

SERVICE_NAME = "PASOSS Activator"
CACHE_KEY_SUFFIX = "|cache-key"
NO_KEYRING_MESSAGE = (
    "На този компютър няма защитено хранилище за данни за вход, затова входът ще важи "
    "само докато програмата е отворена и копие на профила за работа без интернет не се пази."
)
log = logging.getLogger(__name__)


def account_name(server_url: str, email: str) -> str:
    return f"{server_url}|{email.strip().lower()}"


def keyring_usable() -> bool:
    """False for keyring's "fail" backend or a chainer with nothing behind it."""
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return False
    return True


class Credentials:
    """The keyring, with an in-memory stand-in for a session when there is none."""

    def __init__(self) -> None:
        self.available = keyring_usable()
        self._memory: dict[str, str] = {}

    def _get(self, name: str) -> str | None:
        if self.available:
            try:
                return keyring.get_password(SERVICE_NAME, name)
            except keyring.errors.KeyringError as err:
                self._lost(err)
        return self._memory.get(name)

    def _set(self, name: str, secret: str, *, memory_ok: bool = True) -> bool:
        if self.available:
            try:
                keyring.set_password(SERVICE_NAME, name, secret)
                return True
            except keyring.errors.KeyringError as err:
                self._lost(err)
        if memory_ok:
            self._memory[name] = secret
        return False

    def _delete(self, name: str) -> None:
        self._memory.pop(name, None)
        if self.available:
            try:
                keyring.delete_password(SERVICE_NAME, name)
            except keyring.errors.PasswordDeleteError:
                pass  # nothing stored: already as wanted
            except keyring.errors.KeyringError as err:
                self._lost(err)

    def _lost(self, err: Exception) -> None:
        log.warning("keyring unusable (%s); keeping the login for this session", type(err).__name__)
        self.available = False

    # --- refresh token ----------------------------------------------------------------

    def refresh_token(self, server_url: str, email: str) -> str | None:
        return self._get(account_name(server_url, email))

    def save_refresh_token(
        self, server_url: str, email: str, token: str, *, persist: bool = True
    ) -> bool:
        """Store the token; True when it is in the keyring, False when only in memory."""
        name = account_name(server_url, email)
        if not persist:
            self._memory[name] = token
            return False
        return self._set(name, token)

    def forget_token(self, server_url: str, email: str) -> None:
        """Remove only the refresh token (a revoked session); the offline copy stays."""
        self._delete(account_name(server_url, email))

    def forget(self, server_url: str, email: str) -> None:
        """Remove the refresh token and the cache key of this account."""
        self._delete(account_name(server_url, email))
        self._delete(account_name(server_url, email) + CACHE_KEY_SUFFIX)

    # --- cache key --------------------------------------------------------------------

    def cache_key(self, server_url: str, email: str, *, create: bool) -> bytes | None:
        """The Fernet key of this account's offline copy; None without a keyring (a key
        kept only in memory would make the copy useless after a restart)."""
        if not self.available:
            return None
        name = account_name(server_url, email) + CACHE_KEY_SUFFIX
        key = self._get(name)
        if key is None and create:
            from cryptography.fernet import Fernet

            key = Fernet.generate_key().decode("ascii")
            if not self._set(name, key, memory_ok=False):
                return None
        return key.encode("ascii") if key else None
