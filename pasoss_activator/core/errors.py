"""Typed failures of the core, grouped by what went wrong.

A failure carries no sentence: ``code`` is its stable machine name (``--json``'s
``"error"``, and the key of its text in ``pasoss_activator/core/error_catalogue.py``),
``details`` the facts a text needs (a path, a key group, a ``reason`` that picks one of
several texts for the code), ``exit_code`` the command line's exit code (DESIGN.md
section 7). Each front end renders the code in the chosen language; the GUI never shows a
traceback. ``isinstance`` asks the natural question: a ``LoginRefused`` is an
``AccountAccessError`` (exit 3), not a ``LoginRequired``.

To add a failure: a class here (or a ``reason`` for an existing one) and its text in the
catalogue; ``tests/i18n`` fails until both languages have it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:  # the typed account: imported when a refusal's table is read, not by
    # every module that names a failure (the window's first paint needs none of it)
    from .model import ComparisonRow


class ActivatorError(Exception):
    code: ClassVar[str] = "internal_error"
    exit_code: ClassVar[int] = 1

    def __init__(self, *fallback_text: str, **details: Any) -> None:
        # ``fallback_text`` (message, action) only for a code not yet in the catalogue;
        # tests/i18n names every place that still passes one.
        super().__init__(self.code)
        self.fallback_text = tuple(fallback_text)
        self.details: dict[str, Any] = details

    @property
    def reason(self) -> str:
        return str(self.details.get("reason", ""))

    def __str__(self) -> str:
        # For logs and tracebacks: the code and its facts, never a sentence.
        facts = ", ".join(f"{k}={v!r}" for k, v in self.details.items() if k != "comparison")
        return f"{self.code}({facts})" if facts else self.code


# --- how the program was asked ----------------------------------------------------


class UsageError(ActivatorError):
    """A command line (or a value typed into the window) that cannot be carried out."""

    code = "usage"
    exit_code = 2


class InsecureServerUrl(UsageError):
    """A plain-HTTP service address that is not on this computer, or one that URL parsers
    may read differently (user information, backslash, whitespace, control characters:
    ``details.reason`` says which; DESIGN.md section 6.1)."""

    code = "insecure_server_url"


# --- keys -------------------------------------------------------------------------


class InstallationKeyError(ActivatorError):
    """An installation key that does not parse. ``details`` holds ``reason`` (character,
    length, check, crc, field) and, as they apply, ``group``, ``position``, ``field``."""

    code = "invalid_installation_key"
    exit_code = 7

    @property
    def group(self) -> int | None:
        group = self.details.get("group")
        return int(group) if group is not None else None


class RegistrationKeyError(ActivatorError):
    """A registration key that does not parse or does not verify; ``reason`` is the
    registration status it means (DESIGN.md section 4)."""

    code = "verification_failed"
    exit_code = 8

    @property
    def status(self) -> str:
        """The registration status this failure means (DESIGN.md section 4)."""
        return str(self.details.get("status", "signature_invalid"))


class UntrustedKey(RegistrationKeyError):
    code = "untrusted_signer"


# --- files on this PC -------------------------------------------------------------


class ConfigError(ActivatorError):
    code = "config_error"
    exit_code = 6


class ProgramFolderMissing(ConfigError):
    code = "folder_missing"


class ConfigMissing(ConfigError):
    code = "config_missing"


class ConfigUnreadable(ConfigError):
    code = "config_unreadable"


class ConfigTooLarge(ConfigError):
    """A PASOSS.INI over 1 MiB: not a PASOSS configuration; refused unread and left as it
    is (DESIGN.md section 6.1)."""

    code = "config_too_large"


class ConfigLocked(ConfigError):
    code = "config_locked"


class ConfigReadOnly(ConfigError):
    code = "config_read_only"


class ConfigWriteError(ConfigError):
    code = "config_write_failed"


class RequestFileError(ActivatorError):
    """An offline activation request or response file that cannot be read or written."""

    code = "request_file_invalid"
    exit_code = 6


# --- the account: not logged in, or the service refused who we are (exit 3) ---------


class AccountAccessError(ActivatorError):
    """Login needed or refused; DESIGN.md section 7 gives all of these exit 3."""

    code = "account_access"
    exit_code = 3


class LoginRequired(AccountAccessError):
    """No session, or the session ended (401): log in again."""

    code = "login_required"


class LoginRefused(AccountAccessError):
    code = "invalid_credentials"


class TooManyAttempts(AccountAccessError):
    code = "too_many_attempts"

    @property
    def retry_after(self) -> int:
        return int(self.details.get("retry_after", 0))


class Forbidden(AccountAccessError):
    code = "forbidden"


class WrongPassword(AccountAccessError):
    """The current password given to change it was wrong (403 ``wrong_password``)."""

    code = "wrong_password"


# --- the service ------------------------------------------------------------------


class ServiceError(ActivatorError):
    """The service answered in a way the client did not expect (a 5xx, a non-JSON body)."""

    code = "service_error"
    exit_code = 5


class ServiceUnavailable(ServiceError):
    """No usable answer: ``reason`` is connection, timeout, certificate, proxy, too_large
    or deadline."""

    code = "service_unavailable"


class ServiceRedirected(ServiceUnavailable):
    """The service (or the network on the way) answered with a redirect, never followed."""

    code = "service_redirect"


class NotEntitled(ActivatorError):
    """The service refused a key; ``comparison`` holds the table with the failing rows."""

    code = "not_entitled"
    exit_code = 4

    @property
    def comparison(self) -> tuple[ComparisonRow, ...]:
        from .model import comparison_rows

        try:
            return comparison_rows(self.details.get("comparison"))
        except ValueError:
            return ()


class NotFound(ActivatorError):
    code = "not_found"
    exit_code = 1


class InvalidRequest(ActivatorError):
    code = "invalid_request"
    exit_code = 2


class WeakPassword(InvalidRequest):
    code = "weak_password"
