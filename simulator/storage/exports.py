"""Export rows: one per turn, for a trainee, a team or a date range, human overrides next to model scores."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from simulator.storage.connection import Connection, reads
from simulator.storage.models import ScenarioVersionRow, SessionRow, TurnRow, UserRow
from simulator.storage.records import SCORED_DIMENSIONS, ScoreOverride
from simulator.storage.reviews import overrides_by_turn
from simulator.storage.times import from_stored, optional_from_stored, to_stored


@dataclass(frozen=True)
class DimensionScores:
    model: float | None
    override: ScoreOverride | None  # the latest one

    @property
    def effective(self) -> float | None:
        return self.override.score if self.override is not None else self.model


@dataclass(frozen=True)
class ExportRow:
    trainee: str
    team: str | None
    session_id: int
    session_status: str
    session_started_at: datetime
    session_ended_at: datetime | None
    outcome: str | None
    csat: int | None
    scenario_id: str
    scenario_title: str
    scenario_hash: str
    difficulty: int
    turn_index: int
    node: str
    customer: str
    reply: str
    customer_at: datetime
    sent_at: datetime
    latency_seconds: float
    scored_at: datetime | None
    scores: Mapping[str, DimensionScores]  # every dimension of SCORED_DIMENSIONS


class Exports:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    @reads
    def rows(self, trainee: str | None = None, team: str | None = None, since: datetime | None = None,
             until: datetime | None = None) -> list[ExportRow]:
        """The turns sent in [since, until) by `trainee` (a name) or by `team`, or by everyone; oldest first."""
        query = (TurnRow.select(TurnRow, SessionRow, UserRow, ScenarioVersionRow.id, ScenarioVersionRow.scenario_id,
                                ScenarioVersionRow.title, ScenarioVersionRow.content_hash,
                                ScenarioVersionRow.difficulty)
                 .join(SessionRow).join(UserRow).switch(SessionRow).join(ScenarioVersionRow)
                 .order_by(TurnRow.sent_at, TurnRow.id))
        if trainee is not None:
            query = query.where(UserRow.name == " ".join(trainee.split()))
        if team is not None:
            query = query.where(UserRow.team == team)
        if since is not None:
            query = query.where(TurnRow.sent_at >= to_stored(since))
        if until is not None:
            query = query.where(TurnRow.sent_at < to_stored(until))
        turns = list(query)
        overrides = overrides_by_turn(turn.id for turn in turns)
        return [_to_row(turn, overrides.get(turn.id, [])) for turn in turns]


def _to_row(turn: TurnRow, overrides: list[ScoreOverride]) -> ExportRow:
    session, user, scenario = turn.session, turn.session.user, turn.session.scenario_version
    latest = {override.dimension: override for override in overrides}  # oldest first, so the latest wins
    return ExportRow(
        trainee=user.name, team=user.team, session_id=session.id, session_status=session.status,
        session_started_at=from_stored(session.started_at), session_ended_at=optional_from_stored(session.ended_at),
        outcome=session.outcome, csat=session.csat, scenario_id=scenario.scenario_id, scenario_title=scenario.title,
        scenario_hash=scenario.content_hash, difficulty=scenario.difficulty, turn_index=turn.turn_index,
        node=turn.node, customer=turn.customer, reply=turn.reply, customer_at=from_stored(turn.customer_at),
        sent_at=from_stored(turn.sent_at), latency_seconds=turn.latency_seconds,
        scored_at=optional_from_stored(turn.scored_at),
        scores={dimension: DimensionScores(getattr(turn, dimension), latest.get(dimension))
                for dimension in SCORED_DIMENSIONS})
