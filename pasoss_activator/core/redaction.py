"""Keeping secrets out of everything a person or a support desk can read.

DESIGN.md section 6: no password, token or full registration key in a log, a
diagnostics report or anything uploaded to support; a registration key there shows only
its first and last 6 characters (dashes not counted). Every output path of the support
tools — the report as text and as JSON, the saved file, the uploaded report, the staff
layout — and the log file go through :func:`redact` or :func:`redact_text`.

Three nets, because each alone has holes:

1. by field name: ``password``, ``access_token``, ``refresh_token`` … are dropped,
   ``registration_key`` is masked;
2. by shape: a registration key anywhere in free text is masked, in any spelling the key
   parser accepts (lower case, spaces, NBSP, other dashes, line breaks, zero-width
   characters, O/I/L and Cyrillic look-alikes: DESIGN.md section 6.1); long random-looking
   runs (how tokens look) and ``Bearer …`` are hidden; a password inside a proxy URL
   is hidden;
3. by value: secrets the process has seen (:func:`register_secret`) are hidden wherever
   they turn up, whatever their shape.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Mapping
from typing import Any

from .base32 import canonical_char, is_ignorable

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

# A registration key as the parser reads it: characters that stand for a Base32 one
# (digits, Latin letters but U, the Cyrillic look-alikes, both cases) and, between them,
# whatever the parser drops (spaces of every kind, dashes of every kind, line breaks,
# zero-width characters). A run holding at least KEY_RUN of the former is masked whole:
# a key missing a few characters still shows no more than its ends.
_KEY_CHARS = "0-9A-TV-Za-tv-zАВЕКМНОРСТХавекмнорстх"
_SEPARATORS = "".join(
    re.escape(chr(c))
    for c in range(0x10000)
    if unicodedata.category(chr(c)) in ("Zs", "Pd")
) + re.escape("\t\n\r\u2028\u2029\u200b\u200c\u200d\u2060\ufeff\u00ad\u2212\u2043")
_KEY_RUN = re.compile(rf"[{_KEY_CHARS}](?:[{_KEY_CHARS}{_SEPARATORS}]*[{_KEY_CHARS}])?")
KEY_RUN = 120  # of the 141 characters of a registration key
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
    data = "".join(ch for ch in text if not is_ignorable(ch))
    if len(data) <= 12:
        return HIDDEN if data else ""
    return f"{data[:6]}…{data[-6:]}"


def _key_characters(text: str) -> str:
    """The Base32 characters ``text`` stands for, as the key parser reads them."""
    return "".join(c for c in (canonical_char(ch) for ch in text) if c is not None)


def _mask_key_run(match: re.Match[str]) -> str:
    run = match.group(0)
    return mask_registration_key(run) if len(_key_characters(run)) >= KEY_RUN else run


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
    text = _KEY_RUN.sub(_mask_key_run, text)
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
