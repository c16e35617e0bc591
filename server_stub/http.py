"""HTTP on the standard library: one thread per connection, JSON in and out.

Every request gets its own SQLite connection, closed when the answer is sent. Anything
a client sends maps to a 4xx answer; only a bug in the stub itself reaches the catch-all,
which prints the traceback to stderr and answers 500 ``internal_error``.

Hostile clients (DESIGN.md section 6.1): at most ``MAX_CONNECTIONS`` connections are
served at once (one thread each; the next hears 503 and is closed), two different
``Content-Length`` headers are refused with 400 and the connection closed (the rest of
such a body must never be read as a second request), and ``Server:`` names no Python
version.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import re
import socket
import sqlite3
import ssl
import sys
import threading
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

from . import errors
from .errors import ApiError
from .messages import Request, Response, Route
from .service import Service
from .tokens import Caller, authenticate

BASE_PATH = "/api/v1"
_SUPPORT_CODE = re.compile(r"(/support/sessions/)[^/ ?]+")
_DIGITS = re.compile(r"[0-9]+")
MAX_BODY = 64 * 1024
# Connections served at once, each holding a thread (idle keep-alive ones up to
# ApiHandler.timeout). Far above what the tests, the benchmarks or a demo open.
MAX_CONNECTIONS = 256
_BUSY = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json; charset=utf-8\r\n"
    b"Retry-After: 5\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s"
)


class ApiServer(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog is 5: a burst of clients (20 threads asking for keys)
    # would see their connections dropped and retried a second later.
    request_queue_size = 128

    def __init__(
        self,
        address: tuple[str, int],
        service: Service,
        routes: list[Route],
        tls: ssl.SSLContext | None = None,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.service = service
        self.routes = routes
        self.tls = tls
        self.max_connections = max_connections
        self._slots = threading.BoundedSemaphore(max_connections)
        super().__init__(address, ApiHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        """A thread for the connection while fewer than ``max_connections`` are open;
        otherwise 503 at once, from the accepting thread, without reading anything."""
        if not self._slots.acquire(blocking=False):
            self._refuse_busy(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def _refuse_busy(self, request: socket.socket) -> None:
        if not isinstance(request, ssl.SSLSocket):  # a TLS client cannot read plain text
            error = errors.ApiError(
                503, "service_busy", "Услугата е претоварена. Опитайте отново след малко."
            )
            body = json.dumps(error.body(), ensure_ascii=False).encode("utf-8")
            try:
                request.settimeout(1.0)
                request.sendall(_BUSY % (len(body), body))
            except OSError:
                pass
        self.shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that resets or drops its connection is not a bug worth a traceback.
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handle_error(request, client_address)

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, addr = super().get_request()
        if self.tls is not None:
            # The handshake happens in the connection's own thread (ApiHandler.setup),
            # so a slow client cannot hold up accepting other connections.
            sock = self.tls.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        return sock, addr

    @property
    def base_url(self) -> str:
        host, port = str(self.server_address[0]), int(self.server_address[1])
        shown = f"[{host}]" if ":" in host else host
        scheme = "https" if self.tls is not None else "http"
        return f"{scheme}://{shown}:{port}{BASE_PATH}"


class ApiHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "PASOSS-stub/1"
    sys_version = ""  # the Server header names no Python version (nothing to fingerprint)
    timeout = 30  # an idle keep-alive connection is closed after this many seconds
    # Headers and body go out in two writes; with Nagle on, the body would wait for the
    # client's delayed ACK (about 40 ms on Linux) on every answer.
    disable_nagle_algorithm = True
    server: ApiServer

    def setup(self) -> None:
        super().setup()
        if isinstance(self.request, ssl.SSLSocket):
            try:
                self.request.do_handshake()
            except (ssl.SSLError, OSError):
                self.close_connection = True
                self.rfile = self.wfile = _Closed()  # type: ignore[assignment]

    def parse_request(self) -> bool:
        # http.server answers a method it has no ``do_*`` for with 501, a server error for
        # what is the client's mistake: such a method goes through the routes like any other
        # and hears 405 with Allow (or 404 for an unknown path).
        if not super().parse_request():
            return False
        if not hasattr(self, "do_" + self.command):
            setattr(self, "do_" + self.command, self.do_GET)
        return True

    def handle_expect_100(self) -> bool:
        # A client that waits for "100 Continue" before sending a body too large hears
        # 413 instead, and never sends the body.
        length = self.headers.get("Content-Length", "").strip()
        if _DIGITS.fullmatch(length) and int(length) > MAX_BODY:
            self.close_connection = True
            error = errors.payload_too_large(MAX_BODY)
            self._send(Response(error.status, error.body(), dict(error.headers)), head=False)
            return False
        return super().handle_expect_100()

    def do_GET(self) -> None:
        self._dispatch()

    def do_HEAD(self) -> None:
        self._dispatch(head=True)

    do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.service.log_requests:
            # A support code opens a client's diagnostics: it stays out of the log.
            masked = tuple(
                _SUPPORT_CODE.sub(r"\1******", a) if isinstance(a, str) else a for a in args
            )
            super().log_message(format, *masked)

    def version_string(self) -> str:
        # The Server header without the Python version: nobody needs it, and every answer
        # (a 304 of an unchanged sync above all) carries it.
        return self.server_version

    def date_time_string(self, timestamp: float | None = None) -> str:
        # The Date header follows the stub's clock, so a client's clock check can be tested.
        moment = self.server.service.clock.timestamp() if timestamp is None else timestamp
        return email.utils.formatdate(moment, usegmt=True)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # Malformed request lines and headers get the same JSON error shape as the rest.
        error = ApiError(code, "invalid_request", "Заявката не е валидна HTTP заявка.")
        self.close_connection = True
        self.request_version = "HTTP/1.1"  # a line too broken to parse still gets a status line
        self._send(Response(error.status, error.body(), {"Connection": "close"}), head=False)

    def _dispatch(self, head: bool = False) -> None:
        try:
            response = self._handle("GET" if head else self.command)
        except ApiError as err:
            response = Response(err.status, err.body(), dict(err.headers))
        except Exception:  # a bug in the stub, never a client's input
            traceback.print_exc(file=sys.stderr)
            failure = errors.internal_error()
            response = Response(failure.status, failure.body())
        try:
            self._send(response, head=head)
        except OSError:  # the client has gone; nobody is left to answer
            self.close_connection = True

    def _handle(self, method: str) -> Response:
        raw_body = self._read_body()
        path = unquote(urlsplit(self.path).path)
        if not path.startswith(BASE_PATH + "/"):
            raise errors.not_found()
        path = path[len(BASE_PATH) :].rstrip("/") or "/"
        matches = [(r, m) for r in self.server.routes if (m := r.pattern.match(path))]
        if not matches:
            raise errors.not_found()
        chosen = next(((r, m) for r, m in matches if r.method == method), None)
        if chosen is None:
            raise errors.method_not_allowed(sorted({r.method for r, _ in matches}))
        found, match = chosen
        service = self.server.service
        conn = service.connect()
        try:
            request = Request(
                method,
                match.groupdict(),
                self.headers,
                raw_body,
                self.client_address[0],
                service,
                conn,
            )
            if found.access != "public":
                request.caller = self._caller(conn)
                if found.access == "staff" and not request.caller.is_staff:
                    raise errors.forbidden("Само служители на ПАСОСС имат достъп до това.")
            response = found.handler(request)
        finally:
            conn.close()
        if method == "GET" and response.status == 200 and response.body is not None:
            response = _with_etag(response, self.headers.get("If-None-Match", ""))
        return response

    def _read_body(self) -> bytes:
        """The body, refused before it is read when it is too large or of unknown length."""
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            raise errors.invalid_request(
                "Transfer-Encoding", "не се поддържа; пратете Content-Length"
            )
        lengths = self.headers.get_all("Content-Length") or []
        if len({value.strip() for value in lengths}) > 1:
            # Two framings of one body: which one a proxy in front believed is unknown, so
            # the rest must not be read as another request (request smuggling).
            self.close_connection = True
            raise errors.invalid_request("Content-Length", "е посочено повече от веднъж, различно")
        text = lengths[0] if lengths else None
        if text is None:
            return b""
        if not _DIGITS.fullmatch(text.strip()):
            self.close_connection = True
            raise errors.invalid_request("Content-Length", "не е число")
        length = int(text)
        if length > MAX_BODY:
            self.close_connection = True  # the unread body must not be taken as a request
            raise errors.payload_too_large(MAX_BODY)
        try:
            body = self.rfile.read(length)
        except OSError:  # includes the timeout of a client that stopped sending
            body = b""
        if len(body) != length:
            self.close_connection = True
            raise errors.invalid_request("Content-Length", "е по-голямо от изпратеното тяло")
        return body

    def _caller(self, conn: sqlite3.Connection) -> Caller:
        scheme, _, token = self.headers.get("Authorization", "").strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise errors.login_required()
        caller = authenticate(conn, token.strip(), self.server.service.clock.timestamp())
        if caller is None:
            raise errors.login_required()
        return caller

    def _send(self, response: Response, *, head: bool) -> None:
        body = b""
        if response.body is not None:
            body = json.dumps(response.body, ensure_ascii=False).encode("utf-8")
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        if response.status != 304:
            if response.body is not None:
                self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
        if "Cache-Control" not in response.headers:
            self.send_header("Cache-Control", "no-store")
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if body and not head and response.status != 304:
            self.wfile.write(body)


def _with_etag(response: Response, if_none_match: str) -> Response:
    body = json.dumps(response.body, ensure_ascii=False).encode("utf-8")
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = {**response.headers, "ETag": etag, "Cache-Control": "private, no-cache"}
    candidates = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    if etag in candidates or "*" in candidates:
        return Response(304, None, headers)
    return Response(response.status, response.body, headers)


class _Closed:
    """Stands in for the streams of a connection whose TLS handshake failed."""

    def readline(self, *_: Any) -> bytes:
        return b""

    def read(self, *_: Any) -> bytes:
        return b""

    def write(self, data: bytes) -> int:
        return len(data)

    def flush(self) -> None:
        return None

    def close(self) -> None:
        return None

    closed = True
