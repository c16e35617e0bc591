"""The bench's loopback proxy: it counts what passes, adds its latency, and stops by itself."""

from __future__ import annotations

import socket
import time

import pytest
import requests

from bench.proxy import Proxy
from server_stub.testing import RunningStub


def test_the_proxy_counts_each_request_and_its_bytes(stub: RunningStub) -> None:
    with Proxy(stub.server.server_address[1], lifetime=60) as proxy:
        with requests.Session() as session:
            for _ in range(2):
                assert session.get(proxy.url() + "/contacts", timeout=10).status_code == 200
        assert proxy.traffic.requests == 2
        assert proxy.traffic.connections == 1  # kept alive through the proxy
        assert all(e.request_line == "GET /api/v1/contacts HTTP/1.1" and e.sent and e.received
                   for e in proxy.traffic.exchanges)


def test_a_first_request_pays_the_handshake_and_the_round_trip(stub: RunningStub) -> None:
    # A lower bound only: the added latency is a wait, so no load makes it shorter.
    latency = 0.05
    with Proxy(stub.server.server_address[1], latency=latency, lifetime=60) as proxy:
        started = time.monotonic()
        assert requests.get(proxy.url() + "/contacts", timeout=10).status_code == 200
        assert time.monotonic() - started >= 4 * latency  # handshake RTT + request RTT


def test_the_proxy_stops_by_itself_when_its_lifetime_is_over(stub: RunningStub) -> None:
    proxy = Proxy(stub.server.server_address[1], lifetime=0.2)
    with proxy:
        proxy._thread.join(10)  # the accept loop ends on its own, nobody stops it
        assert not proxy.running
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", proxy.port), timeout=2).close()
