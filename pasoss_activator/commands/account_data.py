"""``profile``, ``licences``, ``contracts``, ``news``: the account, synced or from the
offline copy when the service cannot be reached (said on standard error, with its age)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from ..core.account import AccountData
from ..core.errors import ServiceUnavailable
from ..core.products import Product, module_names
from .context import CommandContext
from .output import (
    age_text,
    date_text,
    emit_json,
    fields,
    installation_type_text,
    moment_text,
    money_text,
    notice,
    say,
    status_text,
    table,
    wrap,
)


def register(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    for name, text, show in (
        ("profile", "данни на фирмата и профила", show_profile),
        ("licences", "лицензирани програми и регистрираните им инсталации", show_licences),
        ("contracts", "договори и абонаменти", show_contracts),
        ("news", "новини от ПАСОСС", show_news),
    ):
        parser = subparsers.add_parser(name, parents=parents, help=text)
        parser.set_defaults(handler=_handler(name, show))


def _handler(part: str, show: Callable[[AccountData], None]) -> Callable[[CommandContext], int]:
    def run(ctx: CommandContext) -> int:
        data = account_data(ctx)
        if ctx.as_json:
            emit_json(
                {
                    part: getattr(data, part),
                    "from_cache": data.from_cache,
                    "synced_at": data.synced_at.isoformat() if data.synced_at else None,
                }
            )
        else:
            show(data)
        return 0

    return run


def account_data(ctx: CommandContext) -> AccountData:
    """Synced now; the offline copy when the service is unreachable and one exists."""
    activator = ctx.activator()
    try:
        ctx.logged_in()
        return activator.sync()
    except ServiceUnavailable:
        cached = activator.cached(ctx.email)
        if cached is None:
            raise
        notice(
            "Няма връзка с услугата на ПАСОСС: показани са данните, запазени на "
            f"{moment_text(cached.synced_at)} ({age_text(cached.synced_at)})."
        )
        return cached


def show_profile(data: AccountData) -> None:
    p = data.profile
    say(
        fields(
            [
                ("Фирма", p.get("company", "")),
                ("ЕИК", p.get("eik", "")),
                ("Имейл", p.get("email", "")),
                ("МОЛ", p.get("mol", "")),
                ("Телефон", p.get("phone", "")),
                ("Клиентски номер", p.get("customer_number", "")),
            ]
        )
    )


def _modules(licence: dict[str, Any]) -> str:
    try:
        product = Product.from_code(str(licence.get("product", "")))
    except ValueError:
        return ", ".join(str(m) for m in licence.get("modules", []))
    mask = 0
    for bit in licence.get("modules", []):
        if isinstance(bit, int):
            mask |= 1 << bit
    return ", ".join(module_names(product, mask))


# A table's columns: header and how a row's cell is read from one record of the account.
Column = tuple[str, Callable[[dict[str, Any]], Any]]


def _product_name(licence: dict[str, Any]) -> Any:
    return licence.get("product_name") or licence.get("product", "")


LICENCE_COLUMNS: list[Column] = [
    ("Програма", _product_name),
    ("Инсталация", lambda lic: installation_type_text(lic.get("installation_type"))),
    ("Места", lambda lic: lic.get("workplaces", "")),
    ("Обслужване", lambda lic: lic.get("service_type", "")),
    ("До версия", lambda lic: lic.get("max_version", "")),
    ("Валиден до", lambda lic: date_text(lic.get("valid_until")) or "без край"),
    ("Статус", lambda lic: status_text(lic.get("status"))),
]
INSTALLATION_COLUMNS: list[Column] = [
    ("Работна станция", lambda i: i.get("workstation_id", "")),
    ("Версия", lambda i: i.get("version", "")),
    ("Ключ генериран на", lambda i: moment_text(i.get("generated_at"))),
    ("Инсталационен ключ", lambda i: i.get("installation_key", "")),
]
CONTRACT_COLUMNS: list[Column] = [
    ("Година", lambda c: c.get("year", "")),
    ("Документ", lambda c: c.get("document_type", "")),
    ("Абонамент", lambda c: c.get("subscription_type", "")),
    ("Месечна цена", lambda c: money_text(c.get("monthly_price", ""), c.get("currency", ""))),
    ("Сключен на", lambda c: date_text(c.get("concluded_on"))),
    ("Статус", lambda c: status_text(c.get("status"))),
    ("Платен", lambda c: "да" if c.get("paid") else "не"),
]


def _say_table(records: list[dict[str, Any]], columns: list[Column], empty: str) -> None:
    if not records:
        say(empty)
        return
    say(table([h for h, _ in columns], [[cell(r) for _, cell in columns] for r in records]))


def show_licences(data: AccountData) -> None:
    _say_table(data.licences, LICENCE_COLUMNS, "Нямате лицензирани програми.")
    for lic in data.licences:
        say()
        say(f"{_product_name(lic)} — модули: {_modules(lic)}")
        _say_table(
            lic.get("installations") or [], INSTALLATION_COLUMNS, "  Няма регистрирани инсталации."
        )


def show_contracts(data: AccountData) -> None:
    _say_table(data.contracts, CONTRACT_COLUMNS, "Нямате договори.")


def show_news(data: AccountData) -> None:
    if not data.news:
        say("Няма новини.")
        return
    for index, item in enumerate(data.news):
        if index:
            say()
        products = ", ".join(str(p) for p in item.get("products") or [])
        say(f"{date_text(item.get('published_on'))}  {item.get('title', '')}"
            + (f"  ({products})" if products else ""))
        say(wrap(str(item.get("body", ""))))
