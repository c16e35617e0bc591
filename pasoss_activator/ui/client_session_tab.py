"""One client's support session in the staff console: the report, then „Изпрати ключ“.

What a person on the phone needs, in that order: who the client is, what is wrong and
what to tell them, then each program with its status, what changed and the comparison for
its installation key. The comparison shown first is read from the report (nothing is
issued just to look: an issued key takes a seat); „Изпрати ключ“ asks the service, whose
answer — the key, or the refusal row by row with what to tell the client — replaces it.

Everything here came from the client's PC: the session arrives already neutralised
(``core.client_text``) and every label is plain text, so neither control characters nor
markup in a report can change what staff see.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import NotEntitled, NotFound
from ..core.model import ComparisonRow
from ..core.redaction import mask_registration_key
from ..core.report_comparison import report_rows
from ..core.row_advice import failing_advice
from ..core.support import advice
from .comparison import ComparisonView
from .formatting import moment_text
from .look import ERROR_STYLE, OK_COLOUR, monospace_font
from .messages import error_text
from .worker import run_in_background

if TYPE_CHECKING:
    from ..core.assisted import Offer
    from .session import Session


def plain(text: str = "", *, wrap: bool = True, selectable: bool = False) -> QLabel:
    """A label that shows its text as it is: never as rich text (a report may hold
    „<img src=…>“ or a link), word-wrapped unless told."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _bullets(lines: Sequence[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


def _text(value: Any, default: str = "—") -> str:
    return str(value) if value not in (None, "") else default


