"""Sessions and their turns, written so that nothing a trainee typed is lost.

A turn is committed by `record_turn_sent` the moment the reply is sent; its scores are filled in later by
`record_turn_scores`. After a crash, `unfinished_sessions` finds the sessions still in progress, which the
caller resumes (from `load_session`) or gives up (`mark_abandoned`).
"""

from __future__ import annotations

import logging
from datetime import datetime

from peewee import ModelSelect, fn

from simulator.domain import Outcome, ReplyScore, StorageError
from simulator.storage.connection import Connection, reads, writes
from simulator.storage.models import ScenarioVersionRow, SessionRow, TurnRow, UserRow
from simulator.storage.records import SessionStatus, SessionSummary, StoredSession, StoredTurn
from simulator.storage.reviews import overrides_by_turn
from simulator.storage.scenarios import to_scenario_version
from simulator.storage.score_columns import score_columns, score_from_row
from simulator.storage.times import from_stored, optional_from_stored, to_stored

logger = logging.getLogger(__name__)


def _summaries_query() -> ModelSelect[SessionRow]:
    turn_count = TurnRow.select(fn.COUNT(TurnRow.id)).where(TurnRow.session == SessionRow.id)
    # The joined rows' ids are selected too: peewee sets the foreign keys from them.
    return (SessionRow.select(SessionRow, UserRow.id, UserRow.name, ScenarioVersionRow.id,
                              ScenarioVersionRow.scenario_id, turn_count.alias("turn_count"))
            .join(UserRow).switch(SessionRow).join(ScenarioVersionRow))


def _to_summary(row: SessionRow) -> SessionSummary:
    return SessionSummary(
        id=row.id, user_id=row.user_id, user_name=row.user.name, scenario_id=row.scenario_version.scenario_id,
        scenario_version_id=row.scenario_version_id, seed=row.seed, started_at=from_stored(row.started_at),
        ended_at=optional_from_stored(row.ended_at), status=SessionStatus(row.status),
        outcome=None if row.outcome is None else Outcome(row.outcome), csat=row.csat,
        turn_count=getattr(row, "turn_count"))  # noqa: B009  (a computed column the model type lacks)


def _summary(session_id: int) -> SessionSummary:
    row = _summaries_query().where(SessionRow.id == session_id).first()
    if row is None:
        raise StorageError(f"there is no session number {session_id}")
    return _to_summary(row)


def _session_in_progress(session_id: int) -> SessionRow:
    row = SessionRow.get_or_none(SessionRow.id == session_id)
    if row is None:
        raise StorageError(f"there is no session number {session_id}")
    if row.status != SessionStatus.IN_PROGRESS.value:
        raise StorageError(f"session {session_id} is {row.status.replace('_', ' ')}; it takes no more changes")
    return row


