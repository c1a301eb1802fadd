"""Progress queries: timelines, scenario statistics, team comparison, percentiles, streaks, personal bests,
the weakest dimension and the next scenarios to practise. All on effective scores (overrides win).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from peewee import Case, Expression, fn

from simulator.domain import DIMENSIONS, mean
from simulator.storage.aggregates import (
    E,
    SessionScores,
    average_columns,
    completed_sessions,
    practice_days,
    to_averages,
)
from simulator.storage.connection import Connection, reads
from simulator.storage.models import ScenarioVersionRow, SessionRow, UserRow, tuples
from simulator.storage.recommendations import Recommendation, recommend
from simulator.storage.records import SCORED_DIMENSIONS, Averages, Role, SessionStatus
from simulator.storage.streaks import Streaks, streaks_from_days
from simulator.storage.times import from_stored, local_day, to_stored, week_start

RECENT_TURNS = 50  # the window of the weakest dimension


@dataclass(frozen=True)
class TimelinePoint:
    start: date  # the day, or the Monday of the week
    sessions: int
    turns: int
    averages: Averages


@dataclass(frozen=True)
class ScenarioStatistics:
    scenario_id: str
    title: str  # of the latest version
    difficulty: int  # of the latest version
    sessions: int
    completed: int
    abandoned: int
    in_progress: int
    outcomes: Mapping[str, int]  # outcome value -> completed sessions
    average_csat: float | None
    turns: int
    averages: Averages

    @property
    def completion_rate(self) -> float:
        return self.completed / self.sessions if self.sessions else 0.0


@dataclass(frozen=True)
class TeamStatistics:
    team: str | None
    trainees: int  # who sent at least one reply in the period
    sessions: int
    turns: int
    averages: Averages


@dataclass(frozen=True)
class TraineeOverview:
    user_id: int
    name: str
    team: str | None
    sessions: int
    completed: int
    turns: int
    averages: Averages
    last_practice: datetime | None  # when the latest reply was sent


@dataclass(frozen=True)
class Standing:
    """Where a trainee's average on one dimension sits among all trainees' averages."""

    dimension: str
    value: float
    percentile: float  # 0-100: the share of trainees below, counting ties as half
    population: int
    lower_quartile: float
    median: float
    upper_quartile: float


@dataclass(frozen=True)
class Best:
    value: float
    session_id: int
    scenario_id: str
    at: datetime  # when the session started


@dataclass(frozen=True)
class PersonalBests:
    session_averages: Mapping[str, Best]  # dimension -> the completed session with the best average
    fastest_first_response: Best | None  # seconds
    best_csat: Best | None


@dataclass(frozen=True)
class WeakestDimension:
    dimension: str
    average: float
    averages: Averages  # over the same recent turns
    turns: int


def _period_conditions(since: datetime | None, until: datetime | None) -> list[Expression]:
    conditions = []
    if since is not None:
        conditions.append(E.sent_at >= to_stored(since))
    if until is not None:
        conditions.append(E.sent_at < to_stored(until))
    return conditions


class Progress:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    @reads
    def timeline(self, user_id: int, period: str = "day", tz: tzinfo = UTC,
                 since: datetime | None = None, until: datetime | None = None) -> list[TimelinePoint]:
        """Average effective scores per day or per ISO week (`period` "day" or "week") in `tz`, oldest first."""
        if period not in ("day", "week"):
            raise ValueError(f"period is 'day' or 'week', not {period!r}")
        query = (E.select(E.sent_at, E.session, E.empathy, E.clarity, E.speed, E.overall)
                 .join(SessionRow).where(SessionRow.user == user_id, *_period_conditions(since, until)))
        buckets: dict[date, list[tuple[Any, ...]]] = defaultdict(list)
        for row in tuples(query):
            day = local_day(row[0], tz)
            buckets[day if period == "day" else week_start(day)].append(row)
        points = []
        for start in sorted(buckets):
            rows = buckets[start]
            averages = Averages(*(mean(row[column] for row in rows)
                                  for column in range(2, 6)))
            points.append(TimelinePoint(start, len({row[1] for row in rows}), len(rows), averages))
        return points

    @reads
    def scenario_statistics(self, team: str | None = None, since: datetime | None = None,
                            until: datetime | None = None) -> list[ScenarioStatistics]:
        """Per scenario (all its versions): sessions, completion, outcomes, CSAT and average scores."""
        latest = {row.scenario_id: row for row in
                  ScenarioVersionRow.select(ScenarioVersionRow.scenario_id, ScenarioVersionRow.title,
                                            ScenarioVersionRow.difficulty)
                  .order_by(ScenarioVersionRow.created_at, ScenarioVersionRow.id)}
        session_filter = []
        if team is not None:
            session_filter.append(UserRow.team == team)
        if since is not None:
            session_filter.append(SessionRow.started_at >= to_stored(since))
        if until is not None:
            session_filter.append(SessionRow.started_at < to_stored(until))
        counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        outcomes: dict[str, dict[str, int]] = defaultdict(dict)
        csat: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])  # sum, count
        sessions = (SessionRow
                    .select(ScenarioVersionRow.scenario_id, SessionRow.status, SessionRow.outcome,
                            fn.COUNT(SessionRow.id), fn.SUM(SessionRow.csat), fn.COUNT(SessionRow.csat))
                    .join(ScenarioVersionRow).switch(SessionRow)
                    .group_by(ScenarioVersionRow.scenario_id, SessionRow.status, SessionRow.outcome))
        scores = (E.select(ScenarioVersionRow.scenario_id, fn.COUNT(E.turn), *average_columns())
                  .join(SessionRow).join(ScenarioVersionRow).switch(SessionRow)
                  .group_by(ScenarioVersionRow.scenario_id))
        if team is not None:
            sessions, scores = sessions.join(UserRow), scores.join(UserRow)
        if session_filter:
            sessions, scores = sessions.where(*session_filter), scores.where(*session_filter)
        for scenario_id, status, outcome, number, csat_sum, csat_count in tuples(sessions):
            counts[scenario_id][status] += number
            if outcome is not None:
                outcomes[scenario_id][outcome] = outcomes[scenario_id].get(outcome, 0) + number
            csat[scenario_id][0] += float(csat_sum or 0)
            csat[scenario_id][1] += csat_count
        averages = {row[0]: (row[1], to_averages(row[2:6])) for row in tuples(scores)}
        result = []
        for scenario_id in sorted(counts):
            by_status = counts[scenario_id]
            turns, scenario_averages = averages.get(scenario_id, (0, Averages()))
            total, rated = csat[scenario_id]
            result.append(ScenarioStatistics(
                scenario_id, latest[scenario_id].title, latest[scenario_id].difficulty, sum(by_status.values()),
                by_status[SessionStatus.COMPLETED.value], by_status[SessionStatus.ABANDONED.value],
                by_status[SessionStatus.IN_PROGRESS.value], dict(outcomes[scenario_id]),
                total / rated if rated else None, turns, scenario_averages))
        return result

    @reads
    def team_comparison(self, since: datetime | None = None,
                        until: datetime | None = None) -> list[TeamStatistics]:
        """Per team, the trainees' average effective scores over the period (teams by name, no team last)."""
        query = (E.select(UserRow.team, fn.COUNT(SessionRow.user.distinct()), fn.COUNT(E.session.distinct()),
                          fn.COUNT(E.turn), *average_columns())
                 .join(SessionRow).join(UserRow)
                 .where(UserRow.role == Role.TRAINEE.value, *_period_conditions(since, until))
                 .group_by(UserRow.team))
        teams = [TeamStatistics(row[0], row[1], row[2], row[3], to_averages(row[4:8])) for row in tuples(query)]
        return sorted(teams, key=lambda team: (team.team is None, team.team or ""))

    @reads
    def trainee_overview(self, team: str | None = None) -> list[TraineeOverview]:
        """Every trainee (of `team`, when given) with their sessions, replies and average effective scores."""
        users = UserRow.select(UserRow.id, UserRow.name, UserRow.team).where(UserRow.role == Role.TRAINEE.value)
        if team is not None:
            users = users.where(UserRow.team == team)
        sessions = (SessionRow.select(SessionRow.user, fn.COUNT(SessionRow.id),
                                      fn.SUM(Case(None, [(SessionRow.status == SessionStatus.COMPLETED.value, 1)], 0)))
                    .group_by(SessionRow.user))
        scores = (E.select(SessionRow.user, fn.COUNT(E.turn), *average_columns(), fn.MAX(E.sent_at))
                  .join(SessionRow).group_by(SessionRow.user))
        session_counts = {row[0]: (row[1], int(row[2] or 0)) for row in tuples(sessions)}
        score_rows = {row[0]: row[1:] for row in tuples(scores)}
        overview = []
        for user_id, name, user_team in tuples(users):
            count, completed = session_counts.get(user_id, (0, 0))
            turns, *averages, last = score_rows.get(user_id, (0, None, None, None, None, None))
            overview.append(TraineeOverview(user_id, name, user_team, count, completed, turns,
                                            to_averages(averages), None if last is None else from_stored(last)))
        return sorted(overview, key=lambda trainee: (trainee.team or "", trainee.name.lower()))

    @reads
    def percentiles(self, user_id: int, since: datetime | None = None,
                    until: datetime | None = None) -> dict[str, Standing]:
        """For each dimension the user has scores in, their standing among all trainees' averages."""
        query = (E.select(SessionRow.user, *average_columns())
                 .join(SessionRow).join(UserRow)
                 .where((UserRow.role == Role.TRAINEE.value) | (UserRow.id == user_id),
                        *_period_conditions(since, until))
                 .group_by(SessionRow.user))
        per_user = {row[0]: to_averages(row[1:5]) for row in tuples(query)}
        mine = per_user.get(user_id)
        standings: dict[str, Standing] = {}
        if mine is None:
            return standings
        for dimension in SCORED_DIMENSIONS:
            value = mine.get(dimension)
            values = sorted(v for averages in per_user.values() if (v := averages.get(dimension)) is not None)
            if value is None or not values:
                continue
            below = sum(1 for v in values if v < value)
            ties = sum(1 for v in values if v == value)
            quartiles = statistics.quantiles(values, n=4, method="inclusive") if len(values) > 1 else [value] * 3
            standings[dimension] = Standing(dimension, value, 100 * (below + ties / 2) / len(values), len(values),
                                            quartiles[0], quartiles[1], quartiles[2])
        return standings

    @reads
    def streaks(self, user_id: int, today: date | None = None, tz: tzinfo = UTC) -> Streaks:
        """Consecutive days with at least one reply sent, in `tz`; `today` defaults to the clock's day."""
        if today is None:
            today = local_day(self.connection.now(), tz)
        return streaks_from_days(practice_days(user_id, tz), today)

    @reads
    def personal_bests(self, user_id: int) -> PersonalBests:
        """The user's best completed sessions: per dimension average, fastest first reply, highest CSAT.

        On a tie the earliest session wins: that is when the best was set.
        """
        completed = completed_sessions(user_id)
        bests = {dimension: best for dimension in SCORED_DIMENSIONS
                 if (best := _best(completed, _average_of(dimension)))}
        csat = _best(completed, lambda session: None if session.csat is None else float(session.csat))
        fastest = _best(completed, lambda session: session.first_response_seconds, lowest=True)
        return PersonalBests(bests, fastest, csat)

    @reads
    def weakest_dimension(self, user_id: int, recent_turns: int = RECENT_TURNS) -> WeakestDimension | None:
        """The scored dimension (empathy, clarity, speed) with the lowest average over the latest turns."""
        query = (E.select(E.empathy, E.clarity, E.speed, E.overall)
                 .join(SessionRow)
                 .where(SessionRow.user == user_id, E.overall.is_null(False))
                 .order_by(E.sent_at.desc(), E.turn.desc()).limit(recent_turns))
        rows = tuples(query)
        averages = Averages(*(mean(row[column] for row in rows)
                              for column in range(4)))
        candidates = [(value, dimension) for dimension in DIMENSIONS
                      if (value := averages.get(dimension)) is not None]
        if not candidates:
            return None
        value, dimension = min(candidates)
        return WeakestDimension(dimension, value, averages, len(rows))

    @reads
    def recommend_scenarios(self, user_id: int, available: Mapping[str, int],
                            limit: int = 3) -> list[Recommendation]:
        """The next scenarios to practise, from `available` ({scenario id: difficulty}), best first."""
        weakest = self.weakest_dimension(user_id)
        return recommend(available, completed_sessions(user_id), weakest.dimension if weakest else None, limit)


def _average_of(dimension: str) -> Callable[[SessionScores], float | None]:
    return lambda session: session.averages.get(dimension)


def _best(sessions: list[SessionScores], value_of: Callable[[SessionScores], float | None],
          lowest: bool = False) -> Best | None:
    """The first session with the highest (or lowest) value."""
    found: Best | None = None
    for session in sessions:
        value = value_of(session)
        if value is not None and (found is None or (value < found.value if lowest else value > found.value)):
            found = Best(value, session.session_id, session.scenario_id, session.started_at)
    return found
