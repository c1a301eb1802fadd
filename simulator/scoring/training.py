"""`simulator models train`: fit the scoring heads on the team's graded replies and outside pairs, reproducibly.

Data: models/data/*.jsonl, rows {"id", "situation", "industry", "customer", "reply", "empathy": 0-4,
"clarity": 0-4, "note"}, and models/pairs/*.jsonl, outside writers' pairs (pairs.py). Situations (not single
replies) are split into train and dev, so that dev measures replies to customers the heads never saw. Each head is
a ridge regression over its named features (standardised) and the reply's pooled encoder layers (see heads.py),
on the train situations and the pairs (each a situation of two replies), with one penalty for each part chosen by
cross-validation over both; the fit itself compares replies within a situation. The reader (reader.py) is
the encoder's last three layers fine-tuned on the same train replies and pairs; the dev figures read it as scoring
does.
Nothing random is left unseeded, embeddings and weights are rounded before use and storage: the same data gives
the same bytes.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from simulator.domain import ScoringContext, ScoringError
from simulator.scoring.heads import (
    HEAD_INPUTS,
    HEAD_LAYERS,
    TOP_LEVEL,
    LinearHead,
    SentenceProbe,
    probe_features,
    probed_units,
    read_layers,
)
from simulator.scoring.manifest import MANIFEST_NAME, sha256_of
from simulator.scoring.metrics import ordered_share, pairwise_accuracy
from simulator.scoring.pairs import ReplyPair
from simulator.scoring.reader import FIRST_LAYER, READER_FILE, PairStates, Reader, fit_reader, pad
from simulator.scoring.scorer import ReplyScorer, ScoreRequest

log = logging.getLogger(__name__)

SEED = 20251125
DEV_SHARE = 0.22
CV_FOLDS = 5
CV_TOLERANCE = 0.002
FEATURE_PENALTIES = (3.0, 10.0, 30.0, 100.0, 300.0, 1000.0)
EMBEDDING_PENALTIES = (1.0, 3.0, 10.0, 30.0, 100.0, 1e9)   # 1e9: the embedding left out
EMBEDDING_DECIMALS = 5
MANIFEST_VERSION = "1.0.0"
DIMENSIONS = tuple(HEAD_INPUTS)
READER_DIMENSIONS = ("empathy", "clarity")  # what the reader reads (models/README.md: The reader)
READ_BATCH = 32  # replies the reader reads at once when measuring
# A training pair's better reply counts as this many levels above its worse: the pairs run from obvious to subtle,
# and cross-validation over both the team's replies and the pairs did best with 2 (models/README.md).
PAIR_GAP = 2.0

# What we know before seeing the data, in levels per unit of each feature: the ridge penalty pulls the weights
# towards these rather than towards zero, so a cue the team's replies happen not to contain (a Reddit-style
# "sending hugs", an acronym nobody used) keeps a sensible weight instead of none.
PRIOR_WEIGHTS: dict[str, dict[str, float]] = {
    "empathy": {
        "acknowledges_feeling": 0.8, "owning_apology": 0.8, "sympathy": 0.6, "reassures": 0.4, "validates": 0.5,
        "warm_close": 0.2, "fake_apology": -0.8, "blames_customer": -1.2, "dismisses": -1.2, "quotes_policy": -0.6,
        "makes_excuses": -1.0, "repeated_apologies": -0.5, "centres_agent": -0.6, "overpromises": -0.6,
        "sarcasm": -1.2, "polices_tone": -1.0, "robotic": -0.4, "too_casual": -0.6, "cheer_x_joy": 0.6,
        "unwanted_sympathy": -1.2, "cheer_x_distress": -0.8, "cheer_x_grief": -1.2,
        # Warm wording counts for more when the customer is upset (without a prior it came out the other way).
        "warmth_x_distress": 1.0,
        "unacknowledged_distress": -0.6, "shouting": -0.5, "uses_name": 0.3, "echoes_customer": 0.2,
        "personal_details": 0.4,
        # A reply closer to this customer's message than to the typical one (matching.customer_specificity) names
        # what they said, not sympathy that could go to anyone. Fitted on the team's data alone it earns little
        # weight (the fit pulls this prior down to about +0.65); the outside writers' pairs reward it more.
        "customer_specificity": 3.0,
        "warm_cues": 0.6, "cold_cues": -0.8, "very_short": -0.5,
        # Cosine to the hand-written warm / cold prototype sentences (matching.py): general emotional-reaction
        # language that carries across writers and settings where the lexicon and the embedding weights do not
        # (a Reddit reply, another team's phrasing). 2 levels per unit of cosine, about 0.2 level per spread.
        "warm_similarity": 2.0, "warm_sentence": 2.0, "cold_similarity": -2.0, "cold_sentence": -2.0,
        "hostile_similarity": -2.0, "hostile_sentence": -2.0,
        # A third of a level per unit of log-odds of the reply's most hostile (warmest) sentence.
        "hostile_probe": -0.3, "warm_probe": 0.3,
    },
    "clarity": {
        "hedges": -0.8, "vague": -0.8, "bureaucratic_filler": -0.8, "jargon": -1.0, "explained_terms": 0.2,
        "specifics": 0.6, "steps": 0.4, "states_next_step": 0.3, "answers_question": 0.3,
        "leaves_question_open": -0.3, "no_recommendation": -1.0, "sentence_length_excess": -0.3,
        "syllables_per_word": -0.8, "rare_word_share": -1.0, "very_short": -0.3,
        # Plain-language guidance: about a quarter of a level per doubling of the average sentence, per tenth of
        # the words being abstract nouns, per passive verb in ten words.
        "sentence_words": -0.25, "abstract_nouns": -2.5, "passive_voice": -0.25,
        # Cosine to the hand-written clear / vague prototype sentences, as for empathy: without a prior, a
        # similarity to clear wording came out costing points next to its closest-sentence twin.
        "clear_similarity": 2.0, "clear_sentence": 2.0, "vague_similarity": -2.0, "vague_sentence": -2.0,
        # The sentence closest to what the customer asked, anywhere and among the first two (cosine).
        "answer_sentence": 1.0, "answer_first": 1.0,
    },
}


@dataclass(frozen=True)
class ProbeSpec:
    """A sentence probe to fit: sentences of replies graded `positive` against those of replies graded `negative`."""

    name: str
    positive: frozenset[int]
    negative: frozenset[int]


# Hostile: what makes a reply a 0 (blaming, mocking, disbelieving) whatever else it says; warm: what makes a 4.
PROBES: dict[str, tuple[ProbeSpec, ...]] = {
    "empathy": (ProbeSpec("hostile_probe", frozenset({0}), frozenset({2, 3, 4})),
                ProbeSpec("warm_probe", frozenset({4}), frozenset({0, 1, 2}))),
    "clarity": (),
}
PROBE_PENALTY = 10.0
PROBE_ROUNDS = 3
PROBE_EVIDENCE_PERCENTILE = 99.0

# Weights set by principle, not fitted. The team wrote its replies length-balanced on purpose (long but vague,
# short but precise), so its data cannot tell how much concision helps; the product asks for concise replies and
# readability research finds shorter texts easier. Each doubling of a reply's length costs a quarter of a level.
FIXED_WEIGHTS: dict[str, dict[str, float]] = {
    "empathy": {},
    "clarity": {"wordiness": -0.25},
}
# A cue present in fewer training replies than this keeps its prior weight: one or two replies say more about
# their situation than about the cue (an excuse in a reply graded 1 next to replies graded 0 would come out warm).
MIN_REPLIES_TO_LEARN = 5


@dataclass(frozen=True)
class LabelledReply:
    id: str
    situation: str
    industry: str
    customer: str
    reply: str
    levels: dict[str, int]
    source: str


@dataclass(frozen=True)
class Inputs:
    """What the heads read for a list of replies: named features, unit-length embeddings, sentence vectors (what
    the probes read) and each reply's pooled encoder layers (replies, layers, hidden): what the embedding weights
    read."""

    features: list[dict[str, float]]
    embeddings: np.ndarray
    sentences: list[np.ndarray]
    layers: np.ndarray
    readings: dict[str, np.ndarray] = field(default_factory=dict)  # the reader's levels, by dimension

    def subset(self, mask: np.ndarray) -> Inputs:
        return Inputs([f for f, keep in zip(self.features, mask, strict=True) if keep], self.embeddings[mask],
                      [v for v, keep in zip(self.sentences, mask, strict=True) if keep], self.layers[mask],
                      {d: levels[mask] for d, levels in self.readings.items()})

    def joined(self, other: Inputs) -> Inputs:
        """These replies, then `other`'s (the reader's levels only where both have them)."""
        return Inputs(self.features + other.features, np.concatenate([self.embeddings, other.embeddings]),
                      self.sentences + other.sentences, np.concatenate([self.layers, other.layers]),
                      {d: np.concatenate([levels, other.readings[d]]) for d, levels in self.readings.items()
                       if d in other.readings})

    def with_probes(self, probes: Sequence[SentenceProbe]) -> Inputs:
        """The same inputs, each reply's features joined by the probes' readings of its sentences."""
        features = [{**f, **probe_features(probes, v, e)}
                    for f, v, e in zip(self.features, self.sentences, self.embeddings, strict=True)]
        return replace(self, features=features)


@dataclass(frozen=True)
class PairInputs:
    """One dimension's training pairs: `inputs` of the better replies, then of the worse ones in the same order;
    `sets`, each pair's file (cross-validation holds out whole sets, a writer at a time)."""

    inputs: Inputs
    sets: list[str]

    def subset(self, keep: np.ndarray) -> PairInputs:
        return PairInputs(self.inputs.subset(np.concatenate([keep, keep])),
                          [s for s, k in zip(self.sets, keep, strict=True) if k])

    def added_to(self, inputs: Inputs, levels: np.ndarray, groups: Sequence[str]
                 ) -> tuple[Inputs, np.ndarray, list[str]]:
        """Graded replies with these pairs after them, each pair a situation of two replies PAIR_GAP levels apart."""
        count = len(self.sets)
        names = [f"{s}#{i}" for i, s in enumerate(self.sets)]
        pair_levels = np.r_[np.full(count, (TOP_LEVEL + PAIR_GAP) / 2), np.full(count, (TOP_LEVEL - PAIR_GAP) / 2)]
        return inputs.joined(self.inputs), np.r_[levels, pair_levels], [*groups, *names, *names]

    def ordered_share(self, predicted: np.ndarray) -> float:
        """The share of pairs whose better reply gets the higher level, from levels of the better then worse."""
        count = len(self.sets)
        return ordered_share(list(predicted[:count]), list(predicted[count:]))


