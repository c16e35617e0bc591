"""What to do about a failing row of the comparison table (DESIGN.md section 5).

One source for the command line and the window: the advice is a function of the row
(its ``param`` and values), because the fix differs by row — a module switched on
without a licence is ordered or switched off again, a newer release needs a
subscription or the paid right to use it, a contract is renewed, a seat is freed.
The texts are data keyed by ``param`` (``str.format`` templates with named fields), so
they move to a text catalogue as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .comparison_text import row_text, with_product
from .contacts import SERVICE_PHONES
from .error_catalogue import N  # marks the templates for translation (a no-op)
from .model import ComparisonRow
from .products import Product, mask_from_modules, module_names

# The action for a program newer than its licence covers; also the registration key's own
# check (a program's view) says it.
NEWER_RELEASE = N(
    "advice",
    "За новото издание е нужен абонамент или платено право да го ползвате: обадете се на "
    "ПАСОСС на {phone}.",
)

ADVICE: dict[str, str] = {
    "product": N("advice", "В профила Ви няма лиценз за {requested}. За да я поръчате, "
                 "обадете се на ПАСОСС на {phone}."),
    "customer": N("advice", "Инсталационният ключ е на друг клиент (клиентски номер "
                  "{requested}, а Вашият е {entitled}). Влезте с профила на фирмата, на която "
                  "е програмата."),
    "version": N("advice", "Версия {requested} е от по-ново издание от последното платено "
                 "({entitled}). За новото издание е нужен абонамент или платено право да го "
                 "ползвате: обадете се на ПАСОСС на {phone}."),
    "modules": N("advice", "В програмата са включени модули, които не са в лиценза: {extra}. "
                 "Поръчайте ги от ПАСОСС или ги изключете в програмата и поискайте ключа "
                 "отново."),
    # The same for a single module (Bulgarian says it in the singular).
    "modules_one": N("advice", "Модулът {extra} е включен в програмата, но не е в лиценза. "
                     "Поръчайте го от ПАСОСС или го изключете в програмата и поискайте ключа "
                     "отново."),
    "installation_type": N("advice", "Видът на инсталацията ({requested}) не отговаря на "
                           "лиценза ({entitled}). Променете го в програмата или поискайте от "
                           "ПАСОСС друг вид лиценз."),
    "workplaces": N("advice", "Програмата е настроена за {requested} работни места, а "
                    "лицензът позволява до {entitled}. Намалете ги в програмата или поръчайте "
                    "още работни места от ПАСОСС."),
    "workstation": N("advice", "Всички места по лиценза са заети от други компютри "
                     "({entitled}). Освободете място (ПАСОСС премахва компютър, който вече не "
                     "ползвате) или поръчайте още работни места."),
    "subscription": N("advice", "Абонаментът не покрива ключа: {entitled}. Подновете или "
                      "платете договора (вижте „Договори“) и поискайте ключа отново."),
}
UNKNOWN_ROW = N("advice", "Обадете се на поддръжката на ПАСОСС на {phone}.")

# How a front end says a text in its language: (context, Bulgarian source) -> text.
Translate = Callable[[str, str], str]


def _as_is(_context: str, text: str) -> str:
    return text


def version_advice() -> str:
    """What to do when the program is of a newer release than the last paid one."""
    return NEWER_RELEASE.format(phone=SERVICE_PHONES[0])


def row_advice(row: ComparisonRow, product: str | None = None, t: Translate = _as_is) -> str:
    """One sentence of what to do about the failing ``row``; ``product`` (``SCH``/``RZ5``)
    names the modules of a ``modules`` row; ``t`` says it in the front end's language."""
    param = row.param
    extra = [t("products", name) for name in _extra_modules(row, product)]
    if param == "modules" and len(extra) == 1:
        param = "modules_one"
    template = t("advice", ADVICE.get(param, UNKNOWN_ROW))
    return template.format(
        requested=_value(row, product, "requested", t),
        entitled=_value(row, product, "entitled", t),
        extra=", ".join(f"„{name}“" for name in extra),
        phone=SERVICE_PHONES[0],
    )


def failing_advice(rows: Sequence[ComparisonRow], t: Translate = _as_is) -> list[str]:
    """The advice for each failing row, in the table's order. Without a licence for the
    program every later row fails too; the one thing to do then is to get the licence."""
    failing = [row for row in rows if not row.ok]
    product_row = next((row for row in rows if row.param == "product"), None)
    if product_row is not None and not product_row.ok:
        failing = [product_row]
    product = None if product_row is None else str(product_row.requested_value or "")
    return [row_advice(row, product, t) for row in failing]


def _value(row: ComparisonRow, product: str | None, side: str, t: Translate) -> str:
    """The value as the comparison table shows it in the front end's language, rendered
    from the raw values (core/comparison_text.py); the service's Bulgarian display text
    only for a parameter this version does not know."""
    [fields] = with_product([row])
    if product and not fields.get("_product"):
        fields["_product"] = product
    text = row_text(fields, t)
    return (text.requested if side == "requested" else text.entitled) or "—"


def _extra_modules(row: ComparisonRow, product: str | None) -> list[str]:
    """The names of the modules asked for and not licensed."""
    asked, licensed = row.requested_value, row.entitled_value
    if not isinstance(asked, list):
        return []
    allowed = licensed if isinstance(licensed, list) else []
    extra = mask_from_modules([m for m in asked if isinstance(m, int) and m not in allowed])
    try:
        names = module_names(Product.from_code(product or ""), extra)
    except ValueError:
        names = [f"модул {bit}" for bit in range(16) if extra >> bit & 1]
    return names
