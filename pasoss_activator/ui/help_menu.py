"""The „Помощ“ menu: how to work (F1), diagnostics, the support code, support's contacts,
about."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from .. import __version__
from .look import icon

if TYPE_CHECKING:  # QDialog and the dialogs: imported when one is opened
    from PySide6.QtWidgets import QDialog

    from .contacts_dialog import ContactsDialog
    from .diagnostics_dialog import DiagnosticsDialog
    from .help_dialog import HelpDialog
    from .session import Session
    from .support_dialog import SupportCodeDialog

Opened = TypeVar("Opened", "ContactsDialog", "DiagnosticsDialog", "SupportCodeDialog")

# The dialogs are imported when opened: diagnostics brings the network stack along, and
# none of it is needed to paint the main window.


class HelpMenu(QObject):
    """Builds the menu on ``window`` and opens its dialogs (kept here for tests/the tour)."""

    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session  # the menu is enabled only once someone is logged in
        self.dialog: QDialog | None = None  # the last dialog opened from the menu
        self.menu = window.menuBar().addMenu(self.tr("&Помощ"))
        self.help_action = self._add("help", self.tr("&Как се работи"), self.open_help)
        # setShortcuts, not setShortcut: see early_qt.py
        self.help_action.setShortcuts(QKeySequence.StandardKey.HelpContents)  # F1
        self.menu.addSeparator()
        self.diagnostics_action = self._add(
            "diagnostics", self.tr("&Диагностика…"), self.open_diagnostics
        )
        self.support_action = self._add("phone", self.tr("&Свържи се с поддръжката…"),
                                        self.open_support)
        self.contacts_action = self._add("contacts", self.tr("&Контакти на поддръжката"),
                                         self.open_contacts)
        self.menu.addSeparator()
        self.about_action = self._add("help", self.tr("&За програмата"), self.about)

    def _add(self, icon_name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(icon(icon_name), text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def open_help(self) -> HelpDialog:
        from .help_dialog import HelpDialog

        dialog = HelpDialog(self.window)
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_diagnostics(self) -> DiagnosticsDialog:
        from .diagnostics_dialog import DiagnosticsDialog
        from .login_dialog import relogin_dialog

        dialog = DiagnosticsDialog(self.session.require(), self.window, login=relogin_dialog)
        dialog.key_written.connect(self.session.key_written)
        return self._open(dialog)

    def open_support(self) -> SupportCodeDialog:
        from .login_dialog import relogin_dialog
        from .support_dialog import SupportCodeDialog

        dialog = SupportCodeDialog(self.session.require(), None, self.window,
                                   login=relogin_dialog)
        dialog.key_written.connect(self.session.key_written)
        return self._open(dialog)

    def open_contacts(self) -> ContactsDialog:
        from .contacts_dialog import ContactsDialog

        return self._open(ContactsDialog(self.session.require(), self.window))

    def _open(self, dialog: Opened) -> Opened:
        """Window-modal without a nested event loop, then started; closed dialogs are freed."""
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        dialog.start()
        return dialog

    def about(self) -> None:
        import platform  # the system's name, read only for this box

        from .dialogs import inform  # message boxes: not needed to paint the window

        inform(
            self.window, self.tr("За програмата"),
            self.tr(
                "PASOSS Activator {0}\n\n"
                "Активира програмите на ПАСОСС на този компютър: взема регистрационния ключ "
                "от услугата на ПАСОСС и го записва в програмата.\n\n"
                "За помощ изберете „Помощ“ → „Контакти на поддръжката“."
            ).format(__version__),
            # What support asks for, not what a client needs to read: under „Подробности“.
            details=f"PASOSS Activator {__version__}\nPython {platform.python_version()}\n"
                    f"Qt {qVersion()}\n{platform.platform()}",
        )
