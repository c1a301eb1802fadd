"""`simulator play --resume` while the database still refuses what the session waits to save (its end, or the
scores of its last reply): a clear message that says what waits and how to save it, exit 1, no traceback; once
the database accepts writes, the same command saves it (a real SQLite file with a trigger that refuses writes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.domain import FakeClock
from simulator.scenario.parse import load_scenario
from simulator.service.practice import EndNotSaved
from simulator.service.recording import start_recorded_session, trainee_named
from simulator.storage import SessionStatus, SessionSummary, open_database
from tests.conftest import run_cli
from tests.scenario.conftest import TINY, TableScorer
from tests.service.refusals import REFUSAL, refuse_session_ends

pytestmark = pytest.mark.slow

REFUSE_SCORES = ("CREATE TRIGGER refuse_scores BEFORE UPDATE OF scored_at ON turn "
                 f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END")


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.yaml"
    path.write_text(TINY, encoding="utf-8")
    return path


def only_session(url: str) -> SessionSummary:
    with open_database(url) as storage:
        [session] = storage.sessions.list_sessions()
        return session


def resume(url: str, tiny: Path) -> tuple[int, str, str]:
    result = run_cli("--db", url, "play", str(tiny), "--trainee", "Ana", "--resume", "--json", input="")
    return result.returncode, result.stdout, result.stderr


def assert_resume_waits(url: str, tiny: Path, what: str) -> SessionSummary:
    """`--resume` says `what` still waits, exits 1 without a traceback and leaves the session in progress."""
    returncode, stdout, stderr = resume(url, tiny)
    assert returncode == 1 and stdout == ""
    assert "Traceback" not in stderr
    [message] = [line for line in stderr.splitlines() if line.startswith("simulator: error: ")]
    assert message == (f"simulator: error: {what} is still waiting to be saved: the database "
                       f"{tiny.parent / 'progress.db'} refused the change: {REFUSAL}. Nothing is lost; run "
                       f"`simulator play {tiny} --trainee Ana --resume` again (with the same --db) when the "
                       "database accepts writes.")
    session = only_session(url)
    assert (session.status, session.turn_count) == (SessionStatus.IN_PROGRESS, 1)
    return session


def test_resuming_while_the_end_is_still_refused_says_the_end_waits(tiny: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'progress.db'}"
    with open_database(url) as storage:
        practice = start_recorded_session(storage, trainee_named(storage, "Ana"), load_scenario(tiny),
                                          TableScorer(), clock=FakeClock())
        practice.start()
        refuse_session_ends(storage, True)
        with pytest.raises(EndNotSaved):
            practice.reply("Hello Sam, what is your order number?")  # any reply ends the tiny scenario

    assert_resume_waits(url, tiny, "the end of this session")

    with open_database(url) as storage:
        refuse_session_ends(storage, False)
    returncode, stdout, stderr = resume(url, tiny)
    assert returncode == 0, stderr
    assert json.loads(stdout)["outcome"] == "resolved"
    assert only_session(url).status is SessionStatus.COMPLETED


def test_resuming_while_the_scores_are_still_refused_says_the_scores_wait(tiny: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'progress.db'}"
    with open_database(url) as storage:
        practice = start_recorded_session(storage, trainee_named(storage, "Ana"), load_scenario(tiny),
                                          TableScorer(), clock=FakeClock())
        practice.start()
        practice.send("Hello Sam, what is your order number?")  # saved, then the process stopped while scoring
        storage.connection.database.execute_sql(REFUSE_SCORES)

    session = assert_resume_waits(url, tiny, "the scores of reply 1")
    with open_database(url) as storage:
        [turn] = storage.sessions.load_session(session.id).turns
        assert turn.reply == "Hello Sam, what is your order number?" and turn.score is None
