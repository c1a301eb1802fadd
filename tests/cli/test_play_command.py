"""`simulator play` end to end in a subprocess, with the real scorer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.scenario.conftest import TINY

pytestmark = pytest.mark.slow


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.yaml"
    path.write_text(TINY, encoding="utf-8")
    return path


def test_replies_file_with_json_output(cli, tiny: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    replies = tmp_path / "replies.txt"
    replies.write_text("[12s] Hello Sam! <b>What</b> is your order number?\\nThanks.\n", encoding="utf-8")
    result = cli("play", str(tiny), "--replies", str(replies), "--json")
    assert result.returncode == 0, result.stderr
    played = json.loads(result.stdout)
    assert set(played) >= {"scenario", "outcome", "csat", "turns"}
    assert (played["scenario"], played["outcome"], played["path"]) == ("tiny", "resolved", ["hello", "done"])
    [turn] = played["turns"]
    assert set(turn) >= {"customer", "reply", "node", "scores", "seconds"}
    assert turn["reply"] == "Hello Sam! <b>What</b> is your order number?\nThanks."  # kept as typed
    assert turn["seconds"] == 12
    assert turn["customer"] in ("Hi there", "Hello")
    assert set(turn["scores"]) == {"empathy", "clarity", "speed", "overall"}
    assert all(0 <= value <= 100 for value in turn["scores"].values())


def test_human_readable_run_shows_feedback_and_report(cli, tiny: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    replies = tmp_path / "replies.txt"
    replies.write_text("Hello Sam, happy to help. What is your order number?\n", encoding="utf-8")
    result = cli("play", str(tiny), "--replies", str(replies))
    assert result.returncode == 0, result.stderr
    assert "Sam:" in result.stdout and "You: Hello Sam" in result.stdout
    assert "empathy" in result.stdout and "Tip" in result.stdout
    assert "+ whole reply" in result.stdout  # evidence covering the whole reply is named, not quoted again
    assert "Outcome: resolved" in result.stdout
    assert "Model:    Hello Sam, how can I help?" in result.stdout


def test_replies_arrive_on_standard_input(cli, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("play", str(tiny), "--json", input="\n\nHi Sam, sorry for the wait! What is your order number?\n")
    assert result.returncode == 0, result.stderr
    played = json.loads(result.stdout)
    assert played["outcome"] == "resolved"
    assert played["turns"][0]["reply"] == "Hi Sam, sorry for the wait! What is your order number?"


def test_input_ending_early_leaves_the_session_unfinished(cli, tiny: Path) -> None:  # type: ignore[no-untyped-def]
    looping = tiny.read_text(encoding="utf-8").replace("      - goto: done\n  done:", "      - goto: hello\n  done:")
    tiny.write_text(looping, encoding="utf-8")
    result = cli("play", str(tiny), "--json", input="hello\n")
    assert result.returncode == 1
    assert "The session was left unfinished" in result.stderr
    assert json.loads(result.stdout)["outcome"] is None


def test_unknown_scenario_and_missing_replies_file_are_clear_errors(cli, tiny: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("play", "no-such-scenario", "--json")
    assert result.returncode == 1
    assert result.stderr.startswith("simulator: error: no scenario 'no-such-scenario' in the library (known: ")
    result = cli("play", str(tiny), "--replies", str(tmp_path / "none.txt"))
    assert result.returncode == 1
    assert f"cannot read the replies file {tmp_path / 'none.txt'}" in result.stderr
