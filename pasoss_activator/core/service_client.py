"""HTTP client of the PASOSS service (DESIGN.md section 5), failures as typed exceptions.

One ``requests.Session`` per client: the operating system's certificate store through
``truststore`` (company TLS inspection and antivirus roots live only there), the system
proxy through requests' ``trust_env``, a connect and a read timeout on every call. GETs
are retried with backoff on connection failures, timeouts and 502/503/504; other methods
only when the connection was never made, so a POST is not sent twice. A 401 on an
authorized call refreshes the access token once and retries.

Hostile networks (DESIGN.md section 6.1, ``http_transport``): the address is parsed once
by the parser that connects (``service_url``); redirects are never followed, so no body
(password, refresh token) goes anywhere but the service; an answer is read at most 4 MiB
after decompression; every call ends within ``call_deadline`` (30 s) and, for a command,
all its calls within ``conversation_deadline`` (60 s) unless it waits on purpose.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import requests
import urllib3.exceptions

from . import errors
from .http_transport import (
    CALL_DEADLINE,
    CONVERSATION_DEADLINE,
    AnswerEncodingRefused,
    AnswerTooLarge,
    DeadlinePassed,
    TruststoreAdapter,
    WatchedAdapter,
    deadline,
    read_answer,
)
from .service_errors import (
    answer_too_large,
    bad_answer,
    deadline_passed,
    error_for,
    network_error,
    redirected,
)
from .service_url import API_PATH, normalize_server_url

__all__ = [
    "API_PATH",
    "CALL_DEADLINE",
    "CONVERSATION_DEADLINE",
    "DEFAULT_TIMEOUT",
    "Reply",
    "ServiceClient",
    "TruststoreAdapter",
    "make_session",
    "normalize_server_url",
]

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = (5.0, 20.0)  # connect, read — seconds
RETRYABLE_STATUS = frozenset({502, 503, 504})
USER_AGENT = "PASOSS-Activator/1.0"

def make_session() -> requests.Session:
    session = requests.Session()
    session.trust_env = True  # the system proxy and NO_PROXY, as the user's browser has them
    session.mount("https://", TruststoreAdapter())
    session.mount("http://", WatchedAdapter())
    session.headers["User-Agent"] = USER_AGENT
    # Every byte of the headers is paid on each request (an unchanged sync is one request
    # of ~400 bytes): keep-alive is HTTP/1.1's default, and gzip is the encoding services
    # use — and one that the bounded inflater of http_transport decodes.
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
        call_deadline: float = CALL_DEADLINE,
        conversation_deadline: float | None = None,
    ) -> None:
        """``conversation_deadline`` (a command: 60 s) bounds all calls together, counted
        from the first; None (the GUI, which lives long) bounds each call alone."""
        self.base_url = normalize_server_url(base_url)
        self.call_deadline = call_deadline
        self.conversation_deadline = conversation_deadline
        self._conversation_until: float | None = None
        self._waiting_on_purpose = 0
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
            raise errors.LoginRequired()
        # The store holds the newest token of this login: the GUI and a command share it,
        # and whichever refreshed last wrote it there. Using a token the other one already
        # retired would be a reuse, which revokes the whole login (DECISIONS.md), so the
        # stored one goes first; the retry below covers a refresh racing ours.
        stored = self.stored_refresh_token() if self.stored_refresh_token else None
        if stored and stored != self.refresh_token:
            log.info("refresh token was rotated elsewhere; using the stored one")
            self.refresh_token = stored
        try:
            reply = self._send("POST", "/auth/refresh", {"refresh_token": self.refresh_token})
        except errors.LoginRequired:
            newer = self.stored_refresh_token() if self.stored_refresh_token else None
            if not newer or newer == self.refresh_token:
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

    # --- deadlines --------------------------------------------------------------------

    @contextlib.contextmanager
    def waiting_on_purpose(self) -> Iterator[None]:
        """Calls inside (``support start --wait`` polling) are bounded per call only; the
        command's conversation deadline starts afresh after the block."""
        self._waiting_on_purpose += 1
        try:
            yield
        finally:
            self._waiting_on_purpose -= 1
            self._conversation_until = None

    def _call_until(self, within: float | None = None) -> float:
        now = time.monotonic()
        until = now + (self.call_deadline if within is None else min(within, self.call_deadline))
        if self.conversation_deadline is not None and not self._waiting_on_purpose:
            if self._conversation_until is None:
                self._conversation_until = now + self.conversation_deadline
            until = min(until, self._conversation_until)
        return until

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
        within: float | None = None,
    ) -> Reply:
        """An authorized call: refreshes the access token once on 401 and tries again.
        ``within`` (seconds) bounds it tighter than the call deadline: a call made on the
        way out (ending a support session after Ctrl+C) must not hold the exit up."""
        if self.access_token is None and self.refresh_token:
            self.refresh()
        if self.access_token is None:
            raise errors.LoginRequired()
        try:
            return self._send(method, path, body, headers=headers, auth=True, within=within)
        except errors.LoginRequired:
            if not self.refresh_token:
                raise
        log.info("access token refused; refreshing once")
        self.refresh()
        return self._send(method, path, body, headers=headers, auth=True, within=within)

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
        within: float | None = None,
    ) -> Reply:
        url = self.base_url + path
        all_headers = {"Accept": "application/json", **(headers or {})}
        if auth and self.access_token:
            all_headers["Authorization"] = f"Bearer {self.access_token}"
        until = self._call_until(within)
        attempt = 0
        while True:
            started = time.monotonic()
            left = until - started
            if left <= 0:
                raise deadline_passed()
            try:
                status, response_headers, content = self._exchange(
                    method, url, body, all_headers, left
                )
            except DeadlinePassed:
                log.warning("%s %s: deadline passed", method, path)
                raise deadline_passed() from None
            except requests.RequestException as err:
                retry = _may_retry(method, err)
                if isinstance(err, requests.ReadTimeout) and attempt >= 1:
                    retry = False  # a service that hung twice: say so rather than wait more
                log.warning("%s %s failed: %s (retry: %s)", method, path, type(err).__name__, retry)
                if retry and attempt < self.retries and self._wait(attempt, until):
                    attempt += 1
                    continue
                raise network_error(err) from None
            log.info(
                "%s %s -> %s in %.0f ms",
                method, path, status, (time.monotonic() - started) * 1000,
            )
            if method == "GET" and status in RETRYABLE_STATUS and (
                attempt < self.retries
            ) and self._wait(attempt, until):
                attempt += 1
                continue
            return _reply(status, response_headers, content)

    def _exchange(
        self,
        method: str,
        url: str,
        body: dict[str, Any] | None,
        headers: dict[str, str],
        left: float,
    ) -> tuple[int, Any, bytes]:
        """One request and its whole (bounded) answer within ``left`` seconds."""
        connect, read = self.timeout
        with deadline(left) as watchdog:
            try:
                response = self.session.request(
                    method, url, json=body, headers=headers,
                    timeout=(min(connect, left), min(read, left)),
                    allow_redirects=False,  # a body is never re-sent elsewhere (section 6.1)
                    stream=True,
                )
                if 300 <= response.status_code < 400 and response.status_code != 304:
                    response.close()
                    log.warning("%s answered with a redirect; not followed", method)
                    raise redirected(response.status_code)
                content = read_answer(response)
            except AnswerTooLarge:
                log.warning("answer larger than the limit; given up")
                raise answer_too_large() from None
            except AnswerEncodingRefused:
                raise bad_answer("content_encoding") from None
            except zlib.error:
                raise bad_answer("content_encoding") from None
            except (urllib3.exceptions.HTTPError, OSError, requests.RequestException) as err:
                if watchdog.fired:
                    raise DeadlinePassed from None
                if isinstance(err, requests.RequestException):
                    raise
                if isinstance(err, urllib3.exceptions.ReadTimeoutError):
                    raise requests.ReadTimeout(err) from None
                raise requests.ConnectionError(err) from None
            if watchdog.fired:
                raise DeadlinePassed
        return response.status_code, response.headers, content

    def _wait(self, attempt: int, until: float) -> bool:
        """Sleeps the back-off before another attempt; False when the deadline would pass."""
        pause = min(self.backoff * 2**attempt, 8.0)
        if time.monotonic() + pause >= until:
            return False
        self.sleep(pause)
        return True


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


def _reply(status: int, headers: Any, content: bytes) -> Reply:
    etag = headers.get("ETag")
    if status == 304:
        return Reply(304, {}, etag)
    data: Any = {}
    if content:
        try:
            data = json.loads(content.decode("utf-8")) if _is_json(headers) else None
        except (ValueError, UnicodeDecodeError):
            data = None
    if 200 <= status < 300:
        if not isinstance(data, dict):
            raise bad_answer("body")
        return Reply(status, data, etag)
    raise error_for(status, data if isinstance(data, dict) else {}, headers)


def _is_json(headers: Any) -> bool:
    """No Content-Type, or a JSON one: a captive portal's page is never read as data."""
    kind = str(headers.get("Content-Type") or "").partition(";")[0].strip().lower()
    return not kind or kind == "application/json" or kind.endswith("+json")
