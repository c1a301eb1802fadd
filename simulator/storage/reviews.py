"""What trainers and supervisors add to a session: score overrides (beside the model's scores) and comments."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from peewee import chunked

from simulator.domain import StorageError
from simulator.storage.connection import Connection, reads, writes
from simulator.storage.models import CommentRow, ScoreOverrideRow, SessionRow, TurnRow, UserRow
from simulator.storage.records import SCORED_DIMENSIONS, Comment, Role, ScoreOverride
from simulator.storage.times import from_stored

REVIEWER_ROLES = (Role.TRAINER.value, Role.SUPERVISOR.value)
_IDS_PER_QUERY = 500  # well under the databases' limits on query parameters


def to_override(row: ScoreOverrideRow) -> ScoreOverride:
    return ScoreOverride(row.id, row.turn_id, row.dimension, row.score, row.by_user.name, row.reason,
                         from_stored(row.created_at))


def overrides_by_turn(turn_ids: Iterable[int]) -> dict[int, list[ScoreOverride]]:
    """The overrides of these turns, oldest first, by turn id. Call inside a read or a write."""
    found: dict[int, list[ScoreOverride]] = defaultdict(list)
    for ids in chunked(turn_ids, _IDS_PER_QUERY):
        query = (ScoreOverrideRow.select(ScoreOverrideRow, UserRow.id, UserRow.name).join(UserRow)
                 .where(ScoreOverrideRow.turn.in_(ids))
                 .order_by(ScoreOverrideRow.created_at, ScoreOverrideRow.id))
        for row in query:
            found[row.turn_id].append(to_override(row))
    return found


def _reviewer(user_id: int) -> UserRow:
    user = UserRow.get_or_none(UserRow.id == user_id)
    if user is None:
        raise StorageError(f"there is no user number {user_id}")
    if user.role not in REVIEWER_ROLES:
        raise StorageError(f"{user.name} is a {user.role}; only trainers and supervisors can override scores")
    return user


class Reviews:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    @writes
    def override_score(self, turn_id: int, dimension: str, score: float, by_user_id: int,
                       reason: str) -> ScoreOverride:
        """Record a person's score for one dimension of a turn. The model's score stays as it was."""
        if dimension not in SCORED_DIMENSIONS:
            raise StorageError(f"unknown dimension {dimension!r}; use one of {', '.join(SCORED_DIMENSIONS)}")
        if not 0 <= score <= 100:
            raise StorageError(f"a score is between 0 and 100, not {score:g}")
        if not reason.strip():
            raise StorageError("say why the score is overridden")
        if not TurnRow.select().where(TurnRow.id == turn_id).exists():
            raise StorageError(f"there is no turn number {turn_id}")
        reviewer = _reviewer(by_user_id)
        row = ScoreOverrideRow.create(turn=turn_id, dimension=dimension, score=float(score), by_user=reviewer,
                                      reason=reason.strip(), created_at=self.connection.now())
        return to_override(row)

    @reads
    def overrides(self, turn_id: int) -> list[ScoreOverride]:
        """Every override of a turn, oldest first: the history of human judgements, the latest one counting."""
        return overrides_by_turn([turn_id]).get(turn_id, [])

    @writes
    def add_comment(self, author_id: int, text: str, session_id: int | None = None,
                    turn_id: int | None = None) -> Comment:
        """Comment on a turn (give `turn_id`) or on a whole session (give `session_id`)."""
        if not text.strip():
            raise StorageError("a comment needs some text")
        if turn_id is not None:
            turn = TurnRow.get_or_none(TurnRow.id == turn_id)
            if turn is None:
                raise StorageError(f"there is no turn number {turn_id}")
            if session_id is not None and session_id != turn.session_id:
                raise StorageError(f"turn {turn_id} is not part of session {session_id}")
            session_id = turn.session_id
        elif session_id is None:
            raise StorageError("a comment is on a turn or on a session: give one of them")
        elif not SessionRow.select().where(SessionRow.id == session_id).exists():
            raise StorageError(f"there is no session number {session_id}")
        author = UserRow.get_or_none(UserRow.id == author_id)
        if author is None:
            raise StorageError(f"there is no user number {author_id}")
        row = CommentRow.create(session=session_id, turn=turn_id, author=author, text=text.strip(),
                                created_at=self.connection.now())
        return Comment(row.id, session_id, turn_id, author.name, row.text, from_stored(row.created_at))

    @reads
    def comments(self, session_id: int) -> list[Comment]:
        """The comments on a session and on its turns, oldest first."""
        query = (CommentRow.select(CommentRow, UserRow.id, UserRow.name).join(UserRow)
                 .where(CommentRow.session == session_id).order_by(CommentRow.created_at, CommentRow.id))
        return [Comment(row.id, row.session_id, row.turn_id, row.author.name, row.text,
                        from_stored(row.created_at)) for row in query]
