"""`simulator score`: the batch contract other tools rely on."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from simulator.scoring import ReplyScorer
from simulator.scoring.batch import parse_row, score_file
from tests.conftest import run_cli

ROWS = [
    {"id": "r1", "customer": "My order is late.", "reply": "I'm sorry! It arrives Friday before noon."},
    {"id": "r2", "customer": "Charged twice??", "reply": "Refunded.", "response_seconds": 12},
    {"id": "r3", "customer": "Still broken.", "reply": "Let me check.", "response_seconds": 90,
     "target_seconds": 30, "context": ["It's broken", {"role": "agent", "text": "Have you restarted it?"}]},
]


def test_parse_row_builds_timing_and_history() -> None:
    request = parse_row(ROWS[2])
    assert request.timing is not None and request.timing.target_seconds == 30
    assert request.context.history == (("customer", "It's broken"), ("agent", "Have you restarted it?"))
    assert parse_row(ROWS[0]).timing is None


@pytest.mark.parametrize(("row", "message"), [
    ({"id": 1, "reply": "hi"}, "customer"),
    ({"id": 1, "customer": "x", "reply": 5}, "reply"),
    ({"customer": "x", "reply": "y"}, "id"),
    ({"id": 1, "customer": "x", "reply": "y", "response_seconds": -3}, "response_seconds"),
    ({"id": 1, "customer": "x", "reply": "y", "context": "nope"}, "context"),
    ([1, 2], "object"),
])
def test_bad_rows_are_explained(row: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_row(row)


@pytest.mark.slow
def test_score_file_scores_good_rows_and_reports_bad_ones_by_line(scorer: ReplyScorer) -> None:
    lines = [json.dumps(ROWS[0]), "{not json", json.dumps(ROWS[1]), json.dumps({"id": "x"}), json.dumps(ROWS[2])]
    output, errors = io.StringIO(), io.StringIO()
    written, problems = score_file(scorer, io.StringIO("\n".join(lines) + "\n"), output, errors, "in.jsonl")
    assert written == 3
    assert [p.line for p in problems] == [2, 4]
    assert "in.jsonl:2: error: not valid JSON at column 2" in errors.getvalue()
    assert "in.jsonl:4: error: 'customer' must be a string" in errors.getvalue()
    rows = [json.loads(line) for line in output.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["r1", "r2", "r3"]
    assert rows[0]["speed"] is None and rows[1]["speed"] is not None
    assert rows[2]["context"] == ROWS[2]["context"]  # input fields repeated
    for row in rows:
        assert {"empathy", "clarity", "overall", "evidence", "tips"} <= set(row)
        for items in row["evidence"].values():
            for item in items:
                assert row["reply"][item["start"]:item["end"]] == item["text"]


@pytest.mark.slow
def test_cli_score_exit_code_2_when_a_row_fails(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(ROWS[0]) + "\nnot json\n", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    result = run_cli("score", "--input", str(source), "--output", str(target))
    assert result.returncode == 2, result.stderr
    assert "in.jsonl:2: error" in result.stderr
    assert len(target.read_text(encoding="utf-8").splitlines()) == 1


@pytest.mark.slow
def test_cli_score_succeeds_on_good_input(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    result = run_cli("score", "--input", str(source), "--output", str(tmp_path / "out.jsonl"))
    assert result.returncode == 0, result.stderr


def test_cli_models_info_prints_the_manifest() -> None:
    result = run_cli("models", "info")
    assert result.returncode == 0, result.stderr
    assert "all-MiniLM-L6-v2" in result.stdout and "heads/empathy.json" in result.stdout and "ok" in result.stdout


def test_cli_score_reports_a_missing_input_file(tmp_path: Path) -> None:
    result = run_cli("score", "--input", str(tmp_path / "missing.jsonl"), "--output", str(tmp_path / "o.jsonl"))
    assert result.returncode == 1
    assert "cannot read" in result.stderr
