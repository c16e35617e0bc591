"""HTTP client of the PASOSS service (DESIGN.md section 5), failures as typed exceptions.

One ``requests.Session`` per client: the operating system's certificate store through
``truststore`` (company TLS inspection and antivirus roots live only there), the system
proxy through requests' ``trust_env``, a connect and a read timeout on every call. GETs
are retried with backoff on connection failures, timeouts and 502/503/504; other methods
only when the connection was never made, so a POST is not sent twice. A 401 on an
authorized call refreshes the access token once and retries.
"""

from __future__ import annotations

import json
import logging
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests
import truststore
from requests.adapters import HTTPAdapter

from . import errors
from .service_errors import bad_answer, error_for, network_error
from .trust import is_loopback_url

log = logging.getLogger(__name__)

API_PATH = "/api/v1"
DEFAULT_TIMEOUT = (5.0, 20.0)  # connect, read — seconds
RETRYABLE_STATUS = frozenset({502, 503, 504})
USER_AGENT = "PASOSS-Activator/1.0"

def normalize_server_url(url: str) -> str:
    """The base URL ending in ``/api/v1`` (DESIGN.md section 7); InsecureServerUrl for plain
    HTTP to anything but this computer."""
    text = url.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise errors.UsageError(
            f"„{url}“ не е адрес на услуга.",
            "Въведете адрес като https://service.pasoss.com/api/v1.",
        )
    path = parts.path.rstrip("/") or API_PATH
    normalized = urlunsplit((scheme, parts.netloc.lower(), path, "", ""))
    if scheme == "http" and not is_loopback_url(normalized):
        raise errors.InsecureServerUrl(
            f"Адресът „{url}“ е без шифриране (http), а услугата не е на този компютър.",
            "Използвайте адрес, който започва с https://.",
        )
    return normalized


