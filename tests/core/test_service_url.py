"""One parser decides and connects (DESIGN.md section 6.1, issue 11 finding 1).

The table holds addresses on which URL parsers disagree (``urllib.parse`` against
urllib3, WHATWG against RFC 3986): each is refused as ``insecure_server_url`` (exit 2),
whatever its scheme, before any connection is made."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from urllib3.util import parse_url

from pasoss_activator.core import errors
from pasoss_activator.core.error_text import error_parts, error_text
from pasoss_activator.core.service_url import is_loopback_url, normalize_server_url

# (address, why parsers disagree on it)
DIFFERENTIAL = {
    "http://evil.example:8080\\@127.0.0.1/api/v1": "backslash: urlsplit 127.0.0.1, urllib3 evil",
    "http://evil.example\\@127.0.0.1/": "backslash without a port",
    "https://127.0.0.1\\.evil.example/": "backslash: WHATWG reads it as a slash",
    "http://evil.example%5C@127.0.0.1/": "percent-encoded backslash in the authority",
    "http://evil.example%5c%40127.0.0.1/": "percent-encoded backslash and at sign",
    "http://user:pw@127.0.0.1/api/v1": "user information",
    "http://127.0.0.1@evil.example/": "user information naming loopback",
    "http://127.0.0.1:80@evil.example/": "user information that looks like a port",
    "http://evil.example@127.0.0.1/": "user information naming the real host",
    "http://127.0.0.1\t.evil.example/": "tab in the host (WHATWG drops it)",
    "http://127.0.0.1\n.evil.example/": "line feed in the host",
    "http://127.0.0.1\r\n.evil.example/": "CR LF in the host",
    "http://127.0.0.1 .evil.example/": "space in the host",
    "http://127.0.0.1\u00a0/": "no-break space",
    "http://127.0.0.1\u200b.evil.example/": "zero-width space",
    "http://127.0.0.1\x00.evil.example/": "NUL",
    "http://127.0.0.1\x1f/": "unit separator (str.isspace quirk)",
    "http://127.0.0.1\x7f/": "DEL",
    "http://127.0.0.1\x85/": "C1 next line",
    "http://[::1%25eth0]:8080/api/v1": "IPv6 zone id",
    "http://[::1%eth0]/": "IPv6 zone id, not encoded",
    "http://%31%32%37.0.0.1/": "percent-encoded digits (WHATWG decodes them)",
    "http://\uff11\uff12\uff17.0.0.1/": "full-width digits (WHATWG folds them)",
    "http://127.0.0.1#@evil.example/": "fragment before user information",
    "http://127.0.0.1?@evil.example/": "query before user information",
    "http://127.0.0.1;@evil.example/": "semicolon in the authority",
    "http://lоcalhost/": "Cyrillic о in localhost",
}


@pytest.mark.parametrize("url", list(DIFFERENTIAL), ids=list(DIFFERENTIAL.values()))
def test_an_address_parsers_may_read_differently_is_refused(url: str) -> None:
    with pytest.raises(errors.InsecureServerUrl) as caught:
        normalize_server_url(url)
    assert caught.value.code == "insecure_server_url"
    assert caught.value.exit_code == 2
    assert "https://" in error_parts(caught.value)[1]
    # The message quotes the address with its control characters made visible.
    assert all(c.isprintable() for c in error_text(caught.value))
    assert not is_loopback_url(url)


@pytest.mark.parametrize("url", list(DIFFERENTIAL), ids=list(DIFFERENTIAL.values()))
def test_the_same_addresses_over_https_are_refused_too(url: str) -> None:
    with pytest.raises(errors.InsecureServerUrl):
        normalize_server_url(url.replace("http://", "https://", 1))


def test_the_finding_itself_parsers_really_disagree_on_it() -> None:
    """Why the old check failed: the two parsers name different hosts."""
    url = "http://evil.example:8080\\@127.0.0.1/api/v1"
    assert urlsplit(url).hostname == "127.0.0.1"
    assert parse_url(url).host == "evil.example"


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://127.0.0.1:8080", True),
        ("http://localhost:1/api/v1", True),
        ("http://[::1]:9/api/v1", True),
        ("http://127.8.9.10/", True),
        ("https://service.pasoss.com", False),
        ("https://service.pasoss.com.", False),  # a trailing dot is another name, not loopback
    ],
)
def test_ordinary_addresses_still_work(url: str, loopback: bool) -> None:
    normalized = normalize_server_url(url)
    assert normalized.endswith("/api/v1")
    assert is_loopback_url(normalized) is loopback
    assert (parse_url(normalized).host or "").strip("[]") == urlsplit(normalized).hostname


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1./", "http://localhost./api/v1", "http://0x7f.1/", "http://2130706433/"]
)
def test_other_spellings_of_loopback_are_not_loopback(url: str) -> None:
    """getaddrinfo may reach 127.0.0.1 through them, but the loopback rule (plain HTTP, the
    demo key) accepts only the plain spellings: the safe side of any disagreement."""
    assert not is_loopback_url(url)
    with pytest.raises(errors.InsecureServerUrl):
        normalize_server_url(url)
