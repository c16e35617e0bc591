"""The main window's sections (declared in sections.py), each built when first needed.

The section on screen is built with the window; the others one per turn of the event
loop after the window's first paint (or at once when something asks for one). The window
paints sooner and no single build holds the event loop for long.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar, cast

from PySide6.QtCore import QTimer
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
        return section

    def show_section(self, name: str) -> None:
        self.section(name)
        self.setCurrentIndex(index_of(name))

    def build_the_rest(self) -> None:
        """Build one section not built yet, then the next in the next turn."""
        missing = [name for name in SECTION_IDS if name not in self.built]
        if missing:
            self.section(missing[0])
            if len(missing) > 1:
                QTimer.singleShot(0, self, self.build_the_rest)


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
