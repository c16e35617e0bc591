"""How the command line shows things: Bulgarian text for people, JSON for scripts.

Tables are aligned on the longest cell; dates are дд.мм.гггг; money carries its currency.
``--json`` output is UTF-8 JSON whatever the console's code page (``cli.py`` switches
standard output to UTF-8 for it), as RFC 8259 asks of JSON between programs.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import textwrap
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, TextIO

from ..core import language
from ..core.comparison_text import INSTALLATION_TYPES, failing_text, rows_text
from ..core.dates import ago_text
from ..core.error_catalogue import N
from ..core.error_text import error_parts
from ..core.errors import ActivatorError, NotEntitled
from ..core.language import tx
from ..core.model import ComparisonRow
from ..core.row_advice import failing_advice

STATUS_NAMES = {
    # licence
    "active": N("cli", "Активен"),
    "expired": N("cli", "Изтекъл"),
    "suspended": N("cli", "Спрян"),
    # contract
    "awaiting_payment": N("cli", "Очаква плащане"),
    "terminated": N("cli", "Прекратен"),
}
CURRENCIES = {"BGN": N("cli", "лв."), "EUR": "€"}


def emit_json(data: Any, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    out.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def emit_json_line(data: Any, stream: TextIO | None = None) -> None:
    """One JSON document on one line, flushed: a stream of events a script reads as they
    come (``support start --wait --json``)."""
    out = stream or sys.stdout
    out.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
    out.flush()


def say(text: str = "", stream: TextIO | None = None) -> None:
    (stream or sys.stdout).write(text + "\n")


def notice(text: str) -> None:
    """A remark beside the output (offline data, session-only login): on standard error."""
    sys.stderr.write(text + "\n")


def date_text(value: Any) -> str:
    """ISO ``YYYY-MM-DD`` (or a date) as дд.мм.гггг; empty for nothing."""
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if not isinstance(value, str) or not value:
        return ""
    try:
        return dt.date.fromisoformat(value[:10]).strftime("%d.%m.%Y")
    except ValueError:
        return value


def moment_text(value: dt.datetime | str | None) -> str:
    """A UTC moment in this PC's local time, дд.мм.гггг чч:мм."""
    if value is None or value == "":
        return ""
    moment = value
    if isinstance(moment, str):
        try:
            moment = dt.datetime.fromisoformat(moment.replace("Z", "+00:00"))
        except ValueError:
            return str(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def age_text(moment: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """How long ago, in words: „преди 3 часа“."""
    if moment is None:
        return tx("cli", "неизвестно кога")
    seconds = ((now or dt.datetime.now(dt.UTC)) - moment).total_seconds()
    if language.current() == language.DEFAULT:
        return ago_text(seconds)
    minutes = int(seconds // 60)
    if minutes < 1:
        return tx("cli", "току-що")
    if minutes < 60:
        return tx("cli", "преди {0} мин.").format(minutes)
    hours = minutes // 60
    if hours < 48:
        return tx("cli", "преди {0} ч.").format(hours)
    return tx("cli", "преди {0} дни").format(hours // 24)


def money_text(amount: Any, currency: Any) -> str:
    """``1234.5`` BGN -> ``1 234,50 лв.`` (a space between thousands, a decimal comma)."""
    try:
        value = Decimal(str(amount))
    except InvalidOperation:
        return f"{amount} {currency}".strip()
    text = f"{value:,.2f}".replace(",", " ").replace(".", ",")
    symbol = CURRENCIES.get(str(currency))
    return f"{text} {tx('cli', symbol) if symbol else currency}".strip()


def status_text(value: Any) -> str:
    name = STATUS_NAMES.get(str(value))
    return tx("cli", name) if name else str(value or "")


def installation_type_text(value: Any) -> str:
    name = INSTALLATION_TYPES.get(str(value))
    return tx("comparison", name) if name else str(value or "")


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Columns padded to their widest cell, a rule under the header."""
    cells = [[str(c) for c in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: list[str]) -> str:
        return "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(cells[0]), rule] + [line(r) for r in cells[1:]])


def fields(pairs: Sequence[tuple[str, Any]]) -> str:
    """``Label:  value`` lines, the values aligned."""
    width = max((len(label) for label, _ in pairs), default=0) + 1
    return "\n".join(f"{(label + ':').ljust(width)}  {value}" for label, value in pairs)


def comparison_table(rows: Sequence[ComparisonRow]) -> str:
    """The service's comparison in the chosen language, from the rows' raw values."""
    return table(
        [tx("cli", "Параметър"), tx("cli", "Поискано"), tx("cli", "Полага се"),
         tx("cli", "Съвпада")],
        [
            [t.label, t.requested, t.entitled, tx("cli", "да") if t.ok else tx("cli", "НЕ")]
            for t in rows_text(list(rows))
        ],
    )


def failing_rows_text(rows: Sequence[ComparisonRow]) -> str:
    """The rows that failed, as one sentence: what was asked and what the licence gives."""
    return failing_text(list(rows))


def error_text(err: ActivatorError) -> str:
    """The whole failure as people read it; for NotEntitled the failing rows are named,
    each with what to do about it."""
    message, action = error_parts(err)
    if not isinstance(err, NotEntitled):
        return " ".join(p for p in (message, action) if p)
    reason = failing_rows_text(err.comparison)
    advice = " ".join(advice_lines(err.comparison))
    return " ".join(p for p in (message, reason, advice, action) if p)


def advice_lines(rows: Sequence[ComparisonRow]) -> list[str]:
    """What to do about each failing row (core/row_advice.py), in the chosen language: its
    values as the table shows them (rendered from the raw values)."""
    return failing_advice(rows, tx)


def report_error(err: ActivatorError, *, as_json: bool) -> None:
    if as_json:
        # Exactly the two keys of DESIGN §7: scripts may compare the shape. The group, the
        # wait and the failing rows are all said in the message.
        emit_json({"error": err.code, "message": error_text(err)})
        return
    message, action = error_parts(err)
    sys.stderr.write(tx("cli", "Грешка: {0}").format(message) + "\n")
    if isinstance(err, NotEntitled) and err.comparison:
        sys.stderr.write(comparison_table(err.comparison) + "\n")
        reason = failing_rows_text(err.comparison)
        if reason:
            sys.stderr.write(reason + "\n")
        for line in advice_lines(err.comparison):
            sys.stderr.write(line + "\n")
    if action:
        sys.stderr.write(action + "\n")


def wrap(text: str, indent: str = "  ", width: int = 88) -> str:
    """Plain-text news body: paragraphs separated by a blank line, each wrapped."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "\n\n".join(
        textwrap.fill(" ".join(p.split()), width, initial_indent=indent, subsequent_indent=indent)
        for p in paragraphs
    )
