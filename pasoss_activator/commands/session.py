"""``login``, ``logout``, ``status``."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from typing import Any

from ..core.error_catalogue import N
from ..core.error_text import error_parts
from ..core.errors import ActivatorError, ServiceUnavailable, UsageError
from ..core.language import tx
from .context import CommandContext
from .output import age_text, emit_json, fields, moment_text, notice, say

log = logging.getLogger(__name__)

SESSION_ONLY = N(
    "cli",
    "На този компютър няма защитено хранилище за данни за вход: входът важи само за тази "
    "команда и няма да бъде запомнен.",
)


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    login = subparsers.add_parser(
        "login", parents=parents, help=tx(
            "cli", "вход с имейл и парола (запомня се в защитеното хранилище на системата)"
        ),
    )
    login.set_defaults(handler=run_login)
    logout = subparsers.add_parser(
        "logout", parents=parents, help=tx("cli", "изход; забравя входа")
    )
    logout.set_defaults(handler=run_logout)
    status = subparsers.add_parser(
        "status", parents=parents, help=tx("cli", "към коя услуга и с кой профил работите")
    )
    status.set_defaults(handler=run_status)


def run_login(ctx: CommandContext) -> int:
    if ctx.password_stdin:
        activator, account = ctx.logged_in(remember=True)
    else:
        email = ctx.email
        if not sys.stdin.isatty():
            raise UsageError(reason="no_terminal")
        if not email:
            email = input(tx("cli", "Имейл: ")).strip()
        password = getpass.getpass(tx("cli", "Парола: "))
        activator = ctx.activator()
        account = activator.login(email, password, remember=True)
    if ctx.as_json:
        emit_json(
            {
                "account": account.to_json(),
                "server_url": activator.server_url,
                "remembered": activator.keyring_available,
            }
        )
    else:
        say(tx("cli", "Влязохте като {0} ({1}, клиентски номер {2}).").format(
            account.email, account.company, account.customer_number
        ))
        if activator.keyring_available:
            say(tx("cli", "Входът е запомнен в защитеното хранилище за данни за вход; паролата "
                   "не се пази."))
        else:
            notice(tx("cli", SESSION_ONLY))
    return 0


def run_logout(ctx: CommandContext) -> int:
    activator = ctx.activator()
    activator.logout(ctx.email)
    if ctx.as_json:
        emit_json({"logged_out": True, "server_url": activator.server_url})
    else:
        say(tx("cli", "Излязохте от профила. Входът и копието на профила са изтрити от този "
               "компютър."))
    return 0


def run_status(ctx: CommandContext) -> int:
    activator = ctx.activator()
    account = None
    online = True
    problem: ActivatorError | None = None
    try:
        account = activator.resume(ctx.email)
        if account is None:
            activator.contacts()  # a call without login: is the service reachable at all?
    except ServiceUnavailable as err:
        online = False
        problem = err
    except ActivatorError as err:  # it answered, if not as hoped: it is reachable
        log.info("status check: %s", err.code)
    cached = activator.cached(ctx.email)
    if account is None and cached is not None and activator.account is not None:
        account = activator.account
    found = [
        {
            "folder": str(item.program.folder),
            "product": item.program.product.name if item.program.product else None,
            "status": item.status.value if item.status is not None else None,
            "status_text": item.status_text,
        }
        for item in activator.programs_with_status()
    ]
    data: dict[str, Any] = {
        "server_url": activator.server_url,
        "online": online,
        "logged_in": account is not None and online,
        "account": account.to_json() if account else None,
        "keyring_available": activator.keyring_available,
        "last_sync": cached.synced_at.isoformat() if cached and cached.synced_at else None,
        "programs": found,
    }
    if ctx.as_json:
        emit_json(data)
        return 0
    rows: list[tuple[str, Any]] = [(tx("cli", "Услуга"), activator.server_url)]
    if account is not None:
        who = f"{account.email} — {account.company} ({account.customer_number})"
        rows.append((tx("cli", "Профил"), who))
    else:
        rows.append((tx("cli", "Профил"), tx("cli", "не сте влезли (pasoss-activator login)")))
    why = error_parts(problem)[0] if problem else ""
    rows.append(
        (tx("cli", "Връзка"), tx("cli", "има") if online else tx("cli", "няма — {0}").format(why))
    )
    keyring_text = (
        tx("cli", "има") if activator.keyring_available else tx("cli", "няма (входът не се пази)")
    )
    rows.append((tx("cli", "Защитено хранилище за данни за вход"), keyring_text))
    if cached is not None and cached.synced_at:
        rows.append(
            (
                tx("cli", "Последно обновяване"),
                f"{moment_text(cached.synced_at)} ({age_text(cached.synced_at)})",
            )
        )
    rows.append((tx("cli", "Намерени програми"), str(len(found))))
    say(fields(rows))
    for item in found:
        status_text = tx("status", str(item["status_text"]))
        say(f"  {item['product'] or '?'}  {status_text}  {item['folder']}")
    return 0
