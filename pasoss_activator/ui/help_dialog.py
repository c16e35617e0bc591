"""Помощ → „Как се работи“ (F1): the way to a written key, with the mouse and with the
keyboard, the shortcuts, and where the program keeps its installation key.

The shortcuts are read from the sections' list (``sections.py``), so the page never
names a key the window does not have; they are a client's sections, as the page is about
activating a program (staff have their own, „Поддръжка“). Nothing here needs a login or
a connection.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .look import app_icon
from .sections import CLIENT, sections_for


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: -tr-function-alias tr+=_tr


def _key(sequence: str | QKeySequence.StandardKey) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def help_html() -> str:
    e = html.escape
    steps = [
        _tr("В прозореца за вход въведете имейла и паролата и натиснете Enter."),
        _tr("Прозорецът се отваря на „На този компютър“ с бутона „Активирай“ за програмата, "
            "която няма валиден ключ. Натиснете Enter."),
        _tr("ПАСОСС издава ключа и той се проверява; програмата пита дали да го запише и "
            "назовава файла. Натиснете Enter за „Запиши“."),
    ]
    keys = [(_key(spec.shortcut), spec.translated_title()) for spec in sections_for(CLIENT)]
    keys += [
        (_key(QKeySequence.StandardKey.Refresh), _tr("Обновява данните от ПАСОСС")),
        (_key(QKeySequence.StandardKey.HelpContents), _tr("Тази помощ")),
        ("Tab", _tr("Следващото поле или бутон")),
    ]
    key_rows = "".join(
        f"<tr><td style='padding-right:16px'><b>{e(key)}</b></td><td>{e(what)}</td></tr>"
        for key, what in keys
    )
    mouse = _tr("С мишката: „Вход“, „Активирай“, „Запиши“ — три щраквания.")
    refused = _tr("Ако ПАСОСС откаже ключа, не се записва нищо: червеният ред на таблицата "
                  "казва защо и какво да направите.")
    where = _tr("„Фирми и години“ → Главно меню → Служебни функции → Регистрация. Там се "
                "въвежда и регистрационният ключ, ако го пишете сами.")
    offline = _tr("„Активиране без интернет…“ води през трите стъпки с файл на USB памет.")
    contacts = _tr("Телефоните на поддръжката: Помощ → Контакти на поддръжката.")
    # Each text is a _tr() call of its own, outside the f-strings, where lupdate finds it.
    activation = _tr("Активиране на програма")
    keyboard = _tr("С клавиатурата:")
    shortcuts = _tr("Клавиши")
    installation_key = _tr("Инсталационният ключ в програмата")
    no_internet = _tr("Без интернет")
    parts = [
        f"<h3>{e(activation)}</h3>",
        f"<p>{e(mouse)}</p>",
        f"<p>{e(keyboard)}</p>",
        "<ol>" + "".join(f"<li>{e(step)}</li>" for step in steps) + "</ol>",
        f"<p>{e(refused)}</p>",
        f"<h3>{e(shortcuts)}</h3><table>{key_rows}</table>",
        f"<h3>{e(installation_key)}</h3>",
        f"<p>{e(where)}</p>",
        f"<h3>{e(no_internet)}</h3>",
        f"<p>{e(offline)}</p>",
        f"<p>{e(contacts)}</p>",
    ]
    return "".join(parts)


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Помощ — PASOSS Activator"))
        self.setWindowIcon(app_icon())
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setHtml(help_html())
        self.text.setAccessibleName(self.tr("Помощ"))
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Затвори"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 600)
