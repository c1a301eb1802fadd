"""A BERT encoder forward pass in plain torch, reading a Hugging Face model folder (config.json, model.safetensors,
tokenizer.json).

Why not transformers' BertModel: importing transformers takes about two seconds on a laptop CPU, most of the
scoring models' load time, for a six-layer encoder that fits in a page. tests/scoring/test_bert.py checks the
outputs against transformers' BertModel on a small random model, and tests/scoring/test_encoder.py checks the
sentence embeddings against sentence-transformers on the real one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn.functional as F
from safetensors.torch import load_file
from tokenizers import Tokenizer

from simulator.domain import ScoringError


@dataclass(frozen=True)
class BertConfig:
    hidden_size: int
    heads: int
    layers: int
    layer_norm_eps: float
    max_positions: int

    @classmethod
    def read(cls, folder: Path) -> BertConfig:
        try:
            config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ScoringError(f"cannot read {folder / 'config.json'}: {error}") from error
        if config.get("model_type") != "bert" or config.get("position_embedding_type", "absolute") != "absolute" \
                or config.get("hidden_act", "gelu") != "gelu":
            raise ScoringError(f"{folder}: the scorer runs BERT-style encoders (MiniLM, multilingual MiniLM...), "
                               f"not model_type {config.get('model_type')!r}")
        return cls(int(config["hidden_size"]), int(config["num_attention_heads"]), int(config["num_hidden_layers"]),
                   float(config.get("layer_norm_eps", 1e-12)), int(config.get("max_position_embeddings", 512)))


@dataclass(frozen=True)
class Batch:
    input_ids: torch.Tensor
    token_type_ids: torch.Tensor
    attention_mask: torch.Tensor
    offsets: torch.Tensor  # (batch, tokens, 2) character offsets; (0, 0) for special and padding tokens


class BertModel:
    def __init__(self, folder: Path, max_tokens: int) -> None:
        self.config = BertConfig.read(folder)
        try:
            self.weights: dict[str, torch.Tensor] = load_file(str(folder / "model.safetensors"))
            self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        except Exception as error:  # safetensors and tokenizers raise their own error types
            raise ScoringError(f"cannot load the encoder files in {folder}: {error}") from error
        self.weights = {name.removeprefix("bert."): tensor.float() for name, tensor in self.weights.items()}
        for layer in range(self.config.layers):  # query, key and value as one projection: one matrix product
            prefix = f"encoder.layer.{layer}.attention.self."
            for part in ("weight", "bias"):
                self.weights[f"{prefix}qkv.{part}"] = torch.cat(
                    [self.weights.pop(f"{prefix}{name}.{part}") for name in ("query", "key", "value")])
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=min(max_tokens, self.config.max_positions))

    def tokenize(self, texts: list[str]) -> Batch:
        encodings = self.tokenizer.encode_batch(texts)
        length = max(len(e.ids) for e in encodings)
        shape = (len(encodings), length)
        input_ids = torch.zeros(shape, dtype=torch.long)
        token_type_ids = torch.zeros(shape, dtype=torch.long)
        attention_mask = torch.zeros(shape, dtype=torch.long)
        offsets = torch.zeros((*shape, 2), dtype=torch.long)
        for row, encoding in enumerate(encodings):
            count = len(encoding.ids)
            input_ids[row, :count] = torch.tensor(encoding.ids)
            token_type_ids[row, :count] = torch.tensor(encoding.type_ids)
            attention_mask[row, :count] = 1
            offsets[row, :count] = torch.tensor(encoding.offsets)
        return Batch(input_ids, token_type_ids, attention_mask, offsets)

    def __call__(self, batch: Batch) -> list[torch.Tensor]:
        """The hidden states after the embeddings and after each layer, (batch, tokens, hidden) each: the last
        is what sentence-transformers pools, the earlier ones carry more of the wording."""
        w = self.weights
        config = self.config
        positions = torch.arange(batch.input_ids.shape[1])
        x = (F.embedding(batch.input_ids, w["embeddings.word_embeddings.weight"])
             + F.embedding(positions, w["embeddings.position_embeddings.weight"])[None]
             + F.embedding(batch.token_type_ids, w["embeddings.token_type_embeddings.weight"]))
        x = self._norm(x, "embeddings.LayerNorm")
        states = [x]
        attend = batch.attention_mask[:, None, None, :].bool()
        for layer in range(config.layers):
            prefix = f"encoder.layer.{layer}."
            query, key, value = self._heads(x, f"{prefix}attention.self.qkv").chunk(3, dim=1)
            context = F.scaled_dot_product_attention(query, key, value, attn_mask=attend)
            context = context.transpose(1, 2).reshape(x.shape)
            x = self._norm(self._linear(context, prefix + "attention.output.dense") + x,
                           prefix + "attention.output.LayerNorm")
            inner = F.gelu(self._linear(x, prefix + "intermediate.dense"))
            x = self._norm(self._linear(inner, prefix + "output.dense") + x, prefix + "output.LayerNorm")
            states.append(x)
        return states

    def _heads(self, x: torch.Tensor, name: str) -> torch.Tensor:
        """A projection split into attention heads: (batch, heads × projections, tokens, head size)."""
        batch_size, tokens, size = x.shape
        projected = self._linear(x, name)
        return projected.view(batch_size, tokens, -1, size // self.config.heads).transpose(1, 2)

    def _linear(self, x: torch.Tensor, name: str) -> torch.Tensor:
        return F.linear(x, self.weights[name + ".weight"], self.weights[name + ".bias"])

    def _norm(self, x: torch.Tensor, name: str) -> torch.Tensor:
        return F.layer_norm(x, (self.config.hidden_size,), self.weights[name + ".weight"],
                            self.weights[name + ".bias"], self.config.layer_norm_eps)

