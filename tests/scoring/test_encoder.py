"""The encoder: the same embeddings as sentence-transformers, spans from the same pass, offline, cached phrases."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from simulator.domain import ScoringError
from simulator.scoring.encoder import MAX_ENCODER_CHARS, SentenceEncoder, bundled_model_path, prepare_for_encoder

TEXTS = ["I'm sorry it's late, Maria. The courier will bring it tomorrow.", "ok", "", "  spaced  out  ",
         "Thanks 😀 مرحبا", "word " * 600]


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    loaded = SentenceEncoder(bfloat16=False)
    loaded.load()
    return loaded


@pytest.mark.slow
def test_embeddings_equal_sentence_transformers(encoder: SentenceEncoder) -> None:
    from sentence_transformers import SentenceTransformer

    reference = SentenceTransformer(str(bundled_model_path()), device="cpu")
    expected = reference.encode([prepare_for_encoder(t) for t in TEXTS], normalize_embeddings=True)
    assert np.abs(encoder.encode(TEXTS) - expected).max() < 1e-5
    assert os.environ["HF_HUB_OFFLINE"] == "1"


@pytest.mark.slow
def test_span_vectors_come_from_the_same_pass(encoder: SentenceEncoder) -> None:
    text = "I'm so sorry it's late. The courier will bring it tomorrow."
    encoded = encoder.encode_spans([text], [[(0, 23), (24, len(text)), (500, 600)]])
    alone = encoder.encode(["I'm so sorry it's late.", "The courier will bring it tomorrow."])
    similarities = encoded.spans[0][:2] @ alone.T
    assert similarities[0, 0] > similarities[0, 1] and similarities[1, 1] > similarities[1, 0]
    assert not encoded.spans[0][2].any()  # past the text: no tokens, zero vector
    assert np.allclose(np.linalg.norm(encoded.texts, axis=1), 1.0, atol=1e-5)


@pytest.mark.slow
def test_phrases_are_cached(encoder: SentenceEncoder) -> None:
    _, first = encoder.encode_with_phrases(["a reply"], [[]], ["Could you give me your order number?"])
    _, second = encoder.encode_with_phrases(["another reply"], [[]], ["Could you give me your order number?"])
    assert first["Could you give me your order number?"] is second["Could you give me your order number?"]


def test_long_text_is_cut_on_a_word_boundary() -> None:
    cut = prepare_for_encoder("word " * 1000)
    assert len(cut) <= MAX_ENCODER_CHARS and cut.endswith("word")


def test_a_folder_without_a_sentence_transformers_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ScoringError, match="no usable sentence-transformers model"):
        SentenceEncoder(tmp_path).load()


def test_cls_pooling_is_refused(tmp_path: Path) -> None:
    (tmp_path / "1_Pooling").mkdir()
    (tmp_path / "modules.json").write_text(json.dumps([
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"}]))
    (tmp_path / "1_Pooling" / "config.json").write_text(json.dumps({"pooling_mode_cls_token": True}))
    with pytest.raises(ScoringError, match="mean pooling"):
        SentenceEncoder(tmp_path).load()
