"""Keeping secrets out of everything a person or a support desk can read.

DESIGN.md section 6: no password, token or full registration key in a log, a
diagnostics report or anything uploaded to support; a registration key there shows only
its first and last 6 characters (dashes not counted). Every output path of the support
tools — the report as text and as JSON, the saved file, the uploaded report, the staff
layout — and the log file go through :func:`redact` or :func:`redact_text`.

Three nets, because each alone has holes:

1. by field name: ``password``, ``access_token``, ``refresh_token`` … are dropped,
   ``registration_key`` is masked;
2. by shape: a registration key anywhere in free text is masked; long random-looking
   runs (how tokens look) and ``Bearer …`` are hidden; a password inside a proxy URL
   is hidden;
3. by value: secrets the process has seen (:func:`register_secret`) are hidden wherever
   they turn up, whatever their shape.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Mapping
from typing import Any

HIDDEN = "[скрито]"

SECRET_FIELDS = frozenset(
    {
        "password",
        "current_password",
        "new_password",
        "password_stdin",
        "access_token",
        "refresh_token",
        "token",
        "authorization",
        "cache_key",
        "secret",
        "private_key",
        "reset_token",
    }
)
REGISTRATION_KEY_FIELDS = frozenset({"registration_key", "registrationkey"})

_B32 = "0-9A-HJKMNP-TV-Za-hjkmnp-tv-z"
# The dashed text form (23 groups of 6 and one of 3) or the 141 characters undashed.
_REGISTRATION_KEY = re.compile(
    rf"(?<![{_B32}-])(?:(?:[{_B32}]{{6}}-){{23}}[{_B32}]{{3}}|[{_B32}]{{141}})(?![{_B32}])"
)
_BEARER = re.compile(r"(?i)\b(bearer)\s+[^\s\"',;]+")
_URL_PASSWORD = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^\s/:@]+):[^\s/@]+@")
_RUN = re.compile(r"[A-Za-z0-9_\-]{32,}")
_HEX = re.compile(r"[0-9a-fA-F]+")

_known_lock = threading.Lock()
_known: set[str] = set()


def register_secret(value: str | None) -> None:
    """Remember a secret this process holds (a password typed, a token received), so
    that it is hidden wherever it turns up. Values shorter than 6 characters are not
    remembered: hiding them would blank out ordinary words."""
    if value and len(value) >= 6:
        with _known_lock:
            _known.add(value)


def forget_secrets() -> None:
    with _known_lock:
        _known.clear()


def mask_registration_key(text: str) -> str:
    """First and last 6 characters, dashes not counted — as ``RegistrationKey.masked``,
    but for any text, so that a damaged key is not shown whole either."""
    data = re.sub(r"[\s\-\u2010-\u2015]", "", text)
    if len(data) <= 12:
        return HIDDEN if data else ""
    return f"{data[:6]}…{data[-6:]}"


def _looks_random(run: str) -> bool:
    """Tokens are long runs of letters and digits in both cases, or long hex strings."""
    if _HEX.fullmatch(run) and len(run) >= 32:
        return True
    return (
        any(c.islower() for c in run)
        and any(c.isupper() for c in run)
        and any(c.isdigit() for c in run)
    )


def redact_text(text: str) -> str:
    """``text`` with every secret it might hold hidden or masked."""
    if not text:
        return text
    with _known_lock:
        known = sorted(_known, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, HIDDEN)
    text = _REGISTRATION_KEY.sub(lambda m: mask_registration_key(m.group(0)), text)
    text = _BEARER.sub(lambda m: f"{m.group(1)} {HIDDEN}", text)
    text = _URL_PASSWORD.sub(lambda m: f"{m.group(1)}:{HIDDEN}@", text)
    return _RUN.sub(lambda m: HIDDEN if _looks_random(m.group(0)) else m.group(0), text)


def redact(value: Any) -> Any:
    """A copy of ``value`` (JSON-like: dicts, lists, strings, numbers) safe to show."""
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            name = str(key).lower().replace("-", "_")
            if name in SECRET_FIELDS:
                out[str(key)] = HIDDEN if item else item
            elif name in REGISTRATION_KEY_FIELDS and isinstance(item, str):
                out[str(key)] = mask_registration_key(item)
            else:
                out[str(key)] = redact(item)
        return out
    if isinstance(value, list | tuple):
        return [redact(item) for item in value]
    if isinstance(value, str):
        return redact_text(value)
    return value


class RedactingFilter(logging.Filter):
    """A logging filter that hides secrets in every record before a handler writes it
    (message, arguments and the traceback text)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the record
            message = str(record.msg)
        record.msg = redact_text(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text)
        if record.exc_info:
            # the formatter would render the traceback again, unredacted
            record.exc_info = None
        return True


def install_log_redaction(handler: logging.Handler) -> None:
    """Put a :class:`RedactingFilter` on ``handler`` (once)."""
    if not any(isinstance(f, RedactingFilter) for f in handler.filters):
        handler.addFilter(RedactingFilter())