class TruststoreAdapter(HTTPAdapter):
    """Verifies TLS against the operating system's certificate store."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        proxy_kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        return super().proxy_manager_for(proxy, **proxy_kwargs)


def make_session() -> requests.Session:
    session = requests.Session()
    session.trust_env = True  # the system proxy and NO_PROXY, as the user's browser has them
    session.mount("https://", TruststoreAdapter())
    session.headers["User-Agent"] = USER_AGENT
    # Every byte of the headers is paid on each request (an unchanged sync is one request
    # of ~400 bytes): keep-alive is HTTP/1.1's default, and gzip is the encoding services use.
    session.headers["Accept-Encoding"] = "gzip"
    del session.headers["Connection"]
    return session


@dataclass(frozen=True)
class Reply:
    status: int
    data: dict[str, Any]
    etag: str | None


class ServiceClient:
    """Talks to one service; holds the access and refresh token of one login."""

    def __init__(
        self,
        base_url: str,
        *,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        retries: int = 2,
        backoff: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
        on_refresh_token: Callable[[str], None] | None = None,
        stored_refresh_token: Callable[[], str | None] | None = None,
    ) -> None:
        self.base_url = normalize_server_url(base_url)
        self.session = session if session is not None else make_session()
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        # Refresh tokens rotate: whoever stores them must hear of every new one.
        self.on_refresh_token = on_refresh_token
        # ... and the GUI and a command share that store: when the other one rotated first,
        # ours is the retired token and the store holds the one to use instead.
        self.stored_refresh_token = stored_refresh_token
        self.access_token: str | None = None
        self.refresh_token: str | None = None
        # False once the service answered GET /sync with 404 (a service older than
        # DESIGN.md 5.2): the account is then synced part by part.
        self.has_sync_route = True

    # --- authentication ---------------------------------------------------------------

    def login(self, email: str, password: str) -> dict[str, Any]:
        reply = self._send("POST", "/auth/login", {"email": email, "password": password})
        return self._take_tokens(reply.data)

    def refresh(self) -> dict[str, Any]:
        if not self.refresh_token:
            raise errors.LoginRequired(
                "Не сте влезли в профила си.", "Влезте с имейла и паролата си."
            )
        try:
            reply = self._send("POST", "/auth/refresh", {"refresh_token": self.refresh_token})
        except errors.LoginRequired as err:
            newer = self.stored_refresh_token() if self.stored_refresh_token else None
            if err.code != "login_required" or not newer or newer == self.refresh_token:
                raise
            log.info("refresh token was rotated elsewhere; using the stored one")
            self.refresh_token = newer
            reply = self._send("POST", "/auth/refresh", {"refresh_token": newer})
        return self._take_tokens(reply.data)

    def logout(self) -> None:
        if self.access_token or self.refresh_token:
            self.request("POST", "/auth/logout", {})
        self.access_token = self.refresh_token = None

    def _take_tokens(self, data: dict[str, Any]) -> dict[str, Any]:
        access, refresh = data.get("access_token"), data.get("refresh_token")
        if not isinstance(access, str) or not isinstance(refresh, str):
            raise bad_answer("login")
        self.access_token, self.refresh_token = access, refresh
        if self.on_refresh_token is not None:
            self.on_refresh_token(refresh)
        return data

    # --- calls ------------------------------------------------------------------------

    def get(self, path: str, etag: str | None = None) -> Reply:
        """An authorized GET; with ``etag`` a 304 comes back as ``Reply(304, {}, etag)``."""
        headers = {"If-None-Match": etag} if etag else {}
        return self.request("GET", path, None, headers=headers)

    def request(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None,
        *,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        """An authorized call: refreshes the access token once on 401 and tries again."""
        if self.access_token is None and self.refresh_token:
            self.refresh()
        if self.access_token is None:
            raise errors.LoginRequired(
                "Не сте влезли в профила си.", "Влезте с имейла и паролата си."
            )
        try:
            return self._send(method, path, body, headers=headers, auth=True)
        except errors.LoginRequired as err:
            if err.code != "login_required" or not self.refresh_token:
                raise
        log.info("access token refused; refreshing once")
        self.refresh()
        return self._send(method, path, body, headers=headers, auth=True)

    def public(self, method: str, path: str, body: dict[str, Any] | None = None) -> Reply:
        """A call that needs no login (contacts, password reset)."""
        return self._send(method, path, body)

    def _send(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None,
        *,
        headers: dict[str, str] | None = None,
        auth: bool = False,
    ) -> Reply:
        url = self.base_url + path
        all_headers = {"Accept": "application/json", **(headers or {})}
        if auth and self.access_token:
            all_headers["Authorization"] = f"Bearer {self.access_token}"
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                response = self.session.request(
                    method, url, json=body, headers=all_headers, timeout=self.timeout
                )
            except requests.RequestException as err:
                retry = _may_retry(method, err)
                if isinstance(err, requests.ReadTimeout) and attempt >= 1:
                    retry = False  # a service that hung twice: say so rather than wait more
                log.warning("%s %s failed: %s (retry: %s)", method, path, type(err).__name__, retry)
                if retry and attempt < self.retries:
                    self._wait(attempt)
                    attempt += 1
                    continue
                raise network_error(err) from None
            log.info(
                "%s %s -> %s in %.0f ms",
                method, path, response.status_code, (time.monotonic() - started) * 1000,
            )
            if method == "GET" and response.status_code in RETRYABLE_STATUS and (
                attempt < self.retries
            ):
                self._wait(attempt)
                attempt += 1
                continue
            return _reply(response)

    def _wait(self, attempt: int) -> None:
        self.sleep(min(self.backoff * 2**attempt, 8.0))


def _may_retry(method: str, err: requests.RequestException) -> bool:
    if isinstance(err, requests.exceptions.SSLError):
        return False  # a certificate does not get better by asking again
    if isinstance(err, requests.ConnectTimeout):
        return True
    if isinstance(err, requests.ConnectionError) and _never_connected(err):
        return True
    return method == "GET" and isinstance(err, requests.ConnectionError | requests.Timeout)


def _never_connected(err: BaseException) -> bool:
    """True when the TCP connection was never made (nothing reached the service)."""
    seen: set[int] = set()
    stack: list[BaseException | None] = [err]
    while stack:
        item = stack.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        if type(item).__name__ in ("NewConnectionError", "NameResolutionError"):
            return True
        if isinstance(item, ConnectionRefusedError):
            return True
        stack.extend([item.__cause__, item.__context__, getattr(item, "reason", None)])
        stack.extend(a for a in item.args if isinstance(a, BaseException))
    return False


def _reply(response: requests.Response) -> Reply:
    status = response.status_code
    etag = response.headers.get("ETag")
    if status == 304:
        return Reply(304, {}, etag)
    data: Any = {}
    if response.content:
        try:
            data = json.loads(response.content.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            data = None
    if 200 <= status < 300:
        if not isinstance(data, dict):
            raise bad_answer("body")
        return Reply(status, data, etag)
    raise error_for(status, data if isinstance(data, dict) else {}, response.headers)
