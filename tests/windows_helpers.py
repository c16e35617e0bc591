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
