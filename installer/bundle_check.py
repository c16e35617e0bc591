"""What build.py asks the frozen app: did everything it needs make it into the bundle?

Runs inside the bundle (and, for comparison, from the source tree) when the entry point
sees ``PASOSS_ACTIVATOR_BUNDLE_CHECK=1``.  Prints one JSON object on standard output and
exits 0; build.py decides what counts as a failure, so that the same facts can be shown
next to the unfrozen app's.  It reads no secrets; the one file it writes, a test PDF,
goes to a temporary folder that is removed again.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import json
import os
import ssl
import sys
from pathlib import Path
from typing import Any


def _keyring_facts() -> dict[str, Any]:
    # keyring finds its backends through entry points, i.e. through the dist-info
    # metadata: without it a frozen app silently falls back to "no keyring at all".
    import keyring

    loaded, failed = [], []
    for entry in importlib.metadata.entry_points(group="keyring.backends"):
        try:
            entry.load()
            loaded.append(entry.name)
        except Exception as error:  # noqa: BLE001 - a backend may be unusable here; say which
            failed.append(f"{entry.name}: {type(error).__name__}")
    backend = keyring.get_keyring()
    return {
        "entry_points_loaded": sorted(loaded),
        "entry_points_failed": sorted(failed),
        "backend": f"{type(backend).__module__}.{type(backend).__name__}",
    }


def _tls_facts() -> dict[str, Any]:
    # truststore uses the operating system's store; on Linux that means the bundled
    # OpenSSL must find the system's CA file.  Count the CAs it would trust.
    import truststore

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    facts: dict[str, Any] = {"truststore": truststore.__version__, "openssl": ssl.OPENSSL_VERSION}
    if sys.platform.startswith("linux"):
        from truststore import _openssl

        inner = context._ctx  # the plain SSLContext truststore configures per connection
        with _openssl._configure_context(inner):
            facts["system_cas"] = inner.cert_store_stats()["x509_ca"]
        # On Linux truststore honours SSL_CERT_FILE, so a made-up CA can stand in for the
        # system's: the app's own HTTPS session must accept its server and refuse a stranger.
        facts["loopback_https"] = _loopback_https()
    return facts


def _loopback_https() -> dict[str, bool]:
    import datetime
    import http.server
    import ipaddress
    import tempfile
    import threading

    import requests
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from pasoss_activator.core.service_client import make_session

    def certificate(name: str, key: Any, issuer: Any, issuer_key: Any, ca: bool) -> Any:
        now = datetime.datetime.now(datetime.UTC)
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
            .issuer_name(issuer)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(hours=1))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        )
        if not ca:
            address = x509.IPAddress(ipaddress.ip_address("127.0.0.1"))
            builder = builder.add_extension(x509.SubjectAlternativeName([address]), False)
        return builder.sign(issuer_key, hashes.SHA256())

    ca_key, server_key = (
        ec.generate_private_key(ec.SECP256R1()),
        ec.generate_private_key(ec.SECP256R1()),
    )
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "bundle check CA")])
    ca_cert = certificate("bundle check CA", ca_key, ca_name, ca_key, True)
    server_cert = certificate("127.0.0.1", server_key, ca_name, ca_key, False)
    pem = serialization.Encoding.PEM
    with tempfile.TemporaryDirectory() as folder:
        ca_file, cert_file, key_file = (Path(folder) / n for n in ("ca.pem", "c.pem", "k.pem"))
        ca_file.write_bytes(ca_cert.public_bytes(pem))
        cert_file.write_bytes(server_cert.public_bytes(pem))
        key_file.write_bytes(
            server_key.private_bytes(
                pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )

        class Quiet(http.server.BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass  # the check prints JSON only

        server = http.server.HTTPServer(("127.0.0.1", 0), Quiet)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert_file, key_file)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"https://127.0.0.1:{server.server_address[1]}/"
        previous = os.environ.get("SSL_CERT_FILE")
        results = {}
        try:
            for label, trusted_file in (("trusted", ca_file), ("stranger_refused", None)):
                if trusted_file:
                    os.environ["SSL_CERT_FILE"] = str(trusted_file)
                else:
                    os.environ.pop("SSL_CERT_FILE", None)
                try:
                    # Any HTTP answer (the bare handler says 501) means TLS was accepted.
                    session = make_session()
                    session.trust_env = False  # a CI proxy must not see a loopback request
                    session.get(url, timeout=10)
                    results[label] = label == "trusted"
                except requests.exceptions.SSLError:
                    results[label] = label != "trusted"
        finally:
            server.shutdown()
            if previous is None:
                os.environ.pop("SSL_CERT_FILE", None)
            else:
                os.environ["SSL_CERT_FILE"] = previous
    return results


def _resource_facts() -> dict[str, Any]:
    from pasoss_activator.core.resources import resource_dir

    root = resource_dir()
    return {
        "resource_dir_exists": root.is_dir(),
        "trusted_keys": sorted(p.name for p in (root / "keys").glob("*.pub")),
        "translations": sorted(p.name for p in (root / "translations").glob("*.qm")),
        "icons": sorted(
            p.relative_to(root / "icons").as_posix()
            for p in (root / "icons").rglob("*")
            if p.is_file()
        ),
    }


def _stub_facts() -> dict[str, Any]:
    import server_stub

    package = Path(server_stub.__file__).resolve().parent
    return {
        "openapi_yaml": (package / "openapi.yaml").is_file(),
        "sqlite3": importlib.import_module("sqlite3").sqlite_version,
    }


def _qt_facts() -> dict[str, Any]:
    from PySide6.QtCore import QLibraryInfo, qVersion

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    modules = {}
    for name in ("QtWidgets", "QtPrintSupport", "QtSvg"):
        try:
            importlib.import_module(f"PySide6.{name}")
            modules[name] = True
        except ImportError:
            modules[name] = False
    return {
        "qt": qVersion(),
        "icu": _icu_facts(),
        "pdf_bytes": _pdf_size(),
        "modules": modules,
        "platforms": sorted(p.stem for p in (plugins / "platforms").glob("*")),
        "imageformats": sorted(p.stem for p in (plugins / "imageformats").glob("*")),
        "qt_translations": sorted(p.name for p in translations.glob("qt*_bg.qm")),
    }


def _icu_facts() -> dict[str, Any]:
    # What Qt asks of ICU, so that a trimmed ICU data library is checked, not hoped for:
    # Bulgarian collation, locale case mapping, a Cyrillic code page.
    from PySide6.QtCore import QCollator, QLocale, QStringConverter

    words = ["ябълка", "Щека", "ананас", "Ёлха", "бреза", "ъгъл", "Zebra", "apple"]
    collator = QCollator(QLocale(QLocale.Language.Bulgarian, QLocale.Country.Bulgaria))
    return {
        "bg_sorted": sorted(words, key=collator.sortKey),
        "bg_upper": QLocale(QLocale.Language.Bulgarian).toUpper("ъгъл щека"),
        "codecs": sorted(
            name
            for name in QStringConverter.availableCodecs()
            if name.lower() in ("windows-1251", "koi8-r", "ibm866", "iso-8859-5")
        ),
    }


def _pdf_size() -> int:
    # „Печат“ and „Запази като PDF“ go through QtPrintSupport; print one page to a PDF in
    # a temporary folder (removed again) to prove the module and its fonts work frozen.
    import tempfile

    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "check.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        document = QTextDocument()
        document.setPlainText("Регистрационен ключ: проба")
        document.print_(printer)
        return target.stat().st_size if target.is_file() else 0


def collect() -> dict[str, Any]:
    facts: dict[str, Any] = {"frozen": bool(getattr(sys, "frozen", False))}
    for name, probe in (
        ("keyring", _keyring_facts),
        ("tls", _tls_facts),
        ("resources", _resource_facts),
        ("stub", _stub_facts),
        ("qt", _qt_facts),
    ):
        try:
            facts[name] = probe()
        except Exception as error:  # noqa: BLE001 - report every missing piece, not the first
            facts[name] = {"error": f"{type(error).__name__}: {error}"}
    return facts


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # UTF-8 bytes: on Windows a redirected stdout would encode in the ANSI code page and
    # fail on the first Cyrillic letter (build.py reads UTF-8).
    sys.stdout.flush()
    sys.stdout.buffer.write((json.dumps(collect(), ensure_ascii=False, indent=1) + "\n").encode())
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
