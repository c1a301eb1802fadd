"""Export rows written as CSV or JSON: each dimension's model score, latest override and effective score."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TextIO

from simulator.storage.exports import ExportRow
from simulator.storage.records import SCORED_DIMENSIONS

_ROW_FIELDS = ("trainee", "team", "session_id", "session_status", "session_started_at", "session_ended_at",
               "outcome", "csat", "scenario_id", "scenario_title", "scenario_hash", "difficulty", "turn_index",
               "node", "customer", "reply", "customer_at", "sent_at", "latency_seconds", "scored_at")
_SCORE_FIELDS = tuple(f"{dimension}_{part}" for dimension in SCORED_DIMENSIONS
                      for part in ("model", "override", "override_by", "override_reason", "effective"))
CSV_COLUMNS = _ROW_FIELDS + _SCORE_FIELDS


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 in UTC with a Z, as xAPI and most tools expect."""
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _row_values(row: ExportRow) -> dict[str, Any]:
    values = {name: getattr(row, name) for name in _ROW_FIELDS}
    return {name: iso(value) if isinstance(value, datetime) else value for name, value in values.items()}


def write_csv(rows: Iterable[ExportRow], stream: TextIO) -> None:
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        values = _row_values(row)
        for dimension, scores in row.scores.items():
            override = scores.override
            values[f"{dimension}_model"] = scores.model
            values[f"{dimension}_override"] = None if override is None else override.score
            values[f"{dimension}_override_by"] = None if override is None else override.by
            values[f"{dimension}_override_reason"] = None if override is None else override.reason
            values[f"{dimension}_effective"] = scores.effective
        writer.writerow(values)


def json_rows(rows: Iterable[ExportRow]) -> list[dict[str, Any]]:
    return [
        {**_row_values(row),
         "scores": {dimension: {"model": scores.model,
                                "override": None if scores.override is None else {
                                    "score": scores.override.score, "by": scores.override.by,
                                    "reason": scores.override.reason, "at": iso(scores.override.created_at)},
                                "effective": scores.effective}
                    for dimension, scores in row.scores.items()}}
        for row in rows]


def write_json(rows: Iterable[ExportRow], stream: TextIO) -> None:
    json.dump(json_rows(rows), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
