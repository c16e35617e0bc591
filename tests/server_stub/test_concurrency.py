"""Seats under concurrency: one write transaction per issuance (DESIGN.md section 5)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from server_stub.db import connect, transaction
from server_stub.records import add_contract, add_licence, create_account
from server_stub.testing import RunningStub

from .helpers import Api, failing, installation_key, logged_in, query


def test_twenty_threads_on_a_three_seat_licence_register_exactly_three(
    fresh_stub: RunningStub,
) -> None:
    conn = connect(fresh_stub.db_path)
    with transaction(conn):
        owner = create_account(
            conn,
            email="rush@pasoss.example",
            password="rush-parola-2026",
            company="Бърза ЕООД",
            customer_number=3003,
        )
        licence = add_licence(
            conn,
            owner,
            product="SCH",
            installation_type="network_server",
            workplaces=3,
            modules=[0, 1, 2],
            max_version="230704.0",
            service_type="Абонамент ВИП",
        )
        year = fresh_stub.clock.today().year
        add_contract(
            conn,
            owner,
            year=year,
            document_type="Договор",
            subscription_type="ВИП",
            monthly_price="20.00",
            concluded_on=fresh_stub.clock.today(),
            status="active",
            paid=True,
        )
    conn.close()
    token = logged_in(fresh_stub.url, "rush@pasoss.example", "rush-parola-2026").access_token

    def ask(n: int) -> tuple[int, list[str]]:
        api = Api(fresh_stub.url)
        api.access_token = token
        key = installation_key(customer=3003, disk=f"RUSH-{n}")
        answer = api.post("/keys", {"installation_key": key.text})
        body = answer.json()
        assert answer.status_code in (200, 422), answer.text
        return answer.status_code, failing(body.get("details", body).get("comparison", []))

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(ask, range(20)))

    statuses = [status for status, _ in results]
    assert statuses.count(200) == 3, results
    assert statuses.count(422) == 17
    assert all(rows == ["workstation"] for status, rows in results if status == 422)
    registered = query(
        fresh_stub.db_path, "SELECT COUNT(*) FROM registrations WHERE licence_id = ?", licence
    )
    audited = query(fresh_stub.db_path, "SELECT COUNT(*) FROM audit WHERE licence_id = ?", licence)
    assert registered[0][0] == 3
    assert audited[0][0] == 3
