"""Runs of consecutive practice days."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Streaks:
    current: int  # consecutive days up to today, or up to yesterday while today is still open
    best: int
    practice_days: int
    last_practice_day: date | None


def streaks_from_days(days: Iterable[date], today: date) -> Streaks:
    ordered = sorted(set(days))
    best = run = 0
    previous: date | None = None
    for day in ordered:
        run = run + 1 if previous is not None and day - previous == _DAY else 1
        best = max(best, run)
        previous = day
    practised = set(ordered)
    current = 0
    day = today if today in practised else today - _DAY
    while day in practised:
        current += 1
        day -= _DAY
    return Streaks(current, best, len(ordered), ordered[-1] if ordered else None)


def first_run_end(days: Iterable[date], length: int) -> date | None:
    """The day on which the first run of `length` consecutive days was completed, if any."""
    run = 0
    previous: date | None = None
    for day in sorted(set(days)):
        run = run + 1 if previous is not None and day - previous == _DAY else 1
        if run >= length:
            return day
        previous = day
    return None
