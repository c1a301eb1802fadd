"""Training: situation split, determinism, exact reproduction of the committed heads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.domain import ScoringError
from simulator.scoring import ReplyScorer
from simulator.scoring.manifest import Manifest
from simulator.scoring.training import LabelledReply, load_labelled, split_by_situation, train_heads
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
def test_training_twice_gives_identical_heads(scorer: ReplyScorer) -> None:
    texts = ["I'm so sorry, that's our fault. It arrives Friday at 10 am.", "Per policy, wait.",
             "Maybe soon.", "I understand how stressful this is. I'll call you by 5 pm today.", "ok"]
    rows = [LabelledReply(f"s{s}-{n}", f"s{s}", "retail", "My parcel is late and I'm upset!", text,
                          {"empathy": [4, 0, 1, 4, 0][n], "clarity": [4, 1, 0, 4, 0][n]}, "mine.jsonl")
            for s in range(6) for n, text in enumerate(texts)]
    first = train_heads(scorer, rows)
    second = train_heads(scorer, rows)
    for dimension in ("empathy", "clarity"):
        assert first.heads[dimension].to_json() == second.heads[dimension].to_json()


@pytest.mark.slow
def test_models_train_check_reproduces_the_committed_heads() -> None:
    manifest = Manifest.read(Path(__file__).resolve().parents[2] / "models")
    if not manifest.document.get("training", {}).get("data"):
        pytest.skip("heads were not trained from data")
    result = run_cli("models", "train", "--check", timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "reproduced" in result.stdout
