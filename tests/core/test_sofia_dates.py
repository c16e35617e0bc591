"""Today in Europe/Sofia, also where the system has no time zone database (Windows)."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterator

import pytest

from pasoss_activator.core.dates import today_sofia


@pytest.fixture
def no_system_zones() -> Iterator[None]:
    """Like Windows: no system zone files, only what the tzdata package carries."""
    zoneinfo.reset_tzpath(to=[])
    zoneinfo.ZoneInfo.clear_cache()
    yield
    zoneinfo.reset_tzpath()
    zoneinfo.ZoneInfo.clear_cache()


def test_sofia_comes_from_the_tzdata_package_without_system_zones(no_system_zones: None) -> None:
    sofia = zoneinfo.ZoneInfo("Europe/Sofia")
    assert dt.datetime(2026, 1, 15, tzinfo=sofia).utcoffset() == dt.timedelta(hours=2)
    assert dt.datetime(2026, 7, 15, tzinfo=sofia).utcoffset() == dt.timedelta(hours=3)


def test_today_turns_at_midnight_in_sofia() -> None:
    # 22:30 UTC on 31 December is already 1 January in Sofia (UTC+2).
    assert today_sofia(dt.datetime(2026, 12, 31, 22, 30, tzinfo=dt.UTC)) == dt.date(2027, 1, 1)
    # 21:30 UTC on 30 June is already 1 July in Sofia (UTC+3 in summer).
    assert today_sofia(dt.datetime(2026, 6, 30, 21, 30, tzinfo=dt.UTC)) == dt.date(2026, 7, 1)
    assert today_sofia(dt.datetime(2026, 6, 30, 20, 30, tzinfo=dt.UTC)) == dt.date(2026, 6, 30)
