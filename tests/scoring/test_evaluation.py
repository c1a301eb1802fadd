"""`simulator eval`: dev figures, and the external harness on a small folder laid out like shared/eval."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from simulator.domain import ScoringError
from simulator.scoring import ReplyScorer
from simulator.scoring.evaluation import (
    assessor_grades,
    baseline_scores,
    external_report,
    format_external_report,
    format_pairs_report,
    pairs_report,
)
from simulator.scoring.manifest import default_models_dir
from simulator.scoring.pairs import HELD_OUT_PAIRS, TRAINING_PAIRS, load_pairs, pair_files
from tests.conftest import run_cli


def write_mini_eval(folder: Path) -> None:
    """A few rows in each public set's format, written here (no public data is copied)."""
    (folder / "epitome").mkdir(parents=True)
    with (folder / "epitome" / "emotional-reactions-reddit.csv").open("w", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["sp_id", "rp_id", "seeker_post", "response_post", "level", "rationales"])
        writer.writerow(["1", "a", "I lost my job today and I feel awful.", "I'm so sorry, that sounds really hard.",
                         "2", "I'm so sorry|"])
        writer.writerow(["1", "b", "I lost my job today and I feel awful.", "Update your CV and apply elsewhere.",
                         "0", ""])
        writer.writerow(["2", "c", "My cat is sick.", "Take it to a vet.", "0", ""])
    (folder / "onestopenglish" / "Sentence-Aligned").mkdir(parents=True)
    (folder / "onestopenglish" / "Sentence-Aligned" / "ADV-ELE.txt").write_text(
        "Notwithstanding considerable opposition, the municipality ratified the proposal.\n"
        "The town agreed to the plan.\n*******\n"
        "Precipitation is anticipated to intensify throughout the afternoon.\n"
        "It will rain more this afternoon.\n")
    (folder / "asset" / "human_ratings").mkdir(parents=True)
    with (folder / "asset" / "human_ratings" / "asset_pairwise_comparisons_with_turkcorpus_and_hsplit.csv"
          ).open("w", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["worker_id", "sentence_id", "aspect", "source", "other_dataset", "asset_simplification",
                         "other_simplification", "winner"])
        writer.writerow(["w", "1", "simplicity", "s", "turkcorpus", "The cat sat down.",
                         "The feline positioned itself in a seated posture.", "asset"])
        writer.writerow(["w", "2", "simplicity", "s", "turkcorpus", "x", "y", "similar"])


@pytest.mark.slow
def test_external_report_runs_on_the_public_sets_layout(scorer: ReplyScorer, tmp_path: Path) -> None:
    write_mini_eval(tmp_path)
    report = external_report(scorer, tmp_path)
    assert report["epitome"]["size"] == 3 and report["onestopenglish"]["size"] == 2 and report["asset"]["size"] == 1
    assert report["epitome"]["model"] == 1.0  # the warm reply outranks both cold ones
    assert report["onestopenglish"]["model"] == 1.0
    assert "epitome" in format_external_report(report)


@pytest.mark.slow
def test_cli_eval_prints_dev_figures_next_to_baselines() -> None:
    result = run_cli("eval", timeout=900)  # it scores every pair too: 3 to 6 minutes on a 2-core machine
    assert result.returncode == 0, result.stderr
    for word in ("dev split", "model", "length", "vader", "flesch", "assessor-1", "held-out pairs", "set-1"):
        assert word in result.stdout


def test_an_assessors_bad_line_is_named(tmp_path: Path) -> None:
    (tmp_path / "assessors").mkdir()
    (tmp_path / "assessors" / "kim.jsonl").write_text('{"id": "a1", "empathy": 3, "clarity": 4}\n'
                                                      '{"id": "a2", "empathy": "warm"}\n')
    with pytest.raises(ScoringError, match="kim.jsonl:2"):
        assessor_grades(tmp_path)
    (tmp_path / "assessors" / "kim.jsonl").write_text('{"id": "a1", "empathy": 3, "clarity": 4}\n')
    assert assessor_grades(tmp_path) == {"kim": {"a1": {"empathy": 3, "clarity": 4}}}


