"""„Новини“ (articles, newest first) and „Профил“ (the company's data, change password)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .early_qt import SCROLL_BAR_ALWAYS_OFF, TEXT_SELECTABLE_BY_MOUSE, set_enum
from .look import heading, icon
from .section_widget import SectionWidget

if TYPE_CHECKING:  # the typed account comes with the data, after the first paint
    from ..core.model import AccountData, NewsItem


class NewsSection(SectionWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[NewsItem] = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Списък с новини"))
        self.list.setWordWrap(True)
        # A style sheet on ::item replaces the style's own drawing of the selection, so
        # the selected item must be styled too, or its text is white on white.
        self.list.setStyleSheet(
            "QListWidget::item { padding: 6px 4px; border-bottom: 1px solid #dde3e8; }"
            "QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        set_enum(self.list, "horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        self.list.currentRowChanged.connect(self._show)
        self.article = QTextBrowser()
        self.article.setAccessibleName(self.tr("Новина"))
        self.article.setOpenExternalLinks(False)
        splitter = QSplitter()  # side by side (Qt.Orientation.Horizontal: early_qt.py)
        splitter.addWidget(self.list)
        splitter.addWidget(self.article)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([280, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Новини")))
        layout.addWidget(splitter, 1)

    def show_data(self, data: AccountData) -> None:
        from .news_text import list_entry  # with the data, after the first paint

        self.items = sorted(data.news, key=lambda n: n.published_on, reverse=True)
        self.list.clear()
        for item in self.items:
            self.list.addItem(QListWidgetItem(list_entry(item)))
        if self.items:
            self.list.setCurrentRow(0)
        else:
            self.article.setHtml(f"<p>{self.tr('Няма новини.')}</p>")

    def _show(self, row: int) -> None:
        from .news_text import article_html

        if 0 <= row < len(self.items):
            self.article.setHtml(article_html(self.items[row]))


class ProfileSection(SectionWidget):
    FIELDS = ("company", "eik", "email", "mol", "phone", "customer_number")

    def __init__(self, change_password: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titles = {
            "company": self.tr("Фирма"),
            "eik": self.tr("ЕИК"),
            "email": self.tr("Имейл"),
            "mol": self.tr("МОЛ"),
            "phone": self.tr("Телефон"),
            "customer_number": self.tr("Клиентски номер"),
        }
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        for name in self.FIELDS:
            value = QLabel()
            set_enum(value, "textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE)
            value.setAccessibleName(titles[name])
            self.values[name] = value
            form.addRow(f"<b>{titles[name]}:</b>", value)
        self.password_button = QPushButton(icon("key"), self.tr("Смяна на паролата…"))
        self.password_button.clicked.connect(change_password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.password_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Профил")))
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_data(self, data: AccountData) -> None:
        for name, label in self.values.items():
            value = getattr(data.profile, name)  # FIELDS are the Profile's attribute names
            label.setText(str(value) if value not in (None, "") else "—")
