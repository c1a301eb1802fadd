"""A live `simulator play` whose database refuses to save a reply or its scores: the trainee is told, nothing is
lost, and Enter tries the refused step again once the database accepts writes (a real SQLite file with a trigger
that refuses writes, and the real command in a fresh process reading its replies from a pipe)."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

import pytest

from simulator.storage import SessionStatus, open_database
from tests.conftest import ROOT
from tests.scenario.conftest import TINY
from tests.service.refusals import REFUSAL

pytestmark = pytest.mark.slow

REPLY = "Hello Sam, what is your order number?"
REFUSE_TURNS = f"CREATE TRIGGER refused BEFORE INSERT ON turn BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
REFUSE_SCORES = f"CREATE TRIGGER refused BEFORE UPDATE OF scored_at ON turn BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
TIMEOUT = 60.0


def execute(url: str, sql: str) -> None:
    """Run `sql` on the database from the test process, while the command runs in its own."""
    with open_database(url) as storage:
        storage.connection.database.execute_sql(sql)


def read_lines(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    """Every line of `stream` into `lines`, then None: the test reads them with a timeout."""
    for line in stream:
        lines.put(line)
    lines.put(None)


@pytest.mark.parametrize(("trigger", "what"), [(REFUSE_TURNS, "your reply"),
                                               (REFUSE_SCORES, "the scores of your reply")])
def test_enter_saves_the_refused_step_once_the_database_accepts_it(tmp_path: Path, trigger: str, what: str) -> None:
    scenario = tmp_path / "tiny.yaml"
    scenario.write_text(TINY, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'progress.db'}"
    execute(url, trigger)  # opening the database creates its tables first

    process = subprocess.Popen([sys.executable, "-m", "simulator", "--db", url, "play", str(scenario),
                                "--trainee", "Ana", "--json"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, cwd=ROOT, env=dict(os.environ))
    assert process.stdin is not None and process.stdout is not None
    errors: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=read_lines, args=(process.stderr, errors), daemon=True).start()
    deadline = time.monotonic() + TIMEOUT
    seen: list[str] = []
    try:
        process.stdin.write(REPLY + "\n")
        process.stdin.flush()
        while not any(line.startswith(f"The database refused to save {what}: ") for line in seen):
            line = errors.get(timeout=max(0.0, deadline - time.monotonic()))
            assert line is not None, "".join(seen)
            seen.append(line)
        assert REFUSAL in seen[-1] and "press Enter to try again" in seen[-1]

        execute(url, "DROP TRIGGER refused")
        process.stdin.write("\n")
        process.stdin.close()
        stdout = process.stdout.read()
        returncode = process.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    while (line := errors.get(timeout=5)) is not None:
        seen.append(line)
    stderr = "".join(seen)

    assert returncode == 0, stderr
    assert "Traceback" not in stderr
    assert stderr.count("The database refused to save") == 1
    assert json.loads(stdout)["outcome"] == "resolved"  # any reply ends the tiny scenario
    with open_database(url) as storage:
        [session] = storage.sessions.list_sessions()
        assert (session.status, session.turn_count) == (SessionStatus.COMPLETED, 1)
        [turn] = storage.sessions.load_session(session.id).turns
        assert turn.reply == REPLY and turn.score is not None
