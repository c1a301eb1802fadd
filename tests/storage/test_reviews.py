"""Score overrides kept beside the model's scores, and comments."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from simulator.domain import StorageError
from simulator.storage import Role, Storage
from simulator.storage.models import TurnRow
from tests.storage.helpers import FakeWallClock, add_scenario, make_score, play

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def test_an_override_is_kept_beside_the_model_score(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana")
    dana = db.users.create("Dana", Role.TRAINER)
    session, [turn_id] = play(db, clock, ana, add_scenario(db, "refund"), T0, [make_score(55)])

    clock.set(datetime(2025, 3, 4, 10, 0, tzinfo=UTC))
    override = db.reviews.override_score(turn_id, "empathy", 85, dana.id, "  The apology was sincere. ")

    assert (override.dimension, override.score, override.by, override.reason) == (
        "empathy", 85, "Dana", "The apology was sincere.")
    assert override.created_at == datetime(2025, 3, 4, 10, 0, tzinfo=UTC)
    turn = db.sessions.load_session(session.id).turns[0]
    assert turn.score is not None and turn.score.empathy == 55  # the model's score is untouched
    assert turn.model_score("empathy") == 55
    assert turn.effective("empathy") == 85
    assert turn.effective("clarity") == 70  # not overridden
    assert TurnRow.get_by_id(turn_id).empathy == 55


def test_the_latest_override_counts(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana")
    dana = db.users.create("Dana", Role.TRAINER)
    sam = db.users.create("Sam", Role.SUPERVISOR)
    session, [turn_id] = play(db, clock, ana, add_scenario(db, "refund"), T0, [make_score(55)])
    clock.advance(hours=1)
    db.reviews.override_score(turn_id, "empathy", 85, dana.id, "sincere")
    clock.advance(hours=1)
    db.reviews.override_score(turn_id, "empathy", 75, sam.id, "a bit formulaic")

    assert [(o.score, o.by) for o in db.reviews.overrides(turn_id)] == [(85, "Dana"), (75, "Sam")]
    turn = db.sessions.load_session(session.id).turns[0]
    assert turn.effective("empathy") == 75
    assert turn.latest_override("empathy") is not None
    assert db.progress.timeline(ana.id)[0].averages.empathy == 75  # the queries use it too


def test_only_trainers_and_supervisors_override_valid_scores(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana")
    dana = db.users.create("Dana", Role.TRAINER)
    _, [turn_id] = play(db, clock, ana, add_scenario(db, "refund"), T0, [make_score(55)])
    with pytest.raises(StorageError, match="only trainers and supervisors"):
        db.reviews.override_score(turn_id, "empathy", 90, ana.id, "I was nice")
    with pytest.raises(StorageError, match="unknown dimension 'warmth'"):
        db.reviews.override_score(turn_id, "warmth", 90, dana.id, "why")
    with pytest.raises(StorageError, match="between 0 and 100"):
        db.reviews.override_score(turn_id, "empathy", 120, dana.id, "why")
    with pytest.raises(StorageError, match="say why"):
        db.reviews.override_score(turn_id, "empathy", 90, dana.id, "  ")
    with pytest.raises(StorageError, match="no turn number 999"):
        db.reviews.override_score(999, "empathy", 90, dana.id, "why")
    assert db.reviews.overrides(turn_id) == []


def test_comments_on_turns_and_sessions(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana")
    dana = db.users.create("Dana", Role.TRAINER)
    session, [first, _] = play(db, clock, ana, add_scenario(db, "refund"), T0, [make_score(55), make_score(60)])
    clock.advance(minutes=5)
    on_turn = db.reviews.add_comment(dana.id, "Name the customer.", turn_id=first)
    clock.advance(minutes=5)
    on_session = db.reviews.add_comment(ana.id, "Thanks!", session_id=session.id)

    assert (on_turn.session_id, on_turn.turn_id, on_turn.author) == (session.id, first, "Dana")
    assert (on_session.session_id, on_session.turn_id, on_session.author) == (session.id, None, "Ana")
    assert db.reviews.comments(session.id) == [on_turn, on_session]


def test_comments_need_text_and_a_target(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana")
    session, [turn_id] = play(db, clock, ana, add_scenario(db, "refund"), T0, [make_score(55)])
    other, _ = play(db, clock, ana, add_scenario(db, "other"), T0, [make_score(55)])
    with pytest.raises(StorageError, match="needs some text"):
        db.reviews.add_comment(ana.id, " ", session_id=session.id)
    with pytest.raises(StorageError, match="on a turn or on a session"):
        db.reviews.add_comment(ana.id, "hello")
    with pytest.raises(StorageError, match="not part of session"):
        db.reviews.add_comment(ana.id, "hello", session_id=other.id, turn_id=turn_id)
    with pytest.raises(StorageError, match="no session number 999"):
        db.reviews.add_comment(ana.id, "hello", session_id=999)
    with pytest.raises(StorageError, match="no user number 999"):
        db.reviews.add_comment(999, "hello", session_id=session.id)
