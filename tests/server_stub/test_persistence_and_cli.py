"""Restarts, signing keys, TLS, and the command line (``python -m server_stub``)."""

from __future__ import annotations

import datetime as dt
import io
import ipaddress
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.x509.oid import NameOID

from pasoss_activator.core.dates import today_sofia
from pasoss_activator.core.registration_key import RegistrationKey
from pasoss_activator.core.trust import TrustStore
from server_stub import cli
from server_stub.signing import SigningKeyError, load_private_key
from server_stub.testing import running_stub

from .helpers import Api, installation_key, logged_in

ROOT = Path(__file__).resolve().parents[2]


def issued_key(url: str, disk: str = "PASOSS-DEMO-NEW-PC") -> RegistrationKey:
    answer = logged_in(url).post("/keys", {"installation_key": installation_key(disk=disk).text})
    assert answer.status_code == 200, answer.text
    return RegistrationKey.parse(answer.json()["registration_key"])


def trusting(key_id: int, private: Ed25519PrivateKey) -> TrustStore:
    store = TrustStore.load()
    store.keys[key_id] = private.public_key()
    return store


def test_data_tokens_and_signing_key_survive_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "stub.db"
    with running_stub(db) as first:
        api = logged_in(first.url)
        before = issued_key(first.url)
    with running_stub(db) as second:
        api.url = second.url  # a new port, the same database
        assert api.get("/profile").status_code == 200, "the login is still valid"
        sch = next(
            lic for lic in api.get("/licences").json()["licences"] if lic["product"] == "SCH"
        )
        assert len(sch["installations"]) == 2  # the old PC and the new one: not seeded twice
        after = issued_key(second.url)
    assert after.key_id == before.key_id == 0
    assert after.licence_id == before.licence_id
    key = installation_key()
    for issued in (before, after):
        issued.verify(key, TrustStore.load(), demo_allowed=True)


def test_a_given_signing_key_is_used_and_remembered(tmp_path: Path) -> None:
    private = Ed25519PrivateKey.generate()
    pem = tmp_path / "signing.pem"
    pem.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    db = tmp_path / "stub.db"
    with running_stub(db, signing_key=pem, key_id=7) as stub:
        first = issued_key(stub.url)
    with running_stub(db) as stub:  # no --signing-key this time
        second = issued_key(stub.url, disk="PC-2")
    store = trusting(7, private)
    assert first.key_id == second.key_id == 7
    first.verify(installation_key(), store, demo_allowed=False)
    second.verify(installation_key(disk="PC-2"), store, demo_allowed=False)


def test_signing_key_files_raw_hex_and_bad(tmp_path: Path) -> None:
    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    (tmp_path / "raw").write_bytes(raw)
    (tmp_path / "hex").write_text(raw.hex() + "\n")
    (tmp_path / "bad").write_text("not a key")
    public = private.public_key().public_bytes_raw()
    assert load_private_key(tmp_path / "raw").public_key().public_bytes_raw() == public
    assert load_private_key(tmp_path / "hex").public_key().public_bytes_raw() == public
    for bad in (tmp_path / "bad", tmp_path / "missing"):
        with pytest.raises(SigningKeyError):
            load_private_key(bad)


