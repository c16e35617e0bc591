"""What staff read for a client behind an antivirus that opens TLS, with a wrong clock:
the finding and the sentence to say to the client."""

from __future__ import annotations

import datetime as dt
import ssl
from pathlib import Path

from pasoss_activator.core.network_check import check_network
from pasoss_activator.core.support import staff_layout

from .tls_test_server import https_server, make_certificate


def test_staff_are_told_to_have_the_antivirus_exception_added_and_the_clock_set(
    tmp_path: Path,
) -> None:
    issued = make_certificate("Kaspersky Lab ZAO")
    trusting = ssl.create_default_context(cadata=issued.ca_pem.decode("ascii"))
    with https_server(issued, tmp_path, clock_offset=dt.timedelta(minutes=-45)) as srv:
        network = check_network(srv.url, verify_context=trusting).to_dict()
    session = {
        "code": "012345",
        "created_at": "2026-11-27T10:00:00+00:00",
        "expires_at": "2026-11-27T10:30:00+00:00",
        "account": {"email": "a@firma.bg", "company": "Фирма ООД", "customer_number": 1001},
        "diagnostics": {
            "service": {"url": srv.url, "network": network},
            "account": {"email": "a@firma.bg"},
            "programs": [],
            "problems": network["problems"],
        },
    }

    text = staff_layout(session)

    assert "Фирма ООД — клиентски номер 1001" in text
    assert "ПРОВЕРКА ОТ Kaspersky" in text
    assert "Часовник: Часовникът на компютъра избързва с 45 минути" in text
    tell = text.split("КАКВО ДА КАЖЕТЕ НА КЛИЕНТА", 1)[1]
    assert "изключенията на „Kaspersky“" in tell
    assert "свери часовника" in tell
    assert "Не са намерени програми ПАСОСС" in text


def test_staff_are_told_the_fix_of_each_licence_gap_not_always_to_renew() -> None:
    from pasoss_activator.core.support import advice

    def program(covers: dict[str, bool], status: str = "none") -> dict[str, object]:
        return {
            "name": "ПАСОСС-Работни заплати 5",
            "status": status,
            "version": "231017.0",
            "fields": {"version": "231017.0", "workplaces": 1},
            "licence": {"max_version": "231016.0", "workplaces": 1, "covers": covers},
        }

    fine = {"version": True, "modules": True, "workplaces": True, "active": True}
    module_gap = advice({"account": {}, "programs": [program({**fine, "modules": False})]})
    assert any("да поръча модулите извън лиценза или да ги изключи" in t for t in module_gap)
    assert not any("абонамент" in t for t in module_gap)
    newer = advice({"account": {}, "programs": [program({**fine, "version": False})]})
    assert any("абонамент или платено право за новото издание" in t for t in newer)
    keyed = advice({"account": {}, "programs": [program(fine, "version_not_covered")]})
    assert any("абонамент или платено право за новото издание" in t for t in keyed)
    assert not any("подновяване" in t for t in keyed)
