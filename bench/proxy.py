"""A loopback TCP proxy in front of the stub: counts bytes, adds latency, can answer late.

Counting: every byte each way, and for each request its request line with the bytes of
the request and of its answer, so a figure can say where the bytes go.

Latency (``latency``, seconds one way): every chunk, each way, reaches the other side
that long after the proxy read it, in order and pipelined (a chunk waits for its own
time, not behind the waits of the chunks before it), as on a line with a round trip of
``2 * latency``. A new connection's first request waits one round trip more: the TCP
handshake a real client pays before it can send, which loopback would make free.

Answering late (``delay``, seconds): the first bytes of every answer are held back that
long more ("a service that answers after 1 s").

Bounded: the proxy accepts at most ``max_connections`` connections and stops by itself
``lifetime`` seconds after it started (closing what is open), whatever its user does.
Only 127.0.0.1 is listened on and connected to.
"""

from __future__ import annotations

import queue
import socket
import threading
import time
from dataclasses import dataclass, field

LOOPBACK = "127.0.0.1"


@dataclass
class Exchange:
    request_line: str
    sent: int = 0  # client -> service
    received: int = 0  # service -> client


@dataclass
class Traffic:
    exchanges: list[Exchange] = field(default_factory=list)
    connections: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def total(self) -> int:
        return sum(e.sent + e.received for e in self.exchanges)

    @property
    def requests(self) -> int:
        return len(self.exchanges)

    def reset(self) -> None:
        with self.lock:
            self.exchanges.clear()
            self.connections = 0


class Proxy:
    def __init__(
        self,
        target_port: int,
        *,
        delay: float = 0.0,
        latency: float = 0.0,
        lifetime: float = 600.0,
        max_connections: int = 256,
    ) -> None:
        self.target_port = target_port
        self.delay = delay
        self.latency = latency
        self.max_connections = max_connections
        self.traffic = Traffic()
        self.listener = socket.create_server((LOOPBACK, 0))
        self.listener.settimeout(0.1)  # the accept loop looks at the clock this often
        self.port = int(self.listener.getsockname()[1])
        self._deadline = time.monotonic() + lifetime
        self._stopped = threading.Event()
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, name="bench-proxy", daemon=True)

    def url(self, base_path: str = "/api/v1") -> str:
        return f"http://{LOOPBACK}:{self.port}{base_path}"

    def __enter__(self) -> Proxy:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        self._stopped.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(5)
        self.listener.close()
        with self._open_lock:
            for sock in list(self._open):
                _close(sock)
            self._open.clear()

    def _accept(self) -> None:
        accepted = 0
        while not self._stopped.is_set() and time.monotonic() < self._deadline:
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            accepted += 1
            if accepted > self.max_connections:
                client.close()
                continue
            with self.traffic.lock:
                self.traffic.connections += 1
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()
        # Stopped by its user, or its lifetime is over: nothing is left open.
        self._stopped.set()
        self.listener.close()
        with self._open_lock:
            for sock in list(self._open):
                _close(sock)

    def _serve(self, client: socket.socket) -> None:
        connected_at = time.monotonic()
        try:
            upstream = socket.create_connection((LOOPBACK, self.target_port))
        except OSError:
            client.close()
            return
        with self._open_lock:
            if self._stopped.is_set():
                _close(client)
                _close(upstream)
                return
            self._open.update((client, upstream))
        for sock in (client, upstream):
            # Forward each chunk at once: Nagle's algorithm would hold a small second write
            # (a body after its headers) for the peer's delayed ACK and add ~40 ms here.
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        current: list[Exchange] = []
        answer_due = threading.Event()
        up: queue.Queue[tuple[float, bytes]] = queue.Queue()
        down: queue.Queue[tuple[float, bytes]] = queue.Queue()
        handshake = connected_at + 2 * self.latency  # the earliest the first bytes may leave

        def read_client() -> None:
            last = 0.0
            while data := _recv(client):
                if _starts_request(data):
                    exchange = Exchange(data.split(b"\r\n", 1)[0].decode("latin-1"))
                    with self.traffic.lock:
                        self.traffic.exchanges.append(exchange)
                    current.append(exchange)
                    answer_due.set()
                if current:
                    current[-1].sent += len(data)
                last = max(last, handshake, time.monotonic()) + self.latency
                up.put((last, data))
            up.put((max(last, time.monotonic() + self.latency), b""))

        def read_upstream() -> None:
            last = 0.0
            while data := _recv(upstream):
                due = time.monotonic() + self.latency
                if answer_due.is_set():
                    due += self.delay  # the slow service: its answer starts late
                    answer_due.clear()
                if current:
                    current[-1].received += len(data)
                last = max(last, due)
                down.put((last, data))
            down.put((max(last, time.monotonic() + self.latency), b""))

        threads = [
            threading.Thread(target=f, args=a, daemon=True)
            for f, a in (
                (read_client, ()),
                (read_upstream, ()),
                (_deliver, (up, upstream, self._stopped)),
                (_deliver, (down, client, self._stopped)),
            )
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        with self._open_lock:
            self._open.discard(client)
            self._open.discard(upstream)
        _close(client)
        _close(upstream)


def _deliver(
    chunks: queue.Queue[tuple[float, bytes]], to: socket.socket, stopped: threading.Event
) -> None:
    """Send each chunk at its time; an empty chunk is the end of that direction."""
    while True:
        due, data = chunks.get()
        wait = due - time.monotonic()
        if wait > 0 and stopped.wait(wait):
            break
        if not data:
            break
        try:
            to.sendall(data)
        except OSError:
            break
    try:
        to.shutdown(socket.SHUT_WR)  # the other side reads its end; the rest goes on
    except OSError:
        pass


_METHODS = (b"GET ", b"POST ", b"PUT ", b"DELETE ", b"PATCH ", b"HEAD ", b"OPTIONS ")


def _starts_request(data: bytes) -> bool:
    return data.startswith(_METHODS)


def _recv(sock: socket.socket) -> bytes:
    try:
        return sock.recv(65536)
    except OSError:
        return b""


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
