"""HTTPS through the operating system's trust store: an unknown certificate is refused
with a message about the certificate, not a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from pasoss_activator.core import errors
from pasoss_activator.core.error_text import error_parts
from pasoss_activator.core.service_client import ServiceClient
from server_stub.testing import running_stub

from .tls_test_server import make_certificate


def test_a_self_signed_service_certificate_is_refused(tmp_path: Path) -> None:
    issued = make_certificate()
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.write_bytes(issued.cert_pem)
    key.write_bytes(issued.key_pem)
    with running_stub(tmp_path / "stub.db", demo_data=False, tls=(cert, key)) as stub:
        url = stub.url.replace("http://", "https://")
        client = ServiceClient(url, sleep=lambda _s: None)
        with pytest.raises(errors.ServiceUnavailable) as caught:
            client.public("GET", "/contacts")
    assert caught.value.details["reason"] == "certificate"
    assert "сертификат" in error_parts(caught.value)[0]
    assert caught.value.exit_code == 5
