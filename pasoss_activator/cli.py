"""The command line for support staff and scripts (DESIGN.md section 7).

Global options may stand before or after the subcommand: they are defined on the main
parser and again, with ``SUPPRESS`` defaults, on every subcommand (``parents``), so a value
given in either place survives. Every expected failure is an ``ActivatorError`` and ends
as a plain Bulgarian message (or ``{"error", "message"}`` with ``--json``) and its exit
code; anything else is logged with its traceback and reported as exit 1 without one.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn, TextIO

from . import __version__
from .commands import account_data, activate, diagnostics, keys, programs, session, support
from .commands.context import CommandContext
from .commands.output import report_error
from .console_streams import prepare_streams
from .core import language
from .core.errors import ActivatorError, UsageError
from .core.language import tx
from .core.logging_setup import setup_logging

log = logging.getLogger("pasoss_activator.cli")


class TranslatedHelp(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        prefix = prefix if prefix is not None else tx("cli", "Употреба: ")
        super().add_usage(usage, actions, groups, prefix)


class Parser(argparse.ArgumentParser):
    """argparse that raises UsageError instead of printing and exiting, so ``--json`` works
    for usage errors too; its help is in the chosen language (``--lang``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        add_help = kwargs.pop("add_help", True)
        kwargs.setdefault("formatter_class", TranslatedHelp)
        kwargs["add_help"] = False  # our own -h, with a translated help text
        super().__init__(*args, **kwargs)
        self._positionals.title = tx("cli", "аргументи")
        self._optionals.title = tx("cli", "настройки")
        if add_help:
            self.add_argument(
                "-h", "--help", action="help", default=argparse.SUPPRESS,
                help=tx("cli", "показва тази помощ"),
            )

    def error(self, message: str) -> NoReturn:
        raise UsageError(reason="bad_command", problem=message, prog=self.prog)


# argparse's own messages, which it looks up through gettext (``argparse._`` and
# ``argparse.ngettext``) at the moment it reports a mistake: without these they would stand
# in English inside the Bulgarian "Грешна команда: …". A message missing here stays English.
_ARGPARSE_BULGARIAN = {
    "usage: ": "Употреба: ",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "няма команда %(parser_name)r (има: %(choices)s)",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "няма такава възможност %(value)r (изберете от %(choices)s)",
    "invalid %(type)s value: %(value)r": "неприемлива стойност %(value)r",
    "the following arguments are required: %s": "липсва задължителното: %s",
    "one of the arguments %s is required": "посочете едно от %s",
    "unrecognized arguments: %s": "непознати аргументи: %s",
    "not allowed with argument %s": "не може заедно с %s",
    "ignored explicit argument %r": "тази настройка не приема стойност (%r)",
    "expected one argument": "след нея трябва да има стойност",
    "expected at most one argument": "приема най-много една стойност",
    "expected at least one argument": "след нея трябва да има поне една стойност",
    "ambiguous option: %(option)s could match %(matches)s":
        "неясно съкращение %(option)s: може да е %(matches)s",
    "unexpected option string: %s": "неочаквана настройка: %s",
    "can't open '%(filename)s': %(error)s": "файлът „%(filename)s“ не се отваря: %(error)s",
}
_ARGPARSE_BULGARIAN_PLURAL = {
    "expected %s argument": (
        "след нея трябва да има %s стойност",
        "след нея трябва да има %s стойности",
    ),
}


@contextmanager
def _bulgarian_argparse() -> Iterator[None]:
    if language.current() != "bg":
        yield  # argparse's own messages are English
        return
    module: Any = argparse
    saved: tuple[Callable[[str], str], Callable[[str, str, int], str]] = (
        module._, module.ngettext
    )

    def singular(text: str) -> str:
        return _ARGPARSE_BULGARIAN.get(text) or saved[0](text)

    def plural(one: str, many: str, count: int) -> str:
        forms = _ARGPARSE_BULGARIAN_PLURAL.get(one)
        if forms is None:
            return saved[1](one, many, count)
        return forms[0] if count == 1 else forms[1]

    module._, module.ngettext = singular, plural
    try:
        yield
    finally:
        module._, module.ngettext = saved


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    def default(value: Any) -> Any:
        return argparse.SUPPRESS if suppress else value

    group = parser.add_argument_group(tx("cli", "общи настройки"))
    group.add_argument(
        "--server", metavar="URL", default=default(None),
        help=tx("cli", "адрес на услугата (по подразбиране https://service.pasoss.com/api/v1)"),
    )
    group.add_argument(
        "--json", action="store_true", default=default(False),
        help=tx("cli", "изход в JSON за скриптове"),
    )
    group.add_argument(
        "--email", metavar="E", default=default(None), help=tx("cli", "имейл на профила")
    )
    group.add_argument(
        "--password-stdin", action="store_true", default=default(False),
        help=tx("cli", "паролата се чете от един ред на стандартния вход"),
    )
    group.add_argument(
        "--lang", choices=language.LANGUAGES, default=default(language.current()),
        help=tx("cli", "език на съобщенията: bg или en (по подразбиране PASOSS_LANG, иначе bg)"),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="pasoss-activator",
        description=tx(
            "cli", "Активиране на програмите ПАСОСС и профилът Ви в услугата на ПАСОСС."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}",
        help=tx("cli", "показва версията"),
    )
    _global_options(parser, suppress=False)
    common = Parser(add_help=False)
    _global_options(common, suppress=True)
    parents = [common]
    subparsers = parser.add_subparsers(
        dest="command", metavar=tx("cli", "КОМАНДА"), parser_class=Parser
    )
    for module in (session, programs, account_data, keys, activate, diagnostics, support):
        module.register(subparsers, parents)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    timeout: tuple[float, float] | None = None,
    deadlines: tuple[float, float] | None = None,
) -> int:
    """Run one command; returns its exit code (DESIGN.md section 7). ``timeout`` and
    ``deadlines`` (one call, the whole conversation) replace the defaults for tests."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    prepare_streams()
    log_path = setup_logging()
    as_json = "--json" in arguments
    # Chosen before the parser is built: its help texts are in this language too.
    language.use(language.from_arguments(arguments))
    try:
        with _bulgarian_argparse():
            args = build_parser().parse_args(arguments)
        as_json = bool(args.json)
        if as_json:
            _utf8_stdout()
        handler = getattr(args, "handler", None)
        if handler is None:
            raise UsageError(reason="no_command")
        ctx = CommandContext(args)
        if stdin is not None:
            ctx.stdin = stdin
        if timeout is not None:
            ctx.timeout = timeout
        if deadlines is not None:
            ctx.deadlines = deadlines
        log.info("command %s", args.command)
        code: int = handler(ctx)
        return code
    except ActivatorError as err:
        if as_json:
            _utf8_stdout()
        log.info("command failed: %s (exit %s)", err.code, err.exit_code)
        report_error(err, as_json=as_json)
        return err.exit_code
    except KeyboardInterrupt:
        sys.stderr.write(tx("cli", "Прекъснато.") + "\n")
        return 130
    except Exception:
        log.exception("unexpected failure")
        report_error(
            ActivatorError(reason="logged", log_path=str(log_path))
            if log_path
            else ActivatorError(),
            as_json=as_json,
        )
        return 1


def _utf8_stdout() -> None:
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        try:
            reconfigure(encoding="utf-8")
        except (ValueError, OSError):
            pass
