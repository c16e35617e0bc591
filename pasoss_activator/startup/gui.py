"""The GUI's composition root: ``pasoss-activator`` with no command, ``--demo``, ``--tour``.

One start path: parse the options, check for a screen, set up the demo service when asked,
make the application in its language, then either the login and main window
(``ui.app.run_gui``) or, with ``--demo --tour DIR``, the screenshot tour.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path

from ..core import language
from ..core.errors import UsageError
from ..ui.app import application, run_gui
from ..ui.i18n import LANGUAGES
from ..ui.qt_messages import quiet_offscreen_noise
from ..ui.qt_messages import restore as restore_message_handler
from .options import parse_gui_args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_gui_args(argv, LANGUAGES)
    if args.tour:
        # The tour only photographs its windows: it needs no screen (CI, a server).
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not screen_available(os.environ):
        # Without a screen Qt aborts the process with an English message; say it plainly.
        language.use(args.lang)  # before Qt: the terminal hears it in the chosen language
        sys.stderr.write(
            language.tx("cli", "PASOSS Activator не намира екран, на който да покаже "
                        "прозореца си.") + "\n"
            + language.tx("cli", "Стартирайте го от работния плот, или използвайте командите "
                          "за терминал: pasoss-activator --help") + "\n"
        )
        return 1
    service: AbstractContextManager[str | None] = (
        _demo_service(args.tour) if args.demo else nullcontext(args.server)
    )
    with service as url:
        app = application(args.lang)
        quiet_offscreen_noise(app)
        try:
            if args.tour:
                from .tour import run_tour  # the screenshot driver: only for --tour

                assert url is not None
                return run_tour(app, url, args.tour)
            if args.demo:
                from .demo import DEMO_EMAIL, DEMO_PASSWORD

                return run_gui(app, url, email=DEMO_EMAIL, password=DEMO_PASSWORD, demo=True)
            return run_gui(app, url)
        except UsageError as err:
            # A service address refused before any connection (--server, PASOSS_SERVICE_URL
            # or settings.json: plain HTTP off this computer, or one URL parsers may read
            # differently, DESIGN.md section 6.1) is said in a window, never a traceback.
            from ..ui.dialogs import inform
            from ..ui.messages import error_text

            inform(None, "PASOSS Activator", error_text(err), error=True)
            return err.exit_code
        finally:
            restore_message_handler()


@contextmanager
def _demo_service(tour: Path | None) -> Iterator[str]:
    """The demo's service stub and programs; a tour keeps them in ``DIR/demo``, fresh."""
    from .demo import demo_environment

    keep = tour.resolve() / "demo" if tour else None
    if keep is not None and keep.exists():
        shutil.rmtree(keep)  # each tour starts from the demo's first state
    with demo_environment(keep) as url:
        yield url


def screen_available(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """False only where we know Qt will find no screen: Linux/BSD without X or Wayland."""
    if env.get("QT_QPA_PLATFORM") or platform in ("win32", "darwin"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
