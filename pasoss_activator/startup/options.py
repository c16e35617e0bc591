"""The GUI's command-line options, defined once.

``__main__`` reads this table to tell a GUI start (no arguments, or only these options)
from a command-line command without loading Qt; the GUI start builds its argument parser
from the same table, so an option added here is known to both.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..core import language
from ..core.error_catalogue import N
from ..core.language import tx


@dataclass(frozen=True)
class GuiOption:
    """One option; ``help`` and ``metavar`` are Bulgarian source texts of the catalogue,
    said in the chosen language when the parser is built."""

    flag: str
    help: str
    kind: Literal["switch", "text", "folder", "language"] = "switch"
    metavar: str | None = None

    @property
    def takes_value(self) -> bool:
        return self.kind != "switch"


GUI_OPTIONS = (
    GuiOption("--demo", N("cli", "демо услуга и демо програми на този компютър; нищо "
                          "истинско не се променя")),
    GuiOption("--tour", N("cli", "с --demo: демото върви само и запазва снимки на екрана в "
                          "ПАПКА"), "folder", N("cli", "ПАПКА")),
    GuiOption("--tour-scale", N("cli", "с --tour: мащаб на екрана в проценти, напр. 150 "
                                "(като мащаба на дисплея в Windows)"),
              "text", N("cli", "ПРОЦЕНТ")),
    GuiOption("--lang", N("cli", "език на прозореца: bg или en (по подразбиране PASOSS_LANG, "
                          "иначе bg)"), "language"),
    GuiOption("--server", N("cli", "адрес на услугата на ПАСОСС"), "text", "URL"),
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
    arguments = list(argv) if argv is not None else sys.argv[1:]
    # Chosen before the parser is built, as on the command line: its help is in it too.
    language.use(language.from_arguments(arguments))
    parser = argparse.ArgumentParser(prog="pasoss-activator", description="PASOSS Activator")
    for option in GUI_OPTIONS:
        help_text = tx("cli", option.help)
        metavar = tx("cli", option.metavar) if option.metavar else None
        if option.kind == "switch":
            parser.add_argument(option.flag, action="store_true", help=help_text)
        elif option.kind == "language":
            chosen = language.from_environment()  # PASOSS_LANG, as on the command line
            parser.add_argument(option.flag, choices=languages,
                                default=chosen if chosen in languages else languages[0],
                                help=help_text)
        else:
            parser.add_argument(option.flag, metavar=metavar, help=help_text,
                                type=Path if option.kind == "folder" else str)
    args = parser.parse_args(arguments)
    if args.tour and not args.demo:
        parser.error(tx("cli", "--tour се ползва само с --demo"))
    if args.tour_scale is not None:
        if not args.tour:
            parser.error(tx("cli", "--tour-scale се ползва само с --tour"))
        if not args.tour_scale.isdigit() or not 100 <= int(args.tour_scale) <= 300:
            parser.error(tx("cli", "--tour-scale: процент от 100 до 300"))
    return args
