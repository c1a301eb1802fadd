"""`simulator eval`: the heads against simple baselines on the dev split, and on public data nobody here wrote.

Dev: pairwise accuracy within each situation (all pairs, and only pairs of similar length), Spearman.
Baselines, computed in the same run: reply length in words, VADER compound, Flesch reading ease (and, for the
sentence sets, 'shorter is clearer' in characters). Next to them, people: assessors who graded the dev replies blind
(models/assessors/*.jsonl, {"id", "empathy", "clarity"}), scored the same way against the writers' grades, a tie
counting half: how far people who read the replies agree on their order.
Pairs (models/held-out/*.jsonl, never used for training, and models/pairs/*.jsonl, trained on; see pairs.py):
replies to the same customer written by people who saw neither the data nor the scores, one better than the other
on one dimension, lengths within 15%: the share where the better one scores higher on that dimension.
External (path to shared/eval, read-only, never used for training):
- EPITOME emotional reactions: ROC-AUC of the empathy score for level >= 1 against level 0;
- OneStopEnglish ADV-ELE sentence pairs: share where the elementary line scores clearer;
- ASSET pairwise simplicity judgments (ties excluded): share where the simpler one scores clearer.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from simulator.domain import ScoringContext, ScoringError
from simulator.scoring.heads import LinearHead, level_to_score
from simulator.scoring.metrics import ordered_share, pair_count, pairwise_accuracy, roc_auc, spearman
from simulator.scoring.pairs import PAIR_DIMENSIONS, load_pairs
from simulator.scoring.scorer import ReplyScorer, ScoreRequest, scored_level
from simulator.scoring.text import flesch_reading_ease
from simulator.scoring.training import Inputs, LabelledReply

LENGTH_BALANCED_RATIO = 1.25
Progress = Callable[[int, int], None]
_vader = SentimentIntensityAnalyzer()


BASELINES = ("length", "vader", "flesch")


def baseline_scores(replies: Sequence[str]) -> dict[str, list[float]]:
    return {
        "length": [float(len(r.split())) for r in replies],
        "vader": [_vader.polarity_scores(r)["compound"] for r in replies],
        "flesch": [flesch_reading_ease(r) for r in replies],
    }


def assessor_grades(models_dir: Path) -> dict[str, dict[str, dict[str, int]]]:
    """Each assessor's (file's) grades by reply id: {"a05-01": {"empathy": 4, "clarity": 3}, ...}."""
    assessors = {}
    for path in sorted((models_dir / "assessors").glob("*.jsonl")):
        grades = {}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            try:
                row = json.loads(line)
                grades[str(row["id"])] = {d: int(row[d]) for d in PAIR_DIMENSIONS}
            except (ValueError, KeyError, TypeError) as error:
                raise ScoringError(f"{path}:{number}: {error}; an assessor's row is a JSON object with 'id', "
                                   "'empathy' and 'clarity'") from error
        assessors[path.stem] = grades
    return assessors


def dev_report(heads: dict[str, LinearHead], rows: Sequence[LabelledReply], inputs: Inputs,
               assessors: dict[str, dict[str, dict[str, int]]] | None = None) -> dict[str, Any]:
    """Per dimension: the heads', the baselines' and (`assessors` who graded every dev reply) people's pairwise
    accuracy against the writers' grades (all / length-balanced / levels >= 2 apart) and Spearman."""
    groups = [r.situation for r in rows]
    lengths = [len(r.reply.split()) for r in rows]
    candidates = baseline_scores([r.reply for r in rows])
    people = {name: grades for name, grades in (assessors or {}).items() if all(r.id in grades for r in rows)}
    report: dict[str, Any] = {"replies": len(rows), "situations": len(set(groups))}
    for dimension, head in heads.items():
        gold = [float(r.levels[dimension]) for r in rows]
        probed = inputs.with_probes(head.probes)
        head_levels = [float(v) for v in head.levels(head.feature_matrix(probed.features), probed.layers)]
        readings = inputs.readings.get(dimension)
        predicted = [scored_level(dimension, level, None if readings is None else float(readings[i]),
                                  f["customer_distress"], f)
                     for i, (level, f) in enumerate(zip(head_levels, probed.features, strict=True))]
        scored = {"model": [level_to_score(v) for v in predicted], **candidates,
                  **{name: [float(grades[r.id][dimension]) for r in rows] for name, grades in people.items()}}
        report[dimension] = {
            "pairs": pair_count(gold, groups),
            **{name: {
                "pairwise": round(pairwise_accuracy(values, gold, groups), 3),
                "pairwise_length_balanced": round(pairwise_accuracy(values, gold, groups, LENGTH_BALANCED_RATIO,
                                                                    lengths), 3),
                "pairwise_2_levels_apart": round(pairwise_accuracy(values, gold, groups, min_gap=2), 3),
                "spearman": round(spearman(values, gold), 3),
            } for name, values in scored.items()},
        }
    return report