class Sessions:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    @writes
    def start_session(self, user_id: int, scenario_version_id: int, seed: int) -> SessionSummary:
        if not UserRow.select().where(UserRow.id == user_id).exists():
            raise StorageError(f"there is no user number {user_id}")
        if not ScenarioVersionRow.select().where(ScenarioVersionRow.id == scenario_version_id).exists():
            raise StorageError(f"there is no scenario version number {scenario_version_id}")
        row = SessionRow.create(user=user_id, scenario_version=scenario_version_id, seed=seed,
                                started_at=self.connection.now(), status=SessionStatus.IN_PROGRESS.value)
        return _summary(row.id)

    @writes
    def record_turn_sent(self, session_id: int, index: int, node: str, customer: str, reply: str,
                         customer_at: datetime, sent_at: datetime, latency: float) -> int:
        """Store a sent reply at once, before it is scored; return the turn's id.

        Recording the same turn again (same session, index and reply: a retry after a lost connection)
        returns the stored turn's id.
        """
        if index < 1:
            raise StorageError(f"turns are numbered from 1, not {index}")
        _session_in_progress(session_id)
        existing = TurnRow.get_or_none((TurnRow.session == session_id) & (TurnRow.turn_index == index))
        if existing is not None:
            if existing.reply != reply:
                raise StorageError(f"session {session_id} already has a different turn {index}")
            return int(existing.id)
        row = TurnRow.create(session=session_id, turn_index=index, node=node, customer=customer, reply=reply,
                             customer_at=to_stored(customer_at), sent_at=to_stored(sent_at),
                             latency_seconds=float(latency))
        return int(row.id)

    @writes
    def record_turn_scores(self, turn_id: int, score: ReplyScore) -> None:
        """Fill in the model's scores of a stored turn."""
        updated = (TurnRow.update(scored_at=self.connection.now(), **score_columns(score))
                   .where(TurnRow.id == turn_id).execute())
        if not updated:
            raise StorageError(f"there is no turn number {turn_id}")

    @writes
    def finish_session(self, session_id: int, outcome: Outcome, csat: int) -> SessionSummary:
        if not 1 <= csat <= 5:
            raise StorageError(f"CSAT is from 1 to 5, not {csat}")
        row = _session_in_progress(session_id)
        row.status = SessionStatus.COMPLETED.value
        row.outcome = Outcome(outcome).value
        row.csat = csat
        row.ended_at = self.connection.now()
        row.save()
        return _summary(session_id)

    @writes
    def mark_abandoned(self, session_id: int) -> SessionSummary:
        """Give up a session left unfinished; its turns stay. Abandoning it again changes nothing."""
        row = SessionRow.get_or_none(SessionRow.id == session_id)
        if row is not None and row.status == SessionStatus.ABANDONED.value:
            return _summary(session_id)
        row = _session_in_progress(session_id)
        row.status = SessionStatus.ABANDONED.value
        row.ended_at = self.connection.now()
        row.save()
        logger.info("session %d abandoned", session_id)
        return _summary(session_id)

    @reads
    def unfinished_sessions(self, user_id: int) -> list[SessionSummary]:
        """The user's sessions still in progress (left by a crash or a closed window), newest first."""
        query = (_summaries_query()
                 .where((SessionRow.user == user_id) & (SessionRow.status == SessionStatus.IN_PROGRESS.value))
                 .order_by(SessionRow.started_at.desc(), SessionRow.id.desc()))
        return [_to_summary(row) for row in query]

    @reads
    def list_sessions(self, user_id: int | None = None, team: str | None = None, since: datetime | None = None,
                      until: datetime | None = None, limit: int | None = None) -> list[SessionSummary]:
        """Sessions started in [since, until), newest first, of one user or one team or everyone."""
        query = _summaries_query().order_by(SessionRow.started_at.desc(), SessionRow.id.desc())
        if user_id is not None:
            query = query.where(SessionRow.user == user_id)
        if team is not None:
            query = query.where(UserRow.team == team)
        if since is not None:
            query = query.where(SessionRow.started_at >= to_stored(since))
        if until is not None:
            query = query.where(SessionRow.started_at < to_stored(until))
        if limit is not None:
            query = query.limit(limit)
        return [_to_summary(row) for row in query]

    @reads
    def load_session(self, session_id: int) -> StoredSession:
        """A session with its exact scenario text and its turns so far, scored or not, with their overrides."""
        summary = _summary(session_id)
        scenario = to_scenario_version(ScenarioVersionRow.get_by_id(summary.scenario_version_id))
        rows = list(TurnRow.select().where(TurnRow.session == session_id).order_by(TurnRow.turn_index))
        overrides = overrides_by_turn(row.id for row in rows)
        turns = tuple(
            StoredTurn(row.id, session_id, row.turn_index, row.node, row.customer, row.reply,
                       from_stored(row.customer_at), from_stored(row.sent_at), row.latency_seconds,
                       score_from_row(row), optional_from_stored(row.scored_at), tuple(overrides.get(row.id, ())))
            for row in rows)
        return StoredSession(summary, scenario, turns)

