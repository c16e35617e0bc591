"""``support start`` (the client), ``support show CODE`` and ``support send CODE KEY``
(support staff).

``start`` uploads the diagnostics report and prints the 6-digit code large, with the
minutes it stays valid, for the client to read over the phone; with ``--wait`` it stays
and takes the key staff send (``support_wait.py``). ``show`` needs a staff account and
lays the report out for the person taking the call; ``send`` issues a key into the
client's session (DESIGN §5.1) and prints the comparison, and the key when issued.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from ..core import comparison_text
from ..core.account import Activator
from ..core.diagnostics import build_report
from ..core.error_text import error_parts
from ..core.errors import ActivatorError, NotEntitled, NotFound, UsageError
from ..core.installation_key import InstallationKey
from ..core.language import tx
from ..core.redaction import mask_registration_key
from ..core.row_advice import failing_advice
from ..core.support import SupportCode, fetch_session, normalize_code, staff_layout, staff_view
from .context import CommandContext
from .output import (
    comparison_table,
    emit_json,
    emit_json_line,
    failing_rows_text,
    moment_text,
    say,
)
from .support_wait import DEFAULT_INTERVAL, DEFAULT_TIMEOUT, WaitOptions, wait_for_offer

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
    actions = parser.add_subparsers(dest="support_action", metavar="start|show|send")
    actions.required = True
    start = actions.add_parser(
        "start", parents=parents, help=tx("cli", "изпрати отчета до поддръжката и покажи кода")
    )
    start.add_argument(
        "--wait", action="store_true",
        help=tx(
            "cli", "остани и чакай ключа, който поддръжката изпрати; провери го и го покажи"
        ),
    )
    start.add_argument(
        "--write", action="store_true",
        help=tx("cli", "(с --wait) запиши проверения ключ в програмата, за която е"),
    )
    start.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT, metavar=tx("cli", "СЕКУНДИ"),
        help=tx("cli", "(с --wait) колко най-много да се чака; по подразбиране 1800 (30 минути)"),
    )
    # Seconds between polls (at most 3); hidden: tests make it short, people need not.
    start.add_argument(
        "--poll-interval", type=float, default=DEFAULT_INTERVAL, help=argparse.SUPPRESS
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
    send = actions.add_parser(
        "send", parents=parents,
        help=tx("cli", "(поддръжка) издай ключ за клиента в сесията му по кода"),
    )
    # "263 945" and a key typed as six unquoted groups arrive as several arguments: the
    # code's digits come first (split_code), the rest is one key (DESIGN §3 drops spaces).
    send.add_argument(
        "code", metavar=tx("cli", "КОД"), help=tx("cli", "6-цифреният код, който клиентът казва")
    )
    send.add_argument(
        "installation_key", nargs="+", metavar=tx("cli", "ИНСТАЛАЦИОНЕН_КЛЮЧ"),
        help=tx("cli", "инсталационният ключ на програмата от отчета на клиента"),
    )
    send.set_defaults(handler=run_send)


def split_code(words: list[str]) -> tuple[str, str]:
    """The code (the leading all-digit words, up to 6 digits) and the key (the rest)."""
    code, taken = "", 0
    for word in words:
        digits = re.sub(r"[\s\-]", "", word)
        if len(code) >= 6 or not digits.isdigit():
            break
        code, taken = code + digits, taken + 1
    key = " ".join(words[taken:])
    if not key:
        raise UsageError(reason="support_send_needs_key")
    return code or words[0], key


def print_code(support: SupportCode) -> None:
    minutes = support.minutes_valid()
    say(tx("cli", "Кажете този код на служителя от поддръжката на ПАСОСС:"))
    say()
    say(big_code(support.code))
    say()
    say(tx("cli", "Код: {0}  (валиден {1} минути)").format(support.spaced, minutes))


def run_start(ctx: CommandContext) -> int:
    args = ctx.args
    if (args.write or args.timeout != DEFAULT_TIMEOUT) and not args.wait:
        raise UsageError(reason="wait_options_need_wait")
    if args.timeout <= 0 or args.poll_interval <= 0:
        raise UsageError(reason="wait_time_not_positive")
    activator, _account = ctx.logged_in()
    support = activator.start_support(build_report(activator))
    if ctx.as_json:
        # With --wait more lines follow: each answer is one JSON document on one line.
        (emit_json_line if args.wait else emit_json)(support.to_dict())
    else:
        print_code(support)
    if not args.wait:
        return 0
    if not ctx.as_json:
        say()
        say(tx("cli", "Чакаме поддръжката да изпрати регистрационния ключ… (Ctrl+C прекъсва)"))
    sys.stdout.flush()  # the code is read out now, not when the wait ends
    options = WaitOptions(
        write=args.write, timeout=args.timeout, interval=args.poll_interval,
        as_json=ctx.as_json,
    )
    return wait_for_offer(activator, support.code, options)


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
        say(offers_section(activator, str(session.get("code") or "".join(ctx.args.code))))
    return 0


def offers_section(activator: Activator, code: str) -> str:
    """The keys already sent into this session (a colleague may have sent one), each
    masked: this screen reads the report, ``send`` is the one that shows a key whole."""
    try:
        offers = activator.support_offers(code).offers
    except ActivatorError as err:
        unread = tx("cli", "Не можаха да бъдат прочетени: {0}").format(error_parts(err)[0])
        return f"\n{tx('cli', 'ИЗПРАТЕНИ КЛЮЧОВЕ')}\n  {unread}"
    lines = ["", tx("cli", "ИЗПРАТЕНИ КЛЮЧОВЕ")]
    if not offers:
        lines.append(
            "  " + tx("cli", "Още няма. Изпратете ключ: support send КОД ИНСТАЛАЦИОНЕН_КЛЮЧ")
        )
    for offer in offers:
        lines.append(
            f"  {moment_text(offer.created_at)}  {product_name(offer.product)}  "
            f"{mask_registration_key(offer.registration_key)}"
        )
    return "\n".join(lines)


def product_name(code: str) -> str:
    """The program's name in the chosen language (an unknown code as it is)."""
    return comparison_text.product_name(code, tx)


