"""Badges come from the stored sessions and turns, and are awarded once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from simulator.domain import Outcome, StorageError
from simulator.storage import Averages, Role, SessionStatus, Storage
from simulator.storage.aggregates import SessionScores
from simulator.storage.badges import level_of
from tests.storage.helpers import FakeWallClock, add_scenario, make_score, play

MONDAY = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def codes(awards: list) -> list[str]:
    return [award.code for award in awards]


def test_a_badge_is_awarded_once(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana")
    assert db.badges.evaluate_badges(ana.id) == []
    session, _ = play(db, clock, ana, add_scenario(db, "refund"), MONDAY, [make_score(50)])

    [award] = db.badges.evaluate_badges(ana.id)
    assert (award.code, award.title, award.session_id, award.awarded_at) == (
        "first_session", "First conversation", session.id, clock())
    assert db.badges.evaluate_badges(ana.id) == []
    assert db.badges.badges(ana.id) == [award]


def test_unfinished_sessions_earn_nothing(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana")
    play(db, clock, ana, add_scenario(db, "fraud", 5), MONDAY, [make_score(99)], outcome=None, csat=5,
         first_latency=1)
    assert db.badges.evaluate_badges(ana.id) == []


def test_five_day_streak(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana")
    refund = add_scenario(db, "refund")
    sessions = [play(db, clock, ana, refund, MONDAY + timedelta(days=offset), [make_score(50)])[0]
                for offset in (0, 1, 2, 3, 5, 6, 7, 8)]
    assert "five_day_streak" not in codes(db.badges.evaluate_badges(ana.id))  # 4 days, a gap, 4 days
    fifth_day, _ = play(db, clock, ana, refund, MONDAY + timedelta(days=9), [make_score(50)])
    [award] = db.badges.evaluate_badges(ana.id)
    assert (award.code, award.session_id) == ("five_day_streak", fifth_day.id)
    assert len(sessions) == 8


def test_empathy_star_needs_a_hard_scenario(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana")
    dana = db.users.create("Dana", Role.TRAINER)
    play(db, clock, ana, add_scenario(db, "easy", 3), MONDAY, [make_score(95)])
    assert "empathy_star" not in codes(db.badges.evaluate_badges(ana.id))
    hard, [first, _] = play(db, clock, ana, add_scenario(db, "hard", 4), MONDAY + timedelta(hours=1),
                            [make_score(85), make_score(93)])
    assert "empathy_star" not in codes(db.badges.evaluate_badges(ana.id))  # averages 89
    db.reviews.override_score(first, "empathy", 88, dana.id, "the apology named the problem")
    [award] = db.badges.evaluate_badges(ana.id)  # the effective average is now 90.5
    assert (award.code, award.session_id) == ("empathy_star", hard.id)


def test_quick_first_response_regular_and_delighted_customer(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana")
    refund = add_scenario(db, "refund")
    play(db, clock, ana, refund, MONDAY, [make_score(50)], first_latency=10.0, csat=4)
    assert codes(db.badges.evaluate_badges(ana.id)) == ["first_session"]  # 10 s is not under 10 s
    quick, _ = play(db, clock, ana, refund, MONDAY + timedelta(hours=1), [make_score(50)], first_latency=9.5)
    happy, _ = play(db, clock, ana, refund, MONDAY + timedelta(hours=2), [make_score(50)],
                    Outcome.RESOLVED, csat=5)
    assert [(a.code, a.session_id) for a in db.badges.evaluate_badges(ana.id)] == [
        ("quick_first_response", quick.id), ("delighted_customer", happy.id)]
    sessions = [play(db, clock, ana, refund, MONDAY + timedelta(hours=3 + n), [make_score(50)])[0]
                for n in range(7)]
    assert [(a.code, a.session_id) for a in db.badges.evaluate_badges(ana.id)] == [("regular", sessions[-1].id)]
    assert codes(db.badges.badges(ana.id)) == ["first_session", "quick_first_response", "delighted_customer",
                                              "regular"]


def test_badges_of_an_unknown_user(db: Storage) -> None:
    with pytest.raises(StorageError, match="no user number 42"):
        db.badges.evaluate_badges(42)


def _session(difficulty: int, outcome: Outcome | None, overall: float) -> SessionScores:
    return SessionScores(1, "s", difficulty, datetime(2025, 1, 1, tzinfo=UTC), SessionStatus.COMPLETED, outcome, 4,
                         3, Averages(overall=overall), 5.0)


def test_level_is_the_hardest_scenario_resolved_well() -> None:
    assert level_of([]).number == 0 and level_of([]).title == "Newcomer"
    sessions = [_session(4, Outcome.RESOLVED, 69.9), _session(2, Outcome.RESOLVED, 75),
                _session(5, Outcome.ESCALATED, 95)]
    level = level_of(sessions)
    assert (level.number, level.title) == (2, "Apprentice")
    assert level.next_step == "resolve a difficulty-3 scenario with an overall score of 70 or more"
    assert level_of([_session(5, Outcome.RESOLVED, 70)]).next_step is None
