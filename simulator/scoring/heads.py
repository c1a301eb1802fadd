"""Scoring heads: linear models over named features and the encoder's layers, stored as readable JSON.

The embedding weights read some of the reply's pooled encoder layers (`HEAD_LAYERS`): the unit-length mean of
the token vectors after the embedding layer (0) and after each transformer layer (1-6 for MiniLM), end to end.
The last layer's mean is the sentence embedding; the earlier layers keep more of the wording, how something is
said, which is much of empathy: on the team's data they raise empathy by four points across writers. Clarity
reads the last layer only: the earlier layers raised it by two points on the team's data but cost eight to nine
points on public simplification data (models/README.md), a sign of learning the team's vocabulary.

A head predicts a level on the team's 0-4 grading scale; the score shown is that level on 0-100. Every feature
keeps its name, centring, scale and weight in the file, so a person can see what a head rewards.

A head may carry sentence probes: linear readers of single sentences (log-odds over a sentence's vector) whose
strongest sentence in the reply becomes a feature, so one hostile sentence in a long, helpful reply still
counts, and points the trainee at that sentence.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from simulator.domain import ScoringError

HEAD_FORMAT = 2  # 2: the embedding weights read the pooled encoder layers named in "embedding_layers"
TOP_LEVEL = 4.0
LEVEL_SLOPE = math.log(3.0)  # puts levels 1 and 3 at 25 and 75

EMPATHY_INPUTS: tuple[str, ...] = (
    # lexicon cues (see lexicons.py)
    "acknowledges_feeling", "owning_apology", "sympathy", "reassures", "validates", "warm_close", "fake_apology",
    "blames_customer", "dismisses", "quotes_policy", "makes_excuses", "sarcasm", "polices_tone", "robotic",
    "repeated_apologies", "centres_agent", "overpromises", "shouting", "warm_cues", "cold_cues",
    # the customer's mood, and how the reply meets it
    "customer_distress", "cheerful", "cheer_x_distress", "cheer_x_grief", "acknowledged_x_distress",
    "unacknowledged_distress", "warmth_x_distress", "too_casual", "cheer_x_joy", "unwanted_sympathy",
    # personal touch
    "uses_name", "echoes_customer", "personal_details", "addresses_customer", "customer_specificity",
    # form and meaning
    "very_short", "syllables_per_word", "warm_similarity", "cold_similarity", "warm_sentence", "cold_sentence",
    "hostile_similarity", "hostile_sentence",
    # sentence probes (their strongest sentence)
    "hostile_probe", "warm_probe",
)
CLARITY_INPUTS: tuple[str, ...] = (
    # lexicon cues
    "hedges", "vague", "bureaucratic_filler", "jargon", "explained_terms", "specifics", "steps", "states_next_step",
    # answering what was asked
    "answers_question", "leaves_question_open", "no_recommendation", "relevance", "answer_sentence", "answer_first",
    # readability
    "sentence_length_excess", "sentence_words", "syllables_per_word", "rare_word_share", "abstract_nouns",
    "passive_voice", "very_short", "wordiness",
    # meaning
    "clear_similarity", "vague_similarity", "clear_sentence", "vague_sentence",
)
HEAD_INPUTS: Mapping[str, tuple[str, ...]] = {"empathy": EMPATHY_INPUTS, "clarity": CLARITY_INPUTS}
HEAD_LAYERS: Mapping[str, tuple[int, ...]] = {"empathy": (0, 1, 2, 3, 4, 5, 6), "clarity": (6,)}
PROBE_CLIP = 10.0  # log-odds beyond this say nothing more


@dataclass(frozen=True)
class SentenceProbe:
    """How strongly a sentence reads as one kind (e.g. hostile): log-odds = sentence vector · weights + bias.
    Above `threshold` (reached by the strongest sentence of only 1% of the training replies graded otherwise),
    the scorer points at the sentence."""

    name: str
    weights: np.ndarray
    bias: float
    threshold: float

    def strongest(self, sentence_vectors: np.ndarray) -> tuple[int, float]:
        """The sentence that reads most so, and its log-odds (clipped); (-1, 0.0) without sentences."""
        if not len(sentence_vectors):
            return -1, 0.0
        log_odds = sentence_vectors.astype(np.float64) @ self.weights + self.bias
        best = int(log_odds.argmax())
        return best, float(np.clip(log_odds[best], -PROBE_CLIP, PROBE_CLIP))


def probed_units(sentence_vectors: np.ndarray, embedding: np.ndarray) -> np.ndarray:
    """What the probes read of a reply: its sentences, or the whole reply when it has none."""
    return sentence_vectors if len(sentence_vectors) else embedding[None, :]


def probe_features(probes: Sequence[SentenceProbe], sentence_vectors: np.ndarray,
                   embedding: np.ndarray) -> dict[str, float]:
    """Each probe's log-odds for the reply's strongest sentence (the whole reply when it has no sentences)."""
    units = probed_units(sentence_vectors, embedding)
    return {probe.name: probe.strongest(units)[1] for probe in probes}


@dataclass(frozen=True)
class LinearHead:
    dimension: str
    feature_names: tuple[str, ...]
    feature_means: np.ndarray
    feature_scales: np.ndarray
    feature_weights: np.ndarray
    embedding_weights: np.ndarray | None
    bias: float
    notes: Mapping[str, object]
    probes: tuple[SentenceProbe, ...] = ()
    layers: tuple[int, ...] = ()

    def level(self, features: Mapping[str, float], layers: np.ndarray | None) -> float:
        """One reply's level; `layers`: its pooled encoder layers (layers, hidden)."""
        return float(self.levels(self.feature_matrix([features]), None if layers is None else layers[None])[0])

    def feature_matrix(self, rows: Sequence[Mapping[str, float]]) -> np.ndarray:
        return np.array([[row.get(name, 0.0) for name in self.feature_names] for row in rows], dtype=np.float64)

    def levels(self, features: np.ndarray, layers: np.ndarray | None) -> np.ndarray:
        """Levels of many replies: `layers` holds each reply's pooled encoder layers (replies, layers, hidden)."""
        standardized = (features - self.feature_means) / self.feature_scales
        result = self.bias + standardized @ self.feature_weights
        if self.embedding_weights is not None:
            read = None if layers is None or layers.shape[1] <= max(self.layers) else read_layers(layers, self.layers)
            if read is None or read.shape[1] != len(self.embedding_weights):
                raise ScoringError(f"the {self.dimension} head reads {len(self.embedding_weights)} numbers of the "
                                   f"encoder's layers {list(self.layers)}, which this encoder does not give: retrain "
                                   "the heads (`simulator models train`) for this encoder")
            result = result + read @ self.embedding_weights
        return np.asarray(result)

    def contributions(self, features: Mapping[str, float]) -> dict[str, float]:
        """Each named feature's push on the level, against an average reply."""
        values = self.feature_matrix([features])[0]
        pushes = (values - self.feature_means) / self.feature_scales * self.feature_weights
        return dict(zip(self.feature_names, (float(p) for p in pushes), strict=True))

    def to_json(self) -> str:
        document = {
            "format": HEAD_FORMAT,
            "dimension": self.dimension,
            "predicts": "grading level 0-4; the score is 100 / (1 + exp(-ln(3) * (level - 2)))",
            "bias": _round(self.bias),
            "features": {name: {"mean": _round(m), "scale": _round(s), "weight": _round(w)}
                         for name, m, s, w in zip(self.feature_names, self.feature_means, self.feature_scales,
                                                  self.feature_weights, strict=True)},
            "embedding_layers": list(self.layers),
            "embedding_weights": None if self.embedding_weights is None
            else [_round(w) for w in self.embedding_weights],
            "sentence_probes": {p.name: {"bias": _round(p.bias), "threshold": _round(p.threshold),
                                         "weights": [_round(w) for w in p.weights]} for p in self.probes},
            "notes": dict(self.notes),
        }
        return json.dumps(document, indent=1, sort_keys=False) + "\n"

    @classmethod
    def from_json(cls, text: str, source: str = "head") -> LinearHead:
        try:
            document = json.loads(text)
            if document.get("format") != HEAD_FORMAT:
                raise ScoringError(f"{source}: unsupported head format {document.get('format')!r}")
            names = tuple(document["features"])
            specs = [document["features"][n] for n in names]
            embedding = document.get("embedding_weights")
            head = cls(
                dimension=str(document["dimension"]),
                feature_names=names,
                feature_means=np.array([float(s["mean"]) for s in specs]),
                feature_scales=np.array([float(s["scale"]) for s in specs]),
                feature_weights=np.array([float(s["weight"]) for s in specs]),
                embedding_weights=None if embedding is None else np.array(embedding, dtype=np.float64),
                bias=float(document["bias"]),
                notes=document.get("notes", {}),
                probes=tuple(SentenceProbe(name, np.array(spec["weights"], dtype=np.float64), float(spec["bias"]),
                                           float(spec["threshold"]))
                             for name, spec in document.get("sentence_probes", {}).items()),
                layers=tuple(int(layer) for layer in document.get("embedding_layers", [])),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ScoringError(f"{source}: not a valid scoring head ({error})") from error
        if (head.embedding_weights is None) != (not head.layers):
            raise ScoringError(f"{source}: embedding weights need the encoder layers they read ('embedding_layers')")
        if np.any(head.feature_scales <= 0):
            raise ScoringError(f"{source}: feature scales must be positive")
        return head

    @classmethod
    def load(cls, path: Path) -> LinearHead:
        try:
            return cls.from_json(path.read_text(encoding="utf-8"), str(path))
        except OSError as error:
            raise ScoringError(f"cannot read the scoring head {path}: {error}") from error


def read_layers(layers: np.ndarray, chosen: Sequence[int]) -> np.ndarray:
    """The chosen pooled layers of each reply, end to end: (replies, layers, hidden) -> (replies, chosen x hidden)."""
    return layers[:, list(chosen)].reshape(len(layers), -1).astype(np.float64)


def level_to_score(level: float) -> float:
    """0-100 from a grading level: levels 1, 2, 3 give 25, 50, 75 and the ends bend smoothly towards 0 and 100
    (level 0 gives 10, level 4 gives 90), so the order of two replies survives even beyond the scale's ends."""
    return round(100.0 / (1.0 + math.exp(-LEVEL_SLOPE * (level - TOP_LEVEL / 2))), 2)


def _round(value: float) -> float:
    """Eight significant digits: the files stay readable and a retrain on another machine gives the same bytes."""
    value = float(value)
    if value == 0 or not math.isfinite(value):
        return 0.0
    return float(f"{value:.8g}")
