"""A faster PySide6 import hook: the same answer, without ``inspect.getsource``.

PySide6 looks at every module imported after it (its ``__feature__`` import hook, in
``shibokensupport.feature._mod_uses_pyside``): does the module's source mention
"PySide6"? It asks ``inspect.getsource``, which for each module also maps every loaded
module to its file; over the ~300 modules of the service code that is 60–120 ms of our
start on a 2-core PC (bench/README.md). ``speed_up`` puts in the same test on the file's
bytes, and hands anything that is not a readable ``.py`` file back to PySide6's own
function. If a PySide6 version no longer has that function, nothing is changed;
tests/ui/test_qt_import_hook.py compares the two answers on every module loaded.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - sets up shibokensupport, whose hook this replaces

FEATURE_MODULE = "shibokensupport.feature"
HOOK = "_mod_uses_pyside"


def original() -> Callable[[ModuleType], bool] | None:
    """PySide6's own check, or None where this PySide6 has none we know."""
    feature = sys.modules.get(FEATURE_MODULE)
    check = getattr(feature, HOOK, None)
    check = getattr(check, "pyside_original", check)
    return check if callable(check) else None


def speed_up() -> bool:
    """Put the faster check in place; False (nothing changed) if PySide6 has none."""
    feature = sys.modules.get(FEATURE_MODULE)
    slow = original()
    if feature is None or slow is None:
        return False

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return slow(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return slow(module)  # e.g. a bundle without sources: PySide6 decides

    uses_pyside.pyside_original = slow  # type: ignore[attr-defined]
    setattr(feature, HOOK, uses_pyside)
    return True
