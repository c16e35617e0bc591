"""Figures of the core against the loopback stub: login, activation, an unchanged re-sync."""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

from pasoss_activator.core.account import Activator
from pasoss_activator.core.programs import load_program

from .proxy import Proxy

DEMO_EMAIL = "demo@pasoss.example"
DEMO_PASSWORD = "demo-parola-2026"


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


def login_ms(url: str, runs: int) -> dict[str, Any]:
    samples = []
    for _ in range(runs):
        activator = Activator(url, retries=0)
        started = time.perf_counter()
        activator.login(DEMO_EMAIL, DEMO_PASSWORD, remember=False)
        samples.append(time.perf_counter() - started)
        activator.logout()
    return {"login_ms": _median_ms(samples)}


def activation_ms(url: str, program_folder: Path, runs: int) -> dict[str, Any]:
    """Read the program, ask for its key, verify, write PASOSS.INI, report: login excluded."""
    activator = Activator(url, retries=0)
    activator.login(DEMO_EMAIL, DEMO_PASSWORD, remember=False)
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        activator.activate(load_program(program_folder))
        samples.append(time.perf_counter() - started)
    activator.logout()
    return {"activation_ms": _median_ms(samples), "activation_p90_ms": round(
        sorted(samples)[int(len(samples) * 0.9) - 1] * 1000, 1)}


def resync_unchanged(stub_port: int, runs: int) -> dict[str, Any]:
    """A full sync after one that already brought everything: requests and bytes on the
    wire (headers included, counted by a proxy in front of the stub) and time."""
    with Proxy(stub_port, lifetime=300) as proxy:
        activator = Activator(proxy.url(), retries=0)
        activator.login(DEMO_EMAIL, DEMO_PASSWORD, remember=True)
        activator.sync()
        samples, sizes, counts = [], [], []
        for _ in range(runs):
            proxy.traffic.reset()
            started = time.perf_counter()
            activator.sync()
            samples.append(time.perf_counter() - started)
            sizes.append(proxy.traffic.total)
            counts.append(proxy.traffic.requests)
        breakdown = [
            {"request": e.request_line, "sent": e.sent, "received": e.received}
            for e in proxy.traffic.exchanges
        ]
        activator.logout()
    return {
        "resync_unchanged_requests": max(counts),
        "resync_unchanged_bytes": int(statistics.median(sizes)),
        "resync_unchanged_ms": _median_ms(samples),
        "resync_requests": breakdown,
    }


def sync_rtt60(stub_port: int, runs: int) -> dict[str, Any]:
    """An unchanged sync on a line with a 60 ms round trip (a loopback proxy adding 30 ms
    each way), logged in and synced once before, as the main window's refresh does it;
    beside it the same with the four routes of a service without GET /sync."""
    with Proxy(stub_port, latency=0.030, lifetime=300) as proxy:
        activator = Activator(proxy.url(), retries=0)
        activator.login(DEMO_EMAIL, DEMO_PASSWORD, remember=True)
        activator.sync()
        one, parts, requests = [], [], []
        for _ in range(runs):
            proxy.traffic.reset()
            started = time.perf_counter()
            activator.sync()
            one.append(time.perf_counter() - started)
            requests.append(proxy.traffic.requests)
        activator.client.has_sync_route = False  # as against a service older than /sync
        for _ in range(runs):
            started = time.perf_counter()
            activator.sync()
            parts.append(time.perf_counter() - started)
        activator.client.has_sync_route = True
        activator.logout()
    return {
        "sync_rtt60_unchanged_ms": _median_ms(one),
        "sync_rtt60_unchanged_requests": max(requests),
        "sync_rtt60_unchanged_four_routes_ms": _median_ms(parts),
    }
