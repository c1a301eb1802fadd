"""`simulator eval`: dev figures, and the external harness on a small folder laid out like shared/eval."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from simulator.scoring import ReplyScorer
from simulator.scoring.evaluation import baseline_scores, external_report, format_external_report
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
    result = run_cli("eval")
    assert result.returncode == 0, result.stderr
    for word in ("dev split", "model", "length", "vader", "flesch"):
        assert word in result.stdout


def test_baselines() -> None:
    scores = baseline_scores(["Short one.", "A considerably lengthier and more elaborate sentence here."])
    assert scores["length"] == [2.0, 8.0]
    assert scores["flesch"][0] > scores["flesch"][1]
