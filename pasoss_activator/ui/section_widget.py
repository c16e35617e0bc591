"""What every section of the main window is: a widget that shows its part of the account."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ..core.account import AccountData


class SectionWidget(QWidget):
    def show_data(self, data: AccountData) -> None:
        """The account, synced or from its saved copy; a section shows its part of it
        (the window gives it to every section declared in sections.py)."""
