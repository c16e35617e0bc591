"""The diagnostics report against the real stub: what it shows after an activation,
what changed for a program whose key no longer fits, and a report with nothing working."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from pasoss_activator.core import ini_file
from pasoss_activator.core.diagnostics import build_report, read_aloud
from pasoss_activator.core.diagnostics_text import report_text
from pasoss_activator.core.installation_key import InstallationKey
from pasoss_activator.core.products import Product
from server_stub.testing import RunningStub

from .support_env import DEMO_EMAIL, DEMO_PASSWORD, SupportEnv, support_env


@pytest.fixture
def env(fresh_stub: RunningStub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SupportEnv:
    return support_env(fresh_stub, tmp_path, monkeypatch)


def _program(report: dict, product: str) -> dict:
    [entry] = [p for p in report["programs"] if (p["fields"] or {}).get("product") == product]
    return entry


def test_report_after_activation_shows_programs_versions_and_status(env: SupportEnv) -> None:
    activator = env.activator()
    activator.login(DEMO_EMAIL, DEMO_PASSWORD)
    sch = [p for p in activator.programs() if p.product is Product.SCH][0]
    result = activator.activate(sch)
    activator.sync()

    report = build_report(activator)

    assert report["service"]["url"] == env.stub.url
    assert report["account"]["customer_number"] == 1001
    assert report["app"]["version"] and report["system"]["python"]
    assert report["system"]["qt"]  # PySide6 is installed here; read from its metadata
    assert report["keyring"]["available"] is True
    assert report["cache"]["age_seconds"] is not None and report["cache"]["age_seconds"] < 120
    net = report["service"]["network"]
    assert net["http"]["status"] == 200 and net["tcp"]["ok"]
    assert net["clock"]["warning"] is False

    sch_entry = _program(report, "SCH")
    assert sch_entry["version"] == "230704.0"
    assert sch_entry["status"] == "valid" and sch_entry["status_text"] == "Активирана"
    assert sch_entry["fields"]["modules"] == ["Основен модул", "ДДС дневници", "Дълготрайни активи"]
    assert sch_entry["fields"]["installation_type"] == "network_server"
    assert sch_entry["fields"]["workplaces"] == 3
    key = InstallationKey.parse(sch_entry["installation_key"])
    assert sch_entry["installation_key_read_aloud"] == read_aloud(key)
    compact = result.registration_key.replace("-", "")
    assert sch_entry["registration_key"] == f"{compact[:6]}…{compact[-6:]}"

    rz5_entry = _program(report, "RZ5")
    assert rz5_entry["version"] == "231016.1"
    assert rz5_entry["status"] == "none"
    assert any("ПАСОСС-Работни заплати 5: Няма ключ" in p for p in report["problems"])

    text = report_text(report)
    assert "ПАСОСС-Счетоводство 230704.0 — Активирана" in text
    assert f"Инсталационен ключ: {read_aloud(key)}" in text
    assert "Часовникът на компютъра" in text


def test_read_aloud_numbers_the_groups() -> None:
    assert read_aloud("24GRN-J000E-AAAAA-BBBBB-CCCCC-DDDDD") == (
        "1) 24GRN 2) J000E 3) AAAAA 4) BBBBB 5) CCCCC 6) DDDDD"
    )


def test_a_key_that_no_longer_fits_says_what_changed(env: SupportEnv) -> None:
    activator = env.activator()
    activator.login(DEMO_EMAIL, DEMO_PASSWORD)
    sch = [p for p in activator.programs() if p.product is Product.SCH][0]
    activator.activate(sch)
    # The client then enables "Склад" in the program: it forms a new installation key.
    assert sch.installation_key is not None
    changed = dataclasses.replace(sch.installation_key, modules=sch.installation_key.modules | 8)
    data = sch.config_path.read_bytes()
    sch.config_path.write_bytes(
        ini_file.set_values(data, "Registration", {"InstallationKey": changed.text})
    )

    report = build_report(activator, network=False)

    entry = _program(report, "SCH")
    assert entry["status"] == "other_installation"
    what = entry["what_changed"]
    assert what["matched_by"] == "registration_key"
    assert what["summary"] == "Добавен е модулът Склад."
    assert "Какво се промени: Добавен е модулът Склад." in report_text(report)
    assert any("Добавен е модулът Склад" in p for p in report["problems"])


def test_a_new_pc_without_a_key_is_compared_with_the_old_one(env: SupportEnv) -> None:
    activator = env.activator()
    activator.login(DEMO_EMAIL, DEMO_PASSWORD)

    report = build_report(activator, network=False)

    what = _program(report, "SCH")["what_changed"]
    assert [c["kind"] for c in what["changes"]] == ["workstation", "modules_added", "version"]
    assert "Дълготрайни активи" in what["summary"]
    assert "беше 221115.0, сега е 230704.0" in what["summary"]
    assert _program(report, "RZ5")["what_changed"] is None  # nothing registered to compare


def test_nothing_working_is_still_a_report(env: SupportEnv) -> None:
    activator = env.activator()
    env.stub.stop()  # no service, no login, no offline copy
    report = build_report(activator)
    assert report["account"] is None
    assert report["service"]["network"]["tcp"]["ok"] is False
    assert len(report["programs"]) == 2
    assert "Не сте влезли в профила си. Влезте с имейла и паролата си." in report["problems"]
    assert any("Няма връзка" in p for p in report["problems"])
    json.dumps(report)
    assert "Профил: не сте влезли" in report_text(report)
