"""Qt enum values set on the way to the main window's first paint, as plain numbers.

With PySide6 6.11 on Python 3.11 the first use of ``PySide6.QtCore.Qt`` creates all 93 of
its enum types at once (~1 200 members, ~10 ms of the GUI thread; bench/README.md). The
modules that build the window and its news section therefore do not touch ``Qt``: the
few enum values they need are set as Qt properties by number, and ``QAction`` shortcuts
are set with ``setShortcuts`` (PySide6 resolves ``setShortcut``'s overloads through
``Qt.Key``). tests/ui/test_early_qt.py checks each number against Qt's own enum, and
tests/ui/test_startup_imports.py that ``Qt`` is not made before the first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

TOOL_BUTTON_TEXT_BESIDE_ICON = 2  # Qt.ToolButtonStyle.ToolButtonTextBesideIcon
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
TEXT_SELECTABLE_BY_MOUSE = 1  # Qt.TextInteractionFlag.TextSelectableByMouse


def set_enum(obj: QObject, name: str, value: int) -> None:
    """Set the Qt property ``name`` of ``obj`` (an enum or flags property) to ``value``.

    Raises ValueError when ``obj`` has no such property: Qt would silently add a dynamic
    property of that name instead, and the setting would do nothing."""
    if obj.metaObject().indexOfProperty(name) < 0:
        raise ValueError(f"{type(obj).__name__} has no Qt property {name!r}")
    obj.setProperty(name, value)
