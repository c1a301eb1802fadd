"""`ReplyScorer`: empathy, clarity and speed of one reply (or many), with evidence, tips and semantic matches.

Creating a scorer costs nothing; the encoder and heads load on first use (or `warm_up()`), once, under a lock.
Each reply is embedded once (its sentences get vectors from the same pass, the reader continues it); the
customer message and the key point / intent / avoid examples are embedded in that same encoder call the first time
they are seen, then cached.
When a scenario gives key points, intents or things to avoid, the reply's sentences are also encoded on their own
in that call, since the matching thresholds are set for standalone sentences.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from simulator.domain import Evidence, ReplyScore, ScoringContext, Timing
from simulator.scoring import matching
from simulator.scoring.encoder import SentenceEncoder
from simulator.scoring.features import (
    EARLIER_MESSAGES,
    HOSTILE_SENTENCE,
    MISFIT_LABELS,
    WARM_SENTENCE,
    CustomerMood,
    ReplyAnalysis,
    add_evidence,
    analyse_reply,
    read_customer,
)
from simulator.scoring.heads import HEAD_INPUTS, LinearHead, SentenceProbe, level_to_score, probe_features
from simulator.scoring.lexicons import TONE_LABELS
from simulator.scoring.manifest import Manifest, default_models_dir
from simulator.scoring.reader import Reader, blend
from simulator.scoring.speed import score_speed
from simulator.scoring.tips import clarity_tip, empathy_tip

OVERALL_WEIGHTS = {"empathy": 0.4, "clarity": 0.4, "speed": 0.2}
BATCH_CHUNK = 128  # replies analysed and encoded together: longer runs sort by length into tighter batches
MAX_SENTENCES = 24   # sentences of a reply that get their own vector (features, evidence)
# A probe's reading of a sentence this short ("Yes, we do.", "Every 90 days.") is not shown: a few words say too
# little about tone to point at them, and short hostile phrases ("Deal with it.") are the lexicon's.
MIN_POINTED_WORDS = 5
ANSWER_FIRST_SENTENCES = 2  # an answer in these first sentences is not buried
TYPICAL_CUSTOMER = "typical_customer"  # the centre of the typical customer messages, beside the prototype sets
PROBE_EVIDENCE = {"hostile_probe": (-1, HOSTILE_SENTENCE), "warm_probe": (+1, WARM_SENTENCE)}
NEUTRAL_LEVEL = 2.0     # the team's grading: polite and neutral, neither warm nor cold
CALM_NEGATIVITY = 0.25  # customer messages reading calmer than this get the calm-customer pull, in proportion
CALM_PULL = 0.8
EMPTY_REPLY_TIP = "Write a reply: the customer is waiting for an answer."
# The scorers read English: a reply with letters but none of the Latin alphabet (한국어, русский, العربية) is not
# scored, and is told so rather than taken for an empty reply.
UNREAD_SCRIPT_TIP = "The scorer reads replies in English: write this reply in English to have it scored."
_ANY_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class ScoreRequest:
    context: ScoringContext
    reply: str
    timing: Timing | None = None


@dataclass
class AnalysedReply:
    """A reply with every feature the heads read, its embedding, and what the matches need. `layers`: the
    unit-length mean of each encoder layer's token vectors, first to last (layers, hidden): what the heads'
    embedding weights read."""

    request: ScoreRequest
    customer: CustomerMood
    analysis: ReplyAnalysis
    targets: dict[str, list[matching.Target]]
    unit_texts: list[str]
    embedding: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    layers: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    sentence_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    unit_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    phrase_vectors: dict[str, np.ndarray] = field(default_factory=dict)
    reading: dict[str, float] = field(default_factory=dict)  # the reader's level per dimension it reads


class ReplyScorer:
    """The scorer the engine, the CLI and the GUI use. Thread-safe; see the module docstring."""

    def __init__(self, models_dir: Path | None = None, encoder: SentenceEncoder | None = None) -> None:
        self.models_dir = models_dir or default_models_dir()
        self._encoder = encoder
        self._prototypes: dict[str, np.ndarray] | None = None
        self._heads: dict[str, LinearHead] | None = None
        self._reader: Reader | None = None
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        """Load the encoder and heads now rather than on the first reply."""
        self._load_heads()
        self._load_encoder()

    def _load_heads(self) -> dict[str, LinearHead]:
        if self._heads is None:
            with self._lock:
                if self._heads is None:
                    manifest = Manifest.read(self.models_dir)
                    heads = {}
                    for dimension in HEAD_INPUTS:
                        path = manifest.head_path(dimension)
                        manifest.verify(path.relative_to(self.models_dir).as_posix())
                        heads[dimension] = LinearHead.load(path)
                    if self._encoder is None:
                        self._encoder = SentenceEncoder(manifest.encoder_path())
                    if (reader_path := manifest.reader_path()) is not None:
                        manifest.verify(reader_path.relative_to(self.models_dir).as_posix())
                        self._reader = Reader.load(reader_path).in_matmul_dtype(self._encoder.matmul_dtype)
                    self._heads = heads
        return self._heads

    @property
    def encoder(self) -> SentenceEncoder:
        return self._load_encoder()[0]

    def _load_encoder(self) -> tuple[SentenceEncoder, dict[str, np.ndarray]]:
        if self._encoder is None or self._prototypes is None:
            with self._lock:
                if self._encoder is None:
                    self._encoder = SentenceEncoder()
                if self._prototypes is None:
                    self._prototypes = {name: self._encoder.encode(texts)
                                        for name, texts in matching.PROTOTYPE_SETS.items()}
                    self._prototypes[TYPICAL_CUSTOMER] = self._encoder.encode(
                        matching.TYPICAL_CUSTOMER_MESSAGES).mean(axis=0)
        assert self._encoder is not None and self._prototypes is not None
        return self._encoder, self._prototypes

    def score(self, context: ScoringContext, reply: str, timing: Timing | None = None) -> ReplyScore:
        return self.score_batch([ScoreRequest(context, reply, timing)])[0]

    def score_batch(self, requests: Sequence[ScoreRequest],
                    progress: Callable[[int, int], None] | None = None) -> list[ReplyScore]:
        """Score many replies, encoding them in batches; `progress(done, total)` after each batch."""
        heads = self._load_heads()
        results: list[ReplyScore] = []
        for first in range(0, len(requests), BATCH_CHUNK):
            analysed = self.analyse_batch(requests[first:first + BATCH_CHUNK])
            results.extend(self._finish(heads, item) for item in analysed)
            if progress is not None:
                progress(len(results), len(requests))
        return results

    def analyse_batch(self, requests: Sequence[ScoreRequest]) -> list[AnalysedReply]:
        """Features and embeddings of each reply, without the heads: what training and scoring share. Once the
        heads are loaded, their reader (if any) reads each reply in the same encoder pass."""
        encoder, prototypes = self._load_encoder()
        prepared = [self._prepare(request) for request in requests]
        texts: list[str] = []
        spans: list[list[tuple[int, int]]] = []
        phrases: list[str] = []
        replies: dict[int, list[tuple[int, int]]] = {}
        for item in prepared:
            replies[len(texts)] = item.analysis.misfits
            texts.append(item.analysis.clean.text)
            spans.append([(s.start, s.end) for s in item.analysis.sentences[:MAX_SENTENCES]])
            texts.extend(item.unit_texts[1:])
            spans.extend([] for _ in item.unit_texts[1:])
            phrases.append(item.request.context.customer_message)
            for targets in item.targets.values():
                phrases.extend(matching.phrases_of(targets))
        reader = self._reader
        encoded, phrase_vectors = encoder.encode_with_phrases(texts, spans, phrases, reader, replies)
        position = 0
        for item in prepared:
            if reader is not None:
                item.reading = dict(zip(reader.dimensions, map(float, encoded.readings[position]), strict=True))
            item.embedding = encoded.texts[position]
            item.layers = encoded.layers[position]
            item.sentence_vectors = encoded.spans[position]
            item.unit_vectors = encoded.texts[position:position + len(item.unit_texts)]
            position += len(item.unit_texts)
            self._add_semantic_features(item, prototypes, phrase_vectors)
        return prepared

    @staticmethod
    def reader_input(request: ScoreRequest) -> tuple[str, list[tuple[int, int]]]:
        """What the reader reads of a reply: its clean text, less the spans of sympathy that does not fit this
        customer (which earn nothing there, features.py)."""
        analysis = ReplyScorer._prepare(request).analysis
        return analysis.clean.text, analysis.misfits

    @staticmethod
    def _prepare(request: ScoreRequest) -> AnalysedReply:
        context = request.context
        earlier = [text for role, text in context.history if role == "customer"]
        customer = read_customer(context.customer_message, context.persona, earlier)
        analysis = analyse_reply(request.reply, customer,
                                 "\n".join([*earlier[-EARLIER_MESSAGES:], context.customer_message]))
        targets = {
            "key_points": matching.targets_from_key_points(context.key_points),
            "intents": matching.targets_from_mapping(context.intents),
            "violations": matching.targets_from_mapping(context.avoid),
        }
        # Matching compares sentences encoded on their own (what the thresholds were set on); the features use
        # the sentence vectors taken from the reply's own pass.
        unit_texts = [analysis.clean.text]
        if any(targets.values()) and len(analysis.sentences) > 1:
            unit_texts += [s.text for s in analysis.sentences[:matching.MAX_SENTENCE_UNITS]]
        return AnalysedReply(request, customer, analysis, targets, unit_texts)

    @staticmethod
    def _add_semantic_features(item: AnalysedReply, prototypes: dict[str, np.ndarray],
                               phrase_vectors: dict[str, np.ndarray]) -> None:
        features = item.analysis.features
        features.update(matching.prototype_features(item.embedding, item.sentence_vectors, prototypes))
        features["warmth_x_distress"] = (features["warm_sentence"] - features["cold_sentence"]) \
            * item.customer.negativity
        message = item.request.context.customer_message
        asked = phrase_vectors[message] if message.strip() else None
        features["relevance"] = float(item.embedding @ asked) if asked is not None else 0.0
        features["customer_specificity"] = matching.customer_specificity(
            item.embedding, asked, prototypes[TYPICAL_CUSTOMER]) if asked is not None else 0.0
        # Where the answer is: the sentence closest to the customer's message, and whether it comes first (one of
        # the first two sentences) or is buried under details nobody asked for.
        closeness = np.array([features["relevance"]])
        if asked is not None and len(item.sentence_vectors):
            closeness = matching.dot_rows(item.sentence_vectors, asked)
        features["answer_sentence"] = float(closeness.max())
        features["answer_first"] = float(closeness[:ANSWER_FIRST_SENTENCES].max())
        item.phrase_vectors = {p: phrase_vectors[p] for t in item.targets.values()
                               for p in matching.phrases_of(t)}

    @staticmethod
    def _finish(heads: dict[str, LinearHead], item: AnalysedReply) -> ReplyScore:
        analysis, customer, request = item.analysis, item.customer, item.request
        features = analysis.features
        has_words = bool(analysis.clean.words())
        scores: dict[str, float] = {}
        contributions: dict[str, dict[str, float]] = {}
        for dimension, head in heads.items():
            features.update(probe_features(head.probes, item.sentence_vectors, item.embedding))
            _probe_evidence(item, head.probes)
            level = scored_level(dimension, head.level(features, item.layers), item.reading.get(dimension),
                                 customer.negativity, features)
            scores[dimension] = level_to_score(level) if has_words else 0.0
            contributions[dimension] = head.contributions(features)
        evidence: dict[str, tuple[Evidence, ...]] = {d: tuple(e) for d, e in analysis.evidence.items()}
        if has_words:
            tips = {"empathy": empathy_tip(analysis, customer, contributions["empathy"]),
                    "clarity": clarity_tip(analysis, customer, contributions["clarity"])}
        else:
            unscored = UNREAD_SCRIPT_TIP if _ANY_LETTER.search(analysis.clean.text) else EMPTY_REPLY_TIP
            tips = {"empathy": unscored, "clarity": unscored}
        speed = None
        if request.timing is not None:
            result = score_speed(request.reply, request.timing)
            speed = result.score
            evidence["speed"] = result.evidence
            tips["speed"] = result.tip
        matches = {kind: matching.matched_names(item.unit_vectors, item.unit_texts, targets, item.phrase_vectors)
                   if has_words else frozenset()
                   for kind, targets in item.targets.items()}
        return ReplyScore(
            empathy=scores["empathy"], clarity=scores["clarity"], speed=speed,
            overall=overall_score(scores["empathy"], scores["clarity"], speed),
            evidence=evidence, tips=tips, key_points=matches["key_points"], intents=matches["intents"],
            violations=matches["violations"],
        )


def scored_level(dimension: str, head_level: float, reading: float | None, negativity: float,
                 features: dict[str, float]) -> float:
    """The level a reply scores on `dimension`: the head's blended evenly with the reader's, if there is a reader.
    For empathy, a reply with a cold lexicon cue or with sympathy that does not fit this customer is never read
    warmer than the head reads it (a colder reading still counts), and then the calm pull applies. The reader
    learns tone from whole replies, without the customer's message: it can read one dry sneer before a helpful
    answer, "Funnily enough, parcels take time to travel.", as friendly, and "I know how stressful rushing for a
    flight is, so sorry for the worry!" to "boarding in 20 min, y/n?" as caring; the head reads both against the
    customer."""
    level = head_level
    if reading is not None:
        if dimension == "empathy" and _cold_or_misfit(features):
            reading = min(reading, head_level)
        level = blend(head_level, reading)
    if dimension == "empathy":
        level = calm_customer_level(level, negativity, features)
    return level


def calm_customer_level(level: float, negativity: float, features: dict[str, float]) -> float:
    """A calm, factual question needs no comforting: a reply to it without a cold cue is pulled towards neutral
    rather than scored as cold. The team's data is mostly upset customers, and the reader reads the reply alone,
    so neither the head nor the reader can know that.
    The pull fades out as the customer gets upset and never lifts a reply above neutral; replies to the same
    customer keep their order. Nor does it lift sympathy that does not fit this customer ("this must be so
    stressful" to "what time do you close?"): that reply is low for what it says, not for what it leaves out."""
    calm = max(0.0, 1.0 - negativity / CALM_NEGATIVITY)
    if level >= NEUTRAL_LEVEL or calm == 0.0 or _cold_or_misfit(features):
        return level
    return level + (NEUTRAL_LEVEL - level) * CALM_PULL * calm


def _cold_or_misfit(features: dict[str, float]) -> bool:
    """Whether the lexicon found a cold cue or sympathy that does not fit this customer in the reply."""
    return features.get("cold_cues", 0.0) > 0 or features.get("unwanted_sympathy", 0.0) > 0


def _probe_evidence(item: AnalysedReply, probes: Sequence[SentenceProbe]) -> None:
    """Point at the sentence a probe reads as hostile (warm), lexicon cue or not. A sentence both probes pick
    gets the label of the one it exceeds by more, and a sentence whose tone a lexicon cue already names ("it must
    be frustrating", "you should have read the terms"), or calls a misfit for this customer ("this must be so
    stressful" to a calm question), keeps that reading: evidence never calls one sentence both warm and hostile."""
    readings: dict[int, tuple[float, str]] = {}
    for probe in probes:
        index, log_odds = probe.strongest(item.sentence_vectors)
        margin = log_odds - probe.threshold
        if index >= 0 and margin > 0 and margin > readings.get(index, (0.0, ""))[0]:
            readings[index] = (margin, probe.name)
    sentences = item.analysis.sentences[:MAX_SENTENCES]
    evidence = item.analysis.evidence["empathy"]
    for index, (_, name) in readings.items():
        sign, label = PROBE_EVIDENCE[name]
        sentence = sentences[index]
        if len(sentence.text.split()) < MIN_POINTED_WORDS:
            continue
        start, end = item.analysis.clean.original_offsets(sentence.start, sentence.end)
        inside = [e for e in evidence if start <= e.start and e.end <= end]
        if not any(e.sign == sign or e.label in TONE_LABELS or e.label in MISFIT_LABELS for e in inside):
            add_evidence(item.analysis, "empathy", sentence.start, sentence.end, sign, label)


def overall_score(empathy: float, clarity: float, speed: float | None) -> float:
    parts = {"empathy": empathy, "clarity": clarity}
    if speed is not None:
        parts["speed"] = speed
    total_weight = sum(OVERALL_WEIGHTS[d] for d in parts)
    return round(sum(OVERALL_WEIGHTS[d] * v for d, v in parts.items()) / total_weight, 1)
