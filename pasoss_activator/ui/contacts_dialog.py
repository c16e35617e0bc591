"""Помощ → Контакти на поддръжката: phones, e-mail and hours of the vendor's support.

The core keeps the last copy it fetched (``support_contacts``), because a client whose
activator cannot reach the service is exactly the one who needs the phone number; the
dialog says when it shows that saved copy.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..core.contacts import Contacts, support_contacts
from .look import ERROR_STYLE, app_icon
from .worker import run_in_background

if TYPE_CHECKING:
    from ..core.account import Activator

MUTED_STYLE = "color:#607d8b;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: -tr-function-alias tr+=_tr


def tel_link(phone: str) -> str:
    """A ``tel:`` link (digits and a leading +) with the number shown as written."""
    target = re.sub(r"[^\d+]", "", phone)
    return f"<a href='tel:{html.escape(target)}'>{html.escape(phone)}</a>"


def phones(contacts: Contacts) -> list[str]:
    return list(contacts.data.phones)


def saved_note(contacts: Contacts) -> str:
    """„Запазени данни от …“ when the contacts are the copy kept from an earlier fetch."""
    if not contacts.from_cache or contacts.fetched_at is None:
        return ""
    stamp = contacts.fetched_at.astimezone().strftime("%d.%m.%Y %H:%M")
    return _tr("Запазени данни от {0} — няма връзка с услугата.").format(stamp)


def contacts_html(contacts: Contacts) -> str:
    data = contacts.data
    rows: list[tuple[str, str]] = []
    numbers = phones(contacts)
    if numbers:
        rows.append((_tr("Телефон:"), "<br>".join(tel_link(p) for p in numbers)))
    email = data.email
    if email:
        rows.append(
            (_tr("Имейл:"), f"<a href='mailto:{html.escape(email)}'>{html.escape(email)}</a>")
        )
    if data.hours:
        rows.append((_tr("Работно време:"), html.escape(data.hours)))
    site = data.website
    if site:
        rows.append((_tr("Уебсайт:"), f"<a href='{html.escape(site)}'>{html.escape(site)}</a>"))
    body = "".join(
        f"<tr><td style='padding:4px 12px 4px 0'><b>{html.escape(label)}</b></td>"
        f"<td style='padding:4px 0'>{value}</td></tr>"
        for label, value in rows
    )
    company = html.escape(data.company or "ПАСОСС")
    return f"<h3>{company}</h3><table>{body}</table>"


class ContactsDialog(QDialog):
    def __init__(self, activator: Activator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activator = activator
        self.contacts: Contacts | None = None
        self.setWindowTitle(self.tr("Контакти на поддръжката"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr("Поддръжката на ПАСОСС ще Ви помогне с активирането по телефона.")
        )
        intro.setWordWrap(True)
        self.details = QLabel(self.tr("Зареждане на контактите…"))
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setOpenExternalLinks(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Контакти"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(MUTED_STYLE)
        self.note.setVisible(False)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Затвори"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def start(self) -> None:
        activator = self.activator
        run_in_background(
            lambda: support_contacts(activator), self._loaded, self._failed, owner=self
        )

    def _loaded(self, contacts: Contacts) -> None:
        self.contacts = contacts
        self.details.setStyleSheet("")
        self.details.setText(contacts_html(contacts))
        note = saved_note(contacts)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.adjustSize()

    def _failed(self, _error: Exception) -> None:
        self.details.setStyleSheet(ERROR_STYLE)
        self.details.setText(
            html.escape(self.tr("Контактите не са заредени. Проверете връзката с интернет."))
        )
