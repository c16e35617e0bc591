"""``--demo --tour DIR``: the demo drives itself and photographs every step.

Log in, visit every section, generate and write the key of the demo SCH program, try the
RZ5 program (refused: module 3 is switched on without a licence), then save ``DIR/tour.json``
with the steps, the written configuration file and the key. The worker runs tasks at
once here, so each picture shows the finished step; dialogs are answered by the tour.

The tour is also a check of the layout: the window keeps the app's default size (what
most people keep), and every step records the section shown, the window's size, whether
the picture is a dialog, and ``clipped``: the widgets in the picture that cut their text
or scroll sideways (``clipping.py``), which must be empty. ``--tour-scale 150`` (or
``QT_SCALE_FACTOR=1.5``) runs it at 150 % screen scale.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from ..core.atomic_write import SHARED_FILE_MODE, write_atomically
from ..core.programs import InstalledProgram
from ..core.settings import Settings
from ..ui import dialogs, worker
from ..ui.app import activator_factory
from ..ui.client_session_tab import ClientSessionTab
from ..ui.login_dialog import LoginDialog
from ..ui.main_window import DEFAULT_SIZE, MainWindow
from ..ui.offline_dialog import OfflineActivationDialog
from ..ui.password_dialog import PasswordDialog
from ..ui.ui_settings import UiSettings
from .clipping import clipped_widgets
from .demo import DEMO_EMAIL, DEMO_PASSWORD, STAFF_EMAIL, STAFF_PASSWORD


class Tour:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.steps: list[dict[str, Any]] = []
        self.window: MainWindow | None = None  # once logged in: its section and size

    def shot(self, name: str, widget: QWidget, title: str) -> None:
        for _ in range(3):
            QCoreApplication.processEvents()
        file = f"{len(self.steps) + 1:02d}-{name}.png"
        if not widget.grab().save(str(self.out / file)):
            raise RuntimeError(f"could not save {file}")
        window = self.window
        self.steps.append({
            "step": name, "title": title, "screenshot": file,
            "section": window.current_section() if window is not None else None,
            "window": [window.width(), window.height()] if window is not None else None,
            "dialog": widget is not window,
            "clipped": clipped_widgets(widget),
        })

    def expect(self, *boxes: tuple[str, str]) -> None:
        """Photograph the next message boxes under these names and press „go ahead“."""
        pending = list(boxes)

        def press(box: QMessageBox) -> QAbstractButton | None:
            name, title = pending.pop(0) if pending else ("message", box.windowTitle())
            box.adjustSize()
            self.shot(name, box, title)
            return dialogs.first_button(box)

        dialogs.set_answerer(press)


def support_screens(tour: Tour, window: MainWindow, sch: InstalledProgram) -> str | None:
    """Before activation: what changed for SCH (registered on an old PC, no key here),
    the „Помощ“ menu, the diagnostics report, the support code and the contacts."""
    window.show_section("this_pc")
    window.this_pc.select_folder(sch.folder)
    tour.shot("this-pc-what-changed", window,
              "На този компютър: какво се промени, откакто ПАСОСС-Счетоводство е регистрирана")
    # Rendered without popping up: a popup asks the offscreen platform for a keyboard
    # grab it does not have, and its warnings would be noise in the tour's output.
    menu = window.help.menu
    menu.adjustSize()
    tour.shot("help-menu", menu, "Меню „Помощ“")
    help_dialog = window.help.open_help()
    tour.shot("help", help_dialog, "Помощ (F1): пътят до записан ключ с мишката и с клавиатурата")
    help_dialog.close()
    diagnostics = window.help.open_diagnostics()
    tour.shot("diagnostics", diagnostics, "Помощ → Диагностика: отчет без пароли и ключове")
    support = diagnostics.contact_support()
    tour.shot("support-code", support, "Кодът за поддръжката, едър, и колко минути важи")
    code = support.code.code if support.code is not None else None
    support.close()
    diagnostics.close()
    contacts = window.help.open_contacts()
    tour.shot("support-contacts", contacts, "Помощ → Контакти на поддръжката")
    contacts.close()
    return code


def assisted_offer(tour: Tour, window: MainWindow, url: str) -> None:
    """Support sends the SCH key into the client's session (staff's side through the core,
    as ``support send`` does); the client's dialog shows it verified, unwritten."""
    from server_stub.demo import STAFF_EMAIL, STAFF_PASSWORD

    support = window.help.open_support()
    staff = activator_factory(Settings.load())(url)
    staff.login(STAFF_EMAIL, STAFF_PASSWORD, remember=False)
    sch = next(p for p in window.keys.programs if p.product_code.upper() == "SCH")
    if support.code is not None:
        staff.send_offer(support.code.code, sch.installation_key_text)
        support.offers.poll()  # the worker runs at once in the tour: the offer is here now
    if support.offers.pending is None:  # the picture would show nothing: say so loudly
        raise RuntimeError("support's key did not arrive in the client's dialog")
    tour.shot("assisted-offer", support,
              "Поддръжката изпрати ключ за ПАСОСС-Счетоводство: проверен, чака „Запиши“")
    support.close()  # nothing written: the tour goes on to activate SCH itself


