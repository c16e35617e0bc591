"""Service values (DESIGN.md section 5) as a Bulgarian accountant expects to read them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ..core.comparison_text import INSTALLATION_TYPES

if TYPE_CHECKING:
    from ..core.model import Contract


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: -tr-function-alias tr+=_tr


def parse_date(value: Any) -> dt.date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def date_text(value: Any) -> str:
    day = parse_date(value)
    # An f-string, not strftime: under PySide6 each strftime goes through its import hook,
    # and a table of contracts formats ten thousand dates.
    return f"{day.day:02}.{day.month:02}.{day.year:04}" if day else str(value or "")


def timestamp_text(value: Any) -> str:
    """An ISO 8601 UTC timestamp in the PC's local time, ``дд.мм.гггг чч:мм``."""
    if not isinstance(value, str) or not value:
        return ""
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()
    return f"{local.day:02}.{local.month:02}.{local.year:04} {local.hour:02}:{local.minute:02}"


def moment_text(moment: dt.datetime) -> str:
    """``14:05`` today, ``27.11.2026 14:05`` on another day, in the PC's local time."""
    local = moment.astimezone()
    clock = f"{local.hour:02}:{local.minute:02}"
    if local.date() == dt.datetime.now().astimezone().date():
        return clock
    return f"{local.day:02}.{local.month:02}.{local.year:04} {clock}"


def money_value(record: Contract) -> Decimal:
    try:
        return Decimal(record.monthly_price or "0")
    except InvalidOperation:
        return Decimal(0)


def money_text(record: Contract) -> str:
    amount = f"{money_value(record):,.2f}".replace(",", "\u00a0").replace(".", ",")
    currency = record.currency
    # Translated only when it is needed: a table of contracts formats ten thousand prices.
    symbol = _tr("лв.") if currency == "BGN" else "€" if currency == "EUR" else currency
    return f"{amount} {symbol}".strip()


def installation_type_text(value: Any) -> str:
    name = INSTALLATION_TYPES.get(str(value))
    return QCoreApplication.translate("comparison", name) if name else str(value or "")


def licence_status_text(value: Any) -> str:
    names = {"active": _tr("Активен"), "expired": _tr("Изтекъл"), "suspended": _tr("Спрян")}
    return names.get(str(value), str(value or ""))


def contract_status_text(record: Contract) -> str:
    # Only the words said are translated (not all six every time): a table of contracts
    # formats ten thousand of these.
    status = record.status
    if status == "active":
        return _tr("Активен") + ", " + (_tr("платен") if record.paid else _tr("неплатен"))
    if status == "awaiting_payment":
        return _tr("Очаква плащане")
    if status == "expired":
        return _tr("Изтекъл")
    if status == "terminated":
        return _tr("Прекратен")
    return status


def wait_text(seconds: int) -> str:
    """„14 минути и 5 секунди“ rather than „845 сек.“ (and no abbreviation's dot before
    the sentence's own); a no-break space keeps each number with its word."""
    minutes, rest = divmod(seconds, 60)
    parts = []
    if minutes:
        parts.append(_tr("1 минута") if minutes == 1
                     else _tr("{0} минути").format(minutes))
    if rest or not minutes:
        parts.append(_tr("1 секунда") if rest == 1
                     else _tr("{0} секунди").format(rest))
    parts = [part.replace(" ", "\u00a0") for part in parts]
    return _tr("{0} и {1}").format(*parts) if len(parts) == 2 else parts[0]


KEY_GROUPS_PER_LINE = 6


def grouped_key(text: str) -> str:
    """A long key in lines of six groups, for reading aloud."""
    groups = text.split("-")
    lines = [
        "-".join(groups[i : i + KEY_GROUPS_PER_LINE])
        for i in range(0, len(groups), KEY_GROUPS_PER_LINE)
    ]
    return "-\n".join(lines)


def short_key(text: Any) -> str:
    """A key in a table cell: its first and last 6 characters (dashes not counted), as
    support sees it; the whole key is in the details under the table."""
    data = str(text or "").replace("-", "")
    return f"{data[:6]}…{data[-6:]}" if len(data) > 12 else str(text or "")
