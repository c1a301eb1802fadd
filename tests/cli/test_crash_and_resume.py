"""A `simulator play --trainee` process killed with SIGKILL loses no sent reply, and the session resumes;
two processes recording into one SQLite file at once both succeed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from simulator.storage import SessionStatus, open_database
from tests.conftest import ROOT, run_cli
from tests.scenario.conftest import TINY

pytestmark = pytest.mark.slow

LOOPING = TINY.replace("      - goto: done\n  done:", "      - goto: hello\n  done:")


def stored_turns(url: str) -> list[str]:
    with open_database(url) as storage:
        return [turn.reply for session in storage.sessions.list_sessions()
                for turn in storage.sessions.load_session(session.id).turns]


def wait_for(condition, timeout: float = 120) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def test_sigkill_mid_session_keeps_every_sent_reply_and_resume_continues(tmp_path: Path) -> None:
    scenario = tmp_path / "looping.yaml"
    scenario.write_text(LOOPING, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'progress.db'}"
    process = subprocess.Popen([sys.executable, "-m", "simulator", "--db", url, "play", str(scenario),
                                "--trainee", "Ana", "--json"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, cwd=ROOT, env=os.environ.copy())
    assert process.stdin is not None
    try:
        for number in range(1, 4):
            process.stdin.write(f"reply number {number}\n".encode())
            process.stdin.flush()
            wait_for(lambda number=number: len(stored_turns(url)) == number)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert stored_turns(url) == ["reply number 1", "reply number 2", "reply number 3"]

    replies = tmp_path / "rest.txt"
    replies.write_text("What is your order number?\n", encoding="utf-8")
    result = run_cli("--db", url, "play", str(scenario), "--trainee", "Ana", "--resume", "--replies", str(replies),
                     "--json")
    assert result.returncode == 0, result.stderr
    played = json.loads(result.stdout)
    assert played["outcome"] == "resolved"
    assert [turn["reply"] for turn in played["turns"]] == [
        "reply number 1", "reply number 2", "reply number 3", "What is your order number?"]
    with open_database(url) as storage:
        [session] = storage.sessions.list_sessions()
        assert (session.id, session.status, session.turn_count) == (played["session_id"], SessionStatus.COMPLETED, 4)


def test_two_processes_record_into_one_sqlite_file_at_once(tmp_path: Path) -> None:
    scenario = tmp_path / "looping.yaml"
    scenario.write_text(LOOPING.replace("start: hello", "start: hello\nmax_turns: 25"), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    replies = tmp_path / "replies.txt"
    replies.write_text("".join(f"[5s] reply {n}\n" for n in range(30)), encoding="utf-8")
    processes = [subprocess.Popen([sys.executable, "-m", "simulator", "--db", url, "play", str(scenario),
                                   "--trainee", name, "--replies", str(replies), "--json"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, text=True)
                 for name in ("Ana", "Ben")]
    outputs = [process.communicate(timeout=300) for process in processes]
    assert [process.returncode for process in processes] == [0, 0], [err for _, err in outputs]
    with open_database(url) as storage:
        sessions = storage.sessions.list_sessions()
        assert sorted(s.user_name for s in sessions) == ["Ana", "Ben"]
        assert [s.turn_count for s in sessions] == [25, 25]
        assert all(s.status is SessionStatus.COMPLETED for s in sessions)
