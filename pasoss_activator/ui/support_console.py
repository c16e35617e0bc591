"""„Поддръжка“: the staff's section (issue 14), a client's report opened by its code.

The code is typed as the client reads it („263 945“); each client opened stays in a tab
of its own, so a staff member can keep several calls open and close each when done. The
session is fetched off the GUI thread and made safe for staff (secrets redacted, client
text neutralised) before any widget sees it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.client_text import neutralize_value
from ..core.errors import Forbidden, NotFound, UsageError
from ..core.redaction import redact
from .client_session_tab import ClientSessionTab, plain, spaced
from .look import ERROR_STYLE, heading
from .messages import error_text
from .section_widget import SectionWidget
from .worker import run_in_background

if TYPE_CHECKING:
    from ..core.account import Activator
    from ..core.assisted import Offer
    from .session import Session


def staff_session(activator: Activator, code: str) -> tuple[dict[str, Any], list[Offer]]:
    """The session as staff may see it (runs in the worker): secrets redacted, control
    and bidirectional characters made visible. One line per value: a line break in a
    client's text is shown as ``\\x0a``, never obeyed. With it, the keys already sent
    into the session (a colleague on the same call may have sent one)."""
    from ..core.support import fetch_session

    safe = dict(neutralize_value(redact(fetch_session(activator, code)), keep_newlines=False))
    return safe, activator.support_offers(code).offers


class SupportConsole(SectionWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.code = QLineEdit()
        self.code.setPlaceholderText("263 945")
        self.code.setMaxLength(16)
        self.code.setMaximumWidth(180)
        self.code.setAccessibleName(self.tr("Код за поддръжка"))
        self.code.returnPressed.connect(lambda: self.open_code())
        self.open_button = QPushButton(self.tr("Отвори отчета"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(lambda _checked=False: self.open_code())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Код, който клиентът Ви казва:")))
        row.addWidget(self.code)
        row.addWidget(self.open_button)
        row.addStretch(1)
        self.message = plain()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Отворени клиенти"))
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.empty = plain(self.tr(
            "Клиентът създава код от „Помощ → Свържи се с поддръжката“ в своя активатор. "
            "Въведете шестте цифри и натиснете „Отвори отчета“: ще видите фирмата, какво не е "
            "наред и програмите ѝ, и ще можете да ѝ изпратите ключ. Всеки клиент се отваря в "
            "свой раздел."))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Поддръжка")))
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty, 1)  # either the hint or the tabs take the height
        layout.addWidget(self.tabs, 1)
        self._update_empty()

    # --- opening a code -------------------------------------------------------------

    def open_code(self, text: str | None = None) -> None:
        """Open the client's session of the code in the field (or ``text``)."""
        from ..core.support import normalize_code

        typed = self.code.text() if text is None else text
        try:
            code = normalize_code(typed)
        except UsageError as err:
            self.say(error_text(err))
            return
        existing = self.tab_of(code)
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            self.say("")
            return
        activator = self.session.require()
        self.open_button.setEnabled(False)
        self.say("")
        run_in_background(lambda: staff_session(activator, code), self._opened,
                          lambda error: self._failed(code, error), owner=self)

    def _opened(self, opened: tuple[dict[str, Any], list[Offer]]) -> None:
        self.open_button.setEnabled(True)
        safe, offers = opened
        tab = ClientSessionTab(self.session, safe, offers)
        index = self.tabs.addTab(tab, f"{tab.company} · {spaced(tab.code)}")
        self.tabs.setTabToolTip(index, tab.company)
        self.tabs.setCurrentIndex(index)
        self.code.clear()
        self._update_empty()

    def _failed(self, code: str, error: Exception) -> None:
        self.open_button.setEnabled(True)
        if isinstance(error, Forbidden):
            self.say(self.tr(
                "Този профил не е на служител на ПАСОСС и не може да отваря отчети на "
                "клиенти. Излезте и влезте с профила си на служител."))
        elif isinstance(error, NotFound):
            self.say(self.tr(
                "Няма отчет с код {0}: кодът е сгрешен или е изтекъл (важи 30 минути). "
                "Помолете клиента да го прочете отново или да създаде нов от „Помощ → "
                "Свържи се с поддръжката“.").format(spaced(code)))
        else:
            self.say(error_text(error))

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- tabs -----------------------------------------------------------------------

    def tab_of(self, code: str) -> ClientSessionTab | None:
        for tab in self.open_tabs():
            if tab.code == code:
                return tab
        return None

    def open_tabs(self) -> list[ClientSessionTab]:
        tabs = (self.tabs.widget(i) for i in range(self.tabs.count()))
        return [tab for tab in tabs if isinstance(tab, ClientSessionTab)]

    def close_tab(self, index: int) -> None:
        tab = self.tabs.widget(index)
        self.tabs.removeTab(index)
        if tab is not None:
            tab.deleteLater()
        self._update_empty()

    def _update_empty(self) -> None:
        has_tabs = self.tabs.count() > 0
        self.tabs.setVisible(has_tabs)
        self.empty.setVisible(not has_tabs)
