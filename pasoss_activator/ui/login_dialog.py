"""The login dialog: e-mail, password, „Запомни ме“, service address, password reset.

It never blocks: every call to the service runs through the worker, and while it runs
the dialog shows that it is busy. Failures are shown inline under the fields: a wrong
password, too many attempts (with a countdown until the next try, in a line of its own so
that „Забравена парола?“ can answer beside it), or no network (with the offer to open the
copy of the account saved on this PC). Without the system's secure storage „Запомни ме“
is off for good and a line says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import (
    ActivatorError,
    LoginRefused,
    ServiceUnavailable,
    TooManyAttempts,
    UsageError,
)
from . import first_paint
from .busy import busy_bar
from .formatting import wait_text
from .look import ERROR_STYLE, app_icon, grow_to_fit, icon
from .messages import error_text
from .worker import run_in_background

if TYPE_CHECKING:
    from ..core.account import AccountData, AccountSummary, Activator
    from .contacts_dialog import ContactsDialog
    from .diagnostics_dialog import DiagnosticsDialog

ActivatorFactory = Callable[[str], "Activator"]


class LoginDialog(QDialog):
    COUNTDOWN_MS = 1000  # one tick of the lockout's countdown (tests make it shorter)
    first_painted = Signal()  # once, after the dialog's first paint: time for the rest

    def __init__(
        self,
        make_activator: ActivatorFactory,
        server_url: str,
        *,
        email: str = "",
        password: str = "",
        remember: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.make_activator = make_activator
        self.activator: Activator | None = None
        # Set when the user opens the account's copy saved on this PC, without a connection.
        self.offline_data: AccountData | None = None
        self._cached_activator: Activator | None = None
        self._seconds_left = 0
        self._keyring_available = True
        self._painted = False
        # Set (and the dialog closed) when the service's address is refused before any
        # connection: plain HTTP off this computer, characters parsers read differently.
        self.address_refused: UsageError | None = None
        self.setWindowTitle(self.tr("Вход — PASOSS Activator"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(460)

        title = QLabel(self.tr("Влезте с имейла и паролата от Контролния панел на ПАСОСС."))
        title.setWordWrap(True)

        self.email = QLineEdit(email)
        self.email.setAccessibleName(self.tr("Имейл"))
        self.email.setPlaceholderText("ime@firma.bg")
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.password = QLineEdit(password)
        self.password.setAccessibleName(self.tr("Парола"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QAction(icon("eye"), self.tr("Покажи паролата"), self)
        self.show_password.setCheckable(True)
        self.show_password.toggled.connect(self._toggle_password)
        self.password.addAction(self.show_password, QLineEdit.ActionPosition.TrailingPosition)
        self.remember = QCheckBox(self.tr("Запомни ме"))
        self.remember.setChecked(remember)
        self.remember.setToolTip(
            self.tr("Следващия път програмата ще влезе в профила Ви сама, без да пита за "
                    "паролата.")
        )

        # Said in words, not only in a tooltip: why „Запомни ме“ cannot be ticked here.
        self.no_keyring = QLabel(
            self.tr("На този компютър няма защитено хранилище за данни за вход, затова "
                    "програмата не може да Ви запомни: входът важи, докато е отворена.")
        )
        self.no_keyring.setWordWrap(True)
        self.no_keyring.setStyleSheet("color:#5f6368;")
        self.no_keyring.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("&Имейл:"), self.email)
        form.addRow(self.tr("&Парола:"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.no_keyring)

        self.advanced_toggle = QToolButton()
        self.advanced_toggle.setText(self.tr("Разширени"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced_toggle.toggled.connect(self._toggle_advanced)
        self.server = QLineEdit(server_url)
        self.server.setAccessibleName(self.tr("Адрес на услугата"))
        self.advanced = QWidget()
        advanced_form = QFormLayout(self.advanced)
        advanced_form.setContentsMargins(0, 0, 0, 0)
        advanced_form.addRow(self.tr("Адрес на &услугата:"), self.server)
        self.advanced.setVisible(False)

        self.forgot = QPushButton(self.tr("Забравена парола?"))
        self.forgot.setFlat(True)
        self.forgot.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot.setStyleSheet("color:#1565c0; text-decoration:underline; border:none;")
        self.forgot.clicked.connect(self._forgot_password)
        self.forgot.setAutoDefault(False)  # Enter must log in, never send a reset link

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Съобщение"))
        self.message.setVisible(False)
        # The lockout's countdown has a line of its own: it changes every second and would
        # wipe out any other message (the reset link's confirmation) written in the same.
        self.lockout = QLabel()
        self.lockout.setWordWrap(True)
        self.lockout.setAccessibleName(self.tr("Изчакване"))
        self.lockout.setVisible(False)
        self.offline_button = QPushButton(icon("offline"), self.tr("Отвори запазените данни"))
        self.offline_button.setVisible(False)
        self.offline_button.clicked.connect(self._open_offline)
        self.offline_button.setAutoDefault(False)

        self.busy = busy_bar(self.tr("Влизане"))

        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(
            self.tr("Вход"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.login_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Отказ"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        links = QHBoxLayout()
        links.addWidget(self.advanced_toggle)
        links.addStretch(1)
        links.addWidget(self.forgot)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addLayout(links)
        layout.addWidget(self.advanced)
        layout.addWidget(self.lockout)
        layout.addWidget(self.message)
        layout.addWidget(self.offline_button)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        layout.addLayout(self._help_row())

        self._countdown = QTimer(self)
        self._countdown.setInterval(self.COUNTDOWN_MS)
        self._countdown.timeout.connect(self._tick)
        # The keyboard goes through the fields in the order they are read on the screen
        # (the service address, built earlier, sits below „Забравена парола?“).
        chain = [self.email, self.password, self.remember, self.advanced_toggle, self.forgot,
                 self.server, self.offline_button, self.login_button, cancel]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        (self.password if email else self.email).setFocus()
        # F1: the help is needed most before login (how to log in, where the key is).
        help_key = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        help_key.activated.connect(self.open_help)

    def open_help(self) -> QDialog:
        from .help_dialog import HelpDialog

        dialog = HelpDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            first_paint.painted(self, self.first_painted)

    def service_ready(self, activator: Activator, keyring_available: bool,
                      remembered_email: str = "") -> None:
        """The service code has loaded in the worker (run_gui shows the dialog first): the
        service's full address, the e-mail last used with it and whether the keyring can
        keep a login, each only where the user has not typed meanwhile."""
        if not self.server.isModified():
            self.server.setText(activator.server_url)
        if remembered_email and not self.email.text() and not self.email.isModified():
            self.email.setText(remembered_email)
            if self.focusWidget() in (None, self.email):  # the cursor goes where to type
                self.password.setFocus()
        self.set_keyring_available(keyring_available)

    def set_keyring_available(self, available: bool) -> None:
        """Without the OS keyring nothing can be remembered safely: say so, do not pretend."""
        self._keyring_available = available
        self.no_keyring.setVisible(not available)
        if available:
            return
        if self.isVisible():
            # Said after the first paint (the keyring is asked in the worker): the dialog
            # grows to the wrapped sentence instead of cutting its last lines.
            grow_to_fit(self)
        self.remember.setChecked(False)
        self.remember.setEnabled(False)
        self.remember.setToolTip(
            self.tr(
                "На този компютър няма защитено хранилище за данни за вход, затова входът "
                "важи само докато програмата е отворена."
            )
        )

    # --- states ---------------------------------------------------------------------

    def _toggle_password(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)
        self.show_password.setText(
            self.tr("Скрий паролата") if shown else self.tr("Покажи паролата")
        )

    def _toggle_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.adjustSize()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.email, self.password, self.server, self.forgot):
            widget.setEnabled(not busy)
        # Without secure storage it stays off: nothing could be remembered after any login.
        self.remember.setEnabled(not busy and self._keyring_available)
        self.login_button.setEnabled(not busy and self._seconds_left == 0)
        self.login_button.setText(self.tr("Влизане…") if busy else self.tr("Вход"))

    def enter_password(self, password: str) -> None:
        """The password, as if typed into its field."""
        self.password.setText(password)

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setVisible(bool(text))
        grow_to_fit(self)

    def _show_lockout(self, text: str, *, error: bool = True) -> None:
        self.lockout.setText(text)
        self.lockout.setStyleSheet(ERROR_STYLE if error else "")
        self.lockout.setVisible(bool(text))
        grow_to_fit(self)

    # --- login ----------------------------------------------------------------------

    def submit(self) -> None:
        email = self.email.text().strip()
        password = self.password.text()
        if not email or not password:
            self.show_message(self.tr("Въведете имейла и паролата си."))
            (self.email if not email else self.password).setFocus()
            return
        if self._seconds_left:
            return
        self.show_message("")
        self._show_lockout("")
        self.offline_button.setVisible(False)
        server = self.server.text().strip()
        remember = self.remember.isChecked()
        self.set_busy(True)

        def login() -> Activator:
            # Made in the worker: the service code may still be loading (run_gui).
            activator = self.make_activator(server)
            activator.login(email, password, remember=remember)
            return activator

        run_in_background(login, self._logged_in,
                          lambda error: self._login_failed(server, email, error))

    def _logged_in(self, activator: Activator) -> None:
        self.set_busy(False)
        self.activator = activator
        self.password.clear()
        self.accept()

    def _login_failed(self, server: str, email: str, error: Exception) -> None:
        self.set_busy(False)
        if isinstance(error, TooManyAttempts):
            self._seconds_left = max(1, error.retry_after)
            self._countdown.start()
            self._tick(advance=False)
        elif isinstance(error, LoginRefused):
            self.show_message(
                self.tr(
                    "Имейлът или паролата не са верни. Проверете ги (и дали не е включен "
                    "Caps Lock) и опитайте отново."
                )
            )
            self.password.selectAll()
            self.password.setFocus()
        elif isinstance(error, ServiceUnavailable):
            self.show_message(
                self.tr(
                    "Няма връзка с услугата на ПАСОСС. Проверете връзката с интернет и "
                    "опитайте отново."
                )
            )
            def saved_copy() -> tuple[Activator, AccountData | None]:
                activator = self.make_activator(server)
                return activator, activator.cached(email or None)

            run_in_background(saved_copy, lambda found: self._offer_offline(*found),
                              lambda _error: None)
        else:
            self.show_message(error_text(error))

    def _tick(self, advance: bool = True) -> None:
        if advance:
            self._seconds_left = max(0, self._seconds_left - 1)
        if self._seconds_left == 0:
            self._countdown.stop()
            self._show_lockout(self.tr("Можете да опитате отново."), error=False)
            self.login_button.setEnabled(not self.busy.isVisible())
            return
        self.login_button.setEnabled(False)
        self._show_lockout(
            self.tr(
                "Твърде много неуспешни опита за вход. Опитайте отново след {0}. "
                "Ако сте забравили паролата, натиснете „Забравена парола?“."
            ).format(wait_text(self._seconds_left))
        )

    def _offer_offline(self, activator: Activator, data: AccountData | None) -> None:
        if data is None or data.synced_at is None:
            return
        self._cached_activator = activator
        self.offline_data = data
        stamp = data.synced_at.astimezone().strftime("%d.%m.%Y %H:%M")
        self.offline_button.setText(
            self.tr("Отвори запазените данни без връзка (от {0})").format(stamp)
        )
        self.offline_button.setVisible(True)

    def _open_offline(self) -> None:
        self.activator = self._cached_activator
        self.accept()

    @property
    def is_offline(self) -> bool:
        return self.activator is not None and self.activator is self._cached_activator

    # --- a remembered session -------------------------------------------------------

    def resume(self, activator: Activator) -> None:
        """Try the session remembered in the keyring; the form stays for when there is none."""
        self.set_busy(True)
        self.show_message(self.tr("Проверка на запазения вход…"), error=False)
        run_in_background(
            activator.resume,
            lambda account: self._resumed(activator, account),
            lambda error: self._resume_failed(activator, error),
        )

    def _resumed(self, activator: Activator, account: AccountSummary | None) -> None:
        self.set_busy(False)
        self.show_message("")
        if account is not None:
            self._logged_in(activator)

    def _resume_failed(self, activator: Activator, error: Exception) -> None:
        self.set_busy(False)
        self.show_message("")
        if isinstance(error, ServiceUnavailable):
            self._login_failed(activator.server_url, self.email.text().strip(), error)

    # --- password reset -------------------------------------------------------------

    def _forgot_password(self) -> None:
        email = self.email.text().strip()
        if not email:
            self.show_message(self.tr("Въведете имейла си и натиснете отново „Забравена парола?“."))
            self.email.setFocus()
            return
        server = self.server.text().strip()
        self.set_busy(True)
        run_in_background(
            lambda: self.make_activator(server).request_password_reset(email),
            lambda _none: self._reset_sent(email),
            self._reset_failed,
        )

    def _reset_sent(self, email: str) -> None:
        self.set_busy(False)
        self.show_message(
            self.tr(
                "Ако има профил с имейл {0}, на него е изпратена връзка за нова парола. "
                "Проверете пощата си (и папката за нежелана поща)."
            ).format(email),
            error=False,
        )

    def _reset_failed(self, error: Exception) -> None:
        self.set_busy(False)
        if isinstance(error, ServiceUnavailable):
            self.show_message(
                self.tr("Няма връзка с услугата на ПАСОСС. Опитайте отново, когато има интернет.")
            )
        else:
            self.show_message(error_text(error))

    # --- help before login ----------------------------------------------------------

    def _help_row(self) -> QHBoxLayout:
        """Help for someone who cannot log in (no connection, a forgotten account): the
        diagnostics report and support's phones work without a login, offline too."""
        self.diagnostics_button = QPushButton(icon("diagnostics"), self.tr("Диагностика…"))
        self.diagnostics_button.setToolTip(
            self.tr("Проверява компютъра и връзката с услугата и показва отчет за поддръжката.")
        )
        self.diagnostics_button.clicked.connect(self.open_diagnostics)
        self.contacts_button = QPushButton(icon("phone"), self.tr("Контакти на поддръжката"))
        self.contacts_button.clicked.connect(self.open_contacts)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Нужна е помощ?")))
        for button in (self.diagnostics_button, self.contacts_button):
            button.setFlat(True)
            button.setAutoDefault(False)  # Enter must log in
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _help_activator(self) -> Activator:
        """The service typed in the form (its contacts, its network check); the default
        one when that address is refused, so the shipped phones still show."""
        if self.activator is not None:
            return self.activator
        try:
            return self.make_activator(self.server.text().strip())
        except ActivatorError:
            return self.make_activator("")

    def open_diagnostics(self) -> DiagnosticsDialog:
        """The report without a login; its „Свържи се с поддръжката“ explains that a code
        needs the login and the connection, and shows the phones and the report instead."""
        from .diagnostics_dialog import DiagnosticsDialog

        dialog = DiagnosticsDialog(self._help_activator(), self)  # no login to offer there
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        dialog.start()
        return dialog

    def open_contacts(self) -> ContactsDialog:
        """Support's phones: the saved or shipped copy when the service cannot be reached."""
        from .contacts_dialog import ContactsDialog

        dialog = ContactsDialog(self._help_activator(), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        dialog.start()
        return dialog


def relogin_dialog(activator: Activator, parent: QWidget) -> LoginDialog:
    """The login form for ``activator`` itself (its session ended while a dialog needed
    it): the same e-mail, nothing remembered anew."""
    account = activator.account
    return LoginDialog(
        lambda _url: activator, activator.server_url,
        email=account.email if account is not None else "", remember=False, parent=parent,
    )