def data_files(models_dir: Path) -> list[Path]:
    return sorted((models_dir / "data").glob("*.jsonl"))


def load_labelled(paths: Sequence[Path]) -> list[LabelledReply]:
    rows: list[LabelledReply] = []
    seen: set[str] = set()
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                row = json.loads(line)
                levels = {d: int(row[d]) for d in DIMENSIONS}
                reply = LabelledReply(str(row["id"]), f"{path.stem}/{row['situation']}", str(row["industry"]),
                                      str(row["customer"]), str(row["reply"]), levels, path.name)
            except (ValueError, KeyError, TypeError) as error:
                raise ScoringError(f"{where}: not a labelled reply ({error})") from error
            if any(not 0 <= level <= 4 for level in levels.values()):
                raise ScoringError(f"{where}: levels must be 0-4")
            if reply.id in seen:
                raise ScoringError(f"{where}: duplicate id {reply.id}")
            seen.add(reply.id)
            rows.append(reply)
    return rows


def split_by_situation(rows: Sequence[LabelledReply], dev_share: float = DEV_SHARE, seed: int = SEED
                       ) -> tuple[list[LabelledReply], list[LabelledReply]]:
    """Hold out about `dev_share` of the situations of each data file (each writer's situations) as dev."""
    dev_situations: set[str] = set()
    rng = np.random.default_rng(seed)
    for source in sorted({r.source for r in rows}):
        situations = sorted({r.situation for r in rows if r.source == source})
        count = max(1, round(len(situations) * dev_share)) if len(situations) > 1 else 0
        dev_situations.update(situations[i] for i in rng.permutation(len(situations))[:count])
    train = [r for r in rows if r.situation not in dev_situations]
    dev = [r for r in rows if r.situation in dev_situations]
    return train, dev


