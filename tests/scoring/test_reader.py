"""The reader: fine-tuned last encoder layers, stored as safetensors, read in the scoring pass."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
from safetensors import safe_open

from simulator.domain import ScoringContext
from simulator.scoring import ReplyScorer
from simulator.scoring.reader import FIRST_LAYER, Reader, fit_reader
from simulator.scoring.scorer import ScoreRequest
from simulator.scoring.training import LabelledReply, read

CUSTOMER = "My parcel is late and I need it for Friday."
REPLIES = ("It arrives Friday before 10 am; I'll text you the exact slot tonight.",
           "Pending carrier reconciliation, an ETA may be provisioned subject to SLA review.",
           "It should turn up at some point, hopefully.",
           "Your parcel left our Leeds depot this morning and will reach you on Thursday.")


@pytest.fixture(scope="module")
def scorer() -> ReplyScorer:
    scorer = ReplyScorer()
    scorer.warm_up()
    return scorer


def small_reader(scorer: ReplyScorer) -> Reader:
    model = scorer.encoder.load()
    states = scorer.encoder.token_states(list(REPLIES) * 2, FIRST_LAYER)
    levels = np.array([[3, 4], [1, 0], [2, 1], [3, 3]] * 2, dtype=np.float32)
    return fit_reader(model.weights, model.config, states, levels, ["a"] * 4 + ["b"] * 4, ("empathy", "clarity"), 5)


def test_fitting_is_seeded_and_the_file_keeps_the_encoders_names_byte_for_byte(scorer: ReplyScorer,
                                                                                tmp_path: Path) -> None:
    reader = small_reader(scorer)
    again = small_reader(scorer)
    assert all(torch.equal(reader.weights[name], again.weights[name]) for name in reader.weights)
    path = tmp_path / "reader.safetensors"
    reader.save(path)
    with safe_open(str(path), framework="pt") as stored:
        names = set(stored.keys())
    assert f"encoder.layer.{FIRST_LAYER}.attention.self.query.weight" in names
    assert not any(".qkv." in name for name in names)
    loaded = Reader.load(path)
    assert loaded.dimensions == ("empathy", "clarity") and loaded.first_layer == FIRST_LAYER
    assert all(torch.equal(loaded.weights[name], reader.weights[name]) for name in reader.weights)
    copies = [tmp_path / f"copy-{n}.safetensors" for n in range(6)]
    for copy in copies:
        reader.save(copy)
    assert {copy.read_bytes() for copy in copies} == {path.read_bytes()}  # byte for byte, every time


def test_the_scoring_pass_reads_what_training_measures(scorer: ReplyScorer) -> None:
    """Scoring reads a reply inside its batched encoder pass (padded among other texts); training and the dev
    figures read it on its own. Both must give the same level."""
    analysed = scorer.analyse_batch([ScoreRequest(ScoringContext(customer_message=CUSTOMER), r) for r in REPLIES])
    reader = scorer._reader
    assert reader is not None
    rows = [LabelledReply(str(n), "s", "retail", CUSTOMER, r, {"empathy": 2, "clarity": 2}, "mine.jsonl")
            for n, r in enumerate(REPLIES)]
    alone = read(scorer, reader, rows)
    for dimension in reader.dimensions:
        batched = np.array([item.reading[dimension] for item in analysed])
        assert np.allclose(batched, alone[dimension], atol=1e-4)


def test_the_shipped_reader_prefers_a_plain_answer_to_process_talk(scorer: ReplyScorer) -> None:
    analysed = scorer.analyse_batch([ScoreRequest(ScoringContext(customer_message=CUSTOMER), r) for r in REPLIES])
    clarity = [item.reading["clarity"] for item in analysed]
    assert clarity[0] > clarity[1] and clarity[3] > clarity[2]


WARM_COLD = (
    ("I'm so sorry, that's our mistake and I'll put it right today.", "This has been logged. Await an update."),
    ("Oh no, what a rotten start to your holiday. Let me sort this for you now.", "Refer to clause 4 of the terms."),
    ("Thank you for telling me, and I'm sorry you had to chase us.", "You should have read the FAQ first."),
    ("I completely see why that upset you; I'd feel the same.", "That is not our problem, contact the courier."),
    ("Please don't worry, Sam, I've got this and will keep you posted.", "Nothing can be done. Ticket closed."),
    ("That sounds really stressful with the move. I'll make this quick.", "Per policy, we cannot help with that."),
    ("I'm sorry for the wait, and thank you for your patience with us.", "As I already said, wait for the email."),
    ("What a lovely thing to plan for your mum. I'd be glad to help.", "Fill in the form. Next."),
)
HELD_OUT = (
    ("I'm really sorry about the damage, Priya; I'll send a new one today.", "Damage claims take 28 days. Goodbye."),
    ("That must have been a worrying night. Thank you for letting us know.", "Noted. Do not contact us again."),
    ("I'm so sorry for the mix-up; I'll fix your booking straight away.", "Your mistake, not ours. Rebook online."),
)


def test_pairs_teach_the_reader_an_order_the_graded_replies_do_not_show(scorer: ReplyScorer) -> None:
    from simulator.scoring.reader import PairStates

    model = scorer.encoder.load()
    states = scorer.encoder.token_states(list(REPLIES) * 2, FIRST_LAYER)
    levels = np.array([[2, 4], [2, 0], [2, 1], [2, 3]] * 2, dtype=np.float32)  # empathy says nothing here
    better, worse = (scorer.encoder.token_states([pair[side] for pair in WARM_COLD] * 6, FIRST_LAYER)
                     for side in (0, 1))
    dimensions = ("empathy", "clarity")
    readers = [fit_reader(model.weights, model.config, states, levels, ["a"] * 4 + ["b"] * 4, dimensions, 5, pairs)
               for pairs in ((), [PairStates("empathy", better, worse)])]
    rows = [LabelledReply(f"{n}{side}", "s", "retail", CUSTOMER, pair[side], {"empathy": 2, "clarity": 2}, "t")
            for n, pair in enumerate(HELD_OUT) for side in (0, 1)]
    gaps = [read(scorer, reader, rows)["empathy"].reshape(-1, 2) @ np.array([1.0, -1.0]) for reader in readers]
    assert (gaps[1] > 0).all()
    assert gaps[1].mean() > gaps[0].mean() + 0.15  # without the pairs: about 0, either way round
