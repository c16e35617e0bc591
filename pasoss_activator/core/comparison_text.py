"""The rows of the service's comparison table in the chosen language, from their raw values.

The service names each row in Bulgarian (``label``, ``requested``, ``entitled``) and also
sends the raw values (``param``, ``requested_value``, ``entitled_value``; see
server_stub/README.md). Both front ends read the raw values through these functions, so the
table follows ``--lang``; the service's strings are used only for a parameter this version
does not know.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import language
from .error_catalogue import N
from .error_text import Translate
from .products import Product

CONTEXT = "comparison"

LABELS = {
    "product": N("comparison", "Програма"),
    "customer": N("comparison", "Клиентски номер"),
    "version": N("comparison", "Версия"),
    "modules": N("comparison", "Модули"),
    "installation_type": N("comparison", "Вид инсталация"),
    "workplaces": N("comparison", "Работни места"),
    "workstation": N("comparison", "Компютър"),
    "subscription": N("comparison", "Абонамент"),
}
INSTALLATION_TYPES = {
    "standalone": N("comparison", "Самостоятелна"),
    "network_server": N("comparison", "Мрежова – сървър"),
    "network_workstation": N("comparison", "Мрежова – работна станция"),
}
NETWORK = ("network_server", "network_workstation")
CONTRACT_STATUSES = {
    "active": N("comparison", "активен"),
    "awaiting_payment": N("comparison", "очаква плащане"),
    "expired": N("comparison", "изтекъл"),
    "terminated": N("comparison", "прекратен"),
}
# The names of the programs and their modules (core/products.py), for lupdate; a test
# checks that every name there has its translation.
PRODUCT_WORDS = (
    N("products", "ПАСОСС-Счетоводство"),
    N("products", "ПАСОСС-Работни заплати 5"),
    N("products", "Основен модул"),
    N("products", "ДДС дневници"),
    N("products", "Дълготрайни активи"),
    N("products", "Склад"),
    N("products", "Каса и банки"),
    N("products", "Интрастат"),
    N("products", "Многофирмен режим"),
    N("products", "Болнични и отпуски"),
    N("products", "Персонал"),
    N("products", "Декларации към НАП"),
    N("products", "Ваучери за храна"),
)
NO_LICENCE = "—"


def seats_text(used: int, total: int) -> str:
    """„заето 1 от 3 места“, „заети 2 от 3 места“, „заето 1 от 1 място“: the verb agrees
    with the count taken, the noun with the total (Bulgarian counts one apart). With none
    taken it says what is free: „свободно 1 място“, „свободни 3 места“ (not „заети 0 от
    1 място“, correct but stiff)."""
    if used == 0:
        return "свободно 1 място" if total == 1 else f"свободни {total} места"
    verb = "заето" if used == 1 else "заети"
    noun = "място" if total == 1 else "места"
    return f"{verb} {used} от {total} {noun}"


@dataclass(frozen=True)
class RowText:
    label: str
    requested: str
    entitled: str
    ok: bool


if TYPE_CHECKING:  # the typed account is imported when a row of it is read
    from .model import ComparisonRow

    Row = Mapping[str, Any] | ComparisonRow


def _fields(row: Row) -> Mapping[str, Any]:
    from .model import ComparisonRow

    return row.to_json() if isinstance(row, ComparisonRow) else row


def row_text(row: Row, t: Translate = language.translate) -> RowText:
    """One row as people read it in the current language."""
    row = _fields(row)
    param = str(row.get("param", ""))
    ok = bool(row.get("ok"))
    if param not in LABELS:
        return RowText(
            str(row.get("label") or param),
            str(row.get("requested", "")),
            str(row.get("entitled", "")),
            ok,
        )
    asked, allowed = row.get("requested_value"), row.get("entitled_value")
    return RowText(
        t(CONTEXT, LABELS[param]),
        _requested(param, asked, row, t),
        _entitled(param, asked, allowed, row, t),
        ok,
    )


def product_name(code: Any, t: Translate = language.translate) -> str:
    try:
        product = Product.from_code(str(code))
    except ValueError:
        return str(code or "")
    return t("products", product.display_name)


def program_name(program: Any, t: Translate = language.translate) -> str:
    """A program found on this PC by its name in the current language (core/programs.py
    names it in Bulgarian; an unknown product keeps its code or folder name)."""
    product = getattr(program, "product", None)
    return product_name(product.name, t) if product is not None else str(program.display_name)


def module_names(code: Any, modules: Any, t: Translate = language.translate) -> str:
    try:
        names = Product.from_code(str(code)).modules
    except ValueError:
        names = ()
    if not isinstance(modules, list):
        return ""
    return ", ".join(
        t("products", names[m])
        if isinstance(m, int) and 0 <= m < len(names)
        else _say(t, N("comparison", "модул {0}")).format(m)
        for m in modules
    )


def _requested(param: str, value: Any, row: Mapping[str, Any], t: Translate) -> str:
    if param == "product":
        return product_name(value, t)
    if param == "modules":
        return module_names(_product_of(row), value, t)
    if param == "installation_type":
        return t(CONTEXT, INSTALLATION_TYPES.get(str(value), str(value)))
    if param == "subscription":
        return _say(t, N("comparison", "действащ договор днес, {0}")).format(_date(value))
    return "" if value is None else str(value)


def _entitled(param: str, asked: Any, value: Any, row: Mapping[str, Any], t: Translate) -> str:
    if value is None:
        if param == "product":
            return _say(t, N("comparison", "няма лиценз за тази програма"))
        return NO_LICENCE
    if param == "product":
        return product_name(value, t)
    if param == "version":
        # By release date: a later build of the paid release is a free fix (DESIGN §5).
        return _say(t, N("comparison", "до {0} и поправките му")).format(value)
    if param == "workplaces":
        return _say(t, N("comparison", "до {0}")).format(value)
    if param == "modules":
        return module_names(_product_of(row), value, t)
    if param == "installation_type":
        if str(value) in NETWORK:
            return _say(t, N("comparison", "Мрежова – сървър или работна станция"))
        return t(CONTEXT, INSTALLATION_TYPES.get(str(value), str(value)))
    if param == "workstation" and isinstance(value, Mapping):
        taken = seats_phrase(value.get("seats_used"), value.get("seats_total"), t)
        if value.get("registered"):
            text = _say(t, N("comparison", "вече регистриран ({0})"))
        elif value.get("seats_used") == 0:
            return taken  # „свободно 1 място“ says there is one, once
        elif bool(row.get("ok")):
            text = _say(t, N("comparison", "има свободно място ({0})"))
        else:
            text = _say(t, N("comparison", "няма свободно място ({0})"))
        return text.format(taken)
    if param == "subscription" and isinstance(value, Mapping):
        return _subscription(asked, value, t)
    return str(value)


def _subscription(asked: Any, value: Mapping[str, Any], t: Translate) -> str:
    year = _year(asked)
    problems = []
    if value.get("licence_status") == "suspended":
        problems.append(_say(t, N("comparison", "лицензът е спрян")))
    elif value.get("licence_status") == "expired":
        problems.append(
            _say(t, N("comparison", "лицензът е валиден до {0}")).format(
                _date(value.get("valid_until"))
            )
        )
    status = value.get("contract_status")
    if status is None:
        problems.append(_say(t, N("comparison", "няма договор за {0} г.")).format(year))
    else:
        if status != "active":
            name = t(CONTEXT, CONTRACT_STATUSES.get(str(status), str(status)))
            problems.append(
                _say(t, N("comparison", "договорът за {0} г. е {1}")).format(year, name)
            )
        if not value.get("paid"):
            problems.append(
                _say(t, N("comparison", "договорът за {0} г. не е платен")).format(year)
            )
    if problems:
        return "; ".join(problems)
    return _say(t, N("comparison", "{0}, договор за {1} г. – активен и платен")).format(
        value.get("service_type", ""), year
    )


def seats_phrase(used: Any, total: Any, t: Translate = language.translate) -> str:
    """The seats taken of the licence's total in the current language."""
    if not isinstance(used, int) or not isinstance(total, int):
        return ""
    if language.current() == language.DEFAULT:
        return seats_text(used, total)  # Bulgarian agrees verb and noun with the counts
    # Other languages: one catalogue entry per case seats_text tells apart (its Bulgarian
    # is only the key), so each can agree with its own numbers.
    if used == 0:
        template = (N("comparison", "свободно 1 място") if total == 1
                    else N("comparison", "свободни {1} места"))
    elif total == 1:
        template = N("comparison", "заето {0} от 1 място")
    else:
        template = N("comparison", "заети {0} от {1} места")
    return _say(t, template).format(used, total)


