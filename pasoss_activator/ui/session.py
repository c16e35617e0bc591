"""The account a main window works for, shared by the window and its parts.

The window is built while the login is still going on (``app.WindowInAdvance``), so the
logged-in ``Activator`` arrives after its sections exist. Instead of each part keeping a
copy that someone must remember to update, they hold the one ``Session``: they read
``session.activator`` when they act and follow ``changed`` for what they show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from ..core.account import Activator  # the network stack: not needed to paint


class NotLoggedIn(RuntimeError):
    """A part of the window acted before the login ended (a bug: it should be disabled)."""


class Session(QObject):
    changed = Signal()  # a different Activator (or none) is now logged in
    # A key was written by a dialog outside the sections (support's key): the window
    # shows the programs and the account again, as after its own activation.
    key_written = Signal(object)

    def __init__(self, activator: Activator | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._activator = activator

    @property
    def activator(self) -> Activator | None:
        return self._activator

    def require(self) -> Activator:
        """The logged-in activator, for actions the window offers only after the login."""
        if self._activator is None:
            raise NotLoggedIn("no account is logged in yet")
        return self._activator

    def set_activator(self, activator: Activator | None) -> None:
        if activator is not self._activator:
            self._activator = activator
            self.changed.emit()
