"""The main window's sections (declared in sections.py), each built when first needed.

The section on screen is built with the window; the others when first shown (or when
something asks for one). What the window gives a section that is not built yet (the
account, the programs found) waits in ``deliver`` and is given to it when it is built, the
latest of each kind only: the window paints sooner, logging in builds one section, not
six, and no single build holds the event loop for long.

A remembered session's window paints its frame first (``hold``): the section on screen
shows only its title until ``release``, right after that paint, builds it (~5–35 ms and
up to ~120 enum types for a section with a table, bench/README.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar, cast

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from .look import heading
from .section_widget import SectionWidget
from .sections import SECTION_IDS, index_of, spec_of


class SectionStack(QStackedWidget):
    def __init__(
        self, make: Callable[[str], SectionWidget], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._make = make
        self.built: dict[str, SectionWidget] = {}
        # For sections not built yet: kind of update -> the latest one, in order given.
        self._pending: dict[str, dict[str, Callable[[SectionWidget], None]]] = {}
        self._placeholders = {name: QWidget() for name in SECTION_IDS}  # until built
        for name in SECTION_IDS:
            self.addWidget(self._placeholders[name])
        self._held: str | None = None  # the section to build on release
        self._holding = False

    def section(self, name: str) -> SectionWidget:
        section = self.built.get(name)
        if section is None:
            index = index_of(name)  # an unknown id stops here, before anything is built
            section = self.built[name] = self._make(name)
            placeholder = self._placeholders.pop(name)
            on_screen = self.currentIndex() == index
            self.insertWidget(index, section)
            self.removeWidget(placeholder)
            placeholder.deleteLater()
            if on_screen:
                self.setCurrentIndex(index)
            for give in self._pending.pop(name, {}).values():
                give(section)
        return section

    def deliver(self, name: str, kind: str, give: Callable[[SectionWidget], None]) -> None:
        """``give(section)`` now if the section is built, else when it is; a later update
        of the same kind replaces one still waiting (only the latest account matters)."""
        section = self.built.get(name)
        if section is not None:
            give(section)
        else:
            index_of(name)  # an unknown id is an error here too
            waiting = self._pending.setdefault(name, {})
            waiting.pop(kind, None)  # the latest goes last: updates keep their order
            waiting[kind] = give

    def show_section(self, name: str) -> None:
        if self._holding:
            self._show_title(name)
            self._held = name
        else:
            self.section(name)
        self.setCurrentIndex(index_of(name))

    def hold(self) -> None:
        """Until ``release``, a section shown is its title only, not built."""
        self._holding = True

    def release(self) -> None:
        """Build the section on screen, if one was held back."""
        self._holding = False
        name, self._held = self._held, None
        if name is not None and self.currentIndex() == index_of(name):
            self.section(name)

    def _show_title(self, name: str) -> None:
        placeholder = self._placeholders.get(name)
        if placeholder is not None and placeholder.layout() is None:
            # Where the section's own title will be: its layout starts with the same.
            layout = QVBoxLayout(placeholder)
            layout.addWidget(heading(spec_of(name).translated_title()))
            layout.addStretch(1)


Built = TypeVar("Built", bound=SectionWidget)


class _WithStack(Protocol):
    @property
    def stack(self) -> SectionStack: ...


class Section(Generic[Built]):
    """A window's attribute that is its section of that id, built when first read."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, window: _WithStack, owner: type | None = None) -> Built:
        return cast(Built, window.stack.section(self.name))
