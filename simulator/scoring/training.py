"""`simulator models train`: fit the scoring heads on the team's labelled replies, exactly reproducibly.

Data: models/data/*.jsonl, rows {"id", "situation", "industry", "customer", "reply", "empathy": 0-4,
"clarity": 0-4, "note"}. Situations (not single replies) are split into train and dev, so that dev measures
replies to customers the heads never saw. Each head is a ridge regression over its named features (standardised)
and the sentence embedding, with one penalty for each part chosen by grouped cross-validation on the train
situations for within-situation pairwise accuracy; the fit itself compares replies within a situation.
Nothing random is left unseeded, embeddings and weights are rounded before use and storage: the same data gives
the same bytes.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from simulator.domain import ScoringContext, ScoringError
from simulator.scoring.heads import HEAD_INPUTS, LinearHead, SentenceProbe, probe_features, probed_units
from simulator.scoring.manifest import MANIFEST_NAME, sha256_of
from simulator.scoring.metrics import pairwise_accuracy
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

# What we know before seeing the data, in levels per unit of each feature: the ridge penalty pulls the weights
# towards these rather than towards zero, so a cue the team's replies happen not to contain (a Reddit-style
# "sending hugs", an acronym nobody used) keeps a sensible weight instead of none.
PRIOR_WEIGHTS: dict[str, dict[str, float]] = {
    "empathy": {
        "acknowledges_feeling": 0.8, "owning_apology": 0.8, "sympathy": 0.6, "reassures": 0.4, "validates": 0.5,
        "warm_close": 0.2, "fake_apology": -0.8, "blames_customer": -1.2, "dismisses": -1.2, "quotes_policy": -0.6,
        "sarcasm": -1.2, "robotic": -0.4, "cheer_x_distress": -0.8, "cheer_x_grief": -1.2,
        "unacknowledged_distress": -0.6, "shouting": -0.5, "uses_name": 0.3, "echoes_customer": 0.2,
        "personal_details": 0.4,
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
        "leaves_question_open": -0.3, "sentence_length_excess": -0.3,
        "syllables_per_word": -0.8, "rare_word_share": -1.0, "very_short": -0.3,
        # Plain-language guidance: about a quarter of a level per doubling of the average sentence, per tenth of
        # the words being abstract nouns, per passive verb in ten words.
        "sentence_words": -0.25, "abstract_nouns": -2.5, "passive_voice": -0.25,
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
    """What the heads read for a list of replies: named features, unit-length embeddings, sentence vectors."""

    features: list[dict[str, float]]
    embeddings: np.ndarray
    sentences: list[np.ndarray]

    def subset(self, mask: np.ndarray) -> Inputs:
        return Inputs([f for f, keep in zip(self.features, mask, strict=True) if keep], self.embeddings[mask],
                      [v for v, keep in zip(self.sentences, mask, strict=True) if keep])

    def with_probes(self, probes: Sequence[SentenceProbe]) -> Inputs:
        """The same inputs, each reply's features joined by the probes' readings of its sentences."""
        features = [{**f, **probe_features(probes, v, e)}
                    for f, v, e in zip(self.features, self.sentences, self.embeddings, strict=True)]
        return Inputs(features, self.embeddings, self.sentences)


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
    requests = [ScoreRequest(ScoringContext(customer_message=r.customer), r.reply) for r in rows]
    features: list[dict[str, float]] = []
    embeddings: list[np.ndarray] = []
    sentences: list[np.ndarray] = []
    for first in range(0, len(requests), 64):
        for item in scorer.analyse_batch(requests[first:first + 64]):
            features.append(dict(item.analysis.features))
            embeddings.append(item.embedding)
            sentences.append(np.round(item.sentence_vectors.astype(np.float64), EMBEDDING_DECIMALS))
        if progress is not None:
            progress(len(features), len(requests))
    matrix = np.round(np.array(embeddings, dtype=np.float64), EMBEDDING_DECIMALS) if embeddings \
        else np.zeros((0, 0))
    return Inputs(features, matrix, sentences)


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


def fit_head(dimension: str, inputs: Inputs, levels: np.ndarray, groups: Sequence[str], feature_penalty: float,
             embedding_penalty: float, notes: dict[str, Any] | None = None) -> LinearHead:
    """Ridge regression of the levels on standardised features and the embedding, each part with its own penalty;
    feature weights are pulled towards PRIOR_WEIGHTS, embedding weights towards zero, FIXED_WEIGHTS are kept.

    The fit compares replies to the same customer only (levels and inputs are centred within each situation), as
    a trainer does: what makes one answer to a message better than another, not which messages were easier."""
    names = HEAD_INPUTS[dimension]
    features = np.array([[row.get(n, 0.0) for n in names] for row in inputs.features], dtype=np.float64)
    means = features.mean(axis=0)
    scales = features.std(axis=0)
    scales = np.where(scales < 1e-6, 1.0, scales)
    standardized = (features - means) / scales
    fixed = np.array([FIXED_WEIGHTS[dimension].get(n, np.nan) * s for n, s in zip(names, scales, strict=True)])
    priors = np.array([PRIOR_WEIGHTS[dimension].get(n, 0.0) * s for n, s in zip(names, scales, strict=True)])
    use_embedding = embedding_penalty < 1e8
    embeddings = inputs.embeddings if use_embedding else np.zeros((len(levels), 0))
    # A weight that comes out against its prior's sign (a hedge earning points) is set to zero and the rest refitted:
    # the evidence a trainee sees must never contradict the score.
    for _ in range(len(names)):
        feature_weights, embedding_weights, bias = _ridge(standardized, embeddings, levels, groups, fixed, priors,
                                                          feature_penalty, embedding_penalty)
        contrary = np.isnan(fixed) & (feature_weights * priors < 0)
        if not contrary.any():
            break
        fixed = np.where(contrary, 0.0, fixed)
    return LinearHead(
        dimension=dimension, feature_names=names, feature_means=means, feature_scales=scales,
        feature_weights=feature_weights, embedding_weights=embedding_weights if use_embedding else None,
        bias=bias, notes=notes or {},
    )


def _ridge(standardized: np.ndarray, embeddings: np.ndarray, levels: np.ndarray, groups: Sequence[str],
           fixed: np.ndarray, priors: np.ndarray, feature_penalty: float, embedding_penalty: float
           ) -> tuple[np.ndarray, np.ndarray, float]:
    """Feature weights (the fixed ones kept), embedding weights and bias of the within-situation ridge fit."""
    is_fixed = ~np.isnan(fixed)
    design = np.hstack([standardized[:, ~is_fixed], embeddings])
    target = levels - standardized[:, is_fixed] @ fixed[is_fixed]
    centred_design, centred_target = design.copy(), target.copy()
    group_array = np.array(groups)
    for group in sorted(set(groups)):
        members = group_array == group
        centred_design[members] -= design[members].mean(axis=0)
        centred_target[members] -= target[members].mean()
    free_count = int((~is_fixed).sum())
    penalties = np.concatenate([np.full(free_count, feature_penalty), np.full(embeddings.shape[1], embedding_penalty)])
    prior_weights = np.concatenate([priors[~is_fixed], np.zeros(embeddings.shape[1])])
    weights = np.linalg.solve(centred_design.T @ centred_design + np.diag(penalties),
                              centred_design.T @ centred_target + penalties * prior_weights)
    feature_weights = fixed.copy()
    feature_weights[~is_fixed] = weights[:free_count]
    return feature_weights, weights[free_count:], float(target.mean() - design.mean(axis=0) @ weights)


def choose_penalties(dimension: str, inputs: Inputs, levels: np.ndarray, groups: Sequence[str]
                     ) -> tuple[float, float, float]:
    """The (feature, embedding) penalties chosen by grouped cross-validated pairwise accuracy, and that accuracy.
    Folds are whole situations, assigned in a seeded order; the sentence probes are refitted without each held-out
    fold. Among the penalties within CV_TOLERANCE of the best, the strongest win: the head that leans most on its
    priors and least on the embedding, for the same accuracy."""
    situations = sorted(set(groups))
    order = np.random.default_rng(SEED).permutation(len(situations))
    fold_of = {situations[i]: position % CV_FOLDS for position, i in enumerate(order)}
    folds = np.array([fold_of[g] for g in groups])
    penalties = [(f, e) for f in FEATURE_PENALTIES for e in EMBEDDING_PENALTIES]
    predicted = np.zeros((len(penalties), len(levels)))
    for fold in range(CV_FOLDS):
        train, test = folds != fold, folds == fold
        probes = tuple(fit_probe(spec, inputs.subset(train), levels[train]) for spec in PROBES[dimension])
        probed = inputs.with_probes(probes)
        fold_train, fold_test = probed.subset(train), probed.subset(test)
        fold_groups = [g for g, keep in zip(groups, train, strict=True) if keep]
        for index, (feature_penalty, embedding_penalty) in enumerate(penalties):
            head = fit_head(dimension, fold_train, levels[train], fold_groups, feature_penalty, embedding_penalty)
            predicted[index, test] = head.levels(head.feature_matrix(fold_test.features), fold_test.embeddings)
    results = [(pairwise_accuracy(list(row), list(levels), groups), f, e)
               for row, (f, e) in zip(predicted, penalties, strict=True)]
    best = max(accuracy for accuracy, _, _ in results)
    accuracy, feature_penalty, embedding_penalty = max(
        (r for r in results if r[0] >= best - CV_TOLERANCE), key=lambda r: (r[1], r[2]))
    return feature_penalty, embedding_penalty, round(accuracy, 4)


@dataclass(frozen=True)
class TrainingResult:
    heads: dict[str, LinearHead]
    train: list[LabelledReply]
    dev: list[LabelledReply]
    dev_inputs: Inputs
    selection: dict[str, dict[str, float]]


def train_heads(scorer: ReplyScorer, rows: Sequence[LabelledReply],
                progress: Callable[[int, int], None] | None = None) -> TrainingResult:
    if len({r.situation for r in rows}) < 4:
        raise ScoringError("training needs labelled replies from at least 4 situations in models/data/*.jsonl")
    train, dev = split_by_situation(rows)
    inputs = compute_inputs(scorer, [*train, *dev], progress)
    is_train = np.arange(len(train) + len(dev)) < len(train)
    train_inputs, dev_inputs = inputs.subset(is_train), inputs.subset(~is_train)
    groups = [r.situation for r in train]
    heads: dict[str, LinearHead] = {}
    selection: dict[str, dict[str, float]] = {}
    for dimension in DIMENSIONS:
        levels = np.array([r.levels[dimension] for r in train], dtype=np.float64)
        feature_penalty, embedding_penalty, cv_accuracy = choose_penalties(dimension, train_inputs, levels, groups)
        probes = tuple(fit_probe(spec, train_inputs, levels) for spec in PROBES[dimension])
        probed = train_inputs.with_probes(probes)
        selection[dimension] = {"feature_penalty": feature_penalty, "embedding_penalty": embedding_penalty,
                                "cv_pairwise_accuracy": cv_accuracy}
        log.info("%s: penalties %s / %s, cross-validated pairwise accuracy %.3f", dimension, feature_penalty,
                 embedding_penalty, cv_accuracy)
        notes = {"trained_on": f"{len(train)} replies, {len(set(groups))} situations (dev held out)",
                 "ridge_penalties": {"features": feature_penalty, "embedding": embedding_penalty}}
        head = fit_head(dimension, probed, levels, groups, feature_penalty, embedding_penalty, notes)
        heads[dimension] = replace(head, probes=probes)
    return TrainingResult(heads, train, dev, dev_inputs, selection)


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
    manifest = {
        "format": 1,
        "version": MANIFEST_VERSION,
        "encoder": encoder_document,
        "heads": {d: f"heads/{d}.json" for d in result.heads},
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
