"""The GUI's remembered values, typed, over the ``ui`` part of the core's settings."""

from __future__ import annotations

from ..core.settings import Settings
from .sections import DEFAULT_SECTION, SECTION_IDS


class UiSettings:
    """Window geometry, last section and „Запомни ме“, each with its type and default."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def _get(self, key: str, kind: type, default: object) -> object:
        value = self.settings.ui.get(key, default)
        return value if isinstance(value, kind) else default

    @property
    def geometry(self) -> str:
        return str(self._get("geometry", str, ""))

    @geometry.setter
    def geometry(self, value: str) -> None:
        self.settings.ui["geometry"] = value

    @property
    def last_section(self) -> str:
        """The section open when the window was last closed; one this version does not
        have (renamed, removed, a hand-edited file) opens the first section instead."""
        value = str(self._get("last_section", str, DEFAULT_SECTION))
        return value if value in SECTION_IDS else DEFAULT_SECTION

    @last_section.setter
    def last_section(self, value: str) -> None:
        self.settings.ui["last_section"] = value

    @property
    def remember_me(self) -> bool:
        return bool(self._get("remember_me", bool, True))

    @remember_me.setter
    def remember_me(self, value: bool) -> None:
        self.settings.ui["remember_me"] = value

    @property
    def resume_in_window(self) -> bool:
        """Whether a start shows the main window while resuming the remembered session
        (False after a resume found none, so the login dialog comes first again)."""
        return bool(self._get("resume_in_window", bool, True))

    @resume_in_window.setter
    def resume_in_window(self, value: bool) -> None:
        self.settings.ui["resume_in_window"] = value

    @property
    def sync_minutes(self) -> int:
        value = self._get("sync_minutes", int, 15)
        return value if isinstance(value, int) and 1 <= value <= 24 * 60 else 15

    def save(self) -> None:
        try:
            self.settings.save()
        except OSError:
            pass  # a read-only profile folder must not stop the program from closing
