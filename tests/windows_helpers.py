"""Windows facts the tests need: holding a file open as another program does, and whether
this "Windows" is Wine (the CI's Windows lane, docs/WINDOWS.md)."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

FILE_SHARE_READ = 0x1
_GENERIC_READ = 0x80000000
_OPEN_EXISTING = 3


def on_wine() -> bool:
    """True under Wine: its ntdll exports ``wine_get_version``, Windows' does not."""
    if sys.platform != "win32":
        return False
    win: Any = ctypes
    return hasattr(win.WinDLL("ntdll"), "wine_get_version")


only_on_windows = pytest.mark.skipif(
    os.name != "nt", reason="Windows file sharing modes and code pages exist only on Windows"
)


@contextmanager
def held_open(path: Path, share: int = FILE_SHARE_READ) -> Iterator[None]:
    """``path`` open for reading with only ``share`` allowed to others, as a running PASOSS
    program holds its PASOSS.INI (no FILE_SHARE_WRITE, no FILE_SHARE_DELETE)."""
    win: Any = ctypes
    kernel32 = win.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateFileW.argtypes = [ctypes.c_wchar_p, ctypes.c_uint32, ctypes.c_uint32,
                                     ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint32,
                                     ctypes.c_void_p]
    kernel32.CreateFileW.restype = ctypes.c_void_p
    kernel32.CloseHandle.argtypes = [ctypes.c_void_p]
    handle = kernel32.CreateFileW(str(path), _GENERIC_READ, share, None, _OPEN_EXISTING, 0, None)
    if handle is None or handle == ctypes.c_void_p(-1).value:
        raise win.WinError(win.get_last_error())
    try:
        yield
    finally:
        kernel32.CloseHandle(handle)


# Tests that cannot apply where the lane runs them, each with why. Applied by
# tests/conftest.py, so a skip is always reported with its reason (never silent), and a
# test renamed without updating this list fails in the lane instead of hiding.
_TRUSTSTORE_ON_WINE = (
    "Wine 8's crypt32 refuses the certificate chain engine that truststore builds for the "
    "CA certificates given to the TLS context (CertCreateCertificateChainEngine: "
    "E_INVALIDARG), so a self-signed certificate ends as an OSError ('connection') instead "
    "of a certificate error; Windows 10/11 accept that engine"
)
WINE_LIMITS = {
    "tests/core/test_tls.py::test_a_self_signed_service_certificate_is_refused":
        _TRUSTSTORE_ON_WINE,
    "tests/core/test_network_check.py::"
    "test_self_signed_certificate_is_flagged_and_a_skewed_clock_warned": _TRUSTSTORE_ON_WINE,
    "tests/core/test_network_check.py::test_against_the_stub_over_tls_with_its_clock_ahead":
        _TRUSTSTORE_ON_WINE,
}
WINDOWS_LIMITS = {
    "tests/server_stub/test_persistence_and_cli.py::"
    "test_serve_prints_its_url_answers_and_stops_on_sigterm_and_sigint":
        "Windows cannot send SIGTERM or SIGINT to another process (Popen.send_signal is "
        "TerminateProcess, exit 1): the stub's signal handling is a Linux service's",
}


def platform_skips() -> dict[str, str]:
    """Node id -> reason of the tests to skip on this platform."""
    if sys.platform != "win32":
        return {}
    return {**WINDOWS_LIMITS, **(WINE_LIMITS if on_wine() else {})}