@dataclass(frozen=True)
class ExternalFigures:
    name: str
    measure: str
    size: int
    figures: dict[str, float]
    goal: float

    def as_dict(self) -> dict[str, Any]:
        return {"measure": self.measure, "size": self.size, "goal": self.goal,
                **{k: round(v, 3) for k, v in self.figures.items()}}


def _score(scorer: ReplyScorer, pairs: Sequence[tuple[str, str]], progress: Progress | None) -> list[Any]:
    return scorer.score_batch([ScoreRequest(ScoringContext(customer_message=c), r) for c, r in pairs], progress)


def epitome(scorer: ReplyScorer, folder: Path, progress: Progress | None = None) -> ExternalFigures:
    path = folder / "epitome" / "emotional-reactions-reddit.csv"
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    replies = [r["response_post"] for r in rows]
    positive = [int(r["level"]) >= 1 for r in rows]
    scores = _score(scorer, [(r["seeker_post"], r["response_post"]) for r in rows], progress)
    figures = {"model": roc_auc([s.empathy for s in scores], positive)}
    figures.update({name: roc_auc(values, positive) for name, values in baseline_scores(replies).items()})
    figures["rationale_recall"] = _rationale_recall(rows, scores)
    return ExternalFigures("epitome", "ROC-AUC, emotional reactions level>=1 vs 0", len(rows), figures, 0.80)


def _rationale_recall(rows: Sequence[dict[str, str]], scores: Sequence[Any]) -> float:
    """Share of the annotators' rationale spans (level >= 1) that a positive empathy evidence span overlaps."""
    found = total = 0
    for row, score in zip(rows, scores, strict=True):
        if int(row["level"]) < 1:
            continue
        spans = [s for s in row["rationales"].split("|") if s.strip()]
        for span in spans:
            start = row["response_post"].find(span)
            if start < 0:
                continue
            total += 1
            end = start + len(span)
            found += any(e.sign > 0 and e.start < end and start < e.end for e in score.evidence["empathy"])
    return found / total if total else float("nan")


def onestopenglish(scorer: ReplyScorer, folder: Path, progress: Progress | None = None) -> ExternalFigures:
    path = folder / "onestopenglish" / "Sentence-Aligned" / "ADV-ELE.txt"
    blocks = [b.strip().split("\n") for b in path.read_text(encoding="utf-8", errors="replace").split("*******")]
    pairs = [(b[0].strip(), b[1].strip()) for b in blocks if len(b) >= 2 and b[0].strip() and b[1].strip()]
    advanced = [a for a, _ in pairs]
    elementary = [e for _, e in pairs]
    scores = _score(scorer, [("", t) for t in [*advanced, *elementary]], progress)
    clarity = [s.clarity for s in scores]
    figures = {"model": ordered_share(clarity[len(pairs):], clarity[:len(pairs)])}
    adv_base, ele_base = baseline_scores(advanced), baseline_scores(elementary)
    figures["flesch"] = ordered_share(ele_base["flesch"], adv_base["flesch"])
    figures["shorter"] = ordered_share([-len(t) for t in elementary], [-len(t) for t in advanced])
    return ExternalFigures("onestopenglish", "share of ADV-ELE pairs where ELE scores clearer", len(pairs),
                           figures, 0.85)


def asset(scorer: ReplyScorer, folder: Path, progress: Progress | None = None) -> ExternalFigures:
    path = folder / "asset" / "human_ratings" / "asset_pairwise_comparisons_with_turkcorpus_and_hsplit.csv"
    with path.open(encoding="utf-8", newline="") as stream:
        rows = [r for r in csv.DictReader(stream) if r["aspect"] == "simplicity" and r["winner"] != "similar"]
    simpler = [r["asset_simplification"] if r["winner"] == "asset" else r["other_simplification"] for r in rows]
    harder = [r["other_simplification"] if r["winner"] == "asset" else r["asset_simplification"] for r in rows]
    scores = _score(scorer, [("", t) for t in [*simpler, *harder]], progress)
    clarity = [s.clarity for s in scores]
    figures = {"model": ordered_share(clarity[:len(rows)], clarity[len(rows):])}
    simple_base, hard_base = baseline_scores(simpler), baseline_scores(harder)
    figures["flesch"] = ordered_share(simple_base["flesch"], hard_base["flesch"])
    figures["shorter"] = ordered_share([-len(t) for t in simpler], [-len(t) for t in harder])
    return ExternalFigures("asset", "agreement with human 'simpler' judgments, ties excluded", len(rows), figures,
                           0.80)


