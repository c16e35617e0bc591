"""A small HTTPS server on loopback for the network and clock checks.

Its certificate is made in the test with ``cryptography``: self-signed, or issued by a
test certificate authority whose name the test picks (an antivirus, a public CA). Its
``Date`` header can be set off by any amount, as a service with a different clock.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import ipaddress
import json
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass
class Issued:
    cert_pem: bytes
    key_pem: bytes
    ca_pem: bytes  # the issuer's certificate (the certificate itself when self-signed)


def _name(common: str, org: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.COMMON_NAME, common),
        ]
    )


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def make_certificate(issuer_org: str | None = None) -> Issued:
    """A certificate for 127.0.0.1: self-signed when ``issuer_org`` is None, otherwise
    signed by a fresh CA of that organisation."""
    now = dt.datetime.now(dt.UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = _name("127.0.0.1", "Test service")
    san = x509.SubjectAlternativeName(
        [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
    )
    if issuer_org is None:
        ca_key, ca_name = key, subject
    else:
        ca_key = ec.generate_private_key(ec.SECP256R1())
        ca_name = _name(f"{issuer_org} Root", issuer_org)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(san, critical=False)
    )
    if issuer_org is None:
        builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
    cert = builder.sign(ca_key, hashes.SHA256())
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    if issuer_org is None:
        return Issued(cert_pem, _pem_key(key), cert_pem)
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(ca_key, hashes.SHA256())
    )
    return Issued(cert_pem, _pem_key(key), ca.public_bytes(serialization.Encoding.PEM))


@dataclass
class RunningServer:
    url: str  # base URL ending in /api/v1
    requests: list[str]


@contextmanager
def https_server(
    issued: Issued, folder: Path, *, clock_offset: dt.timedelta = dt.timedelta(0)
) -> Iterator[RunningServer]:
    """Serve ``GET /api/v1/contacts`` over TLS on a free loopback port."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def date_time_string(self, timestamp: float | None = None) -> str:
            moment = dt.datetime.now(dt.UTC) + clock_offset
            return email.utils.format_datetime(moment, usegmt=True)

        def do_GET(self) -> None:  # noqa: N802 - the standard library's name
            seen.append(self.path)
            body = json.dumps({"phones": ["+359 2 000 0000"]}).encode()
            self.send_response(200 if self.path == "/api/v1/contacts" else 404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep the test output clean

    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(issued.cert_pem)
    key_file.write_bytes(issued.key_pem)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield RunningServer(f"https://127.0.0.1:{server.server_address[1]}/api/v1", seen)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
