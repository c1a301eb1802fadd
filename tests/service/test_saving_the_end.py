"""When the database refuses the end of a session, the conversation's result is kept and saving the end again
completes the stored session, once (a real SQLite file with a trigger that refuses completing a session)."""

from __future__ import annotations

import pytest

from simulator.domain import FakeClock, Outcome, StorageError
from simulator.scenario.model import Scenario
from simulator.service.practice import EndNotSaved, PracticeSession
from simulator.service.recording import start_recorded_session, trainee_named
from simulator.storage import SessionStatus, SessionSummary, Storage
from tests.scenario.conftest import TableScorer
from tests.service.refusals import REFUSAL, refuse_session_ends


def stored(storage: Storage, practice: PracticeSession) -> SessionSummary:
    assert practice.session_id is not None
    return storage.sessions.load_session(practice.session_id).summary


def test_an_end_the_database_refuses_is_kept_and_saved_once_on_retry(storage: Storage,
                                                                     looping: Scenario) -> None:
    scorer = TableScorer({"What is your order number?": {"intents": {"asks_number"}}})
    practice = start_recorded_session(storage, trainee_named(storage, "Ana"), looping, scorer, clock=FakeClock())
    practice.start()
    practice.reply("hello")
    refuse_session_ends(storage, True)

    with pytest.raises(EndNotSaved, match=rf"^the end of the session \(outcome resolved, CSAT [1-5]\) "
                                          rf"was not saved: .*{REFUSAL}") as refused:
        practice.reply("What is your order number?")
    outcome = refused.value.outcome
    assert outcome is not None and outcome.turn.reply == "What is your order number?"
    assert outcome.messages and refused.value.messages == outcome.messages  # the customer's last words are kept
    assert practice.end_unsaved and practice.result().outcome is Outcome.RESOLVED
    with pytest.raises(StorageError, match=REFUSAL):
        practice.record_end()  # still refused
    summary = stored(storage, practice)
    assert (summary.status, summary.turn_count) == (SessionStatus.IN_PROGRESS, 2)  # both replies are saved

    refuse_session_ends(storage, False)
    practice.record_end()
    summary = stored(storage, practice)
    assert (summary.status, summary.outcome, summary.csat) == (
        SessionStatus.COMPLETED, Outcome.RESOLVED, practice.result().csat)
    assert [badge.code for badge in storage.badges.badges(summary.user_id)]  # saved with the end
    assert not practice.end_unsaved
    practice.record_end()  # saved already: nothing is written again (a completed session takes no changes)
    assert stored(storage, practice) == summary


def test_a_customer_leaving_keeps_their_last_words_when_the_end_is_refused(storage: Storage,
                                                                           looping: Scenario) -> None:
    clock = FakeClock()
    practice = start_recorded_session(storage, trainee_named(storage, "Ana"), looping, TableScorer(), clock=clock)
    practice.start()
    refuse_session_ends(storage, True)
    with pytest.raises(EndNotSaved) as refused:
        while not practice.finished:  # the trainee stays silent until the customer leaves
            clock.advance(looping.follow_up_seconds(practice.conversation.node))
            practice.poll()
    assert refused.value.outcome is None
    assert refused.value.messages[-1] == practice.conversation.transcript[-1]
    refuse_session_ends(storage, False)
    practice.record_end()
    summary = stored(storage, practice)
    assert (summary.status, summary.outcome) == (SessionStatus.COMPLETED, Outcome.CUSTOMER_LEFT)


def test_an_end_refused_half_way_is_saved_whole_on_retry(storage: Storage, looping: Scenario) -> None:
    """The session's completion and its badges go in one transaction: a refused badge undoes the completion."""
    scorer = TableScorer({"What is your order number?": {"intents": {"asks_number"}}})
    practice = start_recorded_session(storage, trainee_named(storage, "Ana"), looping, scorer, clock=FakeClock())
    practice.start()
    database = storage.connection.database
    database.execute_sql("CREATE TRIGGER refuse_badges BEFORE INSERT ON badge_award "
                         f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END")
    with pytest.raises(EndNotSaved):
        practice.reply("What is your order number?")
    assert stored(storage, practice).status is SessionStatus.IN_PROGRESS
    database.execute_sql("DROP TRIGGER refuse_badges")
    practice.record_end()
    assert stored(storage, practice).status is SessionStatus.COMPLETED
