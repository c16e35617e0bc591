"""The service's address: checked once, with the parser the HTTP stack connects with
(DESIGN.md sections 6.1 and 7).

URL parsers disagree on the odd corners (a backslash, user information, percent-encoded
or non-ASCII host names, tabs and line breaks inside the authority, IPv6 zone ids):
``http://evil.example:8080\\@127.0.0.1/`` is host 127.0.0.1 to ``urllib.parse`` but
``evil.example`` to urllib3, which requests connects with. So an address is accepted only
when it is made of characters on which no parser can disagree, it is parsed once with
urllib3's ``parse_url``, and the client is handed a URL rebuilt from those parts alone.
The loopback rule (plain HTTP, the demo signing key) judges that same rebuilt host.
"""

from __future__ import annotations

import ipaddress
import re
import string

from urllib3.exceptions import LocationParseError
from urllib3.util import parse_url

from . import errors

API_PATH = "/api/v1"

# Everything a PASOSS service address needs, and nothing any parser reads differently:
# letters, digits, the host and port punctuation, IPv6 brackets and a plain path.
_SAFE = frozenset(string.ascii_letters + string.digits + "-._~:/[]")
_PATH = re.compile(r"(/[A-Za-z0-9._~-]*)*")


def _refuse(url: str, reason: str, field: str = "", **details: str) -> errors.InsecureServerUrl:
    # What is wrong is ``reason`` (and ``field`` for the kinds of "character"); the text is
    # in core/error_catalogue.py under insecure_server_url.<reason>[.<field>].
    return errors.InsecureServerUrl(reason=reason, field=field, url=_shown(url), **details)


def _shown(url: str) -> str:
    """The address as it may be printed: control characters as \\xNN, never raw."""
    return "".join(
        c if c.isprintable() and c != "\\" else f"\\x{ord(c):02x}" if ord(c) < 256 else "?"
        for c in url[:200]
    )


def _check_characters(url: str, text: str) -> None:
    for char in text:
        if char == "\\":
            raise _refuse(url, "backslash")
        if char == "@":
            raise _refuse(url, "user_info")
        if char.isspace() or char in "\u200b\u2060\ufeff":
            raise _refuse(url, "whitespace")
        if not char.isprintable():
            raise _refuse(url, "control_character")
        if char == "%":
            raise _refuse(url, "percent_encoding")
        if char not in _SAFE:
            raise _refuse(url, "character", "char", char=char)


def normalize_server_url(url: str) -> str:
    """The base URL ending in ``/api/v1``, rebuilt from urllib3's parse of ``url``.

    Raises InsecureServerUrl (exit 2) for an address parsers may read differently, and
    for plain HTTP to anything but this computer; UsageError for what is no address."""
    text = url.strip(" ")  # spaces pasted around the address; inside, they are refused
    if "://" not in text:
        text = "https://" + text
    scheme_part, _, rest = text.partition("://")
    _check_characters(url, rest)
    scheme = scheme_part.lower()
    try:
        parts = parse_url(f"{scheme}://{rest}")
    except LocationParseError:
        parts = None
    if parts is None or scheme not in ("http", "https") or not parts.host:
        raise errors.UsageError(reason="service_url", url=_shown(url))
    if parts.auth is not None or parts.query is not None or parts.fragment is not None:
        raise _refuse(url, "character", "parts")
    host = parts.host.lower()
    if host.startswith("["):
        try:
            ipaddress.IPv6Address(host[1:-1])
        except ValueError:
            raise _refuse(url, "character", "ipv6") from None
    path = (parts.path or "").rstrip("/") or API_PATH
    if not _PATH.fullmatch(path):
        raise _refuse(url, "character", "path")
    port = f":{parts.port}" if parts.port is not None else ""
    normalized = f"{scheme}://{host}{port}{path}"
    if scheme == "http" and not is_loopback_url(normalized):
        raise errors.InsecureServerUrl(reason="plain_http", url=_shown(url))
    return normalized


def host_of(url: str) -> str | None:
    """The host urllib3 (and so requests) connects to for ``url``."""
    try:
        return parse_url(url).host
    except LocationParseError:
        return None


def is_loopback_host(host: str | None) -> bool:
    """127.0.0.0/8, ::1 or ``localhost`` exactly (no trailing dot, no zone id)."""
    if not host:
        return False
    host = host.lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_loopback_url(url: str) -> bool:
    """True when ``url`` is an acceptable address whose host is this computer."""
    if any(c not in _SAFE for c in url.partition("://")[2]):
        return False
    return is_loopback_host(host_of(url))
