"""Builders for the storage tests: a settable wall clock, scores, scenarios, played sessions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from simulator.domain import Evidence, Outcome, ReplyScore
from simulator.storage import ScenarioVersion, SessionSummary, Storage, User


class FakeWallClock:
    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def set(self, moment: datetime) -> None:
        self.moment = moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


def make_score(empathy: float, clarity: float = 70.0, speed: float | None = 70.0,
               overall: float | None = None) -> ReplyScore:
    if overall is None:
        overall = (empathy + clarity + (speed if speed is not None else clarity)) / 3
    return ReplyScore(
        empathy=empathy, clarity=clarity, speed=speed, overall=overall,
        evidence={"empathy": (Evidence(0, 5, 1, "apology"),), "clarity": (Evidence(6, 12, -1, "jargon"),)},
        tips={"clarity": "Say what happens next."},
        key_points=frozenset({"greet"}), intents=frozenset({"asks_number"}), violations=frozenset({"blame"}))


def add_scenario(db: Storage, scenario_id: str, difficulty: int = 1, text: str = "") -> ScenarioVersion:
    yaml_text = text or f"id: {scenario_id}\ndifficulty: {difficulty}\n"
    return db.scenarios.get_or_create_version(scenario_id, yaml_text, difficulty, scenario_id.title())


def play(db: Storage, clock: FakeWallClock, user: User, scenario: ScenarioVersion, start: datetime,
         scores: Sequence[ReplyScore | None], outcome: Outcome | None = Outcome.RESOLVED, csat: int = 4,
         first_latency: float = 20.0) -> tuple[SessionSummary, list[int]]:
    """A session started at `start` with one turn a minute per score (None: sent, never scored), then finished
    with `outcome` (None: left in progress). Returns the session and its turn ids."""
    clock.set(start)
    session = db.sessions.start_session(user.id, scenario.id, seed=7)
    turn_ids = []
    for index, score in enumerate(scores, 1):
        latency = first_latency if index == 1 else 30.0
        sent_at = start + timedelta(minutes=index)
        turn_id = db.sessions.record_turn_sent(session.id, index, f"node{index}", f"customer {index}",
                                               f"reply {index}", sent_at - timedelta(seconds=latency), sent_at,
                                               latency)
        if score is not None:
            db.sessions.record_turn_scores(turn_id, score)
        turn_ids.append(turn_id)
    clock.set(start + timedelta(minutes=len(scores) + 1))
    if outcome is not None:
        session = db.sessions.finish_session(session.id, outcome, csat)
    return session, turn_ids