def self_signed(tmp_path: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def test_tls(tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path)
    with running_stub(tmp_path / "stub.db", tls=(cert, key)) as stub:
        assert stub.url.startswith("https://127.0.0.1:")
        answer = requests.get(stub.url + "/contacts", verify=str(cert), timeout=10)
        assert answer.status_code == 200
        # A client that refuses the certificate does not break the server for others.
        with pytest.raises(requests.exceptions.SSLError):
            requests.get(stub.url + "/contacts", timeout=10)
        assert requests.get(stub.url + "/contacts", verify=str(cert), timeout=10).ok


def test_serve_prints_its_url_answers_and_stops_on_sigterm_and_sigint(tmp_path: Path) -> None:
    env = {**os.environ, "PASOSS_STUB_NOW": "2026-03-02T10:00:00Z", "PYTHONPATH": str(ROOT)}
    for stop in (signal.SIGTERM, signal.SIGINT):
        command = [
            sys.executable,
            "-m",
            "server_stub",
            "serve",
            "--db",
            str(tmp_path / "s.db"),
            "--port",
            "0",
            "--demo-data",
        ]
        with subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
        ) as proc:
            assert proc.stdout is not None
            line = proc.stdout.readline().strip()
            assert line.startswith("Serving on http://127.0.0.1:") and line.endswith("/api/v1")
            url = line.removeprefix("Serving on ")
            answer = Api(url).get("/contacts")
            assert answer.status_code == 200
            assert answer.headers["Date"].startswith("Mon, 02 Mar 2026")
            client = logged_in(url)
            code = client.post("/support/sessions", {"diagnostics": {}}).json()["code"]
            assert logged_in(url, "support@pasoss.example").get(f"/support/sessions/{code}").ok
            proc.send_signal(stop)
            assert proc.wait(timeout=15) == 0
            assert proc.stderr is not None
            log = proc.stderr.read()
            assert "/support/sessions/******" in log
            assert code not in log and client.access_token not in log
            assert "Traceback" not in log


def run_cli(args: list[str], monkeypatch: pytest.MonkeyPatch, stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return cli.main(args)


def test_admin_cli_sets_up_a_client_without_sql(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(tmp_path / "admin.db")]
    email = ["--email", "nov@pasoss.example"]
    year = today_sofia().year
    assert (
        run_cli(
            [
                "create-account",
                *db,
                *email,
                "--password-stdin",
                "--company",
                "Нова ООД",
                "--customer-number",
                "4004",
            ],
            monkeypatch,
            "nova-parola-2026\n",
        )
        == 0
    )
    assert (
        run_cli(
            [
                "add-licence",
                *db,
                *email,
                "--product",
                "RZ5",
                "--installation-type",
                "standalone",
                "--workplaces",
                "1",
                "--modules",
                "0,1",
                "--max-version",
                "231016.0",
            ],
            monkeypatch,
        )
        == 0
    )
    assert (
        run_cli(
            ["add-contract", *db, *email, "--year", str(year), "--monthly-price", "12.5"],
            monkeypatch,
        )
        == 0
    )
    assert (
        run_cli(
            ["add-news", *db, "--title", "Здравейте", "--body", "Текст.", "--products", "RZ5"],
            monkeypatch,
        )
        == 0
    )
    assert run_cli(["seed-demo", *db], monkeypatch) == 0
    assert "не е празна" in capsys.readouterr().out
    # Mistakes are told plainly, with exit code 2 and nothing half-written.
    assert (
        run_cli(
            ["create-account", *db, *email, "--password-stdin", "--customer-number", "4005"],
            monkeypatch,
            "nova-parola-2026\n",
        )
        == 2
    )
    assert "вече съществува" in capsys.readouterr().err
    assert (
        run_cli(
            [
                "add-licence",
                *db,
                "--email",
                "nobody@x.bg",
                "--product",
                "SCH",
                "--installation-type",
                "standalone",
                "--workplaces",
                "1",
                "--modules",
                "0",
                "--max-version",
                "230704.0",
            ],
            monkeypatch,
        )
        == 2
    )
    assert "Няма профил" in capsys.readouterr().err
    with running_stub(tmp_path / "admin.db", demo_data=False) as stub:
        api = logged_in(stub.url, "nov@pasoss.example", "nova-parola-2026")
        (licence,) = api.get("/licences").json()["licences"]
        assert (licence["product"], licence["modules"]) == ("RZ5", [0, 1])
        (contract,) = api.get("/contracts").json()["contracts"]
        assert contract["monthly_price"] == "12.50"
        assert contract["currency"] == ("BGN" if year < 2026 else "EUR")
        assert [n["title"] for n in api.get("/news").json()["news"]] == ["Здравейте"]
        key = installation_key("RZ5", "231016.0", (0, 1), "standalone", 1, customer=4004)
        assert api.post("/keys", {"installation_key": key.text}).status_code == 200
        assert Api(stub.url).login("demo@pasoss.example").status_code == 401
