"""Changing the password: current, new, repeated; the rule is shown, errors inline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import ActivatorError
from .busy import busy_bar
from .look import ERROR_STYLE, grow_to_fit
from .messages import error_text
from .worker import run_in_background

if TYPE_CHECKING:
    from ..core.account import Activator

MIN_LENGTH = 10  # DESIGN.md section 5: weak_password below 10 characters


class PasswordDialog(QDialog):
    def __init__(self, activator: Activator, email: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activator = activator
        self.email = email
        self.setWindowTitle(self.tr("Смяна на паролата"))
        self.setMinimumWidth(440)
        self.current = self._password_field(self.tr("Сегашна парола"))
        self.new = self._password_field(self.tr("Нова парола"))
        self.repeat = self._password_field(self.tr("Новата парола отново"))
        self.rule = rule = QLabel(
            self.tr(
                "Новата парола трябва да е поне {0} знака и да е различна от имейла Ви. "
                "След смяната програмите на другите Ви компютри ще поискат новата парола."
            ).format(MIN_LENGTH)
        )
        rule.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setAccessibleName(self.tr("Съобщение"))
        self.message.setVisible(False)
        self.busy = busy_bar()
        form = QFormLayout()
        form.addRow(self.tr("&Сегашна парола:"), self.current)
        form.addRow(self.tr("&Нова парола:"), self.new)
        form.addRow(self.tr("Нова парола &отново:"), self.repeat)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(
            self.tr("Смени паролата"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setDefault(True)
        self.buttons.addButton(self.tr("Отказ"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rule)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        grow_to_fit(self)

    def submit(self) -> None:
        current, new = self.current.text(), self.new.text()
        if not current:
            self._show(self.tr("Въведете сегашната си парола."))
            self.current.setFocus()
        elif len(new) < MIN_LENGTH:
            self._show(self.tr("Новата парола трябва да е поне {0} знака.").format(MIN_LENGTH))
            self.new.setFocus()
        elif new.strip().lower() == self.email.strip().lower():
            self._show(self.tr("Новата парола не може да съвпада с имейла Ви."))
            self.new.setFocus()
        elif new != self.repeat.text():
            self._show(self.tr("Повторената нова парола не съвпада с новата. Въведете я отново."))
            self.repeat.selectAll()
            self.repeat.setFocus()
        else:
            self._show("")
            self._set_busy(True)
            run_in_background(
                lambda: self.activator.change_password(current, new),
                lambda _none: self._done(),
                self._failed,
            )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.ok.setEnabled(not busy)
        for field in (self.current, self.new, self.repeat):
            field.setEnabled(not busy)

    def _done(self) -> None:
        self._set_busy(False)
        for field in (self.current, self.new, self.repeat):
            field.clear()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        code = error.code if isinstance(error, ActivatorError) else ""
        if code == "wrong_password":
            self._show(self.tr("Сегашната парола не е вярна. Въведете я отново."))
            self.current.selectAll()
            self.current.setFocus()
        else:
            self._show(error_text(error))
