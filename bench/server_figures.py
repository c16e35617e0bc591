"""The stub under 32 concurrent clients issuing keys on loopback."""

from __future__ import annotations

import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import requests

from .accounts import PASSWORD, create_load_accounts, installation_for
from .stub_process import stub_process

CLIENTS = 32


def server_keys(workdir: Path, keys_per_client: int) -> dict[str, Any]:
    """Each client its own account and session; half its keys for new PCs, half again."""
    db = workdir / "server-load.db"
    accounts = create_load_accounts(db, CLIENTS, seats=63)
    with stub_process(db, demo_data=False) as stub:
        sessions = []
        for account in accounts:
            http = requests.Session()
            answer = http.post(stub.url + "/auth/login", timeout=30,
                               json={"email": account.email, "password": PASSWORD})
            answer.raise_for_status()
            http.headers["Authorization"] = "Bearer " + answer.json()["access_token"]
            sessions.append(http)
        barrier = threading.Barrier(CLIENTS)

        def client(n: int) -> tuple[list[float], int]:
            http, customer = sessions[n], accounts[n].customer_number
            keys = [installation_for(customer, f"SRV-{n}-{i % max(1, keys_per_client // 2)}").text
                    for i in range(keys_per_client)]
            latencies, errors = [], 0
            barrier.wait(60)
            for key in keys:
                started = time.perf_counter()
                try:
                    answer = http.post(stub.url + "/keys", json={"installation_key": key},
                                       timeout=60)
                    ok = answer.status_code == 200 and "registration_key" in answer.json()
                except requests.RequestException:
                    ok = False
                latencies.append(time.perf_counter() - started)
                errors += not ok
            return latencies, errors

        started = time.perf_counter()
        with ThreadPoolExecutor(CLIENTS) as pool:
            results = list(pool.map(client, range(CLIENTS)))
        elapsed = time.perf_counter() - started
        traceback_seen = "Traceback" in stub.stderr()
    latencies = sorted(x for lat, _ in results for x in lat)
    errors = sum(e for _, e in results) + int(traceback_seen)
    p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)]
    return {
        "server_keys_per_s": round((len(latencies) - errors) / elapsed, 1),
        "server_p99_ms": round(p99 * 1000, 1),
        "server_p50_ms": round(statistics.median(latencies) * 1000, 1),
        "server_errors": errors,
        "server_requests": len(latencies),
        "server_over_500ms": sum(x > 0.5 for x in latencies),
        "server_max_ms": round(latencies[-1] * 1000, 1),
    }
