"""A news item as the „Новини“ section shows it: its line in the list, its article.

Apart from the section (ui/account_sections.py), which is on screen at the window's first
paint while the news only come after it: the dates, the products' names and ``html`` are
imported with the news."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..core.comparison_text import product_name
from .formatting import date_text

if TYPE_CHECKING:
    from ..core.model import NewsItem


def list_entry(item: NewsItem) -> str:
    """The item's line in the list: its date, then its title."""
    return f"{date_text(item.published_on)}\n{item.title}"


def article_html(item: NewsItem) -> str:
    """A news item as HTML; the body is plain text, so every paragraph is escaped."""
    paragraphs = [p.strip() for p in item.body.split("\n\n") if p.strip()]
    body = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
    products = [product_name(code, QCoreApplication.translate) for code in item.products]
    about = f"<p style='color:#546e7a'>{html.escape(', '.join(products))}</p>" if products else ""
    return (
        f"<h2>{html.escape(item.title)}</h2>"
        f"<p style='color:#546e7a'>{date_text(item.published_on)}</p>{about}{body}"
    )


