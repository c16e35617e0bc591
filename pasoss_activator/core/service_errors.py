"""The service's failures as typed exceptions (DESIGN.md section 5 error codes); network
failures (no connection, timeout, certificate, proxy) likewise. The service's own sentence,
when it sends one, travels as ``details["service_message"]``: the Bulgarian front end shows
it, being often more precise than ours (``core/error_text.py``)."""

from __future__ import annotations

from typing import Any

import requests

from . import errors
from .base32 import InvalidCharacter


def network_error(err: requests.RequestException) -> errors.ServiceUnavailable:
    if isinstance(err, requests.exceptions.SSLError):
        return errors.ServiceUnavailable(reason="certificate")
    if isinstance(err, requests.exceptions.ProxyError):
        return errors.ServiceUnavailable(reason="proxy")
    if isinstance(err, requests.Timeout):
        return errors.ServiceUnavailable(reason="timeout")
    return errors.ServiceUnavailable(reason="connection")


def redirected(status: int) -> errors.ServiceRedirected:
    """A 3xx: never followed (DESIGN.md section 6.1); most often a hotel or café Wi-Fi
    that sends every connection to its own sign-in page."""
    return errors.ServiceRedirected(status=status)


def answer_too_large() -> errors.ServiceUnavailable:
    return errors.ServiceUnavailable(reason="too_large")


def deadline_passed() -> errors.ServiceUnavailable:
    return errors.ServiceUnavailable(reason="deadline")


def bad_answer(what: str) -> errors.ServiceError:
    return errors.ServiceError(reason="bad_answer", what=what)


def error_for(status: int, data: dict[str, Any], headers: Any) -> errors.ActivatorError:
    """The typed exception for an error answer of the service (DESIGN.md section 5)."""
    code = str(data.get("error", ""))
    server_message = data.get("message")
    said: dict[str, Any] = (
        {"service_message": server_message}
        if isinstance(server_message, str) and server_message
        else {}
    )
    details = data.get("details") if isinstance(data.get("details"), dict) else {}
    assert isinstance(details, dict)
    if status >= 500 or not code:
        return errors.ServiceError(reason="server" if status >= 500 else "", status=status)
    if status == 401 and code == "invalid_credentials":
        return errors.LoginRefused(**said)
    if status == 401:
        return errors.LoginRequired(reason="session_ended", **said)
    if status == 429:
        retry_after = _retry_after(headers)
        return errors.TooManyAttempts(
            reason="wait" if retry_after else "", retry_after=retry_after, **said
        )
    if code == "wrong_password":
        return errors.WrongPassword(**said)
    if status == 403:
        return errors.Forbidden(**said)
    if status == 422:
        return errors.NotEntitled(comparison=details.get("comparison", []), **said)
    if code == "invalid_installation_key":
        # The service names the part that is wrong with our own details (same parser); a
        # character it quotes is shown by its code when it is a control one, never raw.
        character = details.get("character")
        if isinstance(character, str) and len(character) == 1:
            details = {**details, "shown": InvalidCharacter(character, 0, 0).shown}
        return errors.InstallationKeyError(**{**details, **said})
    if code == "weak_password":
        return errors.WeakPassword(**said)
    if status == 404:
        return errors.NotFound(**said)
    return errors.InvalidRequest(status=status, service_code=code, **said)


def _retry_after(headers: Any) -> int:
    try:
        return max(0, int(str(headers.get("Retry-After", "0")).strip()))
    except ValueError:
        return 0