def pairs_report(scorer: ReplyScorer, paths: Sequence[Path], progress: Progress | None = None) -> dict[str, Any]:
    """Per file and dimension: how many pairs, and the share ordered right by the model and by the baselines."""
    report: dict[str, Any] = {}
    for path in paths:
        pairs = load_pairs(path)
        scores = scorer.score_batch([*(p.better for p in pairs), *(p.worse for p in pairs)], progress)
        better_base = baseline_scores([p.better.reply for p in pairs])
        worse_base = baseline_scores([p.worse.reply for p in pairs])
        block: dict[str, Any] = {}
        for dimension in PAIR_DIMENSIONS:
            members = [i for i, pair in enumerate(pairs) if pair.dimension == dimension]
            block[dimension] = {
                "pairs": len(members),
                "model": ordered_share([getattr(scores[i], dimension) for i in members],
                                       [getattr(scores[len(pairs) + i], dimension) for i in members]),
                **{name: ordered_share([better_base[name][i] for i in members], [worse_base[name][i] for i in members])
                   for name in better_base}}
        report[path.stem] = block
    return report


def external_report(scorer: ReplyScorer, folder: Path, progress: Progress | None = None) -> dict[str, Any]:
    if not folder.is_dir():
        raise ScoringError(f"no evaluation data at {folder}")
    return {figures.name: figures.as_dict()
            for figures in (epitome(scorer, folder, progress), onestopenglish(scorer, folder, progress),
                            asset(scorer, folder, progress))}


def format_dev_report(report: dict[str, Any]) -> str:
    lines = [f"dev split: {report['replies']} replies, {report['situations']} situations",
             f"{'dimension':<10} {'scorer':<12} {'pairwise':>9} {'len-bal.':>9} {'gap>=2':>9} {'spearman':>9}"]
    for dimension in ("empathy", "clarity"):
        if dimension not in report:
            continue
        block = report[dimension]
        for name, figures in block.items():
            if name == "pairs":
                continue
            lines.append(f"{dimension:<10} {name:<12} {figures['pairwise']:>9.3f} "
                         f"{figures['pairwise_length_balanced']:>9.3f} "
                         f"{figures.get('pairwise_2_levels_apart', float('nan')):>9.3f} {figures['spearman']:>9.3f}")
        people = [name for name in block if name not in ("pairs", "model", *BASELINES)]
        lines.append(f"{'':<10} ({block['pairs']} pairs with different levels"
                     + (f"; {', '.join(people)}: people who graded the replies blind, a tie counting half)"
                        if people else ")"))
    return "\n".join(lines)


def format_pairs_report(report: dict[str, Any], title: str = "held-out pairs") -> str:
    lines = [f"{title:<18} {'dimension':<10} {'pairs':>6} {'model':>7} {'length':>7} {'vader':>7} "
             f"{'flesch':>7}"]
    rows = [(name, dimension, block[dimension]) for name, block in report.items() for dimension in PAIR_DIMENSIONS]
    if len(report) > 1:  # and over every set, each pair counting once
        for dimension in PAIR_DIMENSIONS:
            blocks = [block[dimension] for block in report.values()]
            total = sum(b["pairs"] for b in blocks)
            rows.append(("all sets", dimension, {"pairs": total, **{
                key: sum(b[key] * b["pairs"] for b in blocks) / max(1, total) for key in ("model", *BASELINES)}}))
    for name, dimension, figures in rows:
        lines.append(f"{name:<18} {dimension:<10} {figures['pairs']:>6} {figures['model']:>7.3f} "
                     f"{figures['length']:>7.3f} {figures['vader']:>7.3f} {figures['flesch']:>7.3f}")
    return "\n".join(lines)


def format_external_report(report: dict[str, Any]) -> str:
    lines = []
    for name, block in report.items():
        others = ", ".join(f"{k} {v:.3f}" for k, v in block.items()
                           if k not in {"measure", "size", "goal", "model"} and isinstance(v, float))
        lines.append(f"{name}: {block['measure']} (n={block['size']}): model {block['model']:.3f} "
                     f"(goal {block['goal']:.2f}); {others}")
    return "\n".join(lines)

