"""The reader: the encoder's last three layers fine-tuned on the team's graded replies and the outside writers' pairs,
read out as a level per dimension.

The heads (heads.py) weigh named cues and the pooled layers of the frozen encoder: inspectable, but linear. The
reader lets the last layers themselves learn what the graders read in a reply's wording (an answer put plainly or
wrapped in process talk, a step that is concrete or only sounds so, sympathy that fits or is stock). It continues
the reply's own encoder pass from layer `first_layer` (the layers below stay those of the sentence embedding, so
scoring costs three more layers, not another pass), pools the tokens and reads a level per dimension on the team's
0-4 scale. It skips the words of sympathy that do not fit the customer (features.py): they earn nothing there, in
the head or here. The score blends it
with the head's level (`READER_WEIGHT`); evidence and tips still come from the named cues.

Stored as safetensors at half precision (the fine-tuned layers under the encoder's own tensor names, and the
read-out; 10 MB), with the dimensions and first layer in the file's metadata. Training (`fit_reader`) is seeded
and runs the same layer code as scoring.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from simulator.domain import ScoringError
from simulator.scoring.heads import TOP_LEVEL

if TYPE_CHECKING:  # torch loads with the encoder, not when the app starts
    import torch

    from simulator.scoring.bert import BertConfig

READER_FILE = "heads/reader.safetensors"
READER_WEIGHT = 0.5      # the score's level: half the head's, half the reader's (an even blend, not tuned)
FIRST_LAYER = 3          # MiniLM's layers 3-5 are fine-tuned; 0-2 are shared with the sentence embedding
EPOCHS = 4
LEARNING_RATE = 1e-4
WARMUP_STEPS = 20
PAIRS_PER_STEP = 16      # outside writers' pairs in one fine-tuning step
RANKING_SHARPNESS = 2.0  # how hard the pairwise loss pushes a better reply above a worse one
_OUTPUT = "reader.output"
_METADATA = "reader"  # the file's metadata: {"dimensions": [...], "first_layer": N}


@dataclass(frozen=True)
class Reader:
    dimensions: tuple[str, ...]
    first_layer: int
    weights: dict[str, torch.Tensor]  # the fine-tuned layers (query, key and value fused) and the read-out

    def read(self, states: torch.Tensor, attention_mask: torch.Tensor, config: BertConfig) -> torch.Tensor:
        """Levels (batch, dimensions) from the hidden states after layer `first_layer` (batch, tokens, hidden)."""
        import torch.nn.functional as F

        from simulator.scoring.bert import transformer_layer

        x = states
        for layer in range(self.first_layer, config.layers):
            x = transformer_layer(x, attention_mask, self.weights, layer, config)
        mask = attention_mask.unsqueeze(-1).to(x.dtype)
        pooled = (x * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
        return F.linear(pooled, self.weights[f"{_OUTPUT}.weight"], self.weights[f"{_OUTPUT}.bias"]) + TOP_LEVEL / 2

    def in_matmul_dtype(self, dtype: torch.dtype) -> Reader:
        """The same reader multiplying its layers' matrices in `dtype`, as the encoder it reads from does."""
        from simulator.scoring.bert import in_matmul_dtype

        return Reader(self.dimensions, self.first_layer, in_matmul_dtype(self.weights, dtype))

    def save(self, path: Path) -> None:
        from safetensors.torch import save_file

        tensors = {}
        for name, tensor in self.weights.items():
            if ".qkv." in name:  # stored under the encoder's own names
                for part, chunk in zip(("query", "key", "value"), tensor.chunk(3), strict=True):
                    tensors[name.replace(".qkv.", f".{part}.")] = chunk.half().contiguous()
            else:
                tensors[name] = tensor.half().contiguous()
        path.parent.mkdir(parents=True, exist_ok=True)
        # One metadata entry: safetensors writes several in a random order, and the file would differ by run.
        save_file(tensors, str(path), metadata={_METADATA: json.dumps(
            {"dimensions": list(self.dimensions), "first_layer": self.first_layer})})

    @classmethod
    def load(cls, path: Path) -> Reader:
        from safetensors import safe_open
        from safetensors.torch import load_file

        from simulator.scoring.bert import fuse_attention

        try:
            with safe_open(str(path), framework="pt") as handle:
                metadata = json.loads((handle.metadata() or {})[_METADATA])
            dimensions = tuple(metadata["dimensions"])
            first_layer = int(metadata["first_layer"])
            weights = fuse_attention({name: tensor.float() for name, tensor in load_file(str(path)).items()})
        except Exception as error:  # safetensors raises its own error types
            raise ScoringError(f"cannot load the reader {path}: {error}; run `simulator models train`") from error
        return cls(dimensions, first_layer, weights)


