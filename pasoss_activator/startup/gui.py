"""The GUI's composition root: ``pasoss-activator`` with no command, ``--demo``, ``--tour``.

One start path: parse the options, check for a screen, set up the demo service when asked,
make the application in its language, then either the login and main window
(``ui.app.run_gui``) or, with ``--demo --tour DIR``, the screenshot tour.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
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

FIRST_PAINT_VARIABLE = "PASOSS_ACTIVATOR_FIRST_PAINT"  # startup/first_paint.py


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_gui_args(argv, LANGUAGES)
    if args.tour:
        _tour_screen(args.tour, args.tour_scale)
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
        if os.environ.get(FIRST_PAINT_VARIABLE):  # the bench's timing of a frozen start
            from .first_paint import install_if_asked

            install_if_asked(app)
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


# The screen the tour's windows are laid out on when it makes its own: the common
# 1920×1080 (at 150 % that is 1280×720 for the program, as on Windows). Qt's offscreen
# default, 800×800, would squeeze a dialog at 150 % and show cuts no user has.
TOUR_SCREEN = {"screens": [{"name": "tour", "x": 0, "y": 0, "width": 1920, "height": 1080,
                            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


def _tour_screen(out: Path, scale: str | None) -> None:
    """The tour only photographs its windows: it needs no screen (CI, a server)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    # Qt reads the file's path from the platform's name as Latin-1: a path with Cyrillic
    # letters (a Bulgarian user name) is not found and Qt aborts, so an ASCII one is used.
    places = [out.resolve(), Path(tempfile.gettempdir()).resolve()]
    folder = next((place for place in places if str(place).isascii()), None)
    if platform == "offscreen" and folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        config = folder / "pasoss-tour-screen.json"
        config.write_text(json.dumps(TOUR_SCREEN), encoding="utf-8")
        option = _without_colon(config)
        if option is not None:
            platform = f"offscreen:configfile={option}"
    os.environ["QT_QPA_PLATFORM"] = platform
    if scale:
        # Read by Qt when the application is made: the whole tour at that scale.
        os.environ["QT_SCALE_FACTOR"] = str(int(scale) / 100)


def _without_colon(path: Path) -> str | None:
    """``path`` as Qt can take it in the platform's name, which it splits at every ":":
    on Windows the drive's colon too ("configfile=C" and Qt aborts), so there the path is
    given relative to the current folder. None when that cannot be (another drive): the
    tour then runs on Qt's default screen."""
    text = str(path)
    if ":" not in text:
        return text
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return None
    return relative if ":" not in relative else None


def screen_available(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """False only where we know Qt will find no screen: Linux/BSD without X or Wayland."""
    if env.get("QT_QPA_PLATFORM") or platform in ("win32", "darwin"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
