"""``generate``: a registration key for an installation key (as the web panel's
„Генериране на ключове“), or the answer to an offline activation request file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..core.errors import UsageError
from ..core.installation_key import InstallationKey
from ..core.language import tx
from ..core.products import WHERE_THE_KEYS_ARE
from .context import CommandContext
from .output import comparison_table, emit_json, say


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "generate",
        parents=parents,
        help=tx("cli", "регистрационен ключ за инсталационен ключ или за файл за заявка"),
        description=tx("products", WHERE_THE_KEYS_ARE),
    )
    # Groups typed with spaces and no quotes arrive as several arguments: spaces in a key
    # are dropped (DESIGN §3), so they are joined back into one key.
    parser.add_argument(
        "installation_key", nargs="*", metavar=tx("cli", "ИНСТАЛАЦИОНЕН_КЛЮЧ")
    )
    parser.add_argument(
        "--request", type=Path, metavar=tx("cli", "ФАЙЛ"), help=tx("cli", "файл за заявка")
    )
    parser.add_argument(
        "--response", type=Path, metavar=tx("cli", "ФАЙЛ"),
        help=tx("cli", "къде да се запише отговорът"),
    )
    parser.set_defaults(handler=run)


def run(ctx: CommandContext) -> int:
    args = ctx.args
    args.installation_key = " ".join(args.installation_key) or None
    if args.request or args.response:
        if not (args.request and args.response) or args.installation_key:
            raise UsageError(reason="offline_needs_both_files")
    elif not args.installation_key:
        raise UsageError(reason="no_installation_key")
    if args.installation_key:
        InstallationKey.parse(args.installation_key)  # a typo is named before any network
    activator, _account = ctx.logged_in()
    if args.request:
        result = activator.answer_request(args.request, args.response)
    else:
        result = activator.generate(args.installation_key)
    if ctx.as_json:
        data = result.to_json()
        if args.response:
            data["response_path"] = str(args.response)
        emit_json(data)
        return 0
    say(tx("cli", "Регистрационен ключ:"))
    say(result.registration_key)
    say()
    say(comparison_table(result.comparison))
    if args.response:
        say()
        say(tx("cli", "Отговорът е записан в {0}. Занесете го на компютъра с програмата и "
               "изпълнете там: pasoss-activator activate --response {1}").format(
            args.response, args.response.name
        ))
    return 0
