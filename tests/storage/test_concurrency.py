"""Real processes: two writing one database at once lose nothing; one killed mid-session keeps its sent turns."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from simulator.domain import Outcome
from simulator.storage import SessionStatus, open_database

ROOT = Path(__file__).resolve().parents[2]
TURNS_EACH = 300
PROCESS_TIMEOUT_SECONDS = 300  # only to stop a hung test, never a measure


def start_writer(url: str, name: str, turns: int, *options: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tests.storage.write_turns", url, name, str(turns), *options],
                            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def test_two_processes_writing_at_once_both_succeed_and_lose_nothing(database_url: str, tmp_path: Path) -> None:
    go = tmp_path / "go"
    writers = [start_writer(database_url, name, TURNS_EACH, "--go", str(go)) for name in ("Ana", "Bob")]
    for writer in writers:  # both have opened (and migrated) the database and started a session
        assert writer.stdout is not None
        assert writer.stdout.readline().startswith("ready"), writer.stderr.read() if writer.stderr else ""
    go.touch()
    for writer in writers:
        out, err = writer.communicate(timeout=PROCESS_TIMEOUT_SECONDS)
        assert writer.returncode == 0, err
        assert out.splitlines()[-1] == "done"

    with open_database(database_url) as storage:
        sessions = storage.sessions.list_sessions()
        assert sorted(session.user_name for session in sessions) == ["Ana", "Bob"]
        for summary in sessions:
            assert (summary.status, summary.turn_count) == (SessionStatus.COMPLETED, TURNS_EACH)
            turns = storage.sessions.load_session(summary.id).turns
            assert [turn.index for turn in turns] == list(range(1, TURNS_EACH + 1))
            assert all(turn.score is not None for turn in turns)
            assert {turn.reply.split()[0] for turn in turns} == {summary.user_name}
            assert "first_session" in [badge.code for badge in storage.badges.badges(summary.user_id)]
        assert len(storage.scenarios.versions("concurrency")) == 1


def test_a_killed_session_keeps_every_sent_turn_and_can_be_resumed(database_url: str) -> None:
    writer = start_writer(database_url, "Ana", 50, "--hang-after", "20")
    assert writer.stdout is not None
    lines: list[str] = []
    while not lines or lines[-1] != "sent 20":
        line = writer.stdout.readline()
        assert line, writer.communicate(timeout=PROCESS_TIMEOUT_SECONDS)[1]
        lines.append(line.strip())
    os.kill(writer.pid, signal.SIGKILL)
    writer.communicate(timeout=PROCESS_TIMEOUT_SECONDS)
    assert writer.returncode == -signal.SIGKILL

    with open_database(database_url) as storage:
        ana = storage.users.find("Ana")
        assert ana is not None
        [unfinished] = storage.sessions.unfinished_sessions(ana.id)
        loaded = storage.sessions.load_session(unfinished.id)
        assert [turn.index for turn in loaded.turns] == list(range(1, 21))
        assert all(turn.score is not None for turn in loaded.turns[:19])
        assert loaded.turns[19].score is None and loaded.turns[19].reply == "Ana reply 20"

        now = datetime.now(UTC)
        storage.sessions.record_turn_sent(unfinished.id, 21, "node", "customer 21", "Ana reply 21", now, now, 1.0)
        finished = storage.sessions.finish_session(unfinished.id, Outcome.RESOLVED, 4)
        assert (finished.status, finished.turn_count) == (SessionStatus.COMPLETED, 21)
