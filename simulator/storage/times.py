"""Wall-clock times: stored as naive UTC, handed out as aware UTC datetimes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, tzinfo

WallClock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def to_stored(moment: datetime) -> datetime:
    """Naive UTC for the database; a naive `moment` is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def from_stored(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC)


def optional_from_stored(moment: datetime | None) -> datetime | None:
    return None if moment is None else from_stored(moment)


def local_day(moment: datetime, tz: tzinfo) -> date:
    """The calendar day a stored (naive UTC) moment falls on in `tz`."""
    return from_stored(moment).astimezone(tz).date()


def week_start(day: date) -> date:
    """The Monday of `day`'s ISO week."""
    return day - timedelta(days=day.weekday())