def compute_inputs(scorer: ReplyScorer, rows: Sequence[LabelledReply],
                   progress: Callable[[int, int], None] | None = None) -> Inputs:
    return _inputs(scorer, [_request(r) for r in rows], progress)


def _request(row: LabelledReply) -> ScoreRequest:
    return ScoreRequest(ScoringContext(customer_message=row.customer), row.reply)


def compute_pair_inputs(scorer: ReplyScorer, pairs: Sequence[ReplyPair]) -> dict[str, PairInputs]:
    """Each dimension's training pairs, their replies read as scoring reads them."""
    result = {}
    for dimension in DIMENSIONS:
        chosen = [p for p in pairs if p.dimension == dimension]
        if chosen:
            inputs = _inputs(scorer, [*(p.better for p in chosen), *(p.worse for p in chosen)])
            result[dimension] = PairInputs(inputs, [p.source for p in chosen])
    return result


def _inputs(scorer: ReplyScorer, requests: Sequence[ScoreRequest],
            progress: Callable[[int, int], None] | None = None) -> Inputs:
    features: list[dict[str, float]] = []
    embeddings: list[np.ndarray] = []
    sentences: list[np.ndarray] = []
    layers: list[np.ndarray] = []
    readings: dict[str, list[float]] = {}
    for first in range(0, len(requests), 64):
        for item in scorer.analyse_batch(requests[first:first + 64]):
            features.append(dict(item.analysis.features))
            embeddings.append(item.embedding)
            sentences.append(np.round(item.sentence_vectors.astype(np.float64), EMBEDDING_DECIMALS))
            layers.append(item.layers)
            for dimension, level in item.reading.items():
                readings.setdefault(dimension, []).append(level)
        if progress is not None:
            progress(len(features), len(requests))

    def matrix(vectors: list[np.ndarray]) -> np.ndarray:
        return np.round(np.array(vectors, dtype=np.float64), EMBEDDING_DECIMALS) if vectors else np.zeros((0, 0))

    return Inputs(features, matrix(embeddings), sentences, matrix(layers),
                  {d: np.array(levels) for d, levels in readings.items()})