def blend(head_level: float, reader_level: float) -> float:
    return (1.0 - READER_WEIGHT) * head_level + READER_WEIGHT * reader_level


@dataclass(frozen=True)
class PairStates:
    """Pairs of one dimension as the reader trains on them: the token states of each pair's better and worse
    replies, in the same order."""

    dimension: str
    better: Sequence[torch.Tensor]
    worse: Sequence[torch.Tensor]


def fit_reader(base_weights: dict[str, torch.Tensor], config: BertConfig, states: Sequence[torch.Tensor],
               levels: np.ndarray, groups: Sequence[str], dimensions: Sequence[str], seed: int,
               pairs: Sequence[PairStates] = ()) -> Reader:
    """Fine-tune layers `FIRST_LAYER`... (from the encoder's `base_weights`, fused) and a read-out on replies given
    by their hidden states after layer `FIRST_LAYER` (tokens, hidden each), graded `levels` (replies, dimensions).
    A step is one situation's replies: a squared error on each level and a pairwise loss that asks every better
    reply to read above every worse one, as the figures compare them. Or it is `PAIRS_PER_STEP` of the outside
    writers' `pairs` of one dimension: the same pairwise loss on that dimension alone (a pair says which reply is
    better, not how good either is). Seeded: the same data, the same weights on the same machine."""
    import torch
    import torch.nn.functional as F

    torch.manual_seed(seed)
    rng = random.Random(seed)
    prefixes = tuple(f"encoder.layer.{layer}." for layer in range(FIRST_LAYER, config.layers))
    parameters: dict[str, torch.Tensor] = {name: torch.nn.Parameter(tensor.float().clone())
                                           for name, tensor in base_weights.items() if name.startswith(prefixes)}
    output = torch.nn.Linear(config.hidden_size, len(dimensions))
    parameters[f"{_OUTPUT}.weight"], parameters[f"{_OUTPUT}.bias"] = output.weight, output.bias
    reader = Reader(tuple(dimensions), FIRST_LAYER, parameters)
    by_group: dict[str, list[int]] = defaultdict(list)
    for index, group in enumerate(groups):
        by_group[group].append(index)
    batches: list[tuple[PairStates | None, list[int]]] = [(None, by_group[g]) for g in sorted(by_group)]
    for dimension_pairs in pairs:
        indices = list(range(len(dimension_pairs.better)))
        batches += [(dimension_pairs, indices[first:first + PAIRS_PER_STEP])
                    for first in range(0, len(indices), PAIRS_PER_STEP)]
    optimiser = torch.optim.AdamW(parameters.values(), lr=LEARNING_RATE, weight_decay=0.01)
    steps = EPOCHS * len(batches)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min(1.0, (step + 1) / WARMUP_STEPS) * max(0.0, 1.0 - step / steps))
    targets = torch.tensor(levels, dtype=torch.float32)

    def ranking_loss(gap: torch.Tensor) -> torch.Tensor:
        return F.softplus(-RANKING_SHARPNESS * gap)

    for _ in range(EPOCHS):
        rng.shuffle(batches)
        for pair_set, batch in batches:
            if pair_set is None:
                members = rng.sample(batch, len(batch))
                padded, mask = pad([states[i] for i in members])
                predicted = reader.read(padded, mask, config)
                wanted = targets[members]
                better = (wanted.unsqueeze(0) - wanted.unsqueeze(1) > 0).float()
                ranking = (ranking_loss(predicted.unsqueeze(0) - predicted.unsqueeze(1)) * better).sum()
                loss = F.mse_loss(predicted, wanted) + ranking / better.sum().clamp(min=1)
            else:
                padded, mask = pad([*(pair_set.better[i] for i in batch), *(pair_set.worse[i] for i in batch)])
                predicted = reader.read(padded, mask, config)[:, dimensions.index(pair_set.dimension)]
                loss = ranking_loss(predicted[:len(batch)] - predicted[len(batch):]).mean()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(parameters.values(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
    # Kept at half precision, as stored: what training measures is what scoring reads.
    return Reader(tuple(dimensions), FIRST_LAYER, {name: p.detach().half().float() for name, p in parameters.items()})


def pad(states: Sequence[torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
    """Token states of several texts as one zero-padded batch, with its attention mask."""
    import torch

    length = max(len(s) for s in states)
    batch = torch.zeros((len(states), length, states[0].shape[-1]))
    mask = torch.zeros((len(states), length), dtype=torch.long)
    for row, s in enumerate(states):
        batch[row, :len(s)] = s
        mask[row, :len(s)] = 1
    return batch, mask
