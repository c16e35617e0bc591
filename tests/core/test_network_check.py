"""The network check against a real HTTPS server on loopback: the issuer of its
certificate, the clock difference from its Date header, the proxy in effect."""

from __future__ import annotations

import datetime as dt
import json
import ssl
from pathlib import Path

import pytest

from pasoss_activator.core.network_check import check_network, clock_text, proxy_in_effect

from .tls_test_server import https_server, make_certificate


def _trusting(ca_pem: bytes) -> ssl.SSLContext:
    context = ssl.create_default_context(cadata=ca_pem.decode("ascii"))
    return context


def test_self_signed_certificate_is_flagged_and_a_skewed_clock_warned(tmp_path: Path) -> None:
    issued = make_certificate()
    with https_server(issued, tmp_path, clock_offset=dt.timedelta(hours=2, minutes=5)) as srv:
        report = check_network(srv.url, timeout=5).to_dict()

    assert report["dns"]["ok"] and report["tcp"]["ok"]
    tls = report["tls"]
    assert tls["ok"] is True
    assert tls["self_signed"] is True
    assert tls["issuer_flag"] == "self_signed"
    assert tls["verified"] is False
    # The clock is read even though this PC does not trust the certificate.
    clock = report["clock"]
    assert clock["warning"] is True
    assert -2 * 3600 - 5 * 60 - 5 <= clock["skew_seconds"] <= -2 * 3600 - 5 * 60 + 5
    text = " ".join(report["problems"])
    assert "самоподписан" in text
    assert "изостава с 2 часа и 5 минути" in text
    json.dumps(report)  # the report is JSON as it stands


def test_antivirus_inspection_issuer_is_named(tmp_path: Path) -> None:
    issued = make_certificate("Kaspersky Lab ZAO")
    with https_server(issued, tmp_path) as srv:
        report = check_network(srv.url, verify_context=_trusting(issued.ca_pem)).to_dict()
    assert report["tls"]["issuer_flag"] == "inspection"
    assert report["tls"]["inspection_product"] == "Kaspersky"
    assert any("Kaspersky" in p and "изключения" in p for p in report["problems"])


def test_expected_issuer_verified_and_clock_right_gives_no_problem(tmp_path: Path) -> None:
    issued = make_certificate("DigiCert Test Inc")
    with https_server(issued, tmp_path, clock_offset=dt.timedelta(seconds=20)) as srv:
        report = check_network(srv.url, verify_context=_trusting(issued.ca_pem)).to_dict()
        assert srv.requests == ["/api/v1/contacts"]
    assert report["tls"]["issuer_flag"] is None
    assert report["tls"]["verified"] is True
    assert report["tls"]["issuer_organization"] == "DigiCert Test Inc"
    assert report["http"] == {**report["http"], "ok": True, "status": 200, "verified": True}
    assert report["http"]["ms"] >= 0
    assert report["clock"]["warning"] is False
    assert report["problems"] == []


def test_an_issuer_outside_the_configured_list_is_flagged(tmp_path: Path) -> None:
    issued = make_certificate("DigiCert Test Inc")
    with https_server(issued, tmp_path) as srv:
        report = check_network(
            srv.url, verify_context=_trusting(issued.ca_pem), expected_issuers=["B-Trust"]
        ).to_dict()
    assert report["tls"]["issuer_flag"] == "unexpected"
    assert any("DigiCert Test Inc" in p for p in report["problems"])


def test_service_down_is_a_finding_not_an_exception(tmp_path: Path) -> None:
    issued = make_certificate()
    with https_server(issued, tmp_path) as srv:
        url = srv.url
    report = check_network(url, timeout=2).to_dict()  # the port is closed now
    assert report["tcp"]["ok"] is False
    assert report["http"]["ok"] is False
    assert any("Няма връзка" in p for p in report["problems"])


def test_unknown_host_is_reported_as_a_name_lookup_failure() -> None:
    report = check_network("https://no-such-host.invalid/api/v1", timeout=2).to_dict()
    assert report["dns"]["ok"] is False
    assert any("DNS" in p for p in report["problems"])


def test_proxy_in_effect_hides_its_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://ivan:Tajna-Parola-77@proxy.firma.bg:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    proxy = proxy_in_effect("https://service.pasoss.com/api/v1")
    assert "proxy.firma.bg:3128" in proxy["for_service"]
    assert "Tajna-Parola-77" not in json.dumps(proxy)


@pytest.mark.parametrize(
    ("skew", "words"),
    [
        (-125 * 60, "изостава с 2 часа и 5 минути"),
        (7 * 60 + 10, "избързва с 7 минути"),
        (7 * 60 + 50, "избързва с 8 минути"),
        (42, "избързва с 42 секунди"),
        (-1, "изостава с 1 секунда"),
        (61 * 60, "избързва с 61 минути"),
    ],
)
def test_clock_text_says_which_way_and_how_much(skew: int, words: str) -> None:
    assert words in clock_text(skew)


def test_against_the_stub_over_tls_with_its_clock_ahead(tmp_path: Path) -> None:
    from server_stub.clock import Clock
    from server_stub.testing import running_stub

    issued = make_certificate()
    (tmp_path / "cert.pem").write_bytes(issued.cert_pem)
    (tmp_path / "key.pem").write_bytes(issued.key_pem)
    ahead = Clock(dt.datetime.now(dt.UTC) + dt.timedelta(minutes=10))
    with running_stub(
        tmp_path / "stub.db",
        demo_data=False,
        tls=(tmp_path / "cert.pem", tmp_path / "key.pem"),
        clock=ahead,
    ) as stub:
        assert stub.url.startswith("https://")
        report = check_network(stub.url).to_dict()

    assert report["tls"]["issuer_flag"] == "self_signed"
    assert report["tls"]["verified"] is False
    assert report["clock"]["warning"] is True
    assert any("изостава с 10 минути" in p for p in report["problems"])
