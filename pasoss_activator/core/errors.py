"""Typed failures of the core.

Each carries what the user needs: ``message`` says in plain Bulgarian what happened,
``action`` what to do about it. ``code`` is the stable machine name used by ``--json``
and ``exit_code`` the command line's exit code (DESIGN.md section 7). The GUI shows
``message`` and ``action``; it never shows a traceback.
"""

from __future__ import annotations

from typing import Any, ClassVar

from .model import ComparisonRow, comparison_rows


class ActivatorError(Exception):
    code: ClassVar[str] = "internal_error"
    exit_code: ClassVar[int] = 1

    def __init__(self, message: str, action: str = "", **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.action = action
        self.details: dict[str, Any] = details

    def user_text(self) -> str:
        """Message and action as one paragraph, for a dialog or the terminal."""
        return f"{self.message} {self.action}".strip()

    def __str__(self) -> str:
        return self.user_text()


class UsageError(ActivatorError):
    code = "usage"
    exit_code = 2


# --- keys -------------------------------------------------------------------------


class InstallationKeyError(ActivatorError):
    """An installation key that does not parse. ``details`` holds ``reason`` (character,
    length, check, crc, field) and, as they apply, ``group``, ``position``, ``field``."""

    code = "invalid_installation_key"
    exit_code = 7

    @property
    def reason(self) -> str:
        return str(self.details.get("reason", ""))

    @property
    def group(self) -> int | None:
        group = self.details.get("group")
        return int(group) if group is not None else None


class RegistrationKeyError(ActivatorError):
    """A registration key that does not parse or does not verify."""

    code = "verification_failed"
    exit_code = 8

    @property
    def status(self) -> str:
        """The registration status this failure means (DESIGN.md section 4)."""
        return str(self.details.get("status", "signature_invalid"))


class UntrustedKey(RegistrationKeyError):
    code = "untrusted_signer"


# --- configuration files ----------------------------------------------------------


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


# --- the service ------------------------------------------------------------------


class ServiceError(ActivatorError):
    """The service answered in a way the client did not expect (a 5xx, a non-JSON body)."""

    code = "service_error"
    exit_code = 5


class ServiceUnavailable(ServiceError):
    code = "service_unavailable"
    exit_code = 5


class ServiceRedirected(ServiceUnavailable):
    """The service (or the network on the way) answered with a redirect, never followed."""

    code = "service_redirect"


class LoginRequired(ActivatorError):
    code = "login_required"
    exit_code = 3


class LoginRefused(LoginRequired):
    code = "invalid_credentials"


class TooManyAttempts(LoginRequired):
    code = "too_many_attempts"

    @property
    def retry_after(self) -> int:
        return int(self.details.get("retry_after", 0))


class Forbidden(LoginRequired):
    code = "forbidden"


class NotEntitled(ActivatorError):
    """The service refused a key; ``comparison`` holds the table with the failing rows."""

    code = "not_entitled"
    exit_code = 4

    @property
    def comparison(self) -> tuple[ComparisonRow, ...]:
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


# --- added for the service client and the command line (issue 4) --------------------


class WrongPassword(LoginRequired):
    """The current password given to change it was wrong (403 ``wrong_password``)."""

    code = "wrong_password"


class WeakPassword(InvalidRequest):
    code = "weak_password"


class InsecureServerUrl(UsageError):
    """A plain-HTTP service address that is not on this computer, or one that URL parsers
    may read differently (user information, backslash, whitespace, control characters:
    ``details.reason`` says which; DESIGN.md section 6.1)."""

    code = "insecure_server_url"


class RequestFileError(ActivatorError):
    """An offline activation request or response file that cannot be read or written."""

    code = "request_file_invalid"
    exit_code = 6
