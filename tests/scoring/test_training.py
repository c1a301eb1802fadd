"""Training: situation split, determinism, exact reproduction of the committed heads."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from simulator.domain import ScoringError
from simulator.scoring import ReplyScorer
from simulator.scoring.heads import LinearHead
from simulator.scoring.manifest import Manifest
from simulator.scoring.metrics import pairwise_accuracy
from simulator.scoring.training import (
    MIN_REPLIES_TO_LEARN,
    PRIOR_WEIGHTS,
    Inputs,
    LabelledReply,
    PairInputs,
    ProbeSpec,
    choose_penalties,
    fit_head,
    fit_probe,
    load_labelled,
    split_by_situation,
    train_heads,
)
from tests.conftest import run_cli


def reply(number: int, situation: str, empathy: int, clarity: int) -> LabelledReply:
    return LabelledReply(f"{situation}-{number}", situation, "retail", "Where is my parcel? It's late.",
                         f"Reply {number}", {"empathy": empathy, "clarity": clarity}, "mine.jsonl")


def test_split_holds_out_whole_situations_and_is_seeded() -> None:
    rows = [reply(n, f"s{s:02d}", n % 5, (n + s) % 5) for s in range(20) for n in range(5)]
    train, dev = split_by_situation(rows)
    assert {r.situation for r in train}.isdisjoint({r.situation for r in dev})
    assert 3 <= len({r.situation for r in dev}) <= 6
    assert split_by_situation(rows) == (train, dev)


def test_load_labelled_reports_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    good = {"id": "1", "situation": "s", "industry": "i", "customer": "c", "reply": "r", "empathy": 2, "clarity": 3}
    path.write_text(json.dumps(good) + "\n" + json.dumps({**good, "id": "2", "empathy": 7}) + "\n")
    with pytest.raises(ScoringError, match="bad.jsonl:2"):
        load_labelled([path])


@pytest.mark.slow
def test_training_twice_gives_identical_heads_and_reader() -> None:
    """As `simulator models train` runs: each time in a fresh scorer (whose encoder has not cached the customer
    messages yet, so the encoder batches are the same)."""
    texts = ["I'm so sorry, that's our fault. It arrives Friday at 10 am.", "Per policy, wait.",
             "Maybe soon.", "I understand how stressful this is. I'll call you by 5 pm today.", "ok"]
    rows = [LabelledReply(f"s{s}-{n}", f"s{s}", "retail", "My parcel is late and I'm upset!", text,
                          {"empathy": [4, 0, 1, 4, 0][n], "clarity": [4, 1, 0, 4, 0][n]}, "mine.jsonl")
            for s in range(6) for n, text in enumerate(texts)]
    first = train_heads(ReplyScorer(), rows)
    second = train_heads(ReplyScorer(), rows)
    for dimension in ("empathy", "clarity"):
        assert first.heads[dimension].to_json() == second.heads[dimension].to_json()
    assert all(first.reader.weights[name].equal(second.reader.weights[name]) for name in first.reader.weights)


@pytest.mark.slow
def test_models_train_check_reproduces_the_committed_heads() -> None:
    manifest = Manifest.read(Path(__file__).resolve().parents[2] / "models")
    if not manifest.document.get("training", {}).get("data"):
        pytest.skip("heads were not trained from data")
    result = run_cli("models", "train", "--check", timeout=3600)  # 13 (Xeon) to 35 (EPYC) minutes on 2 cores
    assert result.returncode == 0, result.stdout + result.stderr
    assert "reproduced" in result.stdout


def test_a_sentence_probe_finds_the_one_telling_sentence_of_each_reply() -> None:
    """Replies graded 0 each hide one 'hostile' sentence among neutral ones; replies graded 3 have none."""
    rng = np.random.default_rng(7)
    hostile = np.array([1.0, 0.0, 0.0, 0.0])

    def sentences(count: int) -> np.ndarray:
        return rng.normal(0.0, 0.3, (count, 4)) + np.array([0.0, 1.0, 0.0, 0.0])

    bags, positions, levels = [], [], []
    for number in range(60):
        bag = sentences(3)
        if number % 2 == 0:
            position = number % 3
            bag[position] = hostile + rng.normal(0.0, 0.3, 4)
            positions.append(position)
        bags.append(bag)
        levels.append(0 if number % 2 == 0 else 3)
    inputs = Inputs([{} for _ in bags], np.zeros((len(bags), 4)), bags, np.zeros((len(bags), 8)))
    spec = ProbeSpec("hostile_probe", frozenset({0}), frozenset({2, 3, 4}))
    probe = fit_probe(spec, inputs, np.array(levels))

    found = [probe.strongest(bag) for bag, level in zip(bags, levels, strict=True) if level == 0]
    assert [index for index, _ in found] == positions
    assert all(log_odds > probe.threshold for _, log_odds in found)
    flagged_neutral = sum(probe.strongest(bag)[1] > probe.threshold
                          for bag, level in zip(bags, levels, strict=True) if level == 3)
    assert flagged_neutral <= 1  # the threshold: the 99th percentile of the neutral replies' readings
    again = fit_probe(spec, inputs, np.array(levels))
    assert np.array_equal(again.weights, probe.weights) and again.bias == probe.bias


def test_a_probe_without_replies_of_its_grades_says_what_is_missing() -> None:
    inputs = Inputs([{}, {}], np.eye(2), [np.eye(2)[:1], np.eye(2)[1:]], np.eye(2))
    spec = ProbeSpec("hostile_probe", frozenset({0}), frozenset({2, 3, 4}))
    with pytest.raises(ScoringError, match="hostile probe needs training replies graded 0 and graded 2/3/4"):
        fit_probe(spec, inputs, np.array([3, 4]))


def test_a_cue_seen_in_too_few_replies_keeps_its_prior_weight() -> None:
    """An excuse in the best reply of its situation would come out warm; in too few replies to learn from, the
    cue keeps the weight we know it deserves. Seen often enough, the data speaks."""
    levels = np.array([4, 1, 3, 0] * 2 * MIN_REPLIES_TO_LEARN, dtype=np.float64)
    groups = [f"s{i // 4}" for i in range(len(levels))]

    def excuse_weight(replies_with_excuse: int) -> float:
        features = [{"makes_excuses": 1.0 if i % 4 == 0 and i // 4 < replies_with_excuse else 0.0,
                     "acknowledges_feeling": float(i % 2 == 0)} for i in range(len(levels))]
        inputs = Inputs(features, np.zeros((len(levels), 2)), [np.zeros((0, 2))] * len(levels),
                        np.zeros((len(levels), 7, 2)))
        head = fit_head("empathy", inputs, levels, groups, 1.0, 1e9)
        weights = dict(zip(head.feature_names, head.feature_weights / head.feature_scales, strict=True))
        return float(weights["makes_excuses"])

    assert excuse_weight(MIN_REPLIES_TO_LEARN - 1) == pytest.approx(PRIOR_WEIGHTS["empathy"]["makes_excuses"])
    assert excuse_weight(2 * MIN_REPLIES_TO_LEARN) != pytest.approx(PRIOR_WEIGHTS["empathy"]["makes_excuses"])


def test_pairs_teach_the_head_what_the_graded_replies_do_not_show() -> None:
    """The graded replies tell clarity by a cue and say nothing about one direction of the encoder's last layer;
    outside writers' pairs (each a situation of two replies PAIR_GAP levels apart) do. Fitted with the pairs,
    the head orders new pairs by that direction and still the graded replies by the cue; cross-validation
    measures both, holding out whole pair sets."""
    rng = np.random.default_rng(3)
    levels = np.array([4, 1, 3, 0] * 10, dtype=np.float64)
    groups = [f"s{i // 4}" for i in range(len(levels))]

    def inputs(cues: list[float], layers: np.ndarray) -> Inputs:
        return Inputs([{"specifics": cue} for cue in cues], np.zeros((len(cues), 2)),
                      [np.zeros((0, 2))] * len(cues), layers)

    def pair_layers(count: int) -> np.ndarray:
        better, worse = rng.normal(0.0, 1.0, (count, 7, 2)), rng.normal(0.0, 1.0, (count, 7, 2))
        better[:, 6, 0] += 3.0
        return np.concatenate([better, worse])

    silent = rng.normal(0.0, 1.0, (len(levels), 7, 2))
    silent[:, :, 0] = 0.0
    team = inputs([level / 4 for level in levels], silent)
    pairs = PairInputs(inputs([0.0] * 60, pair_layers(30)), [f"set-{i % 5}" for i in range(30)])
    fresh = PairInputs(inputs([0.0] * 100, pair_layers(50)), ["new"] * 50)

    def share_of_fresh_pairs(head: LinearHead) -> float:
        return fresh.ordered_share(head.levels(head.feature_matrix(fresh.inputs.features), fresh.inputs.layers))

    alone = fit_head("clarity", team, levels, groups, 10.0, 1.0)
    together = fit_head("clarity", *pairs.added_to(team, levels, groups), 10.0, 1.0)
    assert share_of_fresh_pairs(together) >= 0.9 > share_of_fresh_pairs(alone) + 0.2
    graded = together.levels(together.feature_matrix(team.features), team.layers)
    assert pairwise_accuracy(list(graded), list(levels), groups) == 1.0
    _, _, accuracy = choose_penalties("clarity", team, levels, groups, pairs)
    _, _, team_only = choose_penalties("clarity", team, levels, groups)
    assert 0.9 <= accuracy < team_only == 1.0  # held-out pair sets count in the measure, and some are missed
