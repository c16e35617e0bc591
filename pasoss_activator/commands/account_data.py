"""``profile``, ``licences``, ``contracts``, ``news``: the account, synced or from the
offline copy when the service cannot be reached (said on standard error, with its age)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from ..core.errors import ServiceUnavailable
from ..core.model import AccountData, Contract, Installation, Licence
from ..core.products import module_names
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

Record = TypeVar("Record")


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
                    part: data.part_json(part),
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
                ("Фирма", p.company),
                ("ЕИК", p.eik),
                ("Имейл", p.email),
                ("МОЛ", p.mol),
                ("Телефон", p.phone),
                ("Клиентски номер", "" if p.customer_number is None else p.customer_number),
            ]
        )
    )


def _modules(licence: Licence) -> str:
    product = licence.product
    if product is None:
        return ", ".join(str(m) for m in licence.modules)
    return ", ".join(module_names(product, licence.module_mask))


LICENCE_COLUMNS: list[tuple[str, Callable[[Licence], object]]] = [
    ("Програма", lambda lic: lic.title),
    ("Инсталация", lambda lic: installation_type_text(lic.installation_type)),
    ("Места", lambda lic: lic.workplaces),
    ("Обслужване", lambda lic: lic.service_type),
    ("До версия", lambda lic: lic.max_version),
    ("Валиден до", lambda lic: date_text(lic.valid_until) or "без край"),
    ("Статус", lambda lic: status_text(lic.status)),
]
INSTALLATION_COLUMNS: list[tuple[str, Callable[[Installation], object]]] = [
    ("Работна станция", lambda i: i.workstation_id),
    ("Версия", lambda i: i.version),
    ("Ключ генериран на", lambda i: moment_text(i.generated_at)),
    ("Инсталационен ключ", lambda i: i.installation_key),
]
CONTRACT_COLUMNS: list[tuple[str, Callable[[Contract], object]]] = [
    ("Година", lambda c: "" if c.year is None else c.year),
    ("Документ", lambda c: c.document_type),
    ("Абонамент", lambda c: c.subscription_type),
    ("Месечна цена", lambda c: money_text(c.monthly_price, c.currency)),
    ("Сключен на", lambda c: date_text(c.concluded_on)),
    ("Статус", lambda c: status_text(c.status)),
    ("Платен", lambda c: "да" if c.paid else "не"),
]


def _say_table(
    records: Sequence[Record], columns: list[tuple[str, Callable[[Record], object]]], empty: str
) -> None:
    if not records:
        say(empty)
        return
    say(table([h for h, _ in columns], [[cell(r) for _, cell in columns] for r in records]))


def show_licences(data: AccountData) -> None:
    _say_table(data.licences, LICENCE_COLUMNS, "Нямате лицензирани програми.")
    for lic in data.licences:
        say()
        say(f"{lic.title} — модули: {_modules(lic)}")
        _say_table(lic.installations, INSTALLATION_COLUMNS, "  Няма регистрирани инсталации.")


def show_contracts(data: AccountData) -> None:
    _say_table(data.contracts, CONTRACT_COLUMNS, "Нямате договори.")


def show_news(data: AccountData) -> None:
    if not data.news:
        say("Няма новини.")
        return
    for index, item in enumerate(data.news):
        if index:
            say()
        products = ", ".join(item.products)
        say(f"{date_text(item.published_on)}  {item.title}"
            + (f"  ({products})" if products else ""))
        say(wrap(item.body))
