"""Today in Europe/Sofia, with and without a time zone database (Windows has none)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest

from pasoss_activator.core import dates
from pasoss_activator.core.dates import SofiaRule, today_sofia


def test_the_rule_agrees_with_the_time_zone_database_every_half_hour_around_the_switches() -> None:
    database = ZoneInfo("Europe/Sofia")
    rule = SofiaRule()
    for year in (2024, 2026, 2031):
        for month, day in ((3, 20), (10, 20)):
            moment = dt.datetime(year, month, day, tzinfo=dt.UTC)
            for _ in range(16 * 24 * 2):
                assert moment.astimezone(rule).replace(tzinfo=None) == moment.astimezone(
                    database
                ).replace(tzinfo=None), moment
                moment += dt.timedelta(minutes=30)


def test_without_a_time_zone_database_the_rule_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(key: str) -> ZoneInfo:
        raise ZoneInfoNotFoundError(key)

    monkeypatch.setattr(dates, "ZoneInfo", missing)
    monkeypatch.setattr(dates, "SOFIA", dates._sofia())
    assert isinstance(dates.SOFIA, SofiaRule)
    # 22:30 UTC on 31 December is already 1 January in Sofia (UTC+2).
    assert today_sofia(dt.datetime(2026, 12, 31, 22, 30, tzinfo=dt.UTC)) == dt.date(2027, 1, 1)
    # 21:30 UTC on 30 June is already 1 July in Sofia (UTC+3 in summer).
    assert today_sofia(dt.datetime(2026, 6, 30, 21, 30, tzinfo=dt.UTC)) == dt.date(2026, 7, 1)
    assert today_sofia(dt.datetime(2026, 6, 30, 20, 30, tzinfo=dt.UTC)) == dt.date(2026, 6, 30)
