"""„Печат“: the registration key and its comparison table on paper or in a PDF file."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Collection, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from ..core.model import ComparisonRow
from .comparison import comparison_html


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: -tr-function-alias tr+=_tr


def key_document_html(
    *, company: str, program: str, installation_key: str, registration_key: str,
    comparison: Sequence[ComparisonRow], here: Collection[str] = (),
) -> str:
    today = dt.date.today().strftime("%d.%m.%Y")
    # A refused key is said in words, not in the key's typewriter type as if it were one.
    key_text = (f"<tt>{html.escape(registration_key)}</tt>" if registration_key
                else html.escape(_tr("не е генериран — вижте сравнението по-долу")))
    rows = [
        (_tr("Клиент"), html.escape(company)),
        (_tr("Програма"), html.escape(program)),
        (_tr("Дата"), today),
        (_tr("Инсталационен ключ"), f"<tt>{html.escape(installation_key)}</tt>"),
        (_tr("Регистрационен ключ"), key_text),
    ]
    table = "".join(f"<tr><td><b>{k}:</b></td><td>{v}</td></tr>" for k, v in rows)
    return (
        f"<h1>{_tr('Регистрационен ключ за програма на ПАСОСС')}</h1>"
        f"<table cellpadding='3'>{table}</table>"
        f"<h3>{_tr('Сравнение на параметрите')}</h3>{comparison_html(comparison, here)}"
    )


def _document(text: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(text)
    return document


def _prepare(printer: QPrinter) -> None:
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                    QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    )


def save_pdf(text: str, path: Path) -> Path:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _prepare(printer)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _document(text).print_(printer)
    return path


def print_with_dialog(text: str, parent: QWidget | None) -> bool:
    """The system print dialog (where „Microsoft Print to PDF“ also saves a PDF)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _prepare(printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Печат на регистрационния ключ"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    _document(text).print_(printer)
    return True
