"""A ReplyScore to the turn table's score columns and back (evidence, tips and matches as JSON text)."""

from __future__ import annotations

import json
from typing import Any

from simulator.domain import Evidence, ReplyScore, StorageError
from simulator.storage.models import TurnRow


def score_columns(score: ReplyScore) -> dict[str, Any]:
    evidence = {dimension: [{"start": item.start, "end": item.end, "sign": item.sign, "label": item.label}
                            for item in items]
                for dimension, items in score.evidence.items()}
    return {
        "empathy": score.empathy,
        "clarity": score.clarity,
        "speed": score.speed,
        "overall": score.overall,
        "evidence": json.dumps(evidence, ensure_ascii=False),
        "tips": json.dumps(dict(score.tips), ensure_ascii=False),
        "key_points": json.dumps(sorted(score.key_points)),
        "intents": json.dumps(sorted(score.intents)),
        "violations": json.dumps(sorted(score.violations)),
    }


def score_from_row(row: TurnRow) -> ReplyScore | None:
    """The model's score of a turn; None while it has not been scored."""
    if row.scored_at is None:
        return None
    if row.empathy is None or row.clarity is None or row.overall is None:
        raise StorageError(f"turn {row.id} is marked as scored but has no scores; the database is damaged")
    evidence = {dimension: tuple(Evidence(item["start"], item["end"], item["sign"], item["label"])
                                 for item in items)
                for dimension, items in json.loads(row.evidence or "{}").items()}
    return ReplyScore(
        empathy=row.empathy,
        clarity=row.clarity,
        speed=row.speed,
        overall=row.overall,
        evidence=evidence,
        tips=json.loads(row.tips or "{}"),
        key_points=frozenset(json.loads(row.key_points or "[]")),
        intents=frozenset(json.loads(row.intents or "[]")),
        violations=frozenset(json.loads(row.violations or "[]")),
    )
