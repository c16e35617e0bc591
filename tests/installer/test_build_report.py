"""build.py's verdicts: a bundle that lost keyring's metadata or Qt's Bulgarian must fail."""

from __future__ import annotations

import copy
from typing import Any

from .spec_loader import ROOT


def report():
    import sys

    sys.path.insert(0, str(ROOT / "installer"))
    try:
        import build_report

        return build_report
    finally:
        sys.path.remove(str(ROOT / "installer"))


SOURCE: dict[str, Any] = {
    "frozen": False,
    "keyring": {
        "entry_points_loaded": ["SecretService", "Windows", "chainer"],
        "entry_points_failed": [],
        "backend": "keyring.backends.SecretService.Keyring",
    },
    "tls": {
        "truststore": "0.10.5",
        "openssl": "OpenSSL 3",
        "system_cas": 144,
        "loopback_https": {"trusted": True, "stranger_refused": True},
    },
    "resources": {
        "resource_dir_exists": True,
        "trusted_keys": ["0.pub"],
        "translations": ["pasoss_activator_en.qm"],
        "icons": ["pasoss-activator.png"],
    },
    "stub": {"openapi_yaml": True, "sqlite3": "3.40.1"},
    "qt": {
        "qt": "6.12.0",
        "icu": {"bg_sorted": ["ананас", "apple"], "bg_upper": "ЪГЪЛ", "codecs": ["windows-1251"]},
        "pdf_bytes": 13000,
        "modules": {"QtWidgets": True, "QtPrintSupport": True, "QtSvg": True},
        "platforms": ["libqminimal", "libqoffscreen", "libqxcb"],
        "imageformats": ["libqico", "libqsvg"],
        "qt_translations": ["qt_bg.qm", "qtbase_bg.qm"],
    },
}


def frozen_copy() -> dict[str, Any]:
    facts = copy.deepcopy(SOURCE)
    facts["frozen"] = True
    return facts


def failures(actual: dict[str, Any]) -> list[str]:
    checks = report().compare_bundle_facts(SOURCE, actual, ROOT, platform="linux")
    return [what for ok, what in checks if not ok]


def test_a_complete_bundle_passes():
    assert failures(frozen_copy()) == []


def test_keyring_without_its_entry_point_metadata_fails():
    actual = frozen_copy()
    actual["keyring"]["entry_points_loaded"] = []
    actual["keyring"]["backend"] = "keyring.backends.fail.Keyring"
    found = failures(actual)
    assert any("entry points" in what for what in found)
    assert any("same backend" in what for what in found)


def test_tls_without_the_system_certificates_fails():
    actual = frozen_copy()
    actual["tls"]["system_cas"] = 0
    assert any("TLS" in what for what in failures(actual))


def test_https_that_accepts_a_stranger_fails():
    actual = frozen_copy()
    actual["tls"]["loopback_https"] = {"trusted": True, "stranger_refused": False}
    assert any("refuses a stranger" in what for what in failures(actual))


def test_missing_translation_or_trusted_key_fails():
    actual = frozen_copy()
    actual["resources"]["translations"] = []
    actual["resources"]["trusted_keys"] = []
    found = failures(actual)
    assert any("translations" in what for what in found)
    assert any("trusted_keys" in what for what in found)


def test_missing_qt_platform_or_bulgarian_qt_translation_fails():
    actual = frozen_copy()
    actual["qt"]["platforms"] = ["libqxcb"]
    actual["qt"]["qt_translations"] = []
    found = failures(actual)
    assert any("platform plugins" in what for what in found)
    assert any("qtbase_bg.qm" in what for what in found)


def test_icu_that_sorts_differently_fails():
    actual = frozen_copy()
    actual["qt"]["icu"]["bg_sorted"] = ["apple", "ананас"]  # root order: Latin first
    assert any("ICU" in what for what in failures(actual))


def test_printing_that_produces_no_pdf_fails():
    actual = frozen_copy()
    actual["qt"]["pdf_bytes"] = 0
    assert any("PDF" in what for what in failures(actual))


def test_a_probe_that_crashed_fails_with_its_error():
    actual = frozen_copy()
    actual["stub"] = {"error": "ModuleNotFoundError: No module named 'server_stub'"}
    assert any("server_stub" in what for what in failures(actual))


def test_size_and_biggest_files(tmp_path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "big.so").write_bytes(b"x" * 3000)
    (tmp_path / "small.txt").write_bytes(b"x" * 10)
    (tmp_path / "link.so").symlink_to(tmp_path / "lib" / "big.so")  # counted once
    assert report().total_size(tmp_path) == 3010
    assert report().biggest_files(tmp_path, 1) == [(3000, "lib/big.so")]
