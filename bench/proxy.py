"""A loopback TCP proxy in front of the stub that counts bytes and can answer late.

Counting: every byte each way, and for each request its request line with the bytes of
the request and of its answer, so a figure can say where the bytes go. Delaying: the first
bytes of every answer are held back ``delay`` seconds ("a service that answers after 1 s").
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Exchange:
    request_line: str
    sent: int = 0  # client -> service
    received: int = 0  # service -> client


@dataclass
class Traffic:
    exchanges: list[Exchange] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def total(self) -> int:
        return sum(e.sent + e.received for e in self.exchanges)

    def reset(self) -> None:
        with self.lock:
            self.exchanges.clear()


class Proxy:
    def __init__(self, target_port: int, *, delay: float = 0.0) -> None:
        self.target_port = target_port
        self.delay = delay
        self.traffic = Traffic()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def url(self, base_path: str = "/api/v1") -> str:
        return f"http://127.0.0.1:{self.port}{base_path}"

    def __enter__(self) -> Proxy:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stopped.set()
        try:
            # Wakes the accept() of the other thread (close() alone leaves it waiting).
            socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
        except OSError:
            pass
        self._thread.join(5)
        self.listener.close()

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
        except OSError:
            client.close()
            return
        for sock in (client, upstream):
            # Forward each chunk at once: Nagle's algorithm would hold a small second write
            # (a body after its headers) for the peer's delayed ACK and add ~40 ms here.
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        current: list[Exchange] = []
        answer_due = threading.Event()

        def upward() -> None:
            while data := _recv(client):
                if _starts_request(data):
                    exchange = Exchange(data.split(b"\r\n", 1)[0].decode("latin-1"))
                    with self.traffic.lock:
                        self.traffic.exchanges.append(exchange)
                    current.append(exchange)
                    answer_due.set()
                if current:
                    current[-1].sent += len(data)
                upstream.sendall(data)
            _close(upstream)

        def downward() -> None:
            while data := _recv(upstream):
                if answer_due.is_set() and self.delay:
                    time.sleep(self.delay)  # the slow service: its answer starts late
                answer_due.clear()
                if current:
                    current[-1].received += len(data)
                try:
                    client.sendall(data)
                except OSError:
                    break
            _close(client)

        threads = [threading.Thread(target=f, daemon=True) for f in (upward, downward)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()


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