def write_pairs(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_pairs_report_reads_the_earlier_conversation(scorer: ReplyScorer, tmp_path: Path) -> None:
    """The same two replies to the same plain question: which one is kinder depends on what was said before."""
    replies = {"warm": "I'm so sorry about your dad. Yes, you can move the account into your name at any branch.",
               "cheerful": "Awesome, great question! Yes, you can move the account into your name at any branch."}
    row = {"id": 1, "dimension": "empathy", "customer": "Can I move the account into my name?"}
    grief = ["My dad died last week and the account was in his name.", {"role": "agent", "text": "I see."}]
    path = write_pairs(tmp_path / "mine.jsonl", [
        {**row, "better": replies["warm"], "worse": replies["cheerful"], "context": grief},
        {**row, "id": 2, "dimension": "clarity", "better": "Yes: at any branch, with your ID.",
         "worse": "It may possibly be feasible subject to applicable verification procedures."}])
    report = pairs_report(scorer, [path])
    assert report["mine"]["empathy"] == {**report["mine"]["empathy"], "pairs": 1, "model": 1.0}
    assert report["mine"]["clarity"]["pairs"] == 1 and report["mine"]["clarity"]["model"] == 1.0
    with_grief = load_pairs(path)[0].better.context
    assert with_grief.history == (("customer", grief[0]), ("agent", "I see."))


def test_a_bad_pair_row_is_reported_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "dimension": "empathy", "customer": "Hi", "better": "Hello", "worse": "Yo"}\n\n'
                    '{"id": 2, "dimension": "tone", "customer": "Hi", "better": "Hello", "worse": "Yo"}\n',
                    encoding="utf-8")
    with pytest.raises(ScoringError, match=r"bad.jsonl:3: 'dimension' must be empathy or clarity"):
        load_pairs(path)
    path.write_text('{"id": 1, "dimension": "clarity", "customer": "Hi", "better": 5, "worse": "Yo"}\n')
    with pytest.raises(ScoringError, match=r"bad.jsonl:1: 'better' must be a string"):
        load_pairs(path)


def test_the_pairs_report_ends_with_every_set_together_each_pair_counting_once() -> None:
    def figures(pairs: int, model: float) -> dict[str, float]:
        return {"pairs": pairs, "model": model, "length": 0.5, "vader": 0.5, "flesch": 0.5}

    report = {"set-1": {"empathy": figures(40, 1.0), "clarity": figures(50, 0.9)},
              "set-2": {"empathy": figures(10, 0.5), "clarity": figures(50, 0.7)}}
    lines = format_pairs_report(report, "pairs trained on").splitlines()
    assert lines[0].startswith("pairs trained on") and len(lines) == 7
    assert lines[-2].split() == ["all", "sets", "empathy", "50", "0.900", "0.500", "0.500", "0.500"]
    assert lines[-1].split()[:5] == ["all", "sets", "clarity", "100", "0.800"]
    assert "all sets" not in format_pairs_report({"set-1": report["set-1"]})


def test_pair_files_come_in_natural_order(tmp_path: Path) -> None:
    (tmp_path / "pairs").mkdir()
    for name in ("set-10", "set-2", "set-1"):
        (tmp_path / "pairs" / f"{name}.jsonl").write_text("")
    assert [p.stem for p in pair_files(tmp_path / "pairs")] == ["set-1", "set-2", "set-10"]


@pytest.mark.slow
def test_the_committed_pairs_are_ordered_right(scorer: ReplyScorer) -> None:
    """A floor under the figures in models/README.md, for pairs written by people who never saw the data or the
    scores. Held out (the newest round, never trained on): every set at least 75% and 85% on average. Trained on
    (set 11 was written to trap surface cues, set 20 as an assessor's hard cases where the difference is a sentence
    or a word): every set at least 80% and 95% on average."""
    for folder, lowest, average in ((HELD_OUT_PAIRS, 0.75, 0.85), (TRAINING_PAIRS, 0.80, 0.95)):
        report = pairs_report(scorer, pair_files(default_models_dir() / folder))
        assert len(report) >= 2
        for dimension in ("empathy", "clarity"):
            shares = [block[dimension]["model"] for block in report.values()]
            assert all(block[dimension]["pairs"] >= 40 for block in report.values())
            assert min(shares) >= lowest and sum(shares) / len(shares) >= average, (folder, dimension, shares)


def test_baselines() -> None:
    scores = baseline_scores(["Short one.", "A considerably lengthier and more elaborate sentence here."])
    assert scores["length"] == [2.0, 8.0]
    assert scores["flesch"][0] > scores["flesch"][1]
