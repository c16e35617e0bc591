"""An installation-key field that checks the key group by group as it is typed or pasted.

Each of the six groups carries its own check character (DESIGN.md section 3.1), so a
group can be judged as soon as its five characters are in: the six boxes under the field
turn green for a correct group and red for a mistyped one, and the line below says which
group to read again. The checks are the core's (``base32``, ``luhn32``,
``InstallationKey.parse``); this widget only shows them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core import base32
from ..core.checksums import luhn32
from ..core.comparison_text import module_names, product_name
from ..core.errors import InstallationKeyError
from ..core.installation_key import GROUP_DATA, GROUP_LENGTH, GROUPS, InstallationKey
from ..core.products import modules_from_mask
from .look import ERROR_STYLE, monospace_font
from .messages import error_text

PENDING, OK, BAD = "pending", "ok", "bad"
_STYLES = {
    PENDING: "background:#eceff1; color:#546e7a; border:1px solid #cfd8dc;",
    OK: "background:#e8f5e9; color:#1b5e20; border:1px solid #81c784;",
    BAD: "background:#fde7e7; color:#b71c1c; border:2px solid #e53935; font-weight:bold;",
}


@dataclass
class KeyCheck:
    """What the field shows for a text: each group's state and one sentence."""

    groups: list[tuple[str, str]]  # (characters typed so far, state)
    key: InstallationKey | None
    error: InstallationKeyError | None

    @property
    def bad_group(self) -> int | None:
        for number, (_chars, state) in enumerate(self.groups, start=1):
            if state == BAD:
                return number
        return None


def check_text(text: str) -> KeyCheck:
    """Judge ``text`` group by group; the full parse only once all six groups are right."""
    try:
        canon = base32.normalize(text)
    except base32.InvalidCharacter as bad:
        canon = base32.normalize(text[: bad.position - 1]) if bad.position > 1 else ""
        groups = _groups(canon)
        bad_index = min(bad.index // GROUP_LENGTH, GROUPS - 1)
        while len(groups) <= bad_index:
            groups.append(("", PENDING))
        groups[bad_index] = (groups[bad_index][0] + bad.character, BAD)
        try:
            InstallationKey.parse(text)
        except InstallationKeyError as bad_char:
            return KeyCheck(_pad(groups), None, bad_char)
        return KeyCheck(_pad(groups), None, None)  # pragma: no cover - parse must fail
    groups = _groups(canon)
    problem: InstallationKeyError | None = None
    key: InstallationKey | None = None
    if len(canon) >= GROUPS * GROUP_LENGTH and all(s == OK for _c, s in groups):
        try:
            key = InstallationKey.parse(text)
        except InstallationKeyError as failure:
            problem = failure
    elif len(canon) > GROUPS * GROUP_LENGTH:
        try:
            InstallationKey.parse(text)
        except InstallationKeyError as failure:
            problem = failure
    return KeyCheck(_pad(groups), key, problem)


def _groups(canon: str) -> list[tuple[str, str]]:
    result = []
    for start in range(0, min(len(canon), GROUPS * GROUP_LENGTH), GROUP_LENGTH):
        chunk = canon[start : start + GROUP_LENGTH]
        if len(chunk) < GROUP_LENGTH:
            result.append((chunk, PENDING))
        else:
            ok = luhn32(chunk[:GROUP_DATA]) == chunk[GROUP_DATA]
            result.append((chunk, OK if ok else BAD))
    return result


def _pad(groups: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return groups + [("", PENDING)] * (GROUPS - len(groups))


class InstallationKeyField(QWidget):
    """The field, six group boxes and a line of explanation; emits ``changed``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setFont(monospace_font(12))
        self.edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.edit.setAccessibleName(self.tr("Инсталационен ключ"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self._update)
        self.boxes: list[QLabel] = []
        self.numbers: list[QLabel] = []
        row = QHBoxLayout()
        row.setSpacing(6)
        for number in range(1, GROUPS + 1):
            box = QLabel()
            box.setFont(monospace_font(11))
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.setMinimumWidth(72)
            box.setAccessibleName(self.tr("Група {0}").format(number))
            self.boxes.append(box)
            # Numbered as read over the phone („група 3“), and as the errors name them.
            caption = QLabel(str(number))
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setStyleSheet("color:#607d8b; font-size:8pt;")
            self.numbers.append(caption)
            column = QVBoxLayout()
            column.setSpacing(1)
            column.addWidget(caption)
            column.addWidget(box)
            row.addLayout(column)
        row.addStretch(1)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName(self.tr("Проверка на ключа"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addLayout(row)
        layout.addWidget(self.explanation)
        self.check = check_text("")
        self._update("")

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    @property
    def key(self) -> InstallationKey | None:
        return self.check.key

    def _update(self, text: str) -> None:
        self.check = check_text(text)
        for number, (box, (chars, state)) in enumerate(
            zip(self.boxes, self.check.groups, strict=True), start=1
        ):
            box.setText(chars.ljust(GROUP_LENGTH, "·") if chars else "·····")
            box.setStyleSheet(_STYLES[state] + " padding:3px 6px; border-radius:3px;")
            box.setToolTip(
                self.tr("Група {0} е въведена грешно.").format(number) if state == BAD else ""
            )
        failing = self.check.error is not None or self.check.bad_group is not None
        self.explanation.setStyleSheet(ERROR_STYLE if failing else "")
        self.explanation.setText(self._sentence())
        self.changed.emit()

    def _sentence(self) -> str:
        check = self.check
        bad = check.bad_group
        if bad is not None and (check.error is None or check.error.reason == "check"):
            return self.tr(
                "Група {0} е въведена грешно. Прочетете я отново от програмата и я поправете."
            ).format(bad)
        if check.error is not None:
            return error_text(check.error)
        if check.key is not None:
            key = check.key
            return self.tr("Ключът е верен: {0}, версия {1}, модули: {2}.").format(
                product_name(key.product.name, QCoreApplication.translate),
                key.version,
                module_names(
                    key.product.name, modules_from_mask(key.modules), QCoreApplication.translate
                ),
            )
        if not self.edit.text().strip():
            return self.tr(
                "Поставете инсталационния ключ — 6 групи по 5 знака. В програмата: „Фирми и "
                "години“ → Главно меню → Служебни функции → Регистрация."
            )
        done = sum(1 for _c, s in check.groups if s == OK)
        return self.tr("Вярно въведени групи: {0} от 6.").format(done)
