"""What the windows show while work runs in the background (ui/worker.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget


def busy_bar(name: str = "") -> QProgressBar:
    """A thin bar moving to and fro (the length of the work is not known); hidden."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    if name:
        bar.setAccessibleName(name)
    bar.setVisible(False)
    return bar


class BusyLine(QWidget):
    """A sentence saying what is going on, over a busy bar; hidden while nothing is."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.bar = busy_bar()
        self.bar.setVisible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.setVisible(False)

    def set_busy(self, busy: bool) -> None:
        self.setVisible(busy)

    @property
    def is_busy(self) -> bool:
        return not self.isHidden()
