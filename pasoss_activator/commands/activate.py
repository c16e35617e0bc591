"""``activate [ПАПКА]``: read the installation key, ask for the registration key, verify it,
write it — online, or in two steps through request and response files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..core.account import Activator
from ..core.activation import program_key
from ..core.comparison_text import program_name
from ..core.errors import ConfigMissing, UsageError
from ..core.language import tx
from ..core.products import product_codes
from ..core.programs import InstalledProgram, load_program
from .context import CommandContext
from .output import comparison_table, emit_json, fields, say


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "activate", parents=parents,
        help=tx("cli", "активиране на програма ПАСОСС на този компютър"),
    )
    parser.add_argument("folder", nargs="?", type=Path, metavar=tx("cli", "ПАПКА_НА_ПРОГРАМАТА"))
    modes = parser.add_mutually_exclusive_group()
    modes.add_argument(
        "--request", type=Path, metavar=tx("cli", "ФАЙЛ"),
        help=tx("cli", "без интернет: запиши файл за заявка"),
    )
    modes.add_argument(
        "--response", type=Path, metavar=tx("cli", "ФАЙЛ"),
        help=tx("cli", "без интернет: запиши ключа от отговора"),
    )
    parser.add_argument(
        "--product", choices=product_codes(), help=tx("cli", "коя от намерените програми")
    )
    parser.set_defaults(handler=run)


def choose_program(ctx: CommandContext, activator: Activator) -> InstalledProgram:
    """The folder named, or the one program found; several and none named is a usage error."""
    folder: Path | None = ctx.args.folder
    if folder is not None:
        return load_program(folder)
    programs = activator.programs()
    product = getattr(ctx.args, "product", None)
    if product:
        programs = [p for p in programs if p.product is not None and p.product.name == product]
    if not programs:
        raise ConfigMissing(reason="no_program_found")
    if len(programs) > 1:
        listing = "; ".join(f"{program_name(p)}: {p.folder}" for p in programs)
        raise UsageError(reason="several_programs", listing=listing)
    program = programs[0]
    if program.problem is not None:
        raise program.problem
    return program


def run(ctx: CommandContext) -> int:
    args = ctx.args
    activator = ctx.activator()
    program = choose_program(ctx, activator)
    if args.request:
        path = activator.write_request(program, args.request)
        if ctx.as_json:
            emit_json(
                {"request_path": str(path), "installation_key": program.installation_key_text}
            )
        else:
            say(tx("cli", "Заявката е записана в {0}.").format(path))
            say(
                tx("cli", "Занесете файла на компютър с интернет и изпълнете там: "
                   "pasoss-activator generate --request {0} --response ОТГОВОР.json; после "
                   "тук: pasoss-activator activate --response ОТГОВОР.json").format(path.name)
            )
        return 0
    if args.response:
        result = activator.activate_from_response(program, args.response)
    else:
        # A damaged or missing installation key is exit 7 before any login: no password is
        # asked for a request that cannot be made.
        program_key(program)
        ctx.logged_in()
        result = activator.activate(program)
    if ctx.as_json:
        emit_json(result.to_json())
        return 0
    say(tx("cli", "Регистрационният ключ за {0} е проверен и записан.").format(
        program_name(program)
    ))
    say(fields([
        (tx("cli", "Файл"), result.config_path),
        (tx("cli", "Резервно копие"), result.backup_path),
    ]))
    say(tx("cli", "Ключ:"))
    say(result.registration_key)
    if result.comparison:
        say()
        say(comparison_table(result.comparison))
    return 0
