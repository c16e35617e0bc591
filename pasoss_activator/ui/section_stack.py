"""The main window's sections (declared in sections.py), each built when first needed.

The section on screen is built with the window; the others when first shown (or when
something asks for one). What the window gives a section that is not built yet (the
account, the programs found) waits in ``deliver`` and is given to it when it is built, the
latest of each kind only: the window paints sooner, logging in builds one section, not
six, and no single build holds the event loop for long.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar, cast

from PySide6.QtWidgets import QStackedWidget, QWidget

from .section_widget import SectionWidget
from .sections import SECTION_IDS, index_of


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
        self.section(name)
        self.setCurrentIndex(index_of(name))


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
