"""The faster PySide6 import hook gives PySide6's own answer for every module.

If a PySide6 update renames or changes the hook, these tests say so: the first fails when
the function we replace is gone (the program then runs with PySide6's own, slower one),
the second when the answers differ.
"""

from __future__ import annotations

import sys
import types

from pasoss_activator.ui import qt_import_hook


def test_this_pyside6_has_the_hook_and_it_is_replaced() -> None:
    slow = qt_import_hook.original()
    assert slow is not None, "PySide6 no longer has shibokensupport.feature._mod_uses_pyside"
    feature = sys.modules[qt_import_hook.FEATURE_MODULE]
    assert getattr(feature, qt_import_hook.HOOK) is not slow  # ours is in place
    assert qt_import_hook.speed_up()  # and putting it in again changes nothing
    assert qt_import_hook.original() is slow


def test_the_answers_are_pysides_own(tmp_path) -> None:
    import pasoss_activator.core.account  # noqa: F401 - the service code, loaded
    import pasoss_activator.ui.main_window  # noqa: F401

    slow = qt_import_hook.original()
    fast = getattr(sys.modules[qt_import_hook.FEATURE_MODULE], qt_import_hook.HOOK)
    assert slow is not None
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # a bundle's module: no source file
    latin = tmp_path / "latin.py"
    latin.write_bytes(b"# -*- coding: latin-1 -*-\n# \xe9 PySide6\n")
    odd = types.ModuleType("latin")
    odd.__file__ = str(latin)
    modules += [gone, odd]
    answers = {m.__name__: (fast(m), slow(m)) for m in modules}
    differ = {name: pair for name, pair in answers.items() if pair[0] != pair[1]}
    assert differ == {}
    assert answers["pasoss_activator.ui.main_window"] == (True, True)
    assert answers["pasoss_activator.core.account"] == (False, False)
    assert answers["latin"] == (True, True)
