"""Dates and program versions as the key formats store them (DESIGN.md section 3)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from .language import tx

EPOCH = dt.date(2000, 1, 1)
MAX_DAYS = 0xFFFF


# The time zone database comes from the ``tzdata`` package where the system has none
# (Windows): a dependency, so this never fails.
SOFIA = ZoneInfo("Europe/Sofia")


def to_days(day: dt.date) -> int:
    return (day - EPOCH).days


def from_days(days: int) -> dt.date:
    return EPOCH + dt.timedelta(days=days)


def today_sofia(now: dt.datetime | None = None) -> dt.date:
    """Today's calendar date in Europe/Sofia, where the key's dates are counted."""
    moment = now if now is not None else dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(SOFIA).date()


def format_bg(day: dt.date | None) -> str:
    """дд.мм.гггг, or an empty string for no date."""
    return day.strftime("%d.%m.%Y") if day else ""


_VERSION = re.compile(r"^\s*(\d{2})(\d{2})(\d{2})\.(\d{1,3})\s*$")


@dataclass(frozen=True, order=True)
class Version:
    """A program version ``YYMMDD.B``: release date plus build; compares by (date, build).

    Whether a licence covers a version is a different question: ``covered_by``."""

    days: int
    build: int

    def __post_init__(self) -> None:
        if not 0 <= self.days <= MAX_DAYS:
            raise ValueError("version date out of range")
        if not 0 <= self.build <= 255:
            raise ValueError("version build out of range")

    @property
    def date(self) -> dt.date:
        return from_days(self.days)

    def covered_by(self, highest: Version) -> bool:
        """True when a licence whose highest (last paid) version is ``highest`` covers this
        version: the release dates compare and the build does not, because a later build of
        the paid release (231016.1 after 231016.0) is a free fix (DESIGN.md section 5)."""
        return self.days <= highest.days

    @classmethod
    def parse(cls, text: str) -> Version:
        match = _VERSION.match(text)
        if not match:
            raise ValueError(f"not a version: {text!r}")
        yy, mm, dd, build = (int(g) for g in match.groups())
        day = dt.date(2000 + yy, mm, dd)
        return cls(to_days(day), build)

    @classmethod
    def of(cls, day: dt.date, build: int) -> Version:
        return cls(to_days(day), build)

    def __str__(self) -> str:
        day = self.date
        return f"{day.year % 100:02d}{day.month:02d}{day.day:02d}.{self.build}"


def ago_text(seconds: float) -> str:
    """How long ago, in words: „току-що“, „преди 1 минута“, „преди 3 часа“, „преди 4 дни“."""
    minutes = int(seconds // 60)
    if minutes < 1:
        return tx("report", "току-що")
    if minutes < 60:
        if minutes == 1:
            return tx("report", "преди {0} минута").format(minutes)
        return tx("report", "преди {0} минути").format(minutes)
    hours = minutes // 60
    if hours < 48:
        if hours == 1:
            return tx("report", "преди {0} час").format(hours)
        return tx("report", "преди {0} часа").format(hours)
    return tx("report", "преди {0} дни").format(hours // 24)
