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

from ..core.dates import ago_text
from ..core.errors import ActivatorError, NotEntitled
from ..core.model import ComparisonRow
from ..core.row_advice import failing_advice

STATUS_NAMES = {
    # licence
    "active": "Активен",
    "expired": "Изтекъл",
    "suspended": "Спрян",
    # contract
    "awaiting_payment": "Очаква плащане",
    "terminated": "Прекратен",
}
INSTALLATION_TYPES = {
    "standalone": "Самостоятелна",
    "network_server": "Мрежова – сървър",
    "network_workstation": "Мрежова – работна станция",
}
CURRENCIES = {"BGN": "лв.", "EUR": "€"}


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
        return "неизвестно кога"
    return ago_text(((now or dt.datetime.now(dt.UTC)) - moment).total_seconds())


def money_text(amount: Any, currency: Any) -> str:
    """``1234.5`` BGN -> ``1 234,50 лв.`` (a space between thousands, a decimal comma)."""
    try:
        value = Decimal(str(amount))
    except InvalidOperation:
        return f"{amount} {currency}".strip()
    text = f"{value:,.2f}".replace(",", " ").replace(".", ",")
    return f"{text} {CURRENCIES.get(str(currency), str(currency))}".strip()


def status_text(value: Any) -> str:
    return STATUS_NAMES.get(str(value), str(value or ""))


def installation_type_text(value: Any) -> str:
    return INSTALLATION_TYPES.get(str(value), str(value or ""))


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
    return table(
        ["Параметър", "Поискано", "Полага се", "Съвпада"],
        [[r.name, r.requested, r.entitled, "да" if r.ok else "НЕ"] for r in rows],
    )


def failing_rows_text(rows: Sequence[ComparisonRow]) -> str:
    """The rows that failed, as one sentence: what was asked and what the licence gives."""
    parts = [
        f"{r.name}: поискано {r.requested}, полага се {r.entitled}" for r in rows if not r.ok
    ]
    return "Не съвпада — " + "; ".join(parts) + "." if parts else ""


def error_text(err: ActivatorError) -> str:
    """The whole failure as people read it; for NotEntitled the failing rows are named,
    each with what to do about it."""
    if isinstance(err, NotEntitled):
        reason = failing_rows_text(err.comparison)
        advice = " ".join(failing_advice(err.comparison))
        return " ".join(p for p in (err.message, reason, advice, err.action) if p)
    return err.user_text()


def report_error(err: ActivatorError, *, as_json: bool) -> None:
    if as_json:
        # Exactly the two keys of DESIGN §7: scripts may compare the shape. The group, the
        # wait and the failing rows are all said in the message.
        emit_json({"error": err.code, "message": error_text(err)})
        return
    sys.stderr.write(f"Грешка: {err.message}\n")
    if isinstance(err, NotEntitled) and err.comparison:
        sys.stderr.write(comparison_table(err.comparison) + "\n")
        reason = failing_rows_text(err.comparison)
        if reason:
            sys.stderr.write(reason + "\n")
        for line in failing_advice(err.comparison):
            sys.stderr.write(line + "\n")
    if err.action:
        sys.stderr.write(err.action + "\n")


def wrap(text: str, indent: str = "  ", width: int = 88) -> str:
    """Plain-text news body: paragraphs separated by a blank line, each wrapped."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "\n\n".join(
        textwrap.fill(" ".join(p.split()), width, initial_indent=indent, subsequent_indent=indent)
        for p in paragraphs
    )
