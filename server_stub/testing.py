"""The stub inside this process, for tests and ``pasoss-activator --demo``.

    with running_stub(tmp_path / "stub.db") as stub:
        stub.url       # "http://127.0.0.1:PORT/api/v1"
        stub.db_path
        stub.clock.advance(minutes=16)   # move the service's clock; no sleeping

The server is listening before the context is entered, so the first request never races
its start.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .clock import Clock
from .http import ApiServer
from .server import TlsFiles, make_server
from .service import Service


@dataclass
class RunningStub:
    url: str
    db_path: Path
    service: Service
    server: ApiServer
    thread: threading.Thread
    _stopped: bool = field(default=False, repr=False)

    @property
    def clock(self) -> Clock:
        return self.service.clock

    @property
    def key_id(self) -> int:
        return self.service.signer.key_id

    def stop(self) -> None:
        """Stop accepting connections and close the socket (safe to call twice)."""
        if self._stopped:
            return
        self._stopped = True
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


@contextmanager
def running_stub(
    db_path: str | Path,
    demo_data: bool = True,
    signing_key: str | Path | None = None,
    key_id: int = 0,
    host: str = "127.0.0.1",
    port: int = 0,
    tls: TlsFiles | ssl.SSLContext | None = None,
    clock: Clock | None = None,
) -> Iterator[RunningStub]:
    """A real HTTP server on ``host:port`` in a background thread of this process.

    ``signing_key`` (with ``key_id``) replaces the demo key and is remembered in the
    database; ``clock`` lets a test start at a chosen moment (default: real time, or
    ``PASOSS_STUB_NOW``).
    """
    service = Service.open(
        Path(db_path),
        demo_data=demo_data,
        signing_key=Path(signing_key) if signing_key is not None else None,
        key_id=key_id if signing_key is not None else None,
        clock=clock,
    )
    server = make_server(service, host, port, tls)
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.05},
        name="server-stub",
        daemon=True,
    )
    thread.start()
    stub = RunningStub(server.base_url, service.db_path, service, server, thread)
    try:
        yield stub
    finally:
        stub.stop()
