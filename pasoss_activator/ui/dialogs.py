"""Confirmations and notices, behind one hook so the tour and tests can answer them.

``confirm`` and ``inform`` build a ``QMessageBox``; normally it runs modally. When an
answerer is set (``set_answerer``), it is given the shown box instead and returns the
button to press, so a self-driving tour can photograph the box and move on.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget

from .look import app_icon

Answerer = Callable[[QMessageBox], QAbstractButton | None]
_answerer: Answerer | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: -tr-function-alias tr+=_tr


def set_answerer(answerer: Answerer | None) -> None:
    global _answerer
    _answerer = answerer


def _run(box: QMessageBox) -> QAbstractButton | None:
    box.setWindowIcon(app_icon())
    if _answerer is None:
        box.exec()
        return box.clickedButton()
    box.show()
    QCoreApplication.processEvents()
    try:
        return _answerer(box)
    finally:
        box.close()
        box.deleteLater()


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Отказ"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    return _run(box) is yes


def inform(
    parent: QWidget | None, title: str, text: str, *, folder: Path | None = None,
    error: bool = False, details: str | None = None,
) -> None:
    """A notice; with ``folder`` it offers „Отвори папката“ (after a key was written);
    ``details`` (a path, the whole advice) wait behind „Подробности“ so the box stays short."""
    icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, parent=parent)
    if details:
        box.setDetailedText(details)
    open_button: QPushButton | None = None
    if folder is not None:
        open_button = box.addButton(_tr("Отвори папката"), QMessageBox.ButtonRole.ActionRole)
    ok = box.addButton(_tr("Затвори"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(ok)
    if _run(box) is open_button and folder is not None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def first_button(box: QMessageBox) -> QAbstractButton | None:
    """The answer that goes ahead (for the tour): the accept button."""
    for button in box.buttons():
        if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
            return button
    return None
