"""When the database refuses a reply, its score or the end of the session, the trainee is told in the window,
nothing is lost, and Retry saves it once the database takes writes again (a real SQLite file whose connection
is made read-only, or which refuses only completing a session)."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from simulator.domain import FakeClock, Outcome, ReplyScore, ScoringContext, Timing
from simulator.gui.main_window import MainWindow
from simulator.gui.preferences import PreferenceStore
from simulator.storage import SessionStatus, Storage, StoredSession
from tests.gui.conftest import InstantScorer, MakeWindow
from tests.gui.helpers import reply, reveal, two_step_scenario
from tests.service.refusals import REFUSAL, refuse_session_ends


class HeldScorer(InstantScorer):
    """Scores only once the test lets it."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def score(self, context: ScoringContext, reply: str, timing: Timing | None) -> ReplyScore:
        self.release.wait(timeout=30)
        return super().score(context, reply, timing)


def practising(make_window: MakeWindow, storage: Storage, store: PreferenceStore, tmp_path: Path,
               scorer: InstantScorer | None = None) -> MainWindow:
    """A window recording Ana's practice of the two-step scenario, the customer's first message on screen."""
    two_step_scenario(tmp_path)
    store.save_last_profile(storage.users.create("Ana").id)
    window = make_window(scorer, paths=[tmp_path])
    window.start(storage)
    window.library.start_button.click()
    return window


def read_only(storage: Storage, refuse: bool) -> None:
    """SQLite refuses every write on the window's connection ("attempt to write a readonly database").

    SQLite's own switch rather than chmod, which does not stop a test run as root, and leaves the file as it was.
    """
    storage.connection.database.execute_sql(f"PRAGMA query_only = {'ON' if refuse else 'OFF'}")


def stored(window: MainWindow, storage: Storage) -> StoredSession:
    """What the database holds of the window's session."""
    practice = window.driver.session
    assert practice is not None and practice.session_id is not None
    return storage.sessions.load_session(practice.session_id)


def test_a_reply_the_database_refuses_is_kept_and_saved_on_retry(
        make_window: MakeWindow, storage: Storage, store: PreferenceStore, clock: FakeClock, qtbot: QtBot,
        tmp_path: Path) -> None:
    window = practising(make_window, storage, store, tmp_path)
    practice = window.practice
    read_only(storage, True)

    reply(qtbot, window, clock, "Hello Sam, I'm so sorry for the wait.")

    assert practice.error_banner.isVisible()
    assert practice.error_text.text().startswith("Your reply could not be saved, so the conversation is paused.")
    assert "readonly database" in practice.error_text.text()
    assert window.focusWidget() is practice.retry_button
    assert practice.chat.bubbles[-1].message.text == "Hello Sam, I'm so sorry for the wait."
    assert practice.hint.text() == "Your reply is kept here until it can be saved."
    assert not practice.send_button.isEnabled()
    assert not stored(window, storage).turns

    practice.retry_button.click()  # still read-only: told again, still kept
    assert practice.error_banner.isVisible() and window.driver.saving_refused

    read_only(storage, False)
    practice.retry_button.click()
    qtbot.waitUntil(lambda: practice.feedback.state == "turn")
    assert not practice.error_banner.isVisible()
    [turn] = stored(window, storage).turns
    assert turn.reply == "Hello Sam, I'm so sorry for the wait." and turn.score is not None
    reveal(window, clock)
    assert practice.chat.bubbles[-1].message.text == "When will it come?"  # the conversation goes on


def test_a_score_the_database_refuses_is_kept_and_saved_on_retry(
        make_window: MakeWindow, storage: Storage, store: PreferenceStore, clock: FakeClock, qtbot: QtBot,
        tmp_path: Path) -> None:
    scorer = HeldScorer()
    window = practising(make_window, storage, store, tmp_path, scorer)
    practice = window.practice
    reveal(window, clock)
    practice.send("Hello Sam, I'm so sorry for the wait.")
    [turn] = stored(window, storage).turns
    assert turn.score is None  # the reply is saved; its score is on its way

    read_only(storage, True)
    with qtbot.waitSignal(window.driver.saving_failed):
        scorer.release.set()
    assert practice.error_banner.isVisible()
    assert "readonly database" in practice.error_text.text()
    assert practice.feedback.state == "empty"
    [turn] = stored(window, storage).turns
    assert turn.score is None

    read_only(storage, False)
    practice.retry_button.click()
    assert practice.feedback.state == "turn" and not practice.error_banner.isVisible()
    [turn] = stored(window, storage).turns
    assert turn.score is not None and turn.score.overall == 68.0
    assert scorer.calls == 1  # the score was kept, not computed again


def test_an_end_the_database_refuses_is_kept_and_saved_on_retry_then_reported(
        make_window: MakeWindow, storage: Storage, store: PreferenceStore, clock: FakeClock, qtbot: QtBot,
        tmp_path: Path) -> None:
    """The last reply ends the conversation; the database takes the reply and its score but refuses the end."""
    window = practising(make_window, storage, store, tmp_path)
    practice = window.practice
    reply(qtbot, window, clock, "Hello Sam, I'm so sorry for the wait.")
    refuse_session_ends(storage, True)

    reply(qtbot, window, clock, "It will arrive tomorrow before noon.")

    assert practice.error_banner.isVisible()
    assert practice.error_text.text().startswith("The conversation is over, but its end could not be saved.")
    assert REFUSAL in practice.error_text.text()
    assert window.focusWidget() is practice.retry_button
    assert practice.feedback.state == "turn"  # the last reply's feedback is shown
    reveal(window, clock)
    assert practice.chat.bubbles[-1].message.text == "Thanks!"  # the customer's last words appear
    assert not practice.end_banner.isVisible()  # the report waits for the end to be saved
    assert stored(window, storage).summary.status is SessionStatus.IN_PROGRESS

    practice.retry_button.click()  # still refused: told again
    assert practice.error_banner.isVisible() and not practice.end_banner.isVisible()

    refuse_session_ends(storage, False)
    practice.retry_button.click()
    assert not practice.error_banner.isVisible() and practice.end_banner.isVisible()
    result = window.driver.result()
    assert result is not None
    saved = stored(window, storage).summary
    assert (saved.status, saved.outcome, saved.csat) == (SessionStatus.COMPLETED, Outcome.RESOLVED, result.csat)
    last = stored(window, storage).turns[-1]
    assert last.reply == "It will arrive tomorrow before noon." and last.score is not None

    window.driver.retry()  # saved already: nothing to do
    assert stored(window, storage).summary == saved
    practice.report_button.click()
    assert window.pages.currentWidget() is window.report and window.report.result == result
    assert window.report.badges  # the first session's badge, awarded with the end


def test_a_customer_leaving_while_the_database_refuses_writes_is_saved_on_retry(
        make_window: MakeWindow, storage: Storage, store: PreferenceStore, clock: FakeClock, qtbot: QtBot,
        tmp_path: Path) -> None:
    window = practising(make_window, storage, store, tmp_path)
    practice, driver = window.practice, window.driver
    reveal(window, clock)
    read_only(storage, True)
    while driver.session is not None and not driver.session.finished:  # the trainee stays silent
        clock.advance(30)
        driver.step()

    assert practice.error_text.text().startswith("The conversation is over, but its end could not be saved.")
    assert "readonly database" in practice.error_text.text()
    read_only(storage, False)
    practice.retry_button.click()
    reveal(window, clock)
    assert practice.end_banner.isVisible()
    assert stored(window, storage).summary.outcome is Outcome.CUSTOMER_LEFT
    practice.report_button.click()
    assert window.pages.currentWidget() is window.report
