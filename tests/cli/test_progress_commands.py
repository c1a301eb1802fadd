"""`simulator history`, `export` and `db upgrade` on a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.domain import Outcome, ReplyScore
from simulator.storage import Role, open_database


@pytest.fixture
def filled(database_url: str) -> str:
    """Two trainees in two teams; Ana's first reply overridden by a supervisor."""
    with open_database(database_url) as storage:
        sup = storage.users.create("Sue", Role.SUPERVISOR, "north")
        version = storage.scenarios.get_or_create_version("late-delivery", "text: 1", 2, "Late parcel")
        for name, team, empathy in (("Ana", "north", 80.0), ("Ben", "south", 40.0)):
            user = storage.users.create(name, Role.TRAINEE, team)
            session = storage.sessions.start_session(user.id, version.id, seed=1)
            sent = datetime.now(UTC) - timedelta(minutes=5)
            for index in (1, 2):
                turn_id = storage.sessions.record_turn_sent(session.id, index, "opening", "Where is it?",
                                                            f"{name} reply {index}", sent, sent, 12.0)
                storage.sessions.record_turn_scores(turn_id, ReplyScore(empathy, 60, 90, 70))
                if name == "Ana" and index == 1:
                    storage.reviews.override_score(turn_id, "empathy", 55, sup.id, "too generous")
            storage.sessions.finish_session(session.id, Outcome.RESOLVED, 4)
            storage.badges.evaluate_badges(user.id)
    return database_url


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_history_overview_lists_every_trainee_with_effective_averages(filled: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--db", filled, "history")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["TRAINEE", "TEAM", "SESSIONS", "DONE", "REPLIES", "EMPATHY", "CLARITY", "SPEED",
                                "LAST"]
    assert lines[1].split()[:8] == ["Ana", "north", "1", "1", "2", "68", "60", "90"]  # (55 + 80) / 2: override wins
    assert lines[2].split()[:8] == ["Ben", "south", "1", "1", "2", "40", "60", "90"]
    code, out, _ = run(capsys, "--db", filled, "history", "--team", "south")
    assert [line.split()[0] for line in out.splitlines()[1:]] == ["Ben"]


def test_history_of_one_trainee(filled: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--db", filled, "history", "--trainee", "Ben")
    assert code == 0
    assert out.startswith("Ben (south)\nLevel 2: Apprentice (next: resolve a difficulty-3 scenario with an overall "
                          "score of 70 or more)\nStreak: 1 day(s) now, best 1\nBadges: First conversation")
    assert "Weakest: empathy (40 over the last 2 replies)" in out
    assert "late-delivery  resolved  4     2        40       60       90" in out
    code, _, err = run(capsys, "--db", filled, "history", "--trainee", "Zoe")
    assert code == 1 and "no trainee named 'Zoe' (known: Ana, Ben, Sue)" in err


def test_export_csv_keeps_model_and_human_scores(filled: str, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    output = tmp_path / "ana.csv"
    code, _, err = run(capsys, "--db", filled, "export", "--format", "csv", "--trainee", "Ana", "-o", str(output))
    assert code == 0 and "2 turn(s) written" in err
    rows = list(csv.DictReader(io.StringIO(output.read_text(encoding="utf-8"))))
    assert [row["reply"] for row in rows] == ["Ana reply 1", "Ana reply 2"]
    first = rows[0]
    assert (first["empathy_model"], first["empathy_override"], first["empathy_override_by"],
            first["empathy_effective"]) == ("80.0", "55.0", "Sue", "55.0")


def test_export_json_and_xapi_to_stdout(filled: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--db", filled, "export", "--format", "json", "--team", "south")
    assert code == 0
    assert {row["trainee"] for row in json.loads(out)} == {"Ben"}
    code, out, _ = run(capsys, "--db", filled, "export", "--format", "xapi", "--since", "2000-01-01")
    statements = json.loads(out)
    verbs = sorted({statement["verb"]["display"]["en-US"] for statement in statements})
    assert verbs == ["completed", "responded"]
    assert all({"actor", "verb", "object", "timestamp"} <= set(statement) for statement in statements)
    code, out, _ = run(capsys, "--db", filled, "export", "--format", "json", "--until", "2000-01-01")
    assert json.loads(out) == []


def test_db_upgrade_reports_the_schema(filled: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--db", filled, "db", "upgrade")
    assert code == 0 and "already up to date" in out


def test_bad_date_is_a_usage_error(filled: str, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as raised:
        main(["--db", filled, "export", "--since", "31/12/2025"])
    assert raised.value.code == 2
    assert "'31/12/2025' is not a date like 2026-03-31" in capsys.readouterr().err
