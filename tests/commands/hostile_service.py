"""A hostile service on loopback: it logs anybody in, then answers the key request (or any
path it is told to) the way an attacker or a broken network box would (issue 11).

Behaviours: ``redirect`` (307 to another origin, which records whatever reaches it),
``gzip_bomb`` (a small gzip answer that inflates to hundreds of MiB), ``endless`` (a chunked
body that never ends), ``drip`` (one byte at a time, slower than any deadline),
``wrong_type`` (JSON sent as ``application/octet-stream``), ``html`` (a sign-in page
instead of JSON), ``other_installation`` (a correctly signed demo key, issued for another
installation key). Nothing listens anywhere but 127.0.0.1.
"""

from __future__ import annotations

import dataclasses
import gzip
import io
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from pasoss_activator.core.installation_key import InstallationKey

from ..core.fake_service import issue_demo_key

BEHAVIOURS = (
    "redirect",
    "gzip_bomb",
    "endless",
    "drip",
    "wrong_type",
    "html",
    "other_installation",
)
BOMB_MIB = 64  # 16 times the client's limit, from 64 KiB on the wire
DRIP_INTERVAL_S = 0.25
DRIP_BYTES = 10_000  # 40+ minutes at that pace


def _bomb() -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9) as packed:
        zeros = b"\0" * (1024 * 1024)
        for _ in range(BOMB_MIB):
            packed.write(zeros)
    return buffer.getvalue()


_BOMB: bytes | None = None


def bomb() -> bytes:
    global _BOMB
    if _BOMB is None:
        _BOMB = _bomb()
    return _BOMB


@dataclass
class Recorder:
    """What reached the other origin of a redirect (it must stay empty)."""

    requests: list[tuple[str, str, bytes]] = field(default_factory=list)


def _login_body() -> bytes:
    return json.dumps(
        {
            "access_token": "hostile-access",
            "refresh_token": "hostile-refresh",
            "expires_in": 900,
            "account": {"email": "demo@pasoss.example", "company": "Демо",
                        "customer_number": 1001, "role": "client"},
        }
    ).encode()


def _other_installation_key(asked: str) -> str:
    """A demo-signed key for the same program on another workstation (another disk)."""
    key = InstallationKey.parse(asked)
    other = dataclasses.replace(key, workstation_id=bytes(b ^ 0xFF for b in key.workstation_id))
    return issue_demo_key(other.text)


@contextmanager
def hostile_service(
    behaviour: str,
    hostile_paths: tuple[str, ...] = ("/keys",),
    redirect_status: int = 307,
    redirect_same_origin: bool = False,
) -> Iterator[tuple[str, Recorder]]:
    """Yields (base URL ending in /api/v1, what reached the redirect's other origin)."""
    assert behaviour in BEHAVIOURS, behaviour
    recorder = Recorder()
    stop = threading.Event()

    class Elsewhere(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            recorder.requests.append((self.command, self.path, self.rfile.read(length)))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        do_GET = do_POST

        def log_message(self, *_: object) -> None:
            return None

    class Hostile(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_: object) -> None:
            return None

        def do_GET(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            path = self.path.split("/api/v1", 1)[-1]
            if any(path.startswith(p) for p in hostile_paths):
                self._hostile(path, body)
            elif path.startswith("/auth/login"):
                self._send(200, _login_body(), "application/json")
            else:
                self._send(200, b"{}", "application/json")

        do_POST = do_GET

        def _send(self, status: int, data: bytes, kind: str, **headers: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name.replace("_", "-"), value)
            self.end_headers()
            self.wfile.write(data)

        def _hostile(self, path: str, body: bytes) -> None:
            if behaviour == "redirect":
                port = server.server_address[1] if redirect_same_origin else (
                    elsewhere.server_address[1]
                )
                target = f"http://127.0.0.1:{port}/api/v1/moved{path}"
                self.send_response(redirect_status)
                self.send_header("Location", target)
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif behaviour == "gzip_bomb":
                self._send(200, bomb(), "application/json", Content_Encoding="gzip")
            elif behaviour == "endless":
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                chunk = b" " * 65536
                frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
                try:
                    while not stop.is_set():
                        self.wfile.write(frame)
                except OSError:
                    return  # the client gave up, as it should
            elif behaviour == "drip":
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(DRIP_BYTES))
                self.end_headers()
                try:
                    for _ in range(DRIP_BYTES):
                        if stop.wait(DRIP_INTERVAL_S):
                            return
                        self.wfile.write(b" ")
                        self.wfile.flush()
                except OSError:
                    return
            elif behaviour == "wrong_type":
                self._send(200, b'{"registration_key": "x", "comparison": []}',
                           "application/octet-stream")
            elif behaviour == "html":
                self._send(200, b"<html><body>Hotel Wi-Fi: please sign in</body></html>",
                           "text/html; charset=utf-8")
            elif behaviour == "other_installation":
                asked = json.loads(body or b"{}").get("installation_key", "")
                answer = {"registration_key": _other_installation_key(asked), "licence_id": 7,
                          "comparison": []}
                self._send(200, json.dumps(answer).encode(), "application/json")

    if behaviour == "gzip_bomb":
        bomb()  # made before the client asks, so the answer starts at once
    elsewhere = ThreadingHTTPServer(("127.0.0.1", 0), Elsewhere)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Hostile)
    server.daemon_threads = elsewhere.daemon_threads = True
    threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in (server, elsewhere)]
    for thread in threads:
        thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api/v1", recorder
    finally:
        stop.set()
        for s in (server, elsewhere):
            s.shutdown()
            s.server_close()
