"""Is a file held open by another program that shares it for reading only? (Windows)

A running PASOSS program keeps ``PASOSS.INI`` open without ``FILE_SHARE_WRITE``. Opening it
for writing then fails with ``ERROR_SHARING_VIOLATION`` (32), but Python's ``open()`` goes
through the C runtime, which turns 32 into ``EACCES`` and drops the Windows code: the
``PermissionError`` looks exactly like missing rights. Asking Windows again with
``CreateFileW`` gives the real reason, so the user is told to close the program instead
of to run as administrator.
"""

from __future__ import annotations

import ctypes
import os
from pathlib import Path
from typing import Any

SHARING_VIOLATION = frozenset({32, 33})  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION

_GENERIC_READ = 0x80000000
_GENERIC_WRITE = 0x40000000
_SHARE_ALL = 0x1 | 0x2 | 0x4  # FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE
_OPEN_EXISTING = 3
_INVALID_HANDLE = ctypes.c_void_p(-1).value


def held_by_another_program(path: Path) -> bool:
    """True when Windows refuses to open ``path`` for writing because another handle to it
    does not share writing (or holds a lock on it). Always False elsewhere."""
    if os.name != "nt":
        return False
    win: Any = ctypes  # WinDLL exists only on Windows; typeshed hides it elsewhere
    kernel32 = win.WinDLL("kernel32", use_last_error=True)
    create = kernel32.CreateFileW
    create.argtypes = [
        ctypes.c_wchar_p,
        ctypes.c_uint32,
        ctypes.c_uint32,
        ctypes.c_void_p,
        ctypes.c_uint32,
        ctypes.c_uint32,
        ctypes.c_void_p,
    ]
    create.restype = ctypes.c_void_p
    # Asking for the same access as the writer, while sharing everything ourselves: only
    # another handle's sharing mode can make this fail with a sharing violation.
    handle = create(
        str(path), _GENERIC_READ | _GENERIC_WRITE, _SHARE_ALL, None, _OPEN_EXISTING, 0, None
    )
    if handle is None or handle == _INVALID_HANDLE:
        return int(win.get_last_error()) in SHARING_VIOLATION
    kernel32.CloseHandle.argtypes = [ctypes.c_void_p]
    kernel32.CloseHandle(handle)
    return False
