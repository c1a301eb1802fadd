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
from functools import lru_cache
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
    def __init__(self, folder: Path, max_tokens: int, matmul_dtype: torch.dtype = torch.float32) -> None:
        self.config = BertConfig.read(folder)
        try:
            self.weights: dict[str, torch.Tensor] = load_file(str(folder / "model.safetensors"))
            self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        except Exception as error:  # safetensors and tokenizers raise their own error types
            raise ScoringError(f"cannot load the encoder files in {folder}: {error}") from error
        self.weights = in_matmul_dtype(fuse_attention({name.removeprefix("bert."): tensor.float()
                                                       for name, tensor in self.weights.items()}), matmul_dtype)
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

    def __call__(self, batch: Batch, layers: int | None = None) -> list[torch.Tensor]:
        """The hidden states after the embeddings and after each layer, (batch, tokens, hidden) each: the last
        is what sentence-transformers pools, the earlier ones carry more of the wording. With `layers`, only the
        first that many layers run."""
        w = self.weights
        config = self.config
        positions = torch.arange(batch.input_ids.shape[1])
        x = (F.embedding(batch.input_ids, w["embeddings.word_embeddings.weight"])
             + F.embedding(positions, w["embeddings.position_embeddings.weight"])[None]
             + F.embedding(batch.token_type_ids, w["embeddings.token_type_embeddings.weight"]))
        x = _norm(x, w, "embeddings.LayerNorm", config)
        states = [x]
        for layer in range(config.layers if layers is None else layers):
            x = transformer_layer(x, batch.attention_mask, w, layer, config)
            states.append(x)
        return states


@lru_cache(maxsize=1)
def native_bfloat16() -> bool:
    """Whether this CPU multiplies bfloat16 matrices in hardware (AMX tiles: Intel Xeon since Sapphire Rapids).
    There a linear layer runs about six times faster in bfloat16 than in float32; with AVX512-BF16 alone it ran
    1.7 times slower, and emulated 5-10 times slower (bench/README.md)."""
    amx = getattr(torch.cpu, "_is_amx_tile_supported", None)
    return bool(torch.backends.mkldnn.is_available() and amx is not None and amx())


_LINEAR_PARTS = tuple(f"{layer}.{part}" for layer in ("qkv", "dense") for part in ("weight", "bias"))


def in_matmul_dtype(weights: dict[str, torch.Tensor], dtype: torch.dtype) -> dict[str, torch.Tensor]:
    """`weights` with the linear layers' weights and biases in `dtype`. `_linear` multiplies in their dtype and
    returns float32; the embeddings, layer norms, attention and residuals stay float32."""
    return {name: tensor.to(dtype) if name.endswith(_LINEAR_PARTS) else tensor for name, tensor in weights.items()}


def fuse_attention(weights: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """Query, key and value of each layer as one projection (one matrix product instead of three)."""
    fused = dict(weights)
    for name in [n for n in weights if n.endswith(".attention.self.query.weight")]:
        prefix = name.removesuffix("query.weight")
        for part in ("weight", "bias"):
            fused[f"{prefix}qkv.{part}"] = torch.cat([fused.pop(f"{prefix}{n}.{part}") for n in ("query", "key",
                                                                                                   "value")])
    return fused


def transformer_layer(x: torch.Tensor, attention_mask: torch.Tensor, weights: dict[str, torch.Tensor], layer: int,
                      config: BertConfig) -> torch.Tensor:
    """One encoder layer (self-attention, then the feed-forward block) with `weights` named as in the model file
    (after `fuse_attention`); differentiable, so the reader's fine-tuning runs the same code as scoring."""
    prefix = f"encoder.layer.{layer}."
    batch_size, tokens, size = x.shape
    projected = _linear(x, weights, f"{prefix}attention.self.qkv")
    query, key, value = projected.view(batch_size, tokens, -1, size // config.heads).transpose(1, 2).chunk(3, dim=1)
    context = F.scaled_dot_product_attention(query, key, value, attn_mask=attention_mask[:, None, None, :].bool())
    context = context.transpose(1, 2).reshape(x.shape)
    x = _norm(_linear(context, weights, prefix + "attention.output.dense") + x, weights,
              prefix + "attention.output.LayerNorm", config)
    inner = F.gelu(_linear(x, weights, prefix + "intermediate.dense"))
    return _norm(_linear(inner, weights, prefix + "output.dense") + x, weights, prefix + "output.LayerNorm", config)


# bfloat16 products run in tiles of at most this many token rows, each padded to one of a few sizes: oneDNN keeps
# kernels and buffers for every input shape it has seen, and with the shapes of free text (every batch size times
# every length) that memory grew without end, past 1 GB in a few thousand replies (bench/README.md).
_TILE_ROWS = 256


def _linear(x: torch.Tensor, weights: dict[str, torch.Tensor], name: str) -> torch.Tensor:
    weight, bias = weights[name + ".weight"], weights[name + ".bias"]
    if weight.dtype == x.dtype:
        return F.linear(x, weight, bias)
    rows = x.reshape(-1, x.shape[-1]).to(weight.dtype)
    products = []
    for first in range(0, rows.shape[0], _TILE_ROWS):
        tile = rows[first:first + _TILE_ROWS]
        count = tile.shape[0]
        size = 1 << (count - 1).bit_length() if count <= 32 else -(-count // 32) * 32  # 1, 2, 4... 32, 64, 96...
        products.append(F.linear(F.pad(tile, (0, 0, 0, size - count)), weight, bias)[:count])
    return torch.cat(products).reshape(*x.shape[:-1], -1).to(x.dtype)


def _norm(x: torch.Tensor, weights: dict[str, torch.Tensor], name: str, config: BertConfig) -> torch.Tensor:
    return F.layer_norm(x, (config.hidden_size,), weights[name + ".weight"], weights[name + ".bias"],
                        config.layer_norm_eps)

