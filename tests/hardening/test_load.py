"""50 clients activating 20 times each against one stub: nothing lost, nothing over-issued.

Each client is a real ``Activator`` logged in to one of ten accounts (five clients per
account), activating program folders on four "PCs" of its own, again and again. An account
has more PCs asking than its licence has seats, so the seat count is contended.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bench.accounts import PASSWORD, create_load_accounts, program_folder
from bench.stub_process import stub_process
from pasoss_activator.core.account import Activator
from pasoss_activator.core.errors import NotEntitled
from pasoss_activator.core.programs import load_program
from pasoss_activator.core.registration_key import Status

CLIENTS = 50
ACTIVATIONS = 20
ACCOUNTS = 10
PCS_PER_CLIENT = 4
SEATS = 12  # of the 20 PCs of an account (5 clients x 4), 12 get a seat


@dataclass
class Outcome:
    client: int
    issued: Counter[str] = field(default_factory=Counter)  # disk -> keys written
    refused: Counter[str] = field(default_factory=Counter)  # disk -> not entitled
    errors: list[str] = field(default_factory=list)


@pytest.mark.slow
def test_fifty_clients_twenty_activations_each(tmp_path: Path) -> None:
    db = tmp_path / "stub.db"
    accounts = create_load_accounts(db, ACCOUNTS, SEATS)
    start = threading.Barrier(CLIENTS)

    with stub_process(db, demo_data=False) as stub:

        def client(n: int) -> Outcome:
            outcome = Outcome(n)
            account = accounts[n % ACCOUNTS]
            disks = [f"LOAD-{n}-{pc}" for pc in range(PCS_PER_CLIENT)]
            folders = [
                program_folder(tmp_path / "pcs", account.customer_number, d) for d in disks
            ]
            # No retries: a request that fails must show up here, not be papered over.
            activator = Activator(stub.url, retries=0)
            try:
                activator.login(account.email, PASSWORD, remember=False)
            except Exception as err:  # noqa: BLE001 - every failure is collected and shown
                outcome.errors.append(f"login: {err!r}")
            start.wait(timeout=120)  # then all fifty activate at once
            if outcome.errors:
                return outcome
            for i in range(ACTIVATIONS):
                disk, folder = disks[i % PCS_PER_CLIENT], folders[i % PCS_PER_CLIENT]
                try:
                    result = activator.activate(load_program(folder))
                    assert result.registration_key
                    outcome.issued[disk] += 1
                except NotEntitled as err:
                    rows = [r.param for r in err.comparison if not r.ok]
                    if rows != ["workstation"]:
                        outcome.errors.append(f"{disk}: refused for {rows}")
                    outcome.refused[disk] += 1
                except Exception as err:  # noqa: BLE001
                    outcome.errors.append(f"{disk}: {err!r}")
            return outcome

        with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
            outcomes = list(pool.map(client, range(CLIENTS)))
        stderr = stub.stderr()

    errors = [e for o in outcomes for e in o.errors]
    assert errors == [], errors[:10]
    issued = sum(sum(o.issued.values()) for o in outcomes)
    refused = sum(sum(o.refused.values()) for o in outcomes)
    assert issued + refused == CLIENTS * ACTIVATIONS
    assert "Traceback" not in stderr and '" 500 ' not in stderr

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == issued
        for account in accounts:
            seats_used = conn.execute(
                "SELECT COUNT(DISTINCT workstation_id) FROM registrations WHERE licence_id = ?",
                (account.licence_id,),
            ).fetchone()[0]
            # Twenty PCs asked for twelve seats: exactly twelve were given, never more.
            assert seats_used == SEATS
            audited = conn.execute(
                "SELECT COUNT(*) FROM audit WHERE licence_id = ?", (account.licence_id,)
            ).fetchone()[0]
            mine = [o for o in outcomes if accounts[o.client % ACCOUNTS] == account]
            assert audited == sum(sum(o.issued.values()) for o in mine)
    finally:
        conn.close()

    # On every PC: a PC with a seat holds a valid key; one without was never written.
    activator = Activator("http://127.0.0.1:1/api/v1")  # trusts the demo key, as the stub
    for outcome in outcomes:
        for pc in range(PCS_PER_CLIENT):
            disk = f"LOAD-{outcome.client}-{pc}"
            status = activator.status_of(load_program(tmp_path / "pcs" / disk))
            if outcome.issued[disk]:
                assert status == Status.VALID and outcome.refused[disk] == 0
            else:
                assert status == Status.NONE
