"""The judging half of build.py: sizes, and what the frozen app must have in its bundle.

Pure functions over files and the JSON that installer/bundle_check.py prints, so that
tests/installer can check the judging without building anything.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# Qt plugins the app cannot run without, per platform (file stems without "lib").
REQUIRED_PLATFORMS = {"linux": {"qoffscreen", "qminimal", "qxcb"}, "win32": {"qwindows"}}


def bundle_files(bundle: Path) -> list[Path]:
    return [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]


def total_size(bundle: Path) -> int:
    return sum(p.stat().st_size for p in bundle_files(bundle))


def biggest_files(bundle: Path, count: int) -> list[tuple[int, str]]:
    sized = [(p.stat().st_size, p.relative_to(bundle).as_posix()) for p in bundle_files(bundle)]
    return sorted(sized, reverse=True)[:count]


def _section(facts: dict[str, Any], name: str) -> dict[str, Any]:
    value = facts.get(name)
    return value if isinstance(value, dict) else {"error": f"no {name} section"}


def compare_bundle_facts(
    expected: dict[str, Any], actual: dict[str, Any], root: Path, platform: str = sys.platform
) -> list[tuple[bool, str]]:
    """(passed, what) for every property of the frozen app's bundle.

    ``expected`` is what bundle_check reports from the source tree, ``actual`` from the
    frozen app; both run on the same machine, so a difference is the bundle's fault.
    """
    checks: list[tuple[bool, str]] = [(actual.get("frozen") is True, "the check ran frozen")]
    for name in ("keyring", "tls", "resources", "stub", "qt"):
        error = _section(actual, name).get("error")
        checks.append((error is None, f"{name}: no error" + (f" ({error})" if error else "")))

    keyring_want, keyring_got = _section(expected, "keyring"), _section(actual, "keyring")
    loaded = keyring_got.get("entry_points_loaded") or []
    checks.append(
        (
            bool(loaded) and loaded == keyring_want.get("entry_points_loaded"),
            f"keyring finds its backends through entry points ({', '.join(loaded) or 'none'})",
        )
    )
    checks.append(
        (
            keyring_got.get("backend") == keyring_want.get("backend"),
            f"keyring picks the same backend as unfrozen ({keyring_got.get('backend')})",
        )
    )

    tls_want, tls_got = _section(expected, "tls"), _section(actual, "tls")
    if platform.startswith("linux") and tls_want.get("system_cas"):
        checks.append(
            (
                tls_got.get("system_cas") == tls_want.get("system_cas"),
                f"TLS: truststore sees the system's {tls_want.get('system_cas')} CAs "
                f"(frozen: {tls_got.get('system_cas')})",
            )
        )

    if platform.startswith("linux"):
        https = tls_got.get("loopback_https")
        checks.append(
            (
                https == {"trusted": True, "stranger_refused": True},
                f"TLS: the app's HTTPS session trusts the store and refuses a stranger ({https})",
            )
        )

    res_want, res_got = _section(expected, "resources"), _section(actual, "resources")
    for key in ("trusted_keys", "translations", "icons"):
        got = res_got.get(key)
        checks.append(
            (
                got == res_want.get(key) and (bool(got) or key == "translations"),
                f"resources/{key}: {', '.join(got or []) or 'none'}",
            )
        )

    stub_want, stub_got = _section(expected, "stub"), _section(actual, "stub")
    checks.append(
        (
            stub_got.get("openapi_yaml") == stub_want.get("openapi_yaml"),
            f"server_stub/openapi.yaml as in the source tree ({stub_got.get('openapi_yaml')})",
        )
    )
    checks.append((bool(stub_got.get("sqlite3")), "sqlite3 for the embedded stub"))

    qt = _section(actual, "qt")
    modules = qt.get("modules") or {}
    checks.append((bool(modules) and all(modules.values()), f"Qt modules import: {modules}"))
    platforms = {str(p).removeprefix("lib") for p in qt.get("platforms") or []}
    required = next((v for k, v in REQUIRED_PLATFORMS.items() if platform.startswith(k)), set())
    checks.append(
        (
            required <= platforms,
            f"Qt platform plugins {sorted(required)} present (bundle has {sorted(platforms)})",
        )
    )
    checks.append(
        (
            "qtbase_bg.qm" in (qt.get("qt_translations") or []),
            "Qt's own Bulgarian translation (qtbase_bg.qm)",
        )
    )
    pdf = qt.get("pdf_bytes")
    checks.append((isinstance(pdf, int) and pdf > 0, f"printing to PDF works ({pdf} bytes)"))
    icu_want, icu_got = _section(expected, "qt").get("icu"), qt.get("icu")
    checks.append(
        (
            bool(icu_got) and icu_got == icu_want,
            f"ICU as unfrozen: Bulgarian collation, case, code pages ({icu_got})",
        )
    )
    return checks