def run_send(ctx: CommandContext) -> int:
    """Exit 0 issued, 4 refused (the table says which rows), 3 for an account that is not
    staff, 2 for a wrong or expired code, 7 for a mistyped installation key."""
    code_text, key_words = split_code([ctx.args.code, *ctx.args.installation_key])
    code = normalize_code(code_text)
    key_text = InstallationKey.parse(key_words).text  # a typo is named before any login
    activator, _account = ctx.logged_in()
    try:
        offer = activator.send_offer(code, key_text)
    except NotFound as err:
        raise SupportCodeNotFound(**err.details) from None
    except NotEntitled as err:
        if ctx.as_json:
            raise
        say(tx("cli", "Ключ НЕ е издаден: лицензът на клиента не покрива този инсталационен ключ."))
        say()
        say(comparison_table(err.comparison))
        reason = failing_rows_text(err.comparison)
        if reason:
            say(reason)
        say(
            tx(
                "cli",
                "Клиентът не получава ключ и нищо при него не се променя (ако чака, чака още).",
            )
        )
        advice = failing_advice(err.comparison, tx)
        if advice:
            say()
            say(tx("cli", "КАКВО ДА КАЖЕТЕ НА КЛИЕНТА"))
            for line in advice:
                say(f"  - {line}")
        return err.exit_code
    if ctx.as_json:
        emit_json(offer.to_json())
        return 0
    say(
        tx("cli", "Ключ за {0} е издаден и изпратен в сесията на клиента.").format(
            product_name(offer.product)
        )
    )
    say()
    say(comparison_table(offer.comparison))
    say()
    say(tx("cli", "Ключ:"))
    say(offer.registration_key)
    say()
    say(
        tx(
            "cli",
            "Ако клиентът чака с „support start --wait --write“, ключът ще се провери и "
            "запише сам; иначе му го продиктувайте.",
        )
    )
    return 0
