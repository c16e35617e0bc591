"""``programs``: every PASOSS program found on this PC, with its installation key and status.

A program whose installation key is damaged is listed with the group to fix; one whose
``PASOSS.INI`` cannot be read is listed with why; the others are still shown.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..core.comparison_text import module_names as modules_text
from ..core.comparison_text import product_name
from ..core.error_text import error_text
from ..core.language import tx
from ..core.model import Licence
from ..core.products import module_names, modules_from_mask
from ..core.programs import InstalledProgram, ProgramWithStatus
from ..core.registration_key import Status
from ..core.what_changed import for_program
from .context import CommandContext
from .output import emit_json, fields, say


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "programs", parents=parents, help=tx("cli", "намерените програми ПАСОСС и ключовете им")
    )
    parser.add_argument(
        "folders", nargs="*", type=Path, metavar=tx("cli", "ПАПКА"),
        help=tx("cli", "още папки за проверка"),
    )
    parser.set_defaults(handler=run)


def describe(found: ProgramWithStatus, licences: Sequence[Licence] = ()) -> dict[str, Any]:
    """One program as ``programs --json`` prints it.

    ``licences`` (from the offline copy of the account) let it say what changed since the
    key was registered, for a key that no longer fits this installation.
    """
    program, status = found.program, found.status
    key = program.installation_key
    error = program.problem or program.key_error
    product = program.product
    return {
        "folder": str(program.folder),
        "config_path": str(program.config_path),
        "source": program.source,
        "product": product.name if product else (program.product_code or None),
        "product_name": product.display_name if product else None,
        "version": str(key.version) if key else (program.ini_version or None),
        "ini_version": program.ini_version or None,
        "version_mismatch": program.version_mismatch,
        "modules": modules_from_mask(key.modules) if key else [],
        "module_names": module_names(key.product, key.modules) if key else [],
        "installation_type": key.installation_type.api_name if key else None,
        "workplaces": key.workplaces if key else None,
        "customer_number": key.customer_number if key else None,
        "workstation_id": key.workstation_hex if key else None,
        "installation_key": program.installation_key_text.strip() or None,
        "registered_on": program.registered_on or None,
        "status": status.value if status is not None else None,
        "status_text": found.status_text,
        "what_changed": _what_changed(program, status, licences),
        "error": (
            {
                "code": error.code,
                "message": error_text(error),
                "group": error.details.get("group"),
            }
            if error
            else None
        ),
    }


def run(ctx: CommandContext) -> int:
    activator = ctx.activator()
    programs = activator.programs_with_status(list(getattr(ctx.args, "folders", []) or []))
    cached = activator.cached()  # no network: what changed is read from the offline copy
    licences = cached.licences if cached else ()
    found = [describe(p, licences) for p in programs]
    if ctx.as_json:
        emit_json({"programs": found})
        return 0
    if not found:
        say(tx("cli", "Не намерих инсталирани програми ПАСОСС."))
        say(tx("cli", "Посочете папката на програмата: pasoss-activator programs ПАПКА"))
        return 0
    for index, item in enumerate(found):
        if index:
            say()
        title = (
            product_name(item["product"]) if item["product_name"] else None
        ) or item["product"] or tx("cli", "Непозната програма")
        status_text = tx("status", item["status_text"])
        say(f"{title} ({item['product'] or '?'}) — {item['folder']}")
        unreadable = item["status"] is None
        if item["error"] and (unreadable or item["status"] == Status.DAMAGED.value):
            rows: list[tuple[str, Any]] = [
                (tx("cli", "Инсталационен ключ"), item["installation_key"] or tx("cli", "няма")),
                (tx("cli", "Състояние"), tx("status", str(item["status_text"]))),
                (tx("cli", "Проблем"), item["error"]["message"]),
            ]
            if item["error"]["group"]:
                rows.insert(2, (tx("cli", "Грешна група"), item["error"]["group"]))
            say(_indent(fields(rows)))
            continue
        version = item["version"] or ""
        if item["version_mismatch"]:
            version += " " + tx("cli", "(във файла пише {0}; важи ключът)").format(
                item["ini_version"]
            )
        say(
            _indent(
                fields(
                    [
                        (tx("cli", "Версия"), version),
                        (tx("cli", "Модули"), modules_text(item["product"], item["modules"])),
                        (tx("cli", "Вид инсталация"), _type_name(item["installation_type"])),
                        (tx("cli", "Работни места"), item["workplaces"]),
                        (tx("cli", "Клиентски номер"), item["customer_number"]),
                        (tx("cli", "Работна станция"), item["workstation_id"]),
                        (tx("cli", "Инсталационен ключ"), item["installation_key"]),
                        (tx("cli", "Състояние"), status_text),
                    ]
                    + (
                        [(tx("cli", "Какво се промени"), item["what_changed"]["summary"])]
                        if item["what_changed"]
                        else []
                    )
                )
            )
        )
    return 0


def _what_changed(
    program: InstalledProgram, status: Status | None, licences: Sequence[Licence]
) -> dict[str, Any] | None:
    if not licences or status is None:
        return None
    changed = for_program(program, status, licences)
    if changed is None:
        return None
    return {
        "summary": changed.summary(),
        "changes": [change.to_dict() for change in changed.changes],
        "registered_installation_key": changed.registered_key,
    }


def _type_name(api_name: str | None) -> str:
    from .output import installation_type_text

    return installation_type_text(api_name)


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())
