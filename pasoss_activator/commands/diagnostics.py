"""``diagnostics [--json] [--output FILE] [--no-network]``: the report support asks for.

It works without a login (the programs, the network and the clock are still worth
reading); logged in — from the keyring or ``--email E --password-stdin`` — it also
compares each program whose key no longer fits with what is registered on the service.
Nothing secret is printed or saved (``core/redaction.py``).
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

from ..core.diagnostics import build_report, save_report
from ..core.diagnostics_text import report_text
from ..core.errors import ActivatorError, ConfigWriteError
from ..core.language import tx
from ..core.redaction import redact
from .context import CommandContext
from .output import emit_json, notice, say

log = logging.getLogger(__name__)


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "diagnostics",
        parents=parents,
        help=tx("cli", "отчет за поддръжката: версии, връзка с услугата, часовник, програми"),
    )
    parser.add_argument(
        "--output",
        type=Path,
        metavar=tx("cli", "ФАЙЛ"),
        help=tx(
            "cli", "запиши отчета във файл (JSON при --json или разширение .json, иначе текст)"
        ),
    )
    parser.add_argument(
        "--no-network", action="store_true", help=tx("cli", "без проверка на връзката с услугата")
    )
    parser.set_defaults(handler=run)


def login_if_possible(ctx: CommandContext) -> None:
    """Log in when asked to (a refused password is an error); otherwise use the keyring's
    session if there is one, and go on without it if not: diagnostics matter most when
    nothing works."""
    if ctx.password_stdin:
        ctx.logged_in()
        return
    try:
        ctx.activator().resume(ctx.email)
    except ActivatorError as err:
        log.info("diagnostics without login: %s", err.code)


def run(ctx: CommandContext) -> int:
    login_if_possible(ctx)
    report = build_report(ctx.activator(), network=not getattr(ctx.args, "no_network", False))
    output: Path | None = getattr(ctx.args, "output", None)
    if output is not None:
        try:
            save_report(report, output, as_json=True if ctx.as_json else None)
        except OSError as err:
            raise ConfigWriteError(
                reason="report_not_written",
                path=str(output),
                os_error=err.strerror or str(err),
            ) from err
        if ctx.as_json:
            emit_json({"output": str(output)})
        else:
            notice(tx("cli", "Отчетът е записан в {0}.").format(output))
        return 0
    if ctx.as_json:
        emit_json(redact(report))
    else:
        say(report_text(report))
    return 0
