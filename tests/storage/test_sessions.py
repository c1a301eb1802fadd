"""Sessions and turns: recorded when sent, scored later, resumed or abandoned after a crash."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from simulator.domain import Evidence, Outcome, StorageError
from simulator.storage import SessionStatus, Storage
from tests.storage.helpers import FakeWallClock, add_scenario, make_score, play

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def test_scenario_versions_are_found_by_their_text(db: Storage) -> None:
    first = add_scenario(db, "refund", 2, "id: refund\nv: 1\n")
    same = add_scenario(db, "refund", 2, "id: refund\nv: 1\n")
    changed = add_scenario(db, "refund", 3, "id: refund\nv: 2\n")
    assert same == first
    assert changed.id != first.id and changed.difficulty == 3
    assert len(first.content_hash) == 64 and first.yaml_text == "id: refund\nv: 1\n"
    assert {version.id for version in db.scenarios.versions("refund")} == {first.id, changed.id}
    assert db.scenarios.version(first.id) == first


def test_a_turn_is_stored_when_sent_and_scored_later(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana")
    scenario = add_scenario(db, "refund")
    session = db.sessions.start_session(ana.id, scenario.id, seed=42)
    assert (session.status, session.turn_count, session.seed, session.started_at) == (
        SessionStatus.IN_PROGRESS, 0, 42, T0)

    turn_id = db.sessions.record_turn_sent(session.id, 1, "greeting", "Where is my order?", "Hello! Sorry...",
                                           T0 + timedelta(seconds=3), T0 + timedelta(seconds=15), 12.0)
    stored = db.sessions.load_session(session.id).turns[0]
    assert (stored.id, stored.index, stored.node, stored.reply, stored.latency) == (
        turn_id, 1, "greeting", "Hello! Sorry...", 12.0)
    assert (stored.customer_at, stored.sent_at) == (T0 + timedelta(seconds=3), T0 + timedelta(seconds=15))
    assert stored.score is None and stored.scored_at is None and stored.effective("empathy") is None

    clock.advance(seconds=20)
    score = make_score(81, 64, None, 70)
    db.sessions.record_turn_scores(turn_id, score)
    stored = db.sessions.load_session(session.id).turns[0]
    assert stored.score == score
    assert stored.score is not None and stored.score.evidence["empathy"] == (Evidence(0, 5, 1, "apology"),)
    assert stored.scored_at == T0 + timedelta(seconds=20)
    assert stored.effective("empathy") == 81 and stored.effective("speed") is None


def test_times_given_in_another_zone_are_stored_in_utc(db: Storage) -> None:
    ana = db.users.create("Ana")
    session = db.sessions.start_session(ana.id, add_scenario(db, "refund").id, seed=1)
    paris = datetime(2025, 3, 3, 10, 0, tzinfo=UTC).astimezone(__import__("zoneinfo").ZoneInfo("Europe/Paris"))
    db.sessions.record_turn_sent(session.id, 1, "n", "c", "r", paris, paris, 0.0)
    assert db.sessions.load_session(session.id).turns[0].sent_at == datetime(2025, 3, 3, 10, 0, tzinfo=UTC)


def test_recording_a_turn_again_is_harmless_but_a_different_one_is_refused(db: Storage) -> None:
    ana = db.users.create("Ana")
    session = db.sessions.start_session(ana.id, add_scenario(db, "refund").id, seed=1)
    first = db.sessions.record_turn_sent(session.id, 1, "n", "c", "my reply", T0, T0, 1.0)
    assert db.sessions.record_turn_sent(session.id, 1, "n", "c", "my reply", T0, T0, 1.0) == first
    with pytest.raises(StorageError, match="already has a different turn 1"):
        db.sessions.record_turn_sent(session.id, 1, "n", "c", "another reply", T0, T0, 1.0)
    assert len(db.sessions.load_session(session.id).turns) == 1


def test_an_unfinished_session_can_be_resumed(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana")
    scenario = add_scenario(db, "refund")
    session, turn_ids = play(db, clock, ana, scenario, T0, [make_score(80), None], outcome=None)

    [unfinished] = db.sessions.unfinished_sessions(ana.id)
    assert (unfinished.id, unfinished.turn_count, unfinished.scenario_id) == (session.id, 2, "refund")
    loaded = db.sessions.load_session(session.id)
    assert loaded.scenario == scenario and loaded.summary.seed == 7
    assert [turn.score is not None for turn in loaded.turns] == [True, False]

    db.sessions.record_turn_scores(turn_ids[1], make_score(60))  # the crash came before scoring
    db.sessions.record_turn_sent(session.id, 3, "n3", "c3", "r3", T0, T0 + timedelta(minutes=9), 5.0)
    finished = db.sessions.finish_session(session.id, Outcome.RESOLVED, 5)
    assert (finished.status, finished.outcome, finished.csat, finished.turn_count) == (
        SessionStatus.COMPLETED, Outcome.RESOLVED, 5, 3)
    assert finished.ended_at == clock()
    assert db.sessions.unfinished_sessions(ana.id) == []


def test_an_unfinished_session_can_be_abandoned(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana")
    session, _ = play(db, clock, ana, add_scenario(db, "refund"), T0, [make_score(80)], outcome=None)
    abandoned = db.sessions.mark_abandoned(session.id)
    assert (abandoned.status, abandoned.turn_count, abandoned.outcome) == (SessionStatus.ABANDONED, 1, None)
    assert db.sessions.mark_abandoned(session.id) == abandoned
    assert db.sessions.unfinished_sessions(ana.id) == []
    with pytest.raises(StorageError, match="session .* is abandoned"):
        db.sessions.record_turn_sent(session.id, 2, "n", "c", "r", T0, T0, 1.0)
    with pytest.raises(StorageError, match="is abandoned"):
        db.sessions.finish_session(session.id, Outcome.RESOLVED, 3)


def test_a_finished_session_takes_no_more_turns(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana")
    session, _ = play(db, clock, ana, add_scenario(db, "refund"), T0, [make_score(80)])
    with pytest.raises(StorageError, match="is completed"):
        db.sessions.record_turn_sent(session.id, 2, "n", "c", "r", T0, T0, 1.0)
    with pytest.raises(StorageError, match="is completed"):
        db.sessions.mark_abandoned(session.id)


def test_bad_references_and_values_are_refused(db: Storage) -> None:
    ana = db.users.create("Ana")
    scenario = add_scenario(db, "refund")
    with pytest.raises(StorageError, match="no user number 99"):
        db.sessions.start_session(99, scenario.id, seed=1)
    with pytest.raises(StorageError, match="no scenario version number 99"):
        db.sessions.start_session(ana.id, 99, seed=1)
    session = db.sessions.start_session(ana.id, scenario.id, seed=1)
    with pytest.raises(StorageError, match="numbered from 1"):
        db.sessions.record_turn_sent(session.id, 0, "n", "c", "r", T0, T0, 1.0)
    with pytest.raises(StorageError, match="no session number 99"):
        db.sessions.record_turn_sent(99, 1, "n", "c", "r", T0, T0, 1.0)
    with pytest.raises(StorageError, match="no turn number 99"):
        db.sessions.record_turn_scores(99, make_score(50))
    with pytest.raises(StorageError, match="CSAT is from 1 to 5"):
        db.sessions.finish_session(session.id, Outcome.RESOLVED, 6)
    with pytest.raises(StorageError, match="no session number 99"):
        db.sessions.load_session(99)


def test_sessions_are_listed_newest_first_by_user_team_and_period(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana", team="Billing")
    bob = db.users.create("Bob", team="Returns")
    scenario = add_scenario(db, "refund")
    first, _ = play(db, clock, ana, scenario, T0, [make_score(80)])
    second, _ = play(db, clock, bob, scenario, T0 + timedelta(days=1), [make_score(80)])
    third, _ = play(db, clock, ana, scenario, T0 + timedelta(days=2), [make_score(80)])
    assert [s.id for s in db.sessions.list_sessions()] == [third.id, second.id, first.id]
    assert [s.id for s in db.sessions.list_sessions(user_id=ana.id)] == [third.id, first.id]
    assert [s.id for s in db.sessions.list_sessions(team="Returns")] == [second.id]
    assert [s.id for s in db.sessions.list_sessions(since=T0 + timedelta(hours=1),
                                                     until=T0 + timedelta(days=2))] == [second.id]
    assert [s.id for s in db.sessions.list_sessions(limit=1)] == [third.id]
    assert db.sessions.list_sessions()[0].user_name == "Ana"