def _say(t: Translate, text: str) -> str:
    return t(CONTEXT, text)


def _product_of(row: Mapping[str, Any]) -> Any:
    # The modules row does not repeat the program; the table's product row says it.
    return row.get("_product", "")


def _date(value: Any) -> str:
    try:
        return dt.date.fromisoformat(str(value)[:10]).strftime("%d.%m.%Y")
    except ValueError:
        return str(value or "")


def _year(value: Any) -> str:
    try:
        return str(dt.date.fromisoformat(str(value)[:10]).year)
    except ValueError:
        return ""


def with_product(rows: Sequence[Row]) -> list[dict[str, Any]]:
    """The rows, each knowing the program of the table's product row (the modules row
    needs it to name the modules)."""
    fields = [_fields(r) for r in rows]
    product = next(
        (r.get("requested_value") for r in fields if r.get("param") == "product"), ""
    )
    return [{**r, "_product": product} for r in fields]


def rows_text(
    rows: Sequence[Row], t: Translate = language.translate
) -> list[RowText]:
    """The whole table in the current language."""
    return [row_text(r, t) for r in with_product(rows)]


def failing_text(rows: Sequence[Row], t: Translate = language.translate) -> str:
    """The failing rows as one sentence: what was asked and what the licence gives."""
    line = _say(t, N("comparison", "{0}: поискано {1}, полага се {2}"))
    parts = [
        line.format(row.label, row.requested, row.entitled)
        for row in rows_text(rows, t)
        if not row.ok
    ]
    if not parts:
        return ""
    return _say(t, N("comparison", "Не съвпада — {0}.")).format("; ".join(parts))
