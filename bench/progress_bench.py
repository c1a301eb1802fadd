"""Time every progress query on a database built by bench/make_progress_db.py; print a table of figures.

    .venv/bin/python bench/make_progress_db.py
    .venv/bin/python bench/progress_bench.py [--url URL] [--runs 7]

Per-trainee queries run for the most active trainee (the worst case). Each query runs once to warm up, then
`--runs` times; the table shows the median and the slowest run. The target is a median under 200 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from make_progress_db import DEFAULT_URL

from simulator.storage import Role, open_database
from simulator.storage.database import Storage

TARGET_MS = 200.0


def most_active_trainee(storage: Storage) -> tuple[int, str, int]:
    counts = [(sum(point.turns for point in storage.progress.timeline(user.id)), user.id, user.name)
              for user in storage.users.list_users(role=Role.TRAINEE)]
    turns, user_id, name = max(counts)
    return user_id, name, turns


def queries(storage: Storage) -> list[tuple[str, Callable[[], Any]]]:
    user_id, name, turns = most_active_trainee(storage)
    print(f"{storage.description}; per-trainee queries for {name} ({turns} turns)\n")
    available = {stats.scenario_id: stats.difficulty for stats in storage.progress.scenario_statistics()}
    progress = storage.progress
    return [
        ("timeline per day", lambda: progress.timeline(user_id)),
        ("timeline per week", lambda: progress.timeline(user_id, period="week")),
        ("scenario statistics", progress.scenario_statistics),
        ("team comparison", progress.team_comparison),
        ("percentiles", lambda: progress.percentiles(user_id)),
        ("streaks", lambda: progress.streaks(user_id)),
        ("personal bests", lambda: progress.personal_bests(user_id)),
        ("weakest dimension", lambda: progress.weakest_dimension(user_id)),
        ("recommended scenarios", lambda: progress.recommend_scenarios(user_id, available)),
        ("evaluate badges", lambda: storage.badges.evaluate_badges(user_id)),
        ("export rows (trainee)", lambda: storage.exports.rows(trainee=name)),
    ]


def measure(query: Callable[[], Any], runs: int) -> list[float]:
    query()
    timings = []
    for _ in range(runs):
        began = time.perf_counter()
        query()
        timings.append((time.perf_counter() - began) * 1000)
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=DEFAULT_URL)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with open_database(args.url) as storage:
        measured = queries(storage)
        print(f"{'query':<24}{'median ms':>11}{'max ms':>9}")
        slow = 0
        for name, query in measured:
            timings = measure(query, args.runs)
            median = statistics.median(timings)
            slow += median >= TARGET_MS
            flag = "  over target" if median >= TARGET_MS else ""
            print(f"{name:<24}{median:>11.1f}{max(timings):>9.1f}{flag}")
    print(f"\n{args.runs} runs each; target: median under {TARGET_MS:g} ms"
          + (f"; {slow} over" if slow else "; all within"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
