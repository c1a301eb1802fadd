"""Build a progress database for bench/progress_bench.py: 200 trainees, 100,000 turns, seeded and repeatable.

    .venv/bin/python bench/make_progress_db.py [--url URL] [--trainees 200] [--turns 100000] [--seed 1]

The default URL is an SQLite file in the temporary directory; any existing database there is replaced (for
PostgreSQL the tables must be empty). Trainees belong to 10 teams and improve over six months of practice on 30
scenarios; about 1% of turns carry a trainer's override. Rows go in with bulk inserts, in one transaction.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from peewee import Model, chunked

from simulator.storage import Role, SessionStatus, open_database
from simulator.storage.database import Storage
from simulator.storage.models import ScenarioVersionRow, ScoreOverrideRow, SessionRow, TurnRow, UserRow

DEFAULT_URL = f"sqlite:///{Path(tempfile.gettempdir()) / 'simulator-progress-bench.sqlite3'}"
TEAMS = ("Billing", "Returns", "Deliveries", "Accounts", "Fraud", "Loyalty", "Mobile", "Business", "Travel",
         "Insurance")
SCENARIOS = 30
TRAINERS = 5
DAYS = 180
START = datetime(2025, 1, 6, tzinfo=UTC)
OUTCOMES = ("resolved", "resolved", "resolved", "escalated", "customer_left")
BATCH = 500


@dataclass
class Trainee:
    id: int
    skill: dict[str, float]  # starting average per dimension
    growth: float  # points gained over the six months
    speed_of_reply: float  # typical latency, seconds


def clamp(value: float) -> float:
    return max(0.0, min(100.0, value))


def users(rng: random.Random, trainees: int) -> tuple[list[dict[str, Any]], list[Trainee]]:
    rows, profiles = [], []
    for number in range(1, trainees + 1):
        rows.append({"id": number, "name": f"trainee{number:03d}", "role": Role.TRAINEE.value,
                     "team": TEAMS[number % len(TEAMS)], "created_at": START.replace(tzinfo=None)})
        profiles.append(Trainee(number, {dimension: rng.uniform(45, 80) for dimension in ("empathy", "clarity")},
                                rng.uniform(0, 20), rng.uniform(8, 60)))
    for number in range(trainees + 1, trainees + TRAINERS + 1):
        rows.append({"id": number, "name": f"trainer{number - trainees}", "role": Role.TRAINER.value,
                     "team": TEAMS[number % len(TEAMS)], "created_at": START.replace(tzinfo=None)})
    return rows, profiles


def scenarios() -> list[dict[str, Any]]:
    return [{"id": number, "scenario_id": f"scenario-{number:02d}", "content_hash": f"{number:064x}",
             "title": f"Scenario {number}", "difficulty": 1 + (number - 1) % 5,
             "yaml_text": f"id: scenario-{number:02d}\n", "created_at": START.replace(tzinfo=None)}
            for number in range(1, SCENARIOS + 1)]


def practice(rng: random.Random, profiles: list[Trainee], turns: int, trainers: list[int]) -> Iterator[
        tuple[str, dict[str, Any]]]:
    """("session" | "turn" | "override", row) in insertion order, until `turns` turns are made."""
    session_id = turn_id = override_id = 0
    while turn_id < turns:
        trainee = rng.choice(profiles)
        day = rng.randrange(DAYS)
        started = START + timedelta(days=day, hours=rng.uniform(8, 18))
        progress = day / DAYS
        scenario = rng.randrange(1, SCENARIOS + 1)
        difficulty = 1 + (scenario - 1) % 5
        length = min(rng.randint(3, 9), turns - turn_id)
        status = rng.choices([SessionStatus.COMPLETED, SessionStatus.ABANDONED, SessionStatus.IN_PROGRESS],
                             [90, 8, 2])[0]
        completed = status is SessionStatus.COMPLETED
        session_id += 1
        yield "session", {
            "id": session_id, "user": trainee.id, "scenario_version": scenario, "seed": rng.randrange(2**31),
            "started_at": started.replace(tzinfo=None), "status": status.value,
            "ended_at": (started + timedelta(minutes=length * 1.5)).replace(tzinfo=None) if completed else None,
            "outcome": rng.choice(OUTCOMES) if completed else None, "csat": rng.randint(1, 5) if completed else None}
        sent = started
        for index in range(1, length + 1):
            latency = max(2.0, rng.gauss(trainee.speed_of_reply, 8))
            customer_at = sent + timedelta(seconds=rng.uniform(3, 15))
            sent = customer_at + timedelta(seconds=latency)
            empathy, clarity = (clamp(rng.gauss(trainee.skill[dimension] + trainee.growth * progress
                                                - 3 * (difficulty - 3), 10)) for dimension in ("empathy", "clarity"))
            speed = clamp(100 - latency)
            turn_id += 1
            yield "turn", {
                "id": turn_id, "session": session_id, "turn_index": index, "node": f"node{index}",
                "customer": f"customer message {index}", "reply": f"reply {index} of session {session_id}",
                "customer_at": customer_at.replace(tzinfo=None), "sent_at": sent.replace(tzinfo=None),
                "latency_seconds": latency, "empathy": empathy, "clarity": clarity, "speed": speed,
                "overall": (empathy + clarity + speed) / 3, "evidence": "{}", "tips": "{}", "key_points": "[]",
                "intents": "[]", "violations": "[]", "scored_at": sent.replace(tzinfo=None)}
            if rng.random() < 0.01:
                override_id += 1
                yield "override", {
                    "id": override_id, "turn": turn_id, "dimension": rng.choice(("empathy", "clarity", "overall")),
                    "score": clamp(empathy + rng.uniform(-15, 15)), "by_user": rng.choice(trainers),
                    "reason": "reviewed", "created_at": (sent + timedelta(days=1)).replace(tzinfo=None)}


def insert(model: type[Model], rows: list[dict[str, Any]]) -> None:
    for batch in chunked(rows, BATCH):
        model.insert_many(batch).execute()


def build(storage: Storage, trainees: int, turns: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    user_rows, profiles = users(rng, trainees)
    trainers = [row["id"] for row in user_rows if row["role"] == Role.TRAINER.value]
    produced: dict[str, list[dict[str, Any]]] = {"session": [], "turn": [], "override": []}
    for kind, row in practice(rng, profiles, turns, trainers):
        produced[kind].append(row)
    database = storage.connection.database
    with database.atomic():
        insert(UserRow, user_rows)
        insert(ScenarioVersionRow, scenarios())
        insert(SessionRow, produced["session"])
        insert(TurnRow, produced["turn"])
        insert(ScoreOverrideRow, produced["override"])
        if storage.connection.is_postgres:  # the ids were given explicitly: move the sequences past them
            for table in ("app_user", "scenario_version", "practice_session", "turn", "score_override"):
                database.execute_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"(SELECT MAX(id) FROM {table}))")
    database.execute_sql("ANALYZE")  # fresh statistics for the query planner
    return {"users": len(user_rows), "sessions": len(produced["session"]), "turns": len(produced["turn"]),
            "overrides": len(produced["override"])}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=DEFAULT_URL)
    parser.add_argument("--trainees", type=int, default=200)
    parser.add_argument("--turns", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.url.startswith("sqlite:///"):
        path = Path(args.url.removeprefix("sqlite:///"))
        for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            stale.unlink(missing_ok=True)
    began = time.perf_counter()
    with open_database(args.url) as storage:
        counts = build(storage, args.trainees, args.turns, args.seed)
        print(f"{storage.description}: " + ", ".join(f"{count:,} {kind}" for kind, count in counts.items())
              + f" in {time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
