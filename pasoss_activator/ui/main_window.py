"""The main window: its sections (by the account's role), the status bar, syncing and the
offline banner."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import LoginRequired, ServiceUnavailable
from . import first_paint
from .early_qt import TOOL_BUTTON_TEXT_BESIDE_ICON, set_enum
from .help_menu import HelpMenu
from .look import BANNER_STYLE, app_icon, icon
from .section_stack import Section, SectionStack
from .sections import CLIENT, SECTIONS, SectionSpec, index_of, sections_for, spec_of
from .session import Session
from .ui_settings import UiSettings
from .worker import run_in_background

if TYPE_CHECKING:
    from ..core.account import AccountData, Activator
    from .account_sections import NewsSection, ProfileSection
    from .keys_section import KeysSection
    from .program_status import FoundProgram
    from .support_console import SupportConsole
    from .table_sections import ContractsSection, LicencesSection
    from .this_pc_section import ThisPcSection

# The size the window opens with until the user changes it: what most people keep, so
# every section is designed (and the tour checks it) at this size.
DEFAULT_SIZE = QSize(1100, 720)

# Without a connection the window checks again by itself, waiting longer each time (a
# sync of an unchanged account costs almost nothing), so „Без връзка“ goes away when the
# connection is back without F5. Seconds; the last one repeats.
RETRY_SECONDS: tuple[float, ...] = (10, 30, 60, 120, 300)


# A window built behind the login imports, a step each, what the account's and the
# programs' arrival would otherwise import in the one turn that shows them: the news'
# words, dates and failure texts; „На този компютър“ with the tables (where a first login
# lands when a program here needs a key).
def _import_for_data() -> None:
    from . import formatting, messages, news_text  # noqa: F401


def _import_for_programs() -> None:
    from . import program_status, this_pc_section  # noqa: F401


class MainWindow(QMainWindow):
    first_painted = Signal()  # once, after the window's first paint: time for the rest

    # The sections of sections.py by id, typed, built when first read (section_stack.py).
    news: Section[NewsSection] = Section()
    profile: Section[ProfileSection] = Section()
    licences: Section[LicencesSection] = Section()
    keys: Section[KeysSection] = Section()
    contracts: Section[ContractsSection] = Section()
    this_pc: Section[ThisPcSection] = Section()
    support: Section[SupportConsole] = Section()

    def __init__(
        self, activator: Activator | None, ui_settings: UiSettings, *,
        offline_data: AccountData | None = None, parent: QWidget | None = None,
        in_steps: bool = False, frame_first: bool = False,
    ) -> None:
        """``in_steps``: only the window itself now, its parts by ``build_step`` (one per
        turn of the event loop while the login dialog waits: no turn holds it for long);
        ``finish_building`` builds what is left before the window is used.
        ``frame_first``: the window paints before the section on screen is built (it
        shows the section's title), and builds it right after (section_stack.py): a
        remembered session's window, which nothing else has prepared."""
        super().__init__(parent)
        self.session = Session(activator, self)
        self.ui_settings = ui_settings
        self.data: AccountData | None = None
        self.online = offline_data is None
        self.syncing = False
        self._sync_again = False  # a key was written during a sync: its answer is stale
        self.session_expired = False
        self.logged_out = False
        # The section open when start() looked for the programs: the first answer may move
        # the window to „На този компютър“, but only if the user has not moved on since.
        self._opening_section: str | None = None
        self.checking_login = False  # a remembered session is being resumed
        self._painted = False
        self.offered: tuple[SectionSpec, ...] = ()  # the navigation's rows (by role)
        self.role: str | None = None
        self.setWindowTitle(self.tr("PASOSS Activator"))
        self.setWindowIcon(app_icon())
        self.resize(DEFAULT_SIZE)
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(ui_settings.sync_minutes * 60 * 1000)
        self.sync_timer.timeout.connect(self.refresh)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self.refresh)
        self._retries = 0
        # Support's key written from the support dialog: as after the window's own.
        self.session.key_written.connect(lambda _result: self.after_activation())
        self._frame_first = frame_first
        self._steps: list[Callable[[], None]] = [
            self._build_nav, self._build_body, self._build_actions, self._build_help,
            self._build_status_bar, self._restore,
        ]
        if in_steps:  # behind the login dialog, where the time is free
            self._steps += [_import_for_data, _import_for_programs]
        if offline_data is not None:
            self._steps.append(lambda: self.show_data(offline_data))
        if not in_steps:
            self.finish_building()

    def build_step(self) -> bool:
        """Build the next part of the window; True while parts remain."""
        if self._steps:
            self._steps.pop(0)()
        return bool(self._steps)

    def finish_building(self) -> None:
        while self.build_step():
            pass

    @property
    def activator(self) -> Activator | None:
        """The account logged in (None while a remembered session is being resumed)."""
        return self.session.activator

    # --- frame ----------------------------------------------------------------------

    def _build_nav(self) -> None:
        # A step of its own: the first SVG icons load Qt's SVG plugin, the width lays out
        # the titles (fonts).
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Раздели"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setStyleSheet("QListWidget::item { padding: 5px 2px; }")
        # Its rows are the sections of the account's role (_offer_sections).

    def _build_body(self) -> None:
        self.stack = SectionStack(lambda name: spec_of(name).build(self))
        if self._frame_first:
            self.stack.hold()
            # Connected before anyone else: the section is built before what follows
            # the first paint (the worker's imports) competes with it.
            self.first_painted.connect(self.stack.release)
        self.nav.currentRowChanged.connect(self._section_changed)

        self.banner = QLabel()
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Съобщение за връзката"))
        self.banner.setVisible(False)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)
        central = self.body = QWidget()
        body = QHBoxLayout(central)
        body.addWidget(self.nav)
        body.addLayout(right, 1)
        self.setCentralWidget(central)

    def _build_help(self) -> None:
        self.help = HelpMenu(self, self.session)

    def _build_actions(self) -> None:
        toolbar = self.toolbar = self.addToolBar(self.tr("Действия"))
        toolbar.setObjectName("actions")
        toolbar.setMovable(False)
        set_enum(toolbar, "toolButtonStyle", TOOL_BUTTON_TEXT_BESIDE_ICON)
        self.refresh_action = QAction(icon("refresh"), self.tr("Обнови"), self)
        # setShortcuts, not setShortcut: see early_qt.py
        self.refresh_action.setShortcuts(QKeySequence.StandardKey.Refresh)  # F5
        self.refresh_action.setToolTip(self.tr("Обновява данните от ПАСОСС (F5)"))
        self.refresh_action.triggered.connect(self.refresh)
        self.offline_action = QAction(icon("offline"), self.tr("Активиране без интернет…"), self)
        self.offline_action.triggered.connect(self.offline_activation)
        self.logout_action = QAction(icon("logout"), self.tr("Изход от профила"), self)
        self.logout_action.triggered.connect(self.logout)
        for action in (self.refresh_action, self.offline_action, self.logout_action):
            toolbar.addAction(action)
            self.addAction(action)
        # Ctrl+1 … Ctrl+6 open the sections, for the keyboard; the menu „Раздели“ and the
        # navigation's tooltips show them, so they can be found. Only the sections of the
        # account's role: the others' entries are hidden and disabled, so roles may share
        # a shortcut.
        sections = self.menuBar().addMenu(self.tr("&Раздели"))
        self.jumps: dict[str, QAction] = {}
        for spec in SECTIONS:
            jump = self.jumps[spec.id] = QAction(icon(spec.icon), spec.translated_title(), self)
            jump.setShortcuts([QKeySequence(spec.shortcut)])
            jump.triggered.connect(lambda _c=False, n=spec.id: self.show_section(n))
            sections.addAction(jump)
            self.addAction(jump)
        self._offer_sections(self._account_role())  # the navigation's rows, the shortcuts

    def _account_role(self) -> str | None:
        activator = self.session.activator
        account = activator.account if activator is not None else None
        if account is not None:
            return account.role
        # Not attached yet (the saved copy shown while the session is checked): the copy
        # names the role, so offline staff see their own sections from the first look.
        return self.data.role if self.data is not None else None

    def _offer_sections(self, role: str | None) -> None:
        """The navigation, shortcuts and actions for an account of ``role``
        (``sections.sections_for``); the section on screen stays when it is still offered."""
        offered = sections_for(role)
        if offered == self.offered:
            return
        current = self.current_section() if self.offered else self.ui_settings.last_section
        self.offered, self.role = offered, role
        ids = {spec.id for spec in offered}
        self.nav.blockSignals(True)
        self.nav.clear()
        for spec in offered:
            item = QListWidgetItem(icon(spec.icon), spec.translated_title())
            shortcut = QKeySequence(spec.shortcut).toString(
                QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{spec.translated_title()} ({shortcut})")
            self.nav.addItem(item)
        self.nav.blockSignals(False)
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 36)
        for section_id, jump in self.jumps.items():
            jump.setEnabled(section_id in ids)
            jump.setVisible(section_id in ids)
        # Activation without internet is the client's own business.
        self.offline_action.setVisible(CLIENT in offered[0].roles)
        self.show_section(current)

    def _session_changed(self) -> None:
        self._offer_sections(self._account_role())
        self._update_status()

    def _build_status_bar(self) -> None:
        self.who = QLabel()
        self.connection = QLabel()
        self.last_sync = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.who, 1)
        bar.addPermanentWidget(self.connection)
        bar.addPermanentWidget(self.last_sync)
        self._update_status()
        self.session.changed.connect(self._session_changed)

    def _restore(self) -> None:
        geometry = self.ui_settings.geometry
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        self.show_section(self.ui_settings.last_section)

    def show_section(self, name: str) -> None:
        """Show the section ``name``; one the account's role is not offered (a section
        remembered from another account) gives the first offered one."""
        index_of(name)  # an id not declared at all is an error (UnknownSection)
        ids = [spec.id for spec in self.offered]
        row = ids.index(name) if name in ids else 0
        if self.nav.currentRow() == row:
            self._section_changed(row)
        else:
            self.nav.setCurrentRow(row)

    def current_section(self) -> str:
        return self.offered[max(0, self.nav.currentRow())].id

    def _section_changed(self, row: int) -> None:
        if 0 <= row < len(self.offered):
            self.stack.show_section(self.offered[row].id)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            first_paint.painted(self, self.first_painted)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.sync_timer.stop()
        self.retry_timer.stop()
        self.ui_settings.geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.ui_settings.last_section = self.current_section()
        self.ui_settings.save()
        super().closeEvent(event)

    # --- data -----------------------------------------------------------------------

    def wait_for_login(self) -> None:
        """Shown before a remembered session is resumed: nothing can be used yet (the
        account's saved copy may be shown meanwhile, without the offline banner)."""
        self.checking_login = True
        for part in (self.body, self.menuBar(), self.toolbar):
            part.setEnabled(False)
        self._update_status()

    def attach(self, activator: Activator, *, offline_data: AccountData | None = None) -> None:
        """The account just logged in, for a window built while the login was going on."""
        self.checking_login = False
        for part in (self.body, self.menuBar(), self.toolbar):
            part.setEnabled(True)
        self.online = offline_data is None
        self.session.set_activator(activator)  # the sections and the menu follow it
        if offline_data is not None:
            self.show_data(offline_data)
        self._update_status()

    def start(self) -> None:
        """Fill the window: programs on this PC, then the account (sync, or the cache)."""
        if CLIENT in self.offered[0].roles:  # staff activate nothing on their own PC
            self._opening_section = self.current_section()
            self.refresh_programs()
        if self.online:
            self.refresh()
        else:  # opened from the saved copy: try the service again by itself, later
            self._check_again_later()
        self.sync_timer.start()

    def refresh(self) -> None:
        if self.syncing:
            return
        self.syncing = True
        self.refresh_action.setEnabled(False)
        self.last_sync.setText(self.tr("Синхронизиране…"))
        run_in_background(self.session.require().sync, self._synced, self._sync_failed)

    def _synced(self, data: AccountData) -> None:
        self.syncing = False
        self.refresh_action.setEnabled(True)
        self.online = True
        self.session_expired = False
        self._retries = 0
        self.retry_timer.stop()
        self.show_data(data)
        self._sync_if_asked()

    def _sync_if_asked(self) -> None:
        if self._sync_again:
            self._sync_again = False
            self.refresh()

    def after_activation(self) -> None:
        """A key was written: this PC's programs and the account's installations changed,
        so both are read again now (no row stays stale until F5)."""
        self.refresh_programs()
        if self.syncing:
            self._sync_again = True  # the sync under way started before the key existed
        else:
            self.refresh()

    def _sync_failed(self, error: Exception) -> None:
        self.syncing = False
        self.refresh_action.setEnabled(True)
        self._sync_again = False  # the next F5 or timed sync brings the key's row
        if isinstance(error, ServiceUnavailable):
            self.online = False
            self._check_again_later()
            if self.data is None:
                activator = self.session.require()
                email = activator.account.email if activator.account else None
                run_in_background(
                    lambda: activator.cached(email), self._cache_loaded, lambda _e: None
                )
            self._update_status()
        elif isinstance(error, LoginRequired):
            # The service answered, so the connection is there; the session is what ended.
            # Said in the banner, not the status bar, whose messages a mouse-over wipes out.
            self.online = True
            self.session_expired = True
            self._update_status()
        else:
            self._update_status()
            self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        """A failure, in words, in the status bar (the texts are imported with the first)."""
        from .messages import error_text

        self.statusBar().showMessage(error_text(error), 15000)

    def _check_again_later(self) -> None:
        delay = RETRY_SECONDS[min(self._retries, len(RETRY_SECONDS) - 1)]
        self._retries += 1
        self.retry_timer.start(max(1, int(delay * 1000)))

    def _cache_loaded(self, data: AccountData | None) -> None:
        if data is not None:
            self.show_data(data)

    def show_data(self, data: AccountData) -> None:
        self.data = data
        self._offer_sections(self._account_role())
        # Sections not built yet get it when first shown (section_stack.py).
        for spec in self.offered:
            self.stack.deliver(spec.id, "data", lambda section: section.show_data(data))
        if data.from_cache:
            self.online = False
        self._update_status()

    def refresh_programs(self) -> None:
        from .program_status import find_with_status

        activator = self.session.require()
        run_in_background(lambda: find_with_status(activator), self._programs_found,
                          self._show_error)

    def _programs_found(self, found: list[FoundProgram]) -> None:
        from ..core.registration_key import Status
        from .program_status import needs_key

        # Sections not built yet get these when first shown (section_stack.py).
        programs = [f.program for f in found]
        unkeyed = [f.program.folder for f in found if f.status != Status.VALID]
        here = {f.program.installation_key.workstation_hex
                for f in found if f.program.installation_key is not None}
        self.stack.deliver("this_pc", "found",
                           lambda section: cast("ThisPcSection", section).set_found(found))
        self.stack.deliver("keys", "programs", lambda section: cast(
            "KeysSection", section).set_programs(programs, unkeyed))
        self.stack.deliver("licences", "workstations", lambda section: cast(
            "LicencesSection", section).set_workstations_here(here))
        opening, self._opening_section = self._opening_section, None
        if opening is not None and opening == self.current_section() and needs_key(found):
            # The work wins over the remembered section: a program here without a valid
            # key opens „На този компютър“, where its „Активирай“ button is the first thing.
            self.show_section("this_pc")
            self.this_pc.activate_button.setFocus()  # Enter activates, for the keyboard

    def add_program_folder(self, folder: str) -> None:
        """Search ``folder`` too from now on, if a program is there; if not, say so."""
        from pathlib import Path

        from ..core.discovery import expand_entry

        run_in_background(lambda: expand_entry(Path(folder)),
                          lambda found: self._folder_checked(folder, found),
                          self._show_error)

    def _folder_checked(self, folder: str, programs: list[object]) -> None:
        if not programs:
            from .dialogs import inform  # message boxes: not needed to paint

            inform(self, self.tr("Няма програма в папката"), self.tr(
                "В папката {0} не е намерена програма на ПАСОСС. Изберете папката, в която е "
                "инсталирана програмата: в нея е файлът PASOSS.INI."
            ).format(folder), error=True)
            return
        settings = self.ui_settings.settings
        if folder not in settings.program_folders:
            settings.program_folders.append(folder)
            self.ui_settings.save()
        self.refresh_programs()

    def _update_status(self) -> None:
        account = self.activator.account if self.activator is not None else None
        email = account.email if account else (self.data.profile.email if self.data else "")
        company = account.company if account else (
            self.data.profile.company if self.data else ""
        )
        self.who.setText(self.tr("Влезли сте като {0} ({1})").format(email, company)
                         if email else "")
        self.connection.setText(
            self.tr("● Свързан") if self.online else self.tr("● Без връзка")
        )
        self.connection.setStyleSheet("color:#1b5e20" if self.online else "color:#b71c1c")
        synced = self.data.synced_at if self.data is not None else None
        if self.checking_login:  # whether there is a connection is not known yet
            self.connection.setText("")
            self.last_sync.setText(QCoreApplication.translate("LoginDialog",
                                                              "Проверка на запазения вход…"))
            self.banner.setVisible(False)
            return
        when = ""
        if synced is not None:
            from .formatting import moment_text  # a sync's time: after the first paint

            when = moment_text(synced)
        self.last_sync.setText(
            self.tr("Последна синхронизация: {0}").format(when)
            if when else self.tr("Последна синхронизация: няма")
        )
        if self.session_expired:
            self.banner.setText(
                self.tr("Сесията Ви в ПАСОСС изтече. Изберете „Изход от профила“ и влезте "
                        "отново с имейла и паролата си.")
            )
        elif not self.online and synced is not None:
            self.banner.setText(
                self.tr("Няма връзка — данните са от {0}. Програмата ще опита отново сама; "
                        "F5 опитва веднага.")
                .format(when)
            )
        self.banner.setVisible(self.session_expired or (not self.online and synced is not None))

    # --- dialogs --------------------------------------------------------------------

    def change_password(self) -> None:
        from .password_dialog import PasswordDialog  # imported when used: a faster start

        activator = self.session.require()
        email = activator.account.email if activator.account else ""
        dialog = PasswordDialog(activator, email, self)
        if dialog.exec():
            from .dialogs import inform

            inform(self, self.tr("Паролата е сменена"),
                   self.tr("Паролата е сменена. На другите компютри влезте с новата парола."))

    def offline_activation(self) -> None:
        from .offline_dialog import OfflineActivationDialog  # imported when used

        dialog = OfflineActivationDialog(self.session.require(), self.keys.programs, self)
        dialog.activated.connect(lambda _r: self.after_activation())
        dialog.exec()

    def logout(self) -> None:
        """Forget the session on this PC; the program then asks for a login again."""
        self.logged_out = True
        run_in_background(self.session.require().logout, self._closed, self._closed)

    def _closed(self, _result: object) -> None:
        self.close()