class ProgramPanel(QGroupBox):
    """One program of the report: status, what changed, the comparison, „Изпрати ключ“."""

    sent = Signal(object)  # the Offer the service issued

    def __init__(
        self, session: Session, code: str, program: Mapping[str, Any],
        customer_number: Any, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(_text(program.get("name"), self.tr("Програма")))
        self.session = session
        self.code = code
        self.program = program
        self.installation_key = str(program.get("installation_key") or "")
        self.offer: Offer | None = None
        self.refusal: tuple[ComparisonRow, ...] = ()
        layout = QVBoxLayout(self)

        status = _text(program.get("status_text") or program.get("status"))
        self.status = plain(self.tr("Версия {0} · Състояние: {1}").format(
            _text(program.get("version")), status))
        layout.addWidget(self.status)
        problem = program.get("problem") or program.get("key_error")
        if problem:
            layout.addWidget(plain(self.tr("Проблем: {0}").format(_text(problem))))
        changed = program.get("what_changed")
        summary = changed.get("summary") if isinstance(changed, Mapping) else None
        self.what_changed = plain(self.tr("Какво се промени: {0}").format(summary))
        self.what_changed.setVisible(bool(summary))
        layout.addWidget(self.what_changed)
        if self.installation_key:
            key = QLineEdit(self.installation_key)
            key.setReadOnly(True)
            key.setFont(monospace_font())
            key.setAccessibleName(self.tr("Инсталационен ключ"))
            layout.addWidget(plain(self.tr("Инсталационен ключ:")))
            layout.addWidget(key)

        self.caption = plain()
        self.caption.setStyleSheet("font-weight:bold;")
        layout.addWidget(self.caption)
        self.table = ComparisonView(self, hints=False)
        layout.addWidget(self.table)
        self.tell = plain(selectable=True)
        self.tell.setStyleSheet(ERROR_STYLE + "font-weight:bold;")
        self.tell.setAccessibleName(self.tr("Какво да кажете на клиента"))
        layout.addWidget(self.tell)
        self.send_button = QPushButton(self.tr("Изпрати ключ"))
        self.send_button.setToolTip(self.tr(
            "Издава ключ за този инсталационен ключ от името на клиента и го изпраща в "
            "сесията му; клиентът го записва с „Запиши в програмата“."))
        self.send_button.clicked.connect(lambda _checked=False: self.send())
        self.send_button.setEnabled(bool(self.installation_key))
        layout.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.result = plain(selectable=True)
        layout.addWidget(self.result)
        self.already = plain(selectable=True)
        self.already.setVisible(False)
        layout.addWidget(self.already)
        # 164 characters: wrapped on a few lines, whole and selectable, to read out.
        self.key = QPlainTextEdit()
        self.key.setReadOnly(True)
        self.key.setFont(monospace_font())
        self.key.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.key.setFixedHeight(self.key.fontMetrics().lineSpacing() * 3 + 12)
        self.key.setAccessibleName(self.tr("Издаден регистрационен ключ"))
        self.key.setVisible(False)
        layout.addWidget(self.key)
        self._show_rows(
            report_rows(program, customer_number),
            self.tr("Сравнение по отчета на клиента (ключ още не е издаден):"),
        )

    def show_sent(self, offers: Sequence[Offer]) -> None:
        """Keys already in the session for this program, newest first, masked (a colleague
        on the same call may have sent one): no need to send it twice."""
        if not offers:
            return
        times = ", ".join(
            f"{sent_at(offer.created_at)} ({mask_registration_key(offer.registration_key)})"
            for offer in offers
        )
        self.already.setText(self.tr(
            "Ключ за тази програма вече е изпратен в сесията: {0}. Клиентът го вижда в "
            "прозореца на поддръжката; не е нужно да го изпращате отново.").format(times))
        self.already.setVisible(True)

    def _show_rows(self, rows: Sequence[ComparisonRow], caption: str) -> None:
        self.caption.setText(caption)
        self.caption.setVisible(bool(rows))
        self.table.set_rows(rows)
        self.table.setVisible(bool(rows))

    def send(self) -> None:
        """Issue the key into the client's session (the service runs every check)."""
        activator = self.session.require()
        code, key = self.code, self.installation_key
        self.send_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Издавам ключа…"))
        run_in_background(lambda: activator.send_offer(code, key), self._sent, self._failed,
                          owner=self)

    def _sent(self, offer: Offer) -> None:
        self.offer, self.refusal = offer, ()
        self._show_rows(offer.comparison, self.tr("Отговор на услугата: ключът е издаден."))
        self.tell.setText("")
        self.result.setStyleSheet(f"color:{OK_COLOUR.name()}; font-weight:bold;")
        self.result.setText(self.tr(
            "Ключът е издаден и изпратен на клиента. Кажете му да натисне „Запиши в "
            "програмата“ в прозореца на поддръжката. Ако не го вижда, продиктувайте "
            "ключа:"))
        self.key.setPlainText(offer.registration_key)
        self.key.setVisible(True)
        self.send_button.setEnabled(True)
        self.sent.emit(offer)

    def _failed(self, error: Exception) -> None:
        self.send_button.setEnabled(True)
        self.result.setStyleSheet(ERROR_STYLE)
        if isinstance(error, NotEntitled):
            self.refusal = error.comparison
            self._show_rows(self.refusal, self.tr(
                "Отговор на услугата: ключ не е издаден (нищо не е записано и място не е "
                "заето)."))
            tips = failing_advice(self.refusal, QCoreApplication.translate)
            self.tell.setText(self.tr("Кажете на клиента:") + "\n" + _bullets(tips))
            self.result.setText("")
        elif isinstance(error, NotFound):
            self.result.setText(self.tr(
                "Кодът вече не е валиден (важи 30 минути). Помолете клиента да създаде нов "
                "код от „Помощ → Свържи се с поддръжката“ и го отворете отново."))
        else:
            self.result.setText(error_text(error))


class ClientSessionTab(QScrollArea):
    """The whole session of one client, scrolled; ``code`` is the 6 digits."""

    def __init__(self, session: Session, safe: Mapping[str, Any],
                 offers: Sequence[Offer] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = str(safe.get("code") or "")
        account = safe.get("account") or {}
        report = safe.get("diagnostics") or {}
        self.company = _text(account.get("company"), self.tr("(без име на фирма)"))
        customer = account.get("customer_number")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)

        self.client = plain(self.company, selectable=True)
        self.client.setStyleSheet("font-size:15pt; font-weight:bold;")
        layout.addWidget(self.client)
        self.who = plain(self.tr("Клиентски номер {0} · {1} · код {2}").format(
            _text(customer), _text(account.get("email")), spaced(self.code)), selectable=True)
        layout.addWidget(self.who)

        wrong = QGroupBox(self.tr("Какво не е наред"))
        wrong_layout = QVBoxLayout(wrong)
        problems = [str(p) for p in report.get("problems") or []]
        self.problems = plain(_bullets(problems) if problems else self.tr(
            "Отчетът не показва проблеми."), selectable=True)
        wrong_layout.addWidget(self.problems)
        wrong_layout.addWidget(plain(self.tr("Какво да кажете на клиента:")))
        self.advice = plain(_bullets(advice(report)), selectable=True)
        wrong_layout.addWidget(self.advice)
        layout.addWidget(wrong)

        self.panels: dict[str, ProgramPanel] = {}
        programs = [p for p in report.get("programs") or [] if isinstance(p, Mapping)]
        if not programs:
            layout.addWidget(plain(self.tr("В отчета няма програми ПАСОСС.")))
        for program in programs:
            panel = ProgramPanel(session, self.code, program, customer, body)
            product = str((program.get("fields") or {}).get("product") or program.get("name"))
            self.panels.setdefault(product.upper(), panel)
            panel.show_sent([offer for offer in offers if offer.product.upper() == product.upper()])
            layout.addWidget(panel)
        layout.addStretch(1)
        self.setWidget(body)

    def panel(self, product: str) -> ProgramPanel:
        """The program of ``product`` (``SCH``, ``RZ5``)."""
        return self.panels[product.upper()]


def sent_at(created_at: str) -> str:
    """„14:05“ (another day: with the date) for the service's ISO time; as sent otherwise."""
    try:
        return moment_text(dt.datetime.fromisoformat(created_at.replace("Z", "+00:00")))
    except ValueError:
        return created_at


def spaced(code: str) -> str:
    """„263 945“, as the client reads it."""
    return f"{code[:3]} {code[3:]}" if len(code) == 6 else code
