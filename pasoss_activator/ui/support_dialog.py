"""„Свържи се с поддръжката“: send the diagnostics report, show the 6-digit code large.

The client reads the code to the person on the phone, who opens the same report with
``support show CODE``. The code is valid for a limited time (30 minutes on the service),
so the minutes left are shown and refreshed by a timer; when the code expires it greys
out and „Нов код“ sends a fresh report.

The dialog stays open while the session lives: under the code, ``OfferPanel`` waits for a
key staff send into the session and writes it only on „Запиши в програмата“. Closing the
dialog ends the session on the service (staff can send nothing more into it) and stops
the wait — and so does the program quitting with the dialog open (Windows ending the
user's session, the window closed under it by the program).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.contacts import Contacts, support_contacts
from ..core.errors import LoginRequired, ServiceUnavailable
from ..core.support import SupportCode, start_support
from .busy import BusyLine
from .contacts_dialog import MUTED_STYLE, phones, saved_note, tel_link
from .look import ERROR_STYLE, app_icon, grow_to_fit, icon
from .messages import error_text
from .offer_panel import POLL_MS, OfferPanel
from .worker import run_in_background

if TYPE_CHECKING:
    from ..core.account import Activator
    from ..core.contacts import Contacts

CODE_POINT_SIZE = 40
CODE_STYLE = "color:#102a3a; letter-spacing:4px;"
EXPIRED_STYLE = "color:#9e9e9e; letter-spacing:4px;"
# Checked more often than once a minute, so "expired" shows within seconds of the moment.
TICK_MS = 15_000

Clock = Callable[[], dt.datetime]
# Opens the login form for this activator (ui/login_dialog.relogin_dialog), given by whoever
# opens this dialog: the login dialog itself opens it with none, as there is no login to offer.
LoginOpener = Callable[["Activator", QWidget], QDialog]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SupportCodeDialog(QDialog):
    key_written = Signal(object)  # ActivationResult: the main window shows the program again

    def __init__(
        self, activator: Activator, report: dict[str, Any] | None = None,
        parent: QWidget | None = None, *, clock: Clock = _utc_now, poll_ms: int = POLL_MS,
        login: LoginOpener | None = None,
    ) -> None:
        super().__init__(parent)
        self.activator = activator
        self.report = report
        self.clock = clock
        self.login = login
        self.can_login = login is not None
        self.code: SupportCode | None = None
        self.login_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Свържи се с поддръжката"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(560)

        self.intro = intro = QLabel(
            self.tr(
                "Отчетът от диагностиката ще бъде изпратен на поддръжката на ПАСОСС и ще "
                "получите код. В отчета няма пароли и пълни регистрационни ключове."
            )
        )
        intro.setWordWrap(True)
        self.busy = BusyLine(self.tr("Изпращане на отчета до поддръжката…"))
        self.code_label = QLabel()
        font = QFont(self.font())
        font.setPointSize(CODE_POINT_SIZE)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Код за поддръжката"))
        self.instruction = QLabel()
        bigger = QFont(self.font())
        bigger.setPointSizeF(bigger.pointSizeF() * 1.25)
        self.instruction.setFont(bigger)
        self.instruction.setWordWrap(True)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instruction.setAccessibleName(self.tr("Какво да направите"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setAccessibleName(self.tr("Съобщение"))
        self.phones = QLabel()
        self.phones.setWordWrap(True)
        self.phones.setOpenExternalLinks(True)
        self.phones.setTextFormat(Qt.TextFormat.RichText)
        self.phones.setAccessibleName(self.tr("Телефони на поддръжката"))
        self.offers = OfferPanel(activator, self, poll_ms=poll_ms)
        self.offers.key_written.connect(self.key_written)
        self.offers.session_ended.connect(self._session_ended)

        self.new_button = QPushButton(icon("refresh"), self.tr("Нов код"))
        self.new_button.clicked.connect(self.start)
        self.login_button = QPushButton(icon("profile"), self.tr("Вход…"))
        self.login_button.clicked.connect(self.open_login)
        close = QPushButton(self.tr("Затвори"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.login_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.busy)
        layout.addSpacing(8)
        layout.addWidget(self.code_label)
        layout.addWidget(self.instruction)
        layout.addWidget(self.message)
        layout.addWidget(self.offers)
        layout.addSpacing(8)
        layout.addWidget(self.phones)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        app = QCoreApplication.instance()
        if app is not None:
            # The event loop ends with the dialog still open (the user's Windows session
            # ending): the program's exit waits for the worker, so the session ends too.
            app.aboutToQuit.connect(self._leave)
        self._show_state(busy=False)
        self._load_phones()

    # --- states ---------------------------------------------------------------------

    def _show_state(self, *, busy: bool, error: str = "", login: bool = False) -> None:
        self.busy.set_busy(busy)
        has_code = self.code is not None and not busy
        self.code_label.setVisible(has_code)
        self.instruction.setVisible(has_code)
        self.message.setText(error)
        self.message.setVisible(bool(error))
        self.login_button.setVisible(login and self.can_login)
        self.new_button.setVisible(bool(error) and not login)
        if error and not login:
            self.new_button.setText(self.tr("Опитай отново"))
        self._fit()

    def _fit(self) -> None:
        grow_to_fit(self)  # a longer text must not be cut

    @property
    def is_busy(self) -> bool:
        return self.busy.is_busy

    def start(self) -> None:
        """Send the report (building it first when none was given) and show the code."""
        if self.is_busy:
            return
        self.timer.stop()
        self.offers.stop()
        self.code = None
        activator, report = self.activator, self.report
        self._show_state(busy=True)
        run_in_background(
            lambda: start_support(activator, report), self._got_code, self._failed, owner=self
        )

    def _got_code(self, code: SupportCode) -> None:
        self.code = code
        self.intro.setText(
            self.tr("Отчетът от диагностиката е изпратен на поддръжката на ПАСОСС. В него "
                    "няма пароли и пълни регистрационни ключове.")
        )
        self._show_state(busy=False)
        self.code_label.setText(code.spaced)
        self.code_label.setStyleSheet(CODE_STYLE)
        self.new_button.setText(self.tr("Нов код"))
        self.tick()
        self.timer.start()
        self.offers.start(code.code)

    def minutes_left(self) -> int:
        return self.code.minutes_valid(self.clock()) if self.code is not None else 0

    def tick(self) -> None:
        """Refresh the minutes left; at 0 the code is no use any more, say so."""
        if self.code is None:
            return
        minutes = self.minutes_left()
        if minutes <= 0:
            self._expired(self.tr("Кодът изтече — създайте нов."))
            return
        read = self.tr("Кажете този код на служителя от поддръжката.")
        valid = (
            self.tr("Кодът важи още 1 минута.") if minutes == 1
            else self.tr("Кодът важи още {0} минути.").format(minutes)
        )
        self.instruction.setText(f"{read}\n{valid}")

    def _expired(self, text: str) -> None:
        """The code is no use any more: grey it out, stop waiting, offer a new one."""
        self.timer.stop()
        self.offers.stop()
        self.code_label.setStyleSheet(EXPIRED_STYLE)
        self.instruction.setText(text)
        self.new_button.setText(self.tr("Нов код"))
        self.new_button.setVisible(True)
        self._fit()

    def _session_ended(self) -> None:
        """The service says the code no longer works (expired, or a newer session closed it)."""
        self._expired(self.tr(
            "Сесията за поддръжка приключи: кодът вече не е валиден. Ако поддръжката още не "
            "Ви е изпратила ключ, натиснете „Нов код“ и кажете новия код на служителя."
        ))

    def done(self, result: int) -> None:
        """Closing the dialog (Esc, ✕, „Затвори“) ends the session."""
        self._leave()
        super().done(result)

    def _leave(self) -> None:
        """The wait stops and the code stops working on the service, so staff cannot send
        a key nobody waits for (and use a seat with it)."""
        self.timer.stop()
        self.offers.stop()
        code, self.code = self.code, None
        if code is not None and code.expires_at > self.clock():
            activator = self.activator
            # Not owned by the dialog (it is going away); a failure only means the code
            # will expire on its own within 30 minutes.
            run_in_background(lambda: activator.end_support(code.code),
                              lambda _ended: None, lambda _error: None)

    def _failed(self, error: Exception) -> None:
        before_login = not self.can_login and self.activator.account is None
        if before_login and isinstance(error, LoginRequired | ServiceUnavailable):
            # The intro promises a code; here there will be none, so it must not say so.
            self.intro.setText(self.tr("Поддръжката на ПАСОСС ще Ви помогне по телефона."))
            self._show_state(busy=False, login=True, error=self._before_login_text(error))
        elif isinstance(error, LoginRequired):
            self._show_state(
                busy=False, login=True,
                error=self.tr(
                    "За да получите код, трябва да сте влезли в профила си в ПАСОСС. "
                    "Натиснете „Вход…“ и влезте с имейла и паролата си."
                ),
            )
        elif isinstance(error, ServiceUnavailable):
            self._show_state(
                busy=False,
                error=self.tr(
                    "Няма връзка с услугата на ПАСОСС, затова не можем да създадем код. "
                    "Проверете връзката с интернет и натиснете „Опитай отново“. Ако "
                    "връзката не се възстанови, обадете се на поддръжката на ПАСОСС."
                ),
            )
        else:
            self._show_state(busy=False, error=error_text(error))

    def _before_login_text(self, error: Exception) -> str:
        """Opened from the login dialog: a code is made by the service for a logged-in
        account, so without a login (or a connection) the way is the phone and the report."""
        why = (
            self.tr("Няма връзка с услугата на ПАСОСС, а кодът за поддръжка се създава там.")
            if isinstance(error, ServiceUnavailable) else
            self.tr("Кодът за поддръжка се създава в услугата на ПАСОСС след вход в профила.")
        )
        return why + " " + self.tr(
            "Обадете се на поддръжката на телефона по-долу: служителят ще Ви помогне и без "
            "код. Отчетът от диагностиката може да прочетете по телефона или да запазите с "
            "„Запази…“ и да изпратите по имейл. Когато има връзка, влезте в профила си и "
            "изберете „Помощ“ → „Свържи се с поддръжката“, за да получите код."
        )

    # --- login when the session has ended -------------------------------------------

    def open_login(self) -> None:
        """The login form, logging in this same activator; the code is asked for after."""
        if self.login is None:
            return
        self.login_dialog = self.login(self.activator, self)
        self.login_dialog.accepted.connect(self.start)
        self.login_dialog.open()

    # --- the phones under the code --------------------------------------------------

    def _load_phones(self) -> None:
        activator = self.activator
        run_in_background(
            lambda: support_contacts(activator), self._phones_loaded,
            lambda _error: self.phones.setVisible(False),
            owner=self,
        )

    def _phones_loaded(self, contacts: Contacts) -> None:
        numbers = phones(contacts)
        if not numbers:
            self.phones.setVisible(False)
            return
        label = html.escape(self.tr("Телефон на поддръжката:"))
        text = f"{label} " + ", ".join(tel_link(p) for p in numbers)
        note = saved_note(contacts)
        if note:
            text += f"<br><span style='{MUTED_STYLE}'>{html.escape(note)}</span>"
        hours = contacts.data.hours
        if hours:
            text += "<br>" + html.escape(self.tr("Работно време: {0}").format(hours))
        self.phones.setText(text)
        self.phones.setVisible(True)
        self._fit()
