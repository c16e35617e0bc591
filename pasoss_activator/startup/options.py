"""The GUI's command-line options, defined once.

``__main__`` reads this table to tell a GUI start (no arguments, or only these options)
from a command-line command without loading Qt; the GUI start builds its argument parser
from the same table, so an option added here is known to both.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..core import language


@dataclass(frozen=True)
class GuiOption:
    flag: str
    help: str
    kind: Literal["switch", "text", "folder", "language"] = "switch"
    metavar: str | None = None

    @property
    def takes_value(self) -> bool:
        return self.kind != "switch"


GUI_OPTIONS = (
    GuiOption("--demo", "demo service and demo programs on this PC, nothing real touched"),
    GuiOption("--tour", "with --demo: run the demo by itself, save screenshots in DIR",
              "folder", "DIR"),
    GuiOption("--tour-scale", "with --tour: screen scale in percent, e.g. 150 (as Windows "
              "display scaling)", "text", "PERCENT"),
    GuiOption("--lang", "interface language (default: PASOSS_LANG, else bg)", "language"),
    GuiOption("--server", "address of the PASOSS service", "text", "URL"),
)


def is_gui(arguments: Sequence[str]) -> bool:
    """No arguments, or only the GUI's options (``--demo --tour DIR``, ``--lang en`` …)."""
    options = {option.flag: option for option in GUI_OPTIONS}
    index = 0
    while index < len(arguments):
        name = arguments[index].split("=", 1)[0]
        option = options.get(name)
        if option is None:
            return False
        has_value = "=" in arguments[index]
        index += 1 if has_value or not option.takes_value else 2
    return index == len(arguments)


def parse_gui_args(argv: Sequence[str] | None, languages: Sequence[str]) -> argparse.Namespace:
    """The GUI's options; ``languages`` are those the interface has (the first is the default)."""
    parser = argparse.ArgumentParser(prog="pasoss-activator", description="PASOSS Activator")
    for option in GUI_OPTIONS:
        if option.kind == "switch":
            parser.add_argument(option.flag, action="store_true", help=option.help)
        elif option.kind == "language":
            chosen = language.from_environment()  # PASOSS_LANG, as on the command line
            parser.add_argument(option.flag, choices=languages,
                                default=chosen if chosen in languages else languages[0],
                                help=option.help)
        else:
            parser.add_argument(option.flag, metavar=option.metavar, help=option.help,
                                type=Path if option.kind == "folder" else str)
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.tour and not args.demo:
        parser.error("--tour needs --demo")
    if args.tour_scale is not None:
        if not args.tour:
            parser.error("--tour-scale needs --tour")
        if not args.tour_scale.isdigit() or not 100 <= int(args.tour_scale) <= 300:
            parser.error("--tour-scale: a percentage from 100 to 300")
    return args
