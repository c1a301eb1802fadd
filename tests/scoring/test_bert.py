"""The plain-torch BERT forward pass against transformers' BertModel, on a small random model built here."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import torch

from simulator.domain import ScoringError
from simulator.scoring.bert import BertModel
from simulator.scoring.encoder import SentenceEncoder, bundled_model_path

TEXTS = ["I'm so sorry, that's on us.", "ok", "Your DOCSIS profile is fine 😀 and مرحبا", ""]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from transformers import BertConfig
    from transformers import BertModel as ReferenceBert

    folder = tmp_path_factory.mktemp("tiny-bert")
    torch.manual_seed(0)
    config = BertConfig(vocab_size=30522, hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
                        intermediate_size=64, max_position_embeddings=64)
    ReferenceBert(config).eval().save_pretrained(folder, safe_serialization=True)
    shutil.copy(bundled_model_path() / "tokenizer.json", folder / "tokenizer.json")
    (folder / "1_Pooling").mkdir()
    (folder / "modules.json").write_text(json.dumps([
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"}]))
    (folder / "1_Pooling" / "config.json").write_text(json.dumps({"pooling_mode_mean_tokens": True}))
    (folder / "sentence_bert_config.json").write_text(json.dumps({"max_seq_length": 16}))
    return folder


def test_hidden_states_match_transformers(tiny_model: Path) -> None:
    from transformers import BertModel as ReferenceBert

    ours = BertModel(tiny_model, max_tokens=16)
    batch = ours.tokenize(TEXTS)
    reference = ReferenceBert.from_pretrained(str(tiny_model)).eval()
    with torch.inference_mode():
        expected = reference(input_ids=batch.input_ids, attention_mask=batch.attention_mask,
                             token_type_ids=batch.token_type_ids).last_hidden_state
        states = ours(batch)
        actual = states[-1]
    valid = batch.attention_mask.bool()
    assert torch.allclose(actual[valid], expected[valid], atol=1e-5)
    assert len(states) == reference.config.num_hidden_layers + 1
    assert batch.input_ids.shape[1] <= 16  # truncated to the model's limit


def test_bfloat16_products_stay_within_their_rounding_of_float32(tiny_model: Path) -> None:
    texts = [f"{text} {number}" for number in range(6) for text in TEXTS]  # 24 texts x 16 tokens: over one tile
    exact, fast = (BertModel(tiny_model, max_tokens=16, matmul_dtype=dtype) for dtype in (torch.float32,
                                                                                           torch.bfloat16))
    batch = exact.tokenize(texts)
    assert batch.input_ids.numel() > 256  # token rows, padding included
    with torch.inference_mode():
        expected, actual = exact(batch)[-1], fast(batch)[-1]
    valid = batch.attention_mask.bool()
    assert actual.dtype == torch.float32
    assert torch.allclose(actual[valid], expected[valid], atol=0.05)
    assert not torch.equal(actual[valid], expected[valid])  # the products did run in bfloat16


def test_offsets_point_into_the_text(tiny_model: Path) -> None:
    batch = BertModel(tiny_model, max_tokens=16).tokenize(["Hello Maria"])
    spans = [tuple(pair) for pair in batch.offsets[0].tolist() if pair[1] > pair[0]]
    assert [("Hello Maria")[a:b] for a, b in spans] == ["Hello", "Maria"]


def test_the_sentence_encoder_runs_any_bert_folder(tiny_model: Path) -> None:
    encoder = SentenceEncoder(tiny_model)
    vectors = encoder.encode(TEXTS)
    assert vectors.shape == (4, 32)
    assert torch.allclose(torch.from_numpy(vectors).norm(dim=1), torch.ones(4), atol=1e-5)


def test_a_non_bert_model_is_refused(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "xlm-roberta"}))
    with pytest.raises(ScoringError, match="BERT-style"):
        BertModel(tmp_path, max_tokens=16)
