"""``support start`` (the client) and ``support show CODE`` (support staff).

``start`` uploads the diagnostics report and prints the 6-digit code large, with the
minutes it stays valid, for the client to read over the phone; ``show`` needs a staff
account and lays the report out for the person taking the call.
"""

from __future__ import annotations

import argparse
from typing import Any

from ..core.diagnostics import build_report
from ..core.errors import NotFound
from ..core.language import tx
from ..core.support import SupportCode, fetch_session, staff_layout, staff_view, start_support
from .context import CommandContext
from .output import emit_json, say

# Seven rows of a block font, so the code stands out in a console window.
_DIGITS = {
    "0": [" ███ ", "█   █", "█  ██", "█ █ █", "██  █", "█   █", " ███ "],
    "1": ["  █  ", " ██  ", "  █  ", "  █  ", "  █  ", "  █  ", " ███ "],
    "2": [" ███ ", "█   █", "    █", "   █ ", "  █  ", " █   ", "█████"],
    "3": ["████ ", "    █", "    █", " ███ ", "    █", "    █", "████ "],
    "4": ["   █ ", "  ██ ", " █ █ ", "█  █ ", "█████", "   █ ", "   █ "],
    "5": ["█████", "█    ", "████ ", "    █", "    █", "█   █", " ███ "],
    "6": [" ███ ", "█    ", "█    ", "████ ", "█   █", "█   █", " ███ "],
    "7": ["█████", "    █", "   █ ", "  █  ", " █   ", " █   ", " █   "],
    "8": [" ███ ", "█   █", "█   █", " ███ ", "█   █", "█   █", " ███ "],
    "9": [" ███ ", "█   █", "█   █", " ████", "    █", "    █", " ███ "],
}


def big_code(code: str) -> str:
    """The code in large digits, three and three."""
    rows = []
    for row in range(7):
        left = "  ".join(_DIGITS[d][row] for d in code[:3])
        right = "  ".join(_DIGITS[d][row] for d in code[3:])
        rows.append(f"  {left}     {right}".rstrip())
    return "\n".join(rows)


class SupportCodeNotFound(NotFound):
    """A wrong or expired code: the person typed something wrong, so exit 2 (usage)."""

    exit_code = 2


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "support", parents=parents,
        help=tx("cli", "код за поддръжката: изпрати отчета или го прочети"),
    )
    actions = parser.add_subparsers(dest="support_action", metavar="start|show")
    actions.required = True
    start = actions.add_parser(
        "start", parents=parents, help=tx("cli", "изпрати отчета до поддръжката и покажи кода")
    )
    start.set_defaults(handler=run_start)
    show = actions.add_parser(
        "show", parents=parents, help=tx("cli", "(поддръжка) прочети отчета на клиента по кода")
    )
    # The code is shown as "263 945": typed that way without quotes it is two arguments.
    show.add_argument(
        "code", nargs="+", metavar=tx("cli", "КОД"),
        help=tx("cli", "6-цифреният код, който клиентът казва"),
    )
    show.set_defaults(handler=run_show)


def print_code(support: SupportCode) -> None:
    minutes = support.minutes_valid()
    say(tx("cli", "Кажете този код на служителя от поддръжката на ПАСОСС:"))
    say()
    say(big_code(support.code))
    say()
    say(tx("cli", "Код: {0}  (валиден {1} минути)").format(support.spaced, minutes))


def run_start(ctx: CommandContext) -> int:
    activator, _account = ctx.logged_in()
    support = start_support(activator, build_report(activator))
    if ctx.as_json:
        emit_json(support.to_dict())
    else:
        print_code(support)
    return 0


def run_show(ctx: CommandContext) -> int:
    activator, _account = ctx.logged_in()
    try:
        session = fetch_session(activator, "".join(ctx.args.code))
    except NotFound as err:
        raise SupportCodeNotFound(**err.details) from None
    if ctx.as_json:
        emit_json(staff_view(session))
    else:
        say(staff_layout(session))
    return 0
