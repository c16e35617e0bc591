"""``profile``, ``licences``, ``contracts``, ``news``: the account, synced or from the
offline copy when the service cannot be reached (said on standard error, with its age)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from ..core.comparison_text import module_names, product_name
from ..core.error_catalogue import N
from ..core.errors import ServiceUnavailable
from ..core.language import tx
from ..core.model import AccountData, Contract, Installation, Licence
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
        ("profile", tx("cli", "данни на фирмата и профила"), show_profile),
        ("licences", tx("cli", "лицензирани програми и регистрираните им инсталации"),
         show_licences),
        ("contracts", tx("cli", "договори и абонаменти"), show_contracts),
        ("news", tx("cli", "новини от ПАСОСС"), show_news),
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
            tx("cli", "Няма връзка с услугата на ПАСОСС: показани са данните, запазени на "
               "{0} ({1}).").format(moment_text(cached.synced_at), age_text(cached.synced_at))
        )
        return cached


def show_profile(data: AccountData) -> None:
    p = data.profile
    say(
        fields(
            [
                (tx("cli", "Фирма"), p.company),
                (tx("cli", "ЕИК"), p.eik),
                (tx("cli", "Имейл"), p.email),
                (tx("cli", "МОЛ"), p.mol),
                (tx("cli", "Телефон"), p.phone),
                (
                    tx("cli", "Клиентски номер"),
                    "" if p.customer_number is None else p.customer_number,
                ),
            ]
        )
    )


def _modules(licence: Licence) -> str:
    if licence.product is None:
        return ", ".join(str(m) for m in licence.modules)
    return module_names(licence.product.code, list(licence.modules))


def _title(licence: Licence) -> str:
    return product_name(licence.product.code) if licence.product is not None else licence.title


def _no_end() -> str:
    return tx("cli", "без край")


LICENCE_COLUMNS: list[tuple[str, Callable[[Licence], object]]] = [
    (N("cli", "Програма"), _title),
    (N("cli", "Инсталация"), lambda lic: installation_type_text(lic.installation_type)),
    (N("cli", "Места"), lambda lic: lic.workplaces),
    (N("cli", "Обслужване"), lambda lic: lic.service_type),
    (N("cli", "До версия"), lambda lic: lic.max_version),
    (N("cli", "Валиден до"), lambda lic: date_text(lic.valid_until) or _no_end()),
    (N("cli", "Статус"), lambda lic: status_text(lic.status)),
]
INSTALLATION_COLUMNS: list[tuple[str, Callable[[Installation], object]]] = [
    (N("cli", "Работна станция"), lambda i: i.workstation_id),
    (N("cli", "Версия"), lambda i: i.version),
    (N("cli", "Ключ генериран на"), lambda i: moment_text(i.generated_at)),
    (N("cli", "Инсталационен ключ"), lambda i: i.installation_key),
]
CONTRACT_COLUMNS: list[tuple[str, Callable[[Contract], object]]] = [
    (N("cli", "Година"), lambda c: "" if c.year is None else c.year),
    (N("cli", "Документ"), lambda c: c.document_type),
    (N("cli", "Абонамент"), lambda c: c.subscription_type),
    (N("cli", "Месечна цена"), lambda c: money_text(c.monthly_price, c.currency)),
    (N("cli", "Сключен на"), lambda c: date_text(c.concluded_on)),
    (N("cli", "Статус"), lambda c: status_text(c.status)),
    (N("cli", "Платен"), lambda c: tx("cli", "да") if c.paid else tx("cli", "не")),
]


def _say_table(
    records: Sequence[Record], columns: list[tuple[str, Callable[[Record], object]]], empty: str
) -> None:
    if not records:
        say(empty)
        return
    headers = [tx("cli", h) for h, _ in columns]
    say(table(headers, [[cell(r) for _, cell in columns] for r in records]))


def show_licences(data: AccountData) -> None:
    _say_table(data.licences, LICENCE_COLUMNS, tx("cli", "Нямате лицензирани програми."))
    for lic in data.licences:
        say()
        say(tx("cli", "{0} — модули: {1}").format(_title(lic), _modules(lic)))
        _say_table(
            lic.installations,
            INSTALLATION_COLUMNS,
            "  " + tx("cli", "Няма регистрирани инсталации."),
        )


def show_contracts(data: AccountData) -> None:
    _say_table(data.contracts, CONTRACT_COLUMNS, tx("cli", "Нямате договори."))


def show_news(data: AccountData) -> None:
    if not data.news:
        say(tx("cli", "Няма новини."))
        return
    for index, item in enumerate(data.news):
        if index:
            say()
        products = ", ".join(product_name(code) for code in item.products)
        say(f"{date_text(item.published_on)}  {item.title}"
            + (f"  ({products})" if products else ""))
        say(wrap(item.body))
