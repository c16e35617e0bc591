"""The HTTP transport under the service client, hardened for networks we do not control
(DESIGN.md section 6.1).

- TLS is verified against the operating system's certificate store (``truststore``).
- Every call has an overall **deadline**. requests' timeouts count per ``recv``, so a
  service dripping one byte every two seconds never trips them; a watchdog timer shuts the
  call's socket down when the deadline passes, which ends any read at once.
- An answer is read as raw bytes, at most ``MAX_ANSWER`` after decompression: the
  client decodes ``gzip``/``deflate`` itself with a bounded inflater, and refuses stacked
  or unknown encodings, so neither a gzip bomb nor an endless body can fill the memory.
- Redirects are never followed (the caller asks with ``allow_redirects=False``).
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterator
from typing import Any

import requests
import truststore
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

MAX_ANSWER = 4 * 1024 * 1024  # bytes after decompression (DESIGN.md section 6.1)
CALL_DEADLINE = 30.0  # seconds for one call, retries included
CONVERSATION_DEADLINE = 60.0  # seconds for all calls of one command
CHUNK = 64 * 1024


class AnswerTooLarge(Exception):
    """The answer went past ``MAX_ANSWER`` (after decompression)."""


class AnswerEncodingRefused(Exception):
    """A ``Content-Encoding`` the client does not decode (stacked, or not gzip/deflate)."""


class DeadlinePassed(Exception):
    """The call's overall deadline passed while it was still talking to the service."""


# --- the deadline ---------------------------------------------------------------------

_current = threading.local()


class Watchdog:
    """Shuts down the sockets of one call once its deadline passes."""

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._connections: list[HTTPConnection] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, seconds), self._fire)
        self._timer.daemon = True

    def watch(self, connection: HTTPConnection) -> None:
        with self._lock:
            self._connections.append(connection)
            fired = self.fired
        if fired:
            _shut(connection)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            connections = list(self._connections)
        for connection in connections:
            _shut(connection)

    def start(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        self._timer.cancel()


def _shut(connection: HTTPConnection) -> None:
    sock = getattr(connection, "sock", None)
    if sock is None:
        return
    with contextlib.suppress(OSError, ValueError):
        # shutdown, not close: a recv blocked in another thread returns at once.
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[Watchdog]:
    """Within this block, every connection this thread uses is cut after ``seconds``."""
    watchdog = Watchdog(seconds)
    previous = getattr(_current, "watchdog", None)
    _current.watchdog = watchdog
    watchdog.start()
    try:
        yield watchdog
    finally:
        watchdog.cancel()
        _current.watchdog = previous


def _register(connection: HTTPConnection) -> None:
    watchdog = getattr(_current, "watchdog", None)
    if watchdog is not None:
        watchdog.watch(connection)


class _WatchedHTTPConnection(HTTPConnection):
    def connect(self) -> None:
        _register(self)
        super().connect()
        _register(self)  # now that it has a socket

    def request(self, *args: Any, **kwargs: Any) -> None:
        _register(self)  # a kept-alive connection is reused without connect()
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(HTTPSConnection):
    def connect(self) -> None:
        _register(self)
        super().connect()
        _register(self)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _register(self)
        super().request(*args, **kwargs)


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class TruststoreAdapter(HTTPAdapter):
    """Verifies TLS against the operating system's certificate store; its connections obey
    the calling thread's ``deadline``."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_POOLS)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        proxy_kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = dict(_POOLS)
        return manager


class WatchedAdapter(HTTPAdapter):
    """Plain HTTP (loopback only) with the same deadline."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_POOLS)


# --- the bounded answer ---------------------------------------------------------------


def read_answer(response: requests.Response, limit: int = MAX_ANSWER) -> bytes:
    """The body of a ``stream=True`` response, decoded, at most ``limit`` bytes.

    Raises AnswerTooLarge, AnswerEncodingRefused, or requests' errors of a broken read."""
    raw = response.raw
    if raw is None or not hasattr(raw, "stream"):
        content = response.content or b""  # a transport that already holds the body
        if len(content) > limit:
            raise AnswerTooLarge
        return content
    encodings = [
        e.strip().lower()
        for e in response.headers.get("Content-Encoding", "").split(",")
        if e.strip() and e.strip().lower() != "identity"
    ]
    if len(encodings) > 1 or (encodings and encodings[0] not in ("gzip", "x-gzip", "deflate")):
        response.close()
        raise AnswerEncodingRefused
    inflater = _Inflater(encodings[0]) if encodings else None
    out = bytearray()
    try:
        for chunk in raw.stream(CHUNK, decode_content=False):
            if inflater is None:
                out += chunk
                if len(out) > limit:
                    raise AnswerTooLarge
            else:
                inflater.feed(chunk, out, limit)
        if inflater is not None:
            inflater.finish(out, limit)
    except Exception:
        response.close()
        raise
    return bytes(out)


class _Inflater:
    """gzip or deflate (zlib-wrapped or raw), never producing more than the limit."""

    def __init__(self, encoding: str) -> None:
        self.raw_deflate_tried = encoding == "deflate"
        # 47: a gzip or zlib header, detected; a raw deflate stream is retried below.
        self.inflater = zlib.decompressobj(47)
        self.started = False

    def feed(self, data: bytes, out: bytearray, limit: int) -> None:
        try:
            self._feed(data, out, limit)
        except zlib.error:
            if self.started or not self.raw_deflate_tried:
                raise
            self.inflater = zlib.decompressobj(-15)
            self.raw_deflate_tried = False
            self._feed(data, out, limit)

    def _feed(self, data: bytes, out: bytearray, limit: int) -> None:
        pending = data
        while pending:
            room = limit - len(out) + 1  # one byte more than allowed tells "too large"
            produced = self.inflater.decompress(pending, room)
            self.started = self.started or bool(produced)
            out += produced
            if len(out) > limit:
                raise AnswerTooLarge
            pending = self.inflater.unconsumed_tail
            if self.inflater.eof:
                return  # trailing bytes after the stream are ignored, as browsers do

    def finish(self, out: bytearray, limit: int) -> None:
        out += self.inflater.flush(limit - len(out) + 1)
        if len(out) > limit:
            raise AnswerTooLarge


def remaining(until: float) -> float:
    return until - time.monotonic()
