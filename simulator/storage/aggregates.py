"""Queries shared by the progress queries and the badges: effective scores per session, practice days.

Call these inside a repository method marked `@reads` or `@writes`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from peewee import Case, Expression, Function, fn

from simulator.domain import Outcome
from simulator.storage.models import EffectiveTurn, ScenarioVersionRow, SessionRow, TurnRow, tuples
from simulator.storage.records import Averages, SessionStatus
from simulator.storage.times import from_stored, local_day

E = EffectiveTurn


def average_columns() -> list[Function]:
    """AVG of each effective score, in the order of Averages' fields."""
    return [fn.AVG(E.empathy), fn.AVG(E.clarity), fn.AVG(E.speed), fn.AVG(E.overall)]


def to_averages(values: Sequence[float | None]) -> Averages:
    empathy, clarity, speed, overall = (None if value is None else float(value) for value in values)
    return Averages(empathy, clarity, speed, overall)


@dataclass(frozen=True)
class SessionScores:
    """One session with the averages of its turns' effective scores."""

    session_id: int
    scenario_id: str
    difficulty: int
    started_at: datetime
    status: SessionStatus
    outcome: Outcome | None
    csat: int | None
    turns: int
    averages: Averages
    first_response_seconds: float | None  # the latency of turn 1


def session_scores(*conditions: Expression) -> list[SessionScores]:
    """Sessions with at least one turn matching `conditions` (on SessionRow, ScenarioVersionRow), oldest first,
    with their averages."""
    first_latency = fn.MIN(Case(None, [(E.turn_index == 1, E.latency_seconds)], None))
    query = (SessionRow
             .select(SessionRow.id, ScenarioVersionRow.scenario_id, ScenarioVersionRow.difficulty,
                     SessionRow.started_at, SessionRow.status, SessionRow.outcome, SessionRow.csat,
                     fn.COUNT(E.turn), *average_columns(), first_latency)
             .join(ScenarioVersionRow).switch(SessionRow)
             .join(E, on=(E.session == SessionRow.id))
             .group_by(SessionRow.id, ScenarioVersionRow.scenario_id, ScenarioVersionRow.difficulty,
                       SessionRow.started_at, SessionRow.status, SessionRow.outcome, SessionRow.csat)
             .order_by(SessionRow.started_at, SessionRow.id))
    if conditions:
        query = query.where(*conditions)
    return [SessionScores(row[0], row[1], row[2], from_stored(row[3]), SessionStatus(row[4]),
                          None if row[5] is None else Outcome(row[5]), row[6], row[7], to_averages(row[8:12]),
                          row[12])
            for row in tuples(query)]


def completed_sessions(user_id: int) -> list[SessionScores]:
    return session_scores(SessionRow.user == user_id, SessionRow.status == SessionStatus.COMPLETED.value)


def practice_days(user_id: int, tz: tzinfo) -> dict[date, int]:
    """The days (in `tz`) on which the user sent at least one reply, each with the session of its first reply."""
    query = (TurnRow.select(TurnRow.sent_at, TurnRow.session).join(SessionRow)
             .where(SessionRow.user == user_id).order_by(TurnRow.sent_at.desc()))
    return {local_day(sent_at, tz): session_id for sent_at, session_id in tuples(query)}
