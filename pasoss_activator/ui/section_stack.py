"""The main window's six sections, each built when first needed.

The section on screen is built with the window; the others one per turn of the event
loop after the window's first paint (or at once when something asks for one). The window
paints sooner and no single build holds the event loop for long.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QStackedWidget, QWidget

from .ui_settings import SECTIONS


class SectionStack(QStackedWidget):
    def __init__(self, make: Callable[[str], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self.built: dict[str, QWidget] = {}
        self._placeholders = {name: QWidget() for name in SECTIONS}  # until built
        for name in SECTIONS:
            self.addWidget(self._placeholders[name])

    def section(self, name: str) -> QWidget:
        section = self.built.get(name)
        if section is None:
            section = self.built[name] = self._make(name)
            index = SECTIONS.index(name)
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
        self.setCurrentIndex(SECTIONS.index(name))

    def build_the_rest(self) -> None:
        """Build one section not built yet, then the next in the next turn."""
        missing = [name for name in SECTIONS if name not in self.built]
        if missing:
            self.section(missing[0])
            if len(missing) > 1:
                QTimer.singleShot(0, self, self.build_the_rest)


Built = TypeVar("Built", bound=QWidget)


class Section(Generic[Built]):
    """A window's attribute that is its section of that name, built when first read."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, window: Any, owner: type | None = None) -> Built:
        return cast(Built, window.stack.section(self.name))


def make_section(window: Any, name: str) -> QWidget:
    """A section of ``window`` (a MainWindow), wired to it."""
    if name == "news":
        from .account_sections import NewsSection

        return NewsSection()
    if name == "profile":
        from .account_sections import ProfileSection

        return ProfileSection(window.change_password)
    if name == "licences":
        from .table_sections import LicencesSection

        return LicencesSection()
    if name == "contracts":
        from .table_sections import ContractsSection

        return ContractsSection()
    if name == "keys":
        from .keys_section import KeysSection

        keys = KeysSection(window.session)
        keys.activated.connect(lambda _r: window.refresh_programs())
        keys.refused.connect(lambda: window.show_section("keys"))
        keys.offline_requested.connect(window.offline_activation)
        return keys
    from .this_pc_section import ThisPcSection

    this_pc = ThisPcSection()
    this_pc.activate_requested.connect(lambda program: window.keys.activate_program(program))
    this_pc.refresh_requested.connect(window.refresh_programs)
    this_pc.folder_added.connect(window.add_program_folder)
    return this_pc