def staff_console(tour: Tour, client_window: MainWindow, url: str) -> None:
    """The support console: the demo client opens a support session (core API), a staff
    member logs in in a second window and opens the client's report by the code; then
    „Изпрати ключ“ for RZ5, refused row by row with what to tell the client (a refusal
    stores nothing and takes no seat, so the rest of the tour is unchanged)."""
    code = client_window.session.require().start_support()
    staff = activator_factory(Settings.load())(url)
    staff.login(STAFF_EMAIL, STAFF_PASSWORD, remember=False)
    window = MainWindow(staff, UiSettings(Settings.load()))  # at its default size
    window.show()
    window.start()
    tour.window = window  # the steps name the staff window's section and size
    window.support.open_code(code.spaced)
    tour.shot("staff-console", window,
              "Поддръжка: отчетът на клиента по кода — какво не е наред, програмите")
    tab = window.support.tabs.currentWidget()
    if isinstance(tab, ClientSessionTab) and "RZ5" in tab.panels:
        panel = tab.panel("RZ5")
        panel.send()
        tab.ensureWidgetVisible(panel.send_button)
        tour.shot("staff-console-refusal", window,
                  "Поддръжка: „Изпрати ключ“ за RZ5 — отказ и какво да кажете на клиента")
    tour.window = client_window
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.close()


def run_tour(app: QApplication, url: str, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    tour = Tour(out)
    worker.set_synchronous(True)
    settings = Settings.load()
    ui_settings = UiSettings(settings)
    make = activator_factory(settings)

    login = LoginDialog(make, url, email=DEMO_EMAIL, password="грешна-парола", remember=False)
    login.show()
    login.submit()
    tour.shot("login-wrong-password", login, "Грешна парола: съобщението под полетата")
    login.enter_password(DEMO_PASSWORD)
    login.show_message("")
    tour.shot("login", login, "Вход с демо профила")
    login.submit()
    if login.activator is None:
        tour.shot("login-failed", login, "Входът не успя")
        return 1
    login.close()

    window = MainWindow(login.activator, ui_settings)  # at its default size
    window.show()
    window.start()
    tour.window = window
    tour.shot("opened", window, "Прозорецът след входа: разделът, с който се отваря")
    for section in window.offered:  # the client's sections (the staff's come below)
        window.show_section(section.id)
        tour.shot(f"section-{section.id}", window, section.title)

    keys = window.keys
    by_product = {p.product_code.upper(): p for p in keys.programs}
    sch, rz5 = by_product.get("SCH"), by_product.get("RZ5")
    if sch is None or rz5 is None:
        return 1
    support_code = support_screens(tour, window, sch)
    staff_console(tour, window, url)
    assisted_offer(tour, window, url)
    window.show_section("keys")
    groups = sch.installation_key_text.split("-")
    groups[2] = groups[2][1] + groups[2][0] + groups[2][2:]  # read aloud, two swapped
    keys.enter_key("-".join(groups))
    tour.shot("key-mistyped", window, "Сгрешена група 3: оцветена в червено")
    keys.choose_program(sch.folder)
    tour.shot("sch-key-checked", window, "Инсталационният ключ на ПАСОСС-Счетоводство, проверен")
    keys.generate()
    tour.shot("sch-key-issued", window, "Издаден регистрационен ключ и таблица за сравнение")
    tour.expect(
        ("sch-confirm-write", "Потвърждение, което назовава файла"),
        ("sch-written-notice", "Ключът е записан; пътят на резервното копие"),
    )
    keys.write_to_program()
    dialogs.set_answerer(None)
    written = keys.last_activation
    tour.shot("sch-key-written", window, "Ключът е записан в програмата")

    keys.choose_program(rz5.folder)
    keys.generate()
    refused = keys.was_refused()
    tour.shot("rz5-refused", window, "ПАСОСС-Работни заплати 5: отказ, модул извън лиценза")

    window.show_section("this_pc")
    tour.shot("this-pc-after", window, "На този компютър след активирането")

    password = PasswordDialog(window.session.require(), DEMO_EMAIL, window)
    password.show()
    tour.shot("change-password", password, "Смяна на паролата")
    password.close()
    offline = OfflineActivationDialog(window.session.require(), keys.programs, window)
    offline.show()
    tour.shot("offline-activation", offline, "Активиране без интернет в три стъпки")
    offline.close()

    result = {
        "default_window": [DEFAULT_SIZE.width(), DEFAULT_SIZE.height()],
        "scale": QApplication.primaryScreen().devicePixelRatio(),
        "steps": tour.steps,
        "config_path": str(written.config_path) if written else None,
        "backup_path": str(written.backup_path) if written and written.backup_path else None,
        "registration_key": written.registration_key if written else None,
        "rz5_refused": refused,
        "support_code": support_code,
    }
    # Through the one write primitive: a checker reading tour.json never sees half of it.
    write_atomically(
        out / "tour.json",
        json.dumps(result, ensure_ascii=False, indent=2).encode("utf-8"),
        mode=SHARED_FILE_MODE,
    )
    window.close()
    worker.set_synchronous(False)
    return 0 if written is not None and refused else 1