def fit_probe(spec: ProbeSpec, inputs: Inputs, levels: np.ndarray) -> SentenceProbe:
    """Logistic regression over single sentences, by multiple-instance learning: every sentence of a reply graded
    in `spec.negative` is a negative example; of a reply graded in `spec.positive` (where at least one sentence is
    of the kind, but not necessarily all), the sentence the probe reads most so is the positive example, starting
    from all of them. L2-penalised, solved by Newton's method: deterministic."""
    bags = [probed_units(v, e) for v, e in zip(inputs.sentences, inputs.embeddings, strict=True)]
    positive_bags = [bags[i] for i in range(len(levels)) if levels[i] in spec.positive]
    negative_bags = [bags[i] for i in range(len(levels)) if levels[i] in spec.negative]
    if not positive_bags or not negative_bags:
        raise ScoringError(f"the {spec.name.replace('_', ' ')} needs training replies graded "
                           f"{'/'.join(map(str, sorted(spec.positive)))} and graded "
                           f"{'/'.join(map(str, sorted(spec.negative)))} (in every cross-validation fold)")
    negatives = np.vstack(negative_bags)
    positives = np.vstack(positive_bags)
    weights, bias = np.zeros(negatives.shape[1]), 0.0
    for _ in range(PROBE_ROUNDS):
        weights, bias = _logistic(np.vstack([positives, negatives]),
                                  np.r_[np.ones(len(positives)), np.zeros(len(negatives))])
        positives = np.vstack([bag[int(np.argmax(bag @ weights))] for bag in positive_bags])
    probe = SentenceProbe(spec.name, np.array([float(f"{w:.8g}") for w in weights]), float(f"{bias:.8g}"), 0.0)
    # Evidence must be trusted: only one reply in a hundred graded otherwise reads as strongly as the threshold.
    others = [probe.strongest(bags[i])[1] for i in range(len(levels)) if levels[i] in spec.negative]
    return replace(probe, threshold=float(f"{np.percentile(others, PROBE_EVIDENCE_PERCENTILE):.8g}"))


