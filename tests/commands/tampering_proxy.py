"""A reverse proxy between the activator and the stub that changes what the stub answers:
by default one character of every registration key it issues (what an attacker could do),
or, given ``replace``, whole answers of some paths (a broken service or network box)."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def flip_one_character(key: str, index: int = 30) -> str:
    """The key with one Base32 character (not a dash) replaced by another."""
    while key[index] == "-":
        index += 1
    replacement = "A" if key[index] != "A" else "B"
    return key[:index] + replacement + key[index + 1 :]


# A path's answer replaced by (status, body, Content-Type).
Replacement = tuple[int, bytes, str]


@contextmanager
def tampering_proxy(
    target: str, replace: Mapping[str, Replacement] | None = None
) -> Iterator[str]:
    """Serve on a free loopback port; yields the proxy's base URL (ending in /api/v1).

    Without ``replace`` every issued key is tampered with; with it, a request whose path
    ends with one of its keys gets that answer instead of the stub's (the others pass)."""
    target_root = target.removesuffix("/api/v1")

    class Handler(BaseHTTPRequestHandler):
        def _forward(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            replaced = next(
                (v for k, v in (replace or {}).items() if self.path.endswith(k)), None
            )
            if replaced is not None:  # the stub is not asked at all
                status, data, content_type = replaced
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return
            headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
            request = urllib.request.Request(
                target_root + self.path, data=body, headers=headers, method=self.command
            )
            try:
                with urllib.request.urlopen(request, timeout=10) as answer:
                    status, answer_headers, data = answer.status, answer.headers, answer.read()
            except urllib.error.HTTPError as err:
                status, answer_headers, data = err.code, err.headers, err.read()
            if replace is None and self.path.endswith("/keys") and status == 200:
                payload = json.loads(data)
                payload["registration_key"] = flip_one_character(payload["registration_key"])
                data = json.dumps(payload).encode()
            self.send_response(status)
            for name, value in answer_headers.items():
                if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = _forward

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api/v1"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
