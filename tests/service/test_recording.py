"""Recorded sessions: every reply is stored when sent, scores after; an unfinished session resumes where it
stopped. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from simulator.domain import FakeClock, Outcome, ReplyScore
from simulator.scenario.model import Scenario
from simulator.service.recording import resume_session, start_recorded_session, trainee_named
from simulator.storage import SessionStatus, Storage, open_database
from tests.scenario.conftest import TableScorer


@pytest.fixture
def storage(database_url: str) -> Iterator[Storage]:
    opened = open_database(database_url)
    yield opened
    opened.close()


def test_a_reply_is_stored_before_it_is_scored(storage: Storage, looping: Scenario) -> None:
    clock = FakeClock()
    practice = start_recorded_session(storage, trainee_named(storage, "Ana"), looping, TableScorer(),
                                      clock=clock, seed=3)
    practice.start()
    clock.advance(7)
    sent = practice.send("Hello <b>Sam</b> 👋")
    [turn] = storage.sessions.load_session(practice.session_id).turns  # type: ignore[arg-type]
    appeared = practice.conversation.transcript[0].at
    assert (turn.reply, turn.score, turn.latency) == ("Hello <b>Sam</b> 👋", None, pytest.approx(7 - appeared))
    practice.complete(sent, ReplyScore(70, 60, 90, 72))
    [turn] = storage.sessions.load_session(practice.session_id).turns  # type: ignore[arg-type]
    assert turn.score is not None and turn.score.empathy == 70


def test_finished_session_is_completed_with_outcome_and_csat(storage: Storage, looping: Scenario) -> None:
    scorer = TableScorer({"What is your order number?": {"intents": {"asks_number"}}})
    practice = start_recorded_session(storage, trainee_named(storage, "Ana"), looping, scorer, clock=FakeClock())
    practice.start()
    practice.reply("hello")
    practice.reply("What is your order number?")
    summary = storage.sessions.load_session(practice.session_id).summary  # type: ignore[arg-type]
    assert (summary.status, summary.outcome, summary.turn_count) == (SessionStatus.COMPLETED, Outcome.RESOLVED, 2)
    assert summary.csat == practice.result().csat
    assert [badge.code for badge in storage.badges.badges(summary.user_id)]  # the first session earns one


def test_resume_replays_stored_turns_scores_the_unscored_one_and_continues(storage: Storage,
                                                                           looping: Scenario) -> None:
    scorer = TableScorer({"first": {"empathy": 20}, "What is your order number?": {"intents": {"asks_number"}}})
    clock = FakeClock()
    ana = trainee_named(storage, "Ana")
    practice = start_recorded_session(storage, ana, looping, scorer, clock=clock, seed=11)
    practice.start()
    clock.advance(30)
    practice.reply("first")
    clock.advance(40)
    sent = practice.send("second")  # the crash comes while this reply is being scored
    before = practice.conversation.transcript[:]

    session_id = storage.sessions.unfinished_sessions(ana.id)[0].id
    resumed = resume_session(storage, session_id, scorer, clock=FakeClock())
    conversation = resumed.conversation
    replayed = [(m.role, m.text) for m in conversation.transcript]
    assert replayed[:len(before)] == [(m.role, m.text) for m in before]
    assert replayed[len(before)][0] == "customer"  # the reply left unscored is routed: the customer answers
    assert [turn.seconds for turn in conversation.turns] == [
        pytest.approx(practice.conversation.turns[0].seconds), pytest.approx(sent.seconds)]
    stored = storage.sessions.load_session(session_id)
    assert [turn.score is not None for turn in stored.turns] == [True, True]  # scored on resume
    assert stored.turns[0].score is not None and stored.turns[0].score.empathy == 20  # kept, not rescored

    resumed.reply("What is your order number?")
    stored = storage.sessions.load_session(session_id)
    assert [turn.reply for turn in stored.turns] == ["first", "second", "What is your order number?"]
    assert stored.summary.status is SessionStatus.COMPLETED and stored.summary.outcome is Outcome.RESOLVED


def test_only_a_session_in_progress_resumes(storage: Storage, looping: Scenario) -> None:
    practice = start_recorded_session(storage, trainee_named(storage, "Ana"), looping, TableScorer(),
                                      clock=FakeClock())
    practice.start()
    storage.sessions.mark_abandoned(practice.session_id)  # type: ignore[arg-type]
    with pytest.raises(Exception, match="is abandoned; only a session in progress can be resumed"):
        resume_session(storage, practice.session_id, TableScorer())  # type: ignore[arg-type]