def _logistic(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Weights and bias minimising log-loss + PROBE_PENALTY / 2 · |weights|² (the bias is not penalised)."""
    design = np.hstack([x, np.ones((len(x), 1))])
    penalty = np.full(design.shape[1], PROBE_PENALTY)
    penalty[-1] = 0.0
    theta = np.zeros(design.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(design @ theta)))
        gradient = design.T @ (p - y) + penalty * theta
        hessian = (design * (p * (1 - p))[:, None]).T @ design + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if np.abs(step).max() < 1e-10:
            break
    return theta[:-1], float(theta[-1])


class SituationRidge:
    """Ridge regression of levels on standardised features and pooled encoder layers, comparing replies to the same
    customer only: inputs and levels are centred within each situation, as a trainer compares answers to one
    message. Solved in its dual form (one equation per reply, not per weight). Choosing penalties refits the same
    replies dozens of times, so the layers are decomposed once (a thin SVD): with their Gram matrix as
    U·diag(s²)·Uᵀ, a fit for any penalties costs a few matrix products and one small solve over the features
    (Woodbury's identity), not a solve over every reply."""

    def __init__(self, dimension: str, inputs: Inputs, levels: np.ndarray, groups: Sequence[str]) -> None:
        features = np.array([[row.get(n, 0.0) for n in HEAD_INPUTS[dimension]] for row in inputs.features],
                            dtype=np.float64)
        self.replies_with_feature = np.count_nonzero(features, axis=0)
        self.means = features.mean(axis=0)
        scales = features.std(axis=0)
        self.scales = np.where(scales < 1e-6, 1.0, scales)
        self.standardized = (features - self.means) / self.scales
        self.layers, self.levels = read_layers(inputs.layers, HEAD_LAYERS[dimension]), levels
        group_array = np.array(groups)
        self._members = [group_array == group for group in sorted(set(groups))]
        self.centred_features = self._centre(self.standardized)
        self.centred_layers = self._centre(self.layers)
        self._basis, singular_values, _ = np.linalg.svd(self.centred_layers, full_matrices=False)
        self._spectrum = singular_values ** 2

    def _centre(self, values: np.ndarray) -> np.ndarray:
        centred = values.astype(np.float64).copy()
        for members in self._members:
            centred[members] -= centred[members].mean(axis=0)
        return centred

    def fit(self, fixed: np.ndarray, priors: np.ndarray, feature_penalty: float, layer_penalty: float | None
            ) -> tuple[np.ndarray, np.ndarray, float]:
        """Feature weights (the fixed ones kept, the others pulled towards `priors`), layer weights (pulled towards
        zero; none when `layer_penalty` is None) and bias."""
        is_fixed = ~np.isnan(fixed)
        free = self.centred_features[:, ~is_fixed]
        target = self.levels - self.standardized[:, is_fixed] @ fixed[is_fixed]
        centred_target = self._centre(target)
        residual = centred_target - free @ priors[~is_fixed]
        # dual = (I + G / layer_penalty + free·freeᵀ / feature_penalty)⁻¹ · residual, G the layers' Gram matrix:
        # (I + G / layer_penalty)⁻¹ from the layers' decomposition, then the features by Woodbury's identity.
        solved = np.column_stack([residual, free])
        if layer_penalty is not None:
            shrink = self._spectrum / (self._spectrum + layer_penalty)
            solved = solved - self._basis @ (shrink[:, None] * (self._basis.T @ solved))
        base, free_base = solved[:, 0], solved[:, 1:]
        small = feature_penalty * np.eye(free.shape[1]) + free.T @ free_base
        dual = base - free_base @ np.linalg.solve(small, free.T @ base)
        feature_weights = fixed.copy()
        feature_weights[~is_fixed] = priors[~is_fixed] + free.T @ dual / feature_penalty
        layer_weights = self.centred_layers.T @ dual / layer_penalty if layer_penalty is not None \
            else np.zeros(0)
        design_mean = self.standardized[:, ~is_fixed].mean(axis=0) @ feature_weights[~is_fixed]
        layers_mean = self.layers.mean(axis=0) @ layer_weights if layer_penalty is not None else 0.0
        return feature_weights, layer_weights, float(target.mean() - design_mean - layers_mean)


def fit_head(dimension: str, inputs: Inputs, levels: np.ndarray, groups: Sequence[str], feature_penalty: float,
             embedding_penalty: float, notes: dict[str, Any] | None = None,
             ridge: SituationRidge | None = None) -> LinearHead:
    """Ridge regression of the levels on standardised features and the pooled encoder layers, each part with its
    own penalty; feature weights are pulled towards PRIOR_WEIGHTS, layer weights towards zero, FIXED_WEIGHTS are
    kept. The fit compares replies to the same customer only (`SituationRidge`; pass one to reuse it)."""
    names = HEAD_INPUTS[dimension]
    ridge = ridge or SituationRidge(dimension, inputs, levels, groups)
    fixed = np.array([FIXED_WEIGHTS[dimension].get(n, np.nan) * s for n, s in zip(names, ridge.scales, strict=True)])
    priors = np.array([PRIOR_WEIGHTS[dimension].get(n, 0.0) * s for n, s in zip(names, ridge.scales, strict=True)])
    rarely_seen = ridge.replies_with_feature < MIN_REPLIES_TO_LEARN
    fixed = np.where(np.isnan(fixed) & rarely_seen, priors, fixed)
    layer_penalty = embedding_penalty if embedding_penalty < 1e8 else None
    # A weight that comes out against its prior's sign (a hedge earning points) is set to zero and the rest refitted:
    # the evidence a trainee sees must never contradict the score.
    for _ in range(len(names)):
        feature_weights, layer_weights, bias = ridge.fit(fixed, priors, feature_penalty, layer_penalty)
        contrary = np.isnan(fixed) & (feature_weights * priors < 0)
        if not contrary.any():
            break
        fixed = np.where(contrary, 0.0, fixed)
    return LinearHead(
        dimension=dimension, feature_names=names, feature_means=ridge.means, feature_scales=ridge.scales,
        feature_weights=feature_weights, embedding_weights=layer_weights if layer_penalty is not None else None,
        bias=bias, notes=notes or {}, layers=HEAD_LAYERS[dimension] if layer_penalty is not None else (),
    )


def choose_penalties(dimension: str, inputs: Inputs, levels: np.ndarray, groups: Sequence[str],
                     pairs: PairInputs | None = None) -> tuple[float, float, float]:
    """The (feature, embedding) penalties chosen by grouped cross-validation, and the accuracy they reach: pairwise
    accuracy within situations and, with `pairs`, its mean with the share of held-out pairs ordered right (the
    team's grading and the outside writers' pairs count alike). Folds are whole situations in a seeded order, and
    whole pair sets; the sentence probes are refitted without each held-out fold. Among the penalties within
    CV_TOLERANCE of the best, the strongest win: the head that leans most on its priors and least on the
    embedding, for the same accuracy."""
    situations = sorted(set(groups))
    order = np.random.default_rng(SEED).permutation(len(situations))
    fold_of = {situations[i]: position % CV_FOLDS for position, i in enumerate(order)}
    folds = np.array([fold_of[g] for g in groups])
    set_names = sorted(set(pairs.sets)) if pairs else []
    pair_folds = np.array([set_names.index(s) % CV_FOLDS for s in pairs.sets]) if pairs else np.zeros(0)
    penalties = [(f, e) for f in FEATURE_PENALTIES for e in EMBEDDING_PENALTIES]
    predicted = np.zeros((len(penalties), len(levels)))
    pair_predicted = np.zeros((len(penalties), 2 * len(pair_folds)))
    for fold in range(CV_FOLDS):
        train, test = folds != fold, folds == fold
        probes = tuple(fit_probe(spec, inputs.subset(train), levels[train]) for spec in PROBES[dimension])
        fold_train = inputs.subset(train).with_probes(probes)
        fold_test = inputs.subset(test).with_probes(probes)
        fold_levels = levels[train]
        fold_groups = [g for g, keep in zip(groups, train, strict=True) if keep]
        pair_test = np.r_[pair_folds, pair_folds] == fold
        if pairs:
            fold_train, fold_levels, fold_groups = pairs.subset(pair_folds != fold).added_to(
                fold_train, fold_levels, fold_groups)
            pairs_tested = pairs.inputs.subset(pair_test).with_probes(probes)
        ridge = SituationRidge(dimension, fold_train, fold_levels, fold_groups)
        for index, (feature_penalty, embedding_penalty) in enumerate(penalties):
            head = fit_head(dimension, fold_train, fold_levels, fold_groups, feature_penalty, embedding_penalty,
                            ridge=ridge)
            predicted[index, test] = head.levels(head.feature_matrix(fold_test.features), fold_test.layers)
            if pairs:
                pair_predicted[index, pair_test] = head.levels(head.feature_matrix(pairs_tested.features),
                                                               pairs_tested.layers)
    results = []
    for row, pair_row, (feature_penalty, embedding_penalty) in zip(predicted, pair_predicted, penalties, strict=True):
        accuracy = pairwise_accuracy(list(row), list(levels), groups)
        if pairs:
            accuracy = (accuracy + pairs.ordered_share(pair_row)) / 2
        results.append((accuracy, feature_penalty, embedding_penalty))
    best = max(accuracy for accuracy, _, _ in results)
    accuracy, feature_penalty, embedding_penalty = max(
        (r for r in results if r[0] >= best - CV_TOLERANCE), key=lambda r: (r[1], r[2]))
    return feature_penalty, embedding_penalty, round(accuracy, 4)


@dataclass(frozen=True)
class TrainingResult:
    heads: dict[str, LinearHead]
    reader: Reader
    train: list[LabelledReply]
    dev: list[LabelledReply]
    dev_inputs: Inputs
    selection: dict[str, dict[str, float]]


def train_heads(scorer: ReplyScorer, rows: Sequence[LabelledReply], pairs: Sequence[ReplyPair] = (),
                progress: Callable[[int, int], None] | None = None) -> TrainingResult:
    """Fit each head on the train situations of `rows` and on `pairs` (each a situation of two replies), with
    penalties chosen by cross-validation on both; fine-tune the reader on the train situations and the pairs."""
    if len({r.situation for r in rows}) < 4:
        raise ScoringError("training needs labelled replies from at least 4 situations in models/data/*.jsonl")
    train, dev = split_by_situation(rows)
    inputs = compute_inputs(scorer, [*train, *dev], progress)
    is_train = np.arange(len(train) + len(dev)) < len(train)
    train_inputs, dev_inputs = inputs.subset(is_train), inputs.subset(~is_train)
    groups = [r.situation for r in train]
    by_dimension = compute_pair_inputs(scorer, pairs)
    heads: dict[str, LinearHead] = {}
    selection: dict[str, dict[str, float]] = {}
    for dimension in DIMENSIONS:
        levels = np.array([r.levels[dimension] for r in train], dtype=np.float64)
        dimension_pairs = by_dimension.get(dimension)
        feature_penalty, embedding_penalty, cv_accuracy = choose_penalties(dimension, train_inputs, levels, groups,
                                                                           dimension_pairs)
        probes = tuple(fit_probe(spec, train_inputs, levels) for spec in PROBES[dimension])
        fitted = (train_inputs.with_probes(probes), levels, groups)
        if dimension_pairs:
            fitted = dimension_pairs.added_to(*fitted)
        selection[dimension] = {"feature_penalty": feature_penalty, "embedding_penalty": embedding_penalty,
                                "cv_accuracy": cv_accuracy}
        log.info("%s: penalties %s / %s, cross-validated accuracy %.3f", dimension, feature_penalty,
                 embedding_penalty, cv_accuracy)
        pair_count = len(dimension_pairs.sets) if dimension_pairs else 0
        notes = {"trained_on": f"{len(train)} replies, {len(set(groups))} situations (dev held out); "
                               f"{pair_count} pairs",
                 "ridge_penalties": {"features": feature_penalty, "embedding": embedding_penalty}}
        head = fit_head(dimension, *fitted, feature_penalty, embedding_penalty, notes)
        heads[dimension] = replace(head, probes=probes)
    reader = train_reader(scorer, train, pairs)
    dev_inputs = replace(dev_inputs, readings=read(scorer, reader, dev))
    return TrainingResult(heads, reader, train, dev, dev_inputs, selection)


def train_reader(scorer: ReplyScorer, rows: Sequence[LabelledReply], pairs: Sequence[ReplyPair] = ()) -> Reader:
    """Fine-tune the encoder's last layers on `rows` and `pairs` for READER_DIMENSIONS (see reader.py)."""
    model = scorer.encoder.load()
    states = reader_states(scorer, [_request(r) for r in rows], FIRST_LAYER)
    levels = np.array([[r.levels[d] for d in READER_DIMENSIONS] for r in rows], dtype=np.float32)
    pair_states = [PairStates(d, reader_states(scorer, [p.better for p in chosen], FIRST_LAYER),
                              reader_states(scorer, [p.worse for p in chosen], FIRST_LAYER))
                   for d in READER_DIMENSIONS if (chosen := [p for p in pairs if p.dimension == d])]
    log.info("fine-tuning the reader on %d replies and %d pairs", len(rows),
             sum(len(p.better) for p in pair_states))
    return fit_reader(model.weights, model.config, states, levels, [r.situation for r in rows], READER_DIMENSIONS,
                      SEED, pair_states)


def reader_states(scorer: ReplyScorer, requests: Sequence[ScoreRequest], layer: int) -> list[Any]:
    """The token vectors after `layer` that the reader reads of each reply (ReplyScorer.reader_input)."""
    inputs = [scorer.reader_input(request) for request in requests]
    return scorer.encoder.token_states([text for text, _ in inputs], layer, [skip for _, skip in inputs])


def read(scorer: ReplyScorer, reader: Reader, rows: Sequence[LabelledReply]) -> dict[str, np.ndarray]:
    """The reader's levels of `rows`, by dimension, from the same encoder states as scoring reads."""
    import torch

    model = scorer.encoder.load()
    states = reader_states(scorer, [_request(r) for r in rows], reader.first_layer)
    levels = []
    with torch.inference_mode():
        for first in range(0, len(states), READ_BATCH):
            padded, mask = pad(states[first:first + READ_BATCH])
            levels.append(reader.read(padded, mask, model.config).numpy())
    table = np.concatenate(levels) if levels else np.zeros((0, len(reader.dimensions)))
    return {d: table[:, k].astype(np.float64) for k, d in enumerate(reader.dimensions)}


def write_models(models_dir: Path, result: TrainingResult, data: Sequence[Path], metrics: dict[str, Any],
                 encoder_document: dict[str, Any]) -> dict[str, Any]:
    """Write heads/*.json and manifest.json; return the manifest."""
    heads_dir = models_dir / "heads"
    heads_dir.mkdir(parents=True, exist_ok=True)
    files: dict[str, str] = {}
    for dimension, head in result.heads.items():
        path = heads_dir / f"{dimension}.json"
        path.write_text(head.to_json(), encoding="utf-8")
        files[path.relative_to(models_dir).as_posix()] = sha256_of(path)
    result.reader.save(models_dir / READER_FILE)
    files[READER_FILE] = sha256_of(models_dir / READER_FILE)
    manifest = {
        "format": 1,
        "version": MANIFEST_VERSION,
        "encoder": encoder_document,
        "heads": {d: f"heads/{d}.json" for d in result.heads},
        "reader": READER_FILE,
        "files": files,
        "training": {
            "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "command": "simulator models train",
            "script": "simulator/scoring/training.py",
            "seed": SEED,
            "data": {p.relative_to(models_dir).as_posix(): sha256_of(p) for p in data},
            "train_replies": len(result.train),
            "dev_replies": len(result.dev),
            "dev_situations": sorted({r.situation for r in result.dev}),
            "model_selection": result.selection,
        },
        "metrics": metrics,
    }
    (models_dir / MANIFEST_NAME).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest
