"""A guard against a reference-count bug of PySide6 6.12.0 on Python 3.11.

Under that pair, every Qt method returning nothing (``setText``, ``setEnabled``,
``resize`` …) gives back ``None`` one reference short, and emitting a signal with
``True`` drops a reference to ``True``. On Python 3.12 and later these objects are
immortal and nothing happens; on 3.11 their counts fall with each call, and after a few
thousand calls Python frees one of them and the program aborts ("none_dealloc",
"bool_dealloc"), in a long session or when it closes. PySide6 6.11.3 does not have it.

The guard gives ``None``, ``True`` and ``False`` a reserve of references far beyond
what any session can use, which is what Python 3.12 does for them anyway. The real fix
is a PySide6 without the bug (or Python 3.12+); the guard keeps the program alive.
"""

from __future__ import annotations

import sys

RESERVE = 1 << 40  # ~10^12 calls: beyond any session


def affected() -> bool:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    from PySide6 import __version_info__ as pyside

    return tuple(pyside[:2]) >= (6, 12)


def protect_none() -> bool:
    """Add the reserves where the bug is (once per process); True if they were needed."""
    if not affected() or getattr(sys, "_pasoss_none_reserve", False):
        return False
    import ctypes

    # ob_refcnt is the first field of every CPython object, at the address id() gives.
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE
    sys._pasoss_none_reserve = True  # type: ignore[attr-defined]
    return True
