"""The main window's sections, declared once.

Each entry names a section: its id (also what the settings remember as the last section
open), its title and icon in the navigation, its keyboard shortcut, and the function that
builds it wired to the window. The navigation, the stack, the shortcuts, the remembered
section and the fan-out of the account's data are all made from this list, in its order.
An id that is not here is an error (``UnknownSection``), never a section built by guess.

Where to add a section: a ``SectionWidget`` subclass in its own module, an entry below
with a builder, and a typed ``Section`` attribute of the same id on ``MainWindow``
(a test checks that the two agree).

Which sections a window offers depends on the account's role (``sections_for``): a
client sees the client sections; a staff member of PASOSS sees only „Поддръжка“, the
support console (issue 14), because a staff account has no licences, programs or
contracts of its own to show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from .keys_section import KeysSection
    from .section_widget import SectionWidget
    from .session import Session


class SectionHost(Protocol):
    """What a section's builder may use of its window (``MainWindow`` is one)."""

    @property
    def session(self) -> Session: ...
    @property
    def keys(self) -> KeysSection: ...
    def show_section(self, name: str) -> None: ...
    def change_password(self) -> None: ...
    def refresh_programs(self) -> None: ...
    def after_activation(self) -> None: ...
    def offline_activation(self) -> None: ...
    def add_program_folder(self, folder: str) -> None: ...

# Account roles (DESIGN.md section 5: ``role`` ∈ client, staff).
CLIENT, STAFF = "client", "staff"

# Titles are translated where the window shows them, under the window's context.
TITLE_CONTEXT = "MainWindow"


class UnknownSection(LookupError):
    """An id that is not in SECTIONS (a typo in the code, not something a user can do)."""


@dataclass(frozen=True)
class SectionSpec:
    id: str
    title: str  # the Bulgarian source text; ``translated_title()`` in the window's language
    icon: str  # a name in resources/icons
    shortcut: str
    build: Callable[[SectionHost], SectionWidget]  # the section, wired to its window
    roles: frozenset[str] = frozenset({CLIENT})  # the account roles that are offered it

    def translated_title(self) -> str:
        return QCoreApplication.translate(TITLE_CONTEXT, self.title)


# The builders import their modules when first called: a window paints with only the
# section on screen built (section_stack.py).

def _news(_window: SectionHost) -> SectionWidget:
    from .account_sections import NewsSection

    return NewsSection()


def _profile(window: SectionHost) -> SectionWidget:
    from .account_sections import ProfileSection

    return ProfileSection(window.change_password)


def _licences(_window: SectionHost) -> SectionWidget:
    from .table_sections import LicencesSection

    return LicencesSection()


def _keys(window: SectionHost) -> SectionWidget:
    from .keys_section import KeysSection

    keys = KeysSection(window.session)
    keys.activated.connect(lambda _r: window.after_activation())
    keys.refused.connect(lambda: window.show_section("keys"))
    keys.offline_requested.connect(window.offline_activation)
    return keys


def _contracts(_window: SectionHost) -> SectionWidget:
    from .table_sections import ContractsSection

    return ContractsSection()


def _this_pc(window: SectionHost) -> SectionWidget:
    from .this_pc_section import ThisPcSection

    this_pc = ThisPcSection()
    this_pc.activate_requested.connect(lambda program: window.keys.activate_program(program))
    this_pc.refresh_requested.connect(window.refresh_programs)
    this_pc.folder_added.connect(window.add_program_folder)
    return this_pc


def _support(window: SectionHost) -> SectionWidget:
    from .support_console import SupportConsole

    return SupportConsole(window.session)


def _title(marked: object) -> str:
    """QT_TRANSLATE_NOOP marks the text for lupdate and gives it back unchanged."""
    return str(marked)


SECTIONS: tuple[SectionSpec, ...] = (
    # id, title (translated under "MainWindow"), icon, shortcut, builder
    SectionSpec("news", _title(QT_TRANSLATE_NOOP("MainWindow", "Новини")),
                "news", "Ctrl+1", _news),
    SectionSpec("profile", _title(QT_TRANSLATE_NOOP("MainWindow", "Профил")),
                "profile", "Ctrl+2", _profile),
    SectionSpec("licences", _title(QT_TRANSLATE_NOOP("MainWindow", "Програми и информация")),
                "programs", "Ctrl+3", _licences),
    SectionSpec("keys", _title(QT_TRANSLATE_NOOP("MainWindow", "Генериране на ключове")),
                "key", "Ctrl+4", _keys),
    SectionSpec("contracts", _title(QT_TRANSLATE_NOOP("MainWindow", "Договори")),
                "contracts", "Ctrl+5", _contracts),
    SectionSpec("this_pc", _title(QT_TRANSLATE_NOOP("MainWindow", "На този компютър")),
                "computer", "Ctrl+6", _this_pc),
    # The staff's one section: its shortcut is the first, as it is their first section.
    SectionSpec("support", _title(QT_TRANSLATE_NOOP("MainWindow", "Поддръжка")),
                "help", "Ctrl+1", _support, roles=frozenset({STAFF})),
)
SECTION_IDS: tuple[str, ...] = tuple(spec.id for spec in SECTIONS)
DEFAULT_SECTION = SECTION_IDS[0]


def sections_for(role: str | None) -> tuple[SectionSpec, ...]:
    """The sections a window offers an account of ``role``, in the declared order.

    Staff get the staff sections only; every other role — and no role yet (the window is
    built while the login is still going on, the offline copy names none) — gets the
    client sections. An unknown role is treated as a client: it sees its own data, never
    the console that reads other clients' reports."""
    wanted = STAFF if role == STAFF else CLIENT
    return tuple(spec for spec in SECTIONS if wanted in spec.roles)


def index_of(section_id: str) -> int:
    """The section's place in the list (navigation row, stack page)."""
    try:
        return SECTION_IDS.index(section_id)
    except ValueError:
        raise UnknownSection(section_id) from None


def spec_of(section_id: str) -> SectionSpec:
    return SECTIONS[index_of(section_id)]
