"""The wait for a key from support, under the support code (DESIGN §5.1, issue 14).

While the session lives the panel asks the service for new offers: one conditional GET
(``OfferWatch.poll``, a 304 when nothing changed) off the GUI thread through the worker,
then a ``QTimer`` before the next, so polls never overlap and stay ≤ 3 s apart. Each
offer is verified like any key (``Activator.verify_offer``, also off the GUI thread) and
shown with the program it is for; nothing is written until „Запиши в програмата“ is
pressed, and the write is the ``activate`` transaction (``Activator.write_offer``). A key
that does not verify is said plainly and the wait goes on. The session ending (the code
expired on the service) stops the wait and says what to do.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import comparison_text
from ..core.assisted import SupportSessionEnded, VerifiedOffer
from ..core.dates import format_bg
from ..core.errors import ActivatorError, LoginRequired, ServiceUnavailable
from .busy import BusyLine
from .look import ERROR_STYLE, OK_COLOUR, grow_to_fit, icon, monospace_font
from .messages import error_text, program_name
from .worker import run_in_background

if TYPE_CHECKING:
    from ..core.account import Activator
    from ..core.activation import ActivationResult
    from ..core.assisted import Offer, OfferWatch

POLL_MS = 3000  # DESIGN §5.1: cheap polling, at most 3 s apart
OK_STYLE = f"color:{OK_COLOUR.name()};"
OFFER_STYLE = (
    "QFrame#offer { background:#f1f8e9; border:1px solid #aed581; border-radius:4px; }"
)

# What one poll found: each new offer, verified, or the reason it cannot be written.
Found = list["VerifiedOffer | tuple[Offer, ActivatorError]"]


class OfferPanel(QWidget):
    key_written = Signal(object)  # ActivationResult: the window shows the program again
    session_ended = Signal()  # the code expired on the service: the dialog offers a new one

    def __init__(
        self, activator: Activator, parent: QWidget | None = None, *, poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self.activator = activator
        self.watch: OfferWatch | None = None
        self.pending: VerifiedOffer | None = None
        self.written: ActivationResult | None = None
        self.polls = 0  # answered polls (tests wait on it)
        self._polling = False  # a poll is running on the worker
        self._writing = False
        self._connection_lost = False  # said under the wait until a poll gets through

        self.waiting = BusyLine(self.tr("Служителят преглежда отчета…"))
        self.waiting.label.setAccessibleName(self.tr("Какво прави поддръжката"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Ключ от поддръжката"))

        self.offer_box = QFrame()
        self.offer_box.setObjectName("offer")
        self.offer_box.setStyleSheet(OFFER_STYLE)
        self.offer_title = QLabel()
        self.offer_title.setWordWrap(True)
        self.offer_details = QLabel()
        self.offer_details.setWordWrap(True)
        self.offer_details.setTextFormat(Qt.TextFormat.RichText)
        self.offer_key = QLabel()
        self.offer_key.setFont(monospace_font())
        self.offer_key.setWordWrap(True)
        self.offer_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.offer_key.setAccessibleName(self.tr("Регистрационен ключ"))
        self.write_button = QPushButton(icon("activate"), self.tr("Запиши в програмата"))
        self.write_button.clicked.connect(self.write)
        self.write_button.setAutoDefault(False)
        self.decline_button = QPushButton(self.tr("Откажи"))
        self.decline_button.clicked.connect(self.decline)
        self.decline_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.write_button)
        row.addWidget(self.decline_button)
        row.addStretch(1)
        box = QVBoxLayout(self.offer_box)
        box.addWidget(self.offer_title)
        box.addWidget(self.offer_details)
        box.addWidget(self.offer_key)
        box.addLayout(row)
        self.offer_box.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.waiting)
        layout.addWidget(self.offer_box)
        layout.addWidget(self.status)
        self.status.setVisible(False)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)  # the next poll is set once the last one answered
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.poll)

    # --- the wait -------------------------------------------------------------------

    @property
    def is_waiting(self) -> bool:
        return self.watch is not None

    def start(self, code: str) -> None:
        """Wait for keys sent into session ``code`` (the first look at once)."""
        self.watch = self.activator.watch_offers(code)
        self.pending = None
        self.written = None
        self._show()
        self.poll()

    def stop(self) -> None:
        """Stop waiting (the dialog closed or the session ended); a poll under way is ignored."""
        self.watch = None
        self.timer.stop()
        self._show()

    def poll(self) -> None:
        watch = self.watch
        if watch is None or self._polling:
            return
        self._polling = True
        activator = self.activator

        def look() -> Found:
            found: Found = []
            for offer in watch.poll():
                try:
                    found.append(activator.verify_offer(offer))
                except ActivatorError as error:  # shown; the wait goes on
                    found.append((offer, error))
            return found

        run_in_background(
            look, lambda found: self._polled(watch, found),
            lambda error: self._poll_failed(watch, error), owner=self,
        )

    def _next(self, watch: OfferWatch) -> None:
        self._polling = False
        self.polls += 1
        if self.watch is watch:  # not stopped (or restarted) meanwhile
            self.timer.start()

    def _polled(self, watch: OfferWatch, found: Found) -> None:
        if self.watch is watch:
            if self._connection_lost:
                self._connection_lost = False
                self._say("")
            for item in found:
                if isinstance(item, VerifiedOffer):
                    self.pending = item  # staff sent a newer key: that is the one shown
                    self.written = None
                    self._say("")
                else:
                    self._refused(*item)
            self._show()
        self._next(watch)

    def _poll_failed(self, watch: OfferWatch, error: Exception) -> None:
        self._polling = False
        self.polls += 1
        if self.watch is not watch:
            return
        if isinstance(error, SupportSessionEnded):
            self.stop()
            self.session_ended.emit()
            return
        if isinstance(error, ServiceUnavailable):
            # A dropped connection mid-call is common on a phone call's Wi-Fi: keep asking.
            self._connection_lost = True
            self._say(self.tr("Връзката с услугата на ПАСОСС прекъсна. Опитваме отново…"),
                      error=True)
            self.timer.start()
            return
        if isinstance(error, LoginRequired):
            self.stop()
            self._say(self.tr(
                "Входът Ви в ПАСОСС изтече, затова не можем да получим ключа от поддръжката. "
                "Затворете този прозорец, влезте отново и създайте нов код."), error=True)
            return
        self._say(error_text(error), error=True)
        self.timer.start()

    def _refused(self, offer: Offer, error: ActivatorError) -> None:
        product = (comparison_text.product_name(offer.product, QCoreApplication.translate)
                   or self.tr("програма ПАСОСС"))
        self._say(
            self.tr("Поддръжката изпрати ключ за {0}, но той не може да бъде записан: {1} "
                    "Кажете това на служителя. Чакаме друг ключ…")
            .format(product, error_text(error)),
            error=True,
        )

    # --- the offer ------------------------------------------------------------------

    def _show(self) -> None:
        offer = self.pending
        self.waiting.set_busy(self.watch is not None and offer is None)
        self.offer_box.setVisible(offer is not None)
        if offer is not None:
            self._fill(offer)
        self._fit()

    def _fit(self) -> None:
        """Nothing above or in the panel may be squeezed or cut off; the word-wrapped labels
        know their height only once the layout has run, so once more after a turn."""
        if self.isVisible():
            window = self.window()
            grow_to_fit(window)
            QTimer.singleShot(0, window, lambda: grow_to_fit(window))

    def _fill(self, offer: VerifiedOffer) -> None:
        program, key = offer.program, offer.key
        title = self.tr("Поддръжката изпрати регистрационен ключ за {0}.")
        self.offer_title.setText(f"<b>{html.escape(title.format(program_name(program)))}</b>")
        until = (self.tr("Ключът важи без крайна дата.") if key.valid_until is None
                 else self.tr("Ключът важи до {0}.").format(format_bg(key.valid_until)))
        verified = self.tr("Ключът е проверен: издаден е от ПАСОСС за инсталационния ключ "
                           "на тази програма на този компютър.")
        lines = [
            f"<span style='{OK_STYLE}'>✔ {html.escape(verified)}</span>",
            html.escape(self.tr("Програма: {0}, версия {1}, папка {2}").format(
                program_name(program), program.version or "?", program.folder)),
            html.escape(until),
            html.escape(self.tr("Нищо не е записано, докато не натиснете „Запиши в програмата“.")),
        ]
        self.offer_details.setText("<br>".join(lines))
        self.offer_key.setText(offer.offer.registration_key)
        self.write_button.setEnabled(not self._writing)
        self.decline_button.setEnabled(not self._writing)

    def _say(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else OK_STYLE if ok else "")
        self.status.setVisible(bool(text))
        self._fit()

    def write(self) -> None:
        """„Запиши в програмата“: the ``activate`` transaction, off the GUI thread."""
        verified = self.pending
        if verified is None or self._writing:
            return
        self._writing = True
        self._show()
        activator = self.activator
        run_in_background(
            lambda: activator.write_offer(verified),
            lambda result: self._written(verified, result),
            self._write_failed, owner=self,
        )

    def _written(self, verified: VerifiedOffer, result: ActivationResult) -> None:
        self._writing = False
        if self.pending is verified:
            self.pending = None
        self.written = result
        self._show()
        self._say(
            self.tr("Ключът е записан в {0} ({1}). Ако програмата е отворена, затворете я и "
                    "я отворете отново. Ако служителят изпрати ключ и за друга програма, той "
                    "ще се покаже тук.").format(program_name(verified.program), result.config_path),
            ok=True,
        )
        self.key_written.emit(result)

    def _write_failed(self, error: Exception) -> None:
        self._writing = False
        self._show()  # the offer stays: after closing the program, „Запиши“ again
        self._say(error_text(error), error=True)

    def decline(self) -> None:
        """„Откажи“: the key is not written; the wait for another goes on."""
        if self.pending is None or self._writing:
            return
        self.pending = None
        self._show()
        self._say(self.tr("Ключът не е записан. Ако служителят изпрати друг ключ, той ще се "
                          "покаже тук."))
