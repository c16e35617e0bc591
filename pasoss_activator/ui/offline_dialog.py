"""Activation of a PC without internet, in the three steps of DESIGN.md section 4.

1. On the PC without internet: write a request file (carried on a USB stick).
2. On any PC with internet, logged in as the same client: answer it with a response file.
3. Back on the first PC: load the response; the key is verified and written as online.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .look import ERROR_STYLE, icon
from .messages import error_text, program_name
from .worker import run_in_background

if TYPE_CHECKING:
    from ..core.account import ActivationResult, Activator
    from ..core.programs import InstalledProgram


class OfflineActivationDialog(QDialog):
    activated = Signal(object)  # ActivationResult of step 3

    def __init__(self, activator: Activator, programs: list[InstalledProgram],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activator = activator
        self.setWindowTitle(self.tr("Активиране без интернет"))
        self.setMinimumWidth(560)
        self.program = QComboBox()
        self.program.setAccessibleName(self.tr("Програма"))
        usable = [p for p in programs if p.installation_key is not None]
        names = [f"{program_name(p)} {p.version or ''}".strip() for p in usable]
        for program, name in zip(usable, names, strict=True):
            # The name and version say which program; the folder (a long path that would
            # widen the dialog past a small screen) only where two have the same name.
            text = name if names.count(name) == 1 else f"{name} — {program.folder}"
            self.program.addItem(text, program)
            self.program.setItemData(self.program.count() - 1, str(program.folder),
                                     Qt.ItemDataRole.ToolTipRole)

        step1 = self._step(
            self.tr("Стъпка 1 — на компютъра без интернет"),
            self.tr("Изберете програмата и запишете файл със заявка, например на USB памет."),
            self.tr("Запиши заявка…"), self.write_request,
        )
        step2 = self._step(
            self.tr("Стъпка 2 — на компютър с интернет"),
            self.tr("Стартирайте PASOSS Activator, влезте със същия профил, изберете файла "
                    "със заявката и запишете отговора."),
            self.tr("Създай отговор…"), self.answer_request,
        )
        step3 = self._step(
            self.tr("Стъпка 3 — отново на компютъра без интернет"),
            self.tr("Изберете файла с отговора. Ключът се проверява и записва в програмата."),
            self.tr("Зареди отговор…"), self.load_response,
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Резултат"))
        # Our own „Затвори“: Qt's standard Close reads „Затваряне“, unlike our other dialogs.
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(
            self.tr("Затвори"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        choose = QLabel(self.tr("&Програма (за стъпки 1 и 3):"))
        choose.setBuddy(self.program)
        layout.addWidget(choose)
        layout.addWidget(self.program)
        for step in (step1, step2, step3):
            layout.addWidget(step)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _step(
        self, title: str, text: str, button_text: str, action: Callable[[], None]
    ) -> QGroupBox:
        box = QGroupBox(title)
        label = QLabel(text)
        label.setWordWrap(True)
        button = QPushButton(icon("offline"), button_text)
        button.clicked.connect(lambda: action())
        layout = QVBoxLayout(box)
        layout.addWidget(label)
        layout.addWidget(button)
        return box

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "color:#1b5e20;")
        self.message.setText(text)

    def _fail(self, error: Exception) -> None:
        self._say(error_text(error), error=True)

    # Each step takes its paths as arguments, so tests can call it without a file dialog.

    def write_request(self, path: Path | None = None) -> None:
        program = self.program.currentData()
        if program is None:
            self._say(self.tr("Няма открита програма, за която да се направи заявка."), True)
            return
        if path is None:
            name, _f = QFileDialog.getSaveFileName(
                self, self.tr("Файл със заявка"),
                str(Path(QDir.homePath()) / f"zayavka-{program.product_code or 'pasoss'}.json"),
                self.tr("Заявки (*.json)"),
            )
            if not name:
                return
            path = Path(name)
        target = path
        run_in_background(
            lambda: self.activator.write_request(program, target),
            lambda written: self._say(
                self.tr("Заявката е записана във файла {0}. Занесете я на компютър с интернет.")
                .format(written)
            ),
            self._fail,
        )

    def answer_request(self, request: Path | None = None, response: Path | None = None) -> None:
        if request is None:
            name, _f = QFileDialog.getOpenFileName(
                self, self.tr("Файл със заявка"), QDir.homePath(), self.tr("Заявки (*.json)")
            )
            if not name:
                return
            request = Path(name)
        if response is None:
            name, _f = QFileDialog.getSaveFileName(
                self, self.tr("Файл с отговор"),
                str(request.with_name(request.stem + "-otgovor.json")),
                self.tr("Отговори (*.json)"),
            )
            if not name:
                return
            response = Path(name)
        source, target = request, response
        run_in_background(
            lambda: self.activator.answer_request(source, target),
            lambda _result: self._say(
                self.tr("Отговорът е записан във файла {0}. Занесете го обратно на компютъра без "
                        "интернет.").format(target)
            ),
            self._fail,
        )

    def load_response(self, response: Path | None = None) -> None:
        program = self.program.currentData()
        if program is None:
            self._say(self.tr("Няма открита програма, в която да се запише ключът."), True)
            return
        if response is None:
            name, _f = QFileDialog.getOpenFileName(
                self, self.tr("Файл с отговор"), QDir.homePath(), self.tr("Отговори (*.json)")
            )
            if not name:
                return
            response = Path(name)
        source = response
        run_in_background(
            lambda: self.activator.activate_from_response(program, source),
            self._activated,
            self._fail,
        )

    def _activated(self, result: ActivationResult) -> None:
        self._say(self.tr("Ключът е записан във файла {0}. Резервно копие: {1}").format(
            result.config_path, result.backup_path or "—"))
        self.activated.emit(result)
