"""Progress queries on effective scores: timelines, statistics, teams, percentiles, streaks, bests, advice."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from simulator.domain import Outcome
from simulator.storage import Reason, Role, Storage
from tests.storage.helpers import FakeWallClock, add_scenario, make_score, play

MONDAY = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def day(offset: int, hour: int = 9) -> datetime:
    return MONDAY + timedelta(days=offset, hours=hour - 9)


def test_timeline_per_day_and_per_week(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana")
    dana = db.users.create("Dana", Role.TRAINER)
    refund = add_scenario(db, "refund")
    _, [first, _] = play(db, clock, ana, refund, day(0), [make_score(60), make_score(80)])
    play(db, clock, ana, refund, day(1), [make_score(90, clarity=50)])
    play(db, clock, ana, refund, day(7), [make_score(50, speed=None)])
    play(db, clock, db.users.create("Bob"), refund, day(0), [make_score(10)])  # someone else

    daily = db.progress.timeline(ana.id)
    assert [(p.start, p.sessions, p.turns) for p in daily] == [
        (date(2025, 3, 3), 1, 2), (date(2025, 3, 4), 1, 1), (date(2025, 3, 10), 1, 1)]
    assert [p.averages.empathy for p in daily] == [70, 90, 50]
    assert daily[1].averages.clarity == 50 and daily[2].averages.speed is None

    weekly = db.progress.timeline(ana.id, period="week")
    assert [(p.start, p.sessions, p.turns) for p in weekly] == [(date(2025, 3, 3), 2, 3), (date(2025, 3, 10), 1, 1)]
    assert weekly[0].averages.empathy == pytest.approx((60 + 80 + 90) / 3)

    db.reviews.override_score(first, "empathy", 100, dana.id, "model too harsh")
    assert db.progress.timeline(ana.id)[0].averages.empathy == 90
    assert [p.start for p in db.progress.timeline(ana.id, since=day(1), until=day(7))] == [date(2025, 3, 4)]
    with pytest.raises(ValueError, match="period"):
        db.progress.timeline(ana.id, period="month")


def test_timeline_days_follow_the_given_time_zone(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana")
    play(db, clock, ana, add_scenario(db, "refund"), datetime(2025, 3, 3, 23, 30, tzinfo=UTC), [make_score(60)])
    assert [p.start for p in db.progress.timeline(ana.id)] == [date(2025, 3, 3)]
    assert [p.start for p in db.progress.timeline(ana.id, tz=ZoneInfo("Europe/Paris"))] == [date(2025, 3, 4)]


def test_scenario_statistics(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana", team="Billing")
    bob = db.users.create("Bob", team="Returns")
    refund = add_scenario(db, "refund", 1, "id: refund\nv: 1\n")
    refund_v2 = add_scenario(db, "refund", 2, "id: refund\nv: 2\n")
    fraud = add_scenario(db, "fraud", 4)
    play(db, clock, ana, refund, day(0), [make_score(60), make_score(80)], Outcome.RESOLVED, csat=5)
    play(db, clock, bob, refund_v2, day(1), [make_score(40)], Outcome.ESCALATED, csat=2)
    play(db, clock, bob, refund_v2, day(2), [make_score(20)], Outcome.ESCALATED, csat=3)
    abandoned, _ = play(db, clock, ana, refund_v2, day(3), [make_score(100)], outcome=None)
    db.sessions.mark_abandoned(abandoned.id)
    play(db, clock, ana, fraud, day(3), [None], outcome=None)

    by_id = {stats.scenario_id: stats for stats in db.progress.scenario_statistics()}
    refund_stats = by_id["refund"]
    assert (refund_stats.sessions, refund_stats.completed, refund_stats.abandoned, refund_stats.in_progress) == (
        4, 3, 1, 0)
    assert refund_stats.completion_rate == 0.75
    assert refund_stats.outcomes == {"resolved": 1, "escalated": 2}
    assert refund_stats.average_csat == pytest.approx(10 / 3)
    assert refund_stats.turns == 5
    assert refund_stats.averages.empathy == pytest.approx((60 + 80 + 40 + 20 + 100) / 5)
    assert (refund_stats.difficulty, refund_stats.title) == (2, "Refund")  # the latest version's
    fraud_stats = by_id["fraud"]
    assert (fraud_stats.sessions, fraud_stats.in_progress, fraud_stats.completion_rate) == (1, 1, 0.0)
    assert fraud_stats.average_csat is None and fraud_stats.averages.empathy is None

    billing = {stats.scenario_id: stats for stats in db.progress.scenario_statistics(team="Billing")}
    assert billing["refund"].sessions == 2 and billing["refund"].outcomes == {"resolved": 1}
    assert billing["fraud"].sessions == 1
    later = {stats.scenario_id: stats for stats in db.progress.scenario_statistics(since=day(1, 0))}
    assert later["refund"].sessions == 3


def test_team_comparison(db: Storage, clock: FakeWallClock) -> None:
    refund = add_scenario(db, "refund")
    ana = db.users.create("Ana", team="Billing")
    bob = db.users.create("Bob", team="Billing")
    cy = db.users.create("Cy", team="Returns")
    lone = db.users.create("Lone")
    dana = db.users.create("Dana", Role.TRAINER, team="Returns")
    play(db, clock, ana, refund, day(0), [make_score(60), make_score(80)])
    play(db, clock, bob, refund, day(1), [make_score(40)])
    play(db, clock, cy, refund, day(1), [make_score(90)])
    play(db, clock, lone, refund, day(2), [make_score(30)])
    play(db, clock, dana, refund, day(2), [make_score(0)])  # trainers are not compared

    teams = db.progress.team_comparison()
    assert [(t.team, t.trainees, t.sessions, t.turns) for t in teams] == [
        ("Billing", 2, 2, 3), ("Returns", 1, 1, 1), (None, 1, 1, 1)]
    assert teams[0].averages.empathy == 60 and teams[1].averages.empathy == 90
    recent = db.progress.team_comparison(since=day(1, 0))
    assert [(t.team, t.turns) for t in recent] == [("Billing", 1), ("Returns", 1), (None, 1)]


def test_percentiles_among_trainees(db: Storage, clock: FakeWallClock) -> None:
    refund = add_scenario(db, "refund")
    trainees = [db.users.create(name) for name in ("A", "B", "C", "D", "E")]
    for user, empathy in zip(trainees, (20, 40, 60, 60, 80), strict=True):
        play(db, clock, user, refund, day(0), [make_score(empathy, clarity=50)])
    play(db, clock, db.users.create("Dana", Role.TRAINER), refund, day(0), [make_score(100)])

    standing = db.progress.percentiles(trainees[2].id)["empathy"]
    assert (standing.value, standing.population) == (60, 5)
    assert standing.percentile == pytest.approx(100 * (2 + 2 / 2) / 5)  # ties count half
    assert (standing.lower_quartile, standing.median, standing.upper_quartile) == (40, 60, 60)
    assert db.progress.percentiles(trainees[4].id)["empathy"].percentile == 90
    assert db.progress.percentiles(trainees[0].id)["clarity"].percentile == 50
    assert db.progress.percentiles(db.users.create("New").id) == {}


def test_streaks_over_injected_days(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana")
    refund = add_scenario(db, "refund")
    for offset in (0, 1, 2, 5, 6, 7, 8, 10, 11):  # runs of 3, 4 and 2 days
        play(db, clock, ana, refund, day(offset), [make_score(70)])
    assert db.progress.streaks(ana.id, today=date(2025, 3, 14)).current == 2  # practised today
    streaks = db.progress.streaks(ana.id, today=date(2025, 3, 15))
    assert (streaks.current, streaks.best, streaks.practice_days, streaks.last_practice_day) == (
        2, 4, 9, date(2025, 3, 14))  # not yet today: the streak is still alive
    assert db.progress.streaks(ana.id, today=date(2025, 3, 16)).current == 0
    clock.set(day(11, hour=20))
    assert db.progress.streaks(ana.id).current == 2  # today from the clock
    assert db.progress.streaks(db.users.create("New").id, today=date(2025, 3, 16)).best == 0


def test_personal_bests(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana")
    refund = add_scenario(db, "refund")
    first, _ = play(db, clock, ana, refund, day(0), [make_score(90, clarity=40)], csat=3, first_latency=25)
    second, _ = play(db, clock, ana, refund, day(1), [make_score(70, clarity=80), make_score(50, clarity=80)],
                     csat=5, first_latency=8)
    third, _ = play(db, clock, ana, refund, day(2), [make_score(90, clarity=10)], csat=5, first_latency=40)
    unfinished, _ = play(db, clock, ana, refund, day(3), [make_score(100, clarity=100)], outcome=None,
                         first_latency=1)

    bests = db.progress.personal_bests(ana.id)
    assert (bests.session_averages["empathy"].value, bests.session_averages["empathy"].session_id) == (
        90, first.id)  # the earliest of a tie
    assert (bests.session_averages["clarity"].value, bests.session_averages["clarity"].session_id) == (
        80, second.id)
    assert bests.fastest_first_response is not None
    assert (bests.fastest_first_response.value, bests.fastest_first_response.session_id) == (8, second.id)
    assert bests.best_csat is not None and (bests.best_csat.value, bests.best_csat.session_id) == (5, second.id)
    assert bests.session_averages["empathy"].at == day(0) and bests.session_averages["empathy"].scenario_id == "refund"
    empty = db.progress.personal_bests(db.users.create("New").id)
    assert (empty.session_averages, empty.fastest_first_response, empty.best_csat) == ({}, None, None)


def test_weakest_dimension_over_recent_turns(db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana")
    refund = add_scenario(db, "refund")
    play(db, clock, ana, refund, day(0), [make_score(10, clarity=90, speed=90)] * 3)  # long ago: weak empathy
    play(db, clock, ana, refund, day(1), [make_score(80, clarity=40, speed=None), None])
    weakest = db.progress.weakest_dimension(ana.id, recent_turns=1)
    assert weakest is not None
    assert (weakest.dimension, weakest.average, weakest.turns) == ("clarity", 40, 1)
    overall = db.progress.weakest_dimension(ana.id)
    assert overall is not None and overall.dimension == "empathy" and overall.turns == 4
    assert db.progress.weakest_dimension(db.users.create("New").id) is None


def test_recommendations_prefer_new_scenarios_at_the_next_level_then_the_weak_spot(
        db: Storage, clock: FakeWallClock) -> None:
    ana = db.users.create("Ana")
    available = {"greet": 1, "refund": 1, "delay": 2, "late": 2, "billing": 2, "fraud": 4}
    greet, refund = add_scenario(db, "greet", 1), add_scenario(db, "refund", 1)
    delay = add_scenario(db, "delay", 2)
    play(db, clock, ana, greet, day(0), [make_score(85, clarity=90, speed=90)])  # masters difficulty 1
    play(db, clock, ana, refund, day(1), [make_score(40, clarity=90, speed=90)])  # weak empathy here
    play(db, clock, ana, delay, day(2), [make_score(60, clarity=60, speed=60)])

    recommendations = db.progress.recommend_scenarios(ana.id, available, limit=6)
    assert [(r.scenario_id, r.reason) for r in recommendations] == [
        ("billing", Reason.NEW_AT_LEVEL), ("late", Reason.NEW_AT_LEVEL),
        ("refund", Reason.WEAK_DIMENSION), ("delay", Reason.WEAK_DIMENSION),
        ("fraud", Reason.NEW), ("greet", Reason.REPLAY)]
    weak = recommendations[2]
    assert (weak.dimension, weak.dimension_average, weak.times_played, weak.target_difficulty) == (
        "empathy", 40, 1, 2)
    assert len(db.progress.recommend_scenarios(ana.id, available)) == 3

    newcomer = db.progress.recommend_scenarios(db.users.create("New").id, available, limit=2)
    assert [(r.scenario_id, r.reason, r.dimension) for r in newcomer] == [
        ("greet", Reason.NEW_AT_LEVEL, None), ("refund", Reason.NEW_AT_LEVEL, None)]
    assert db.progress.recommend_scenarios(ana.id, {}) == []
