"""`simulator score`: score a JSON Lines file of replies, one output row per good input row.

Input rows: {"id", "customer", "reply"} plus optional "response_seconds" (with optional "target_seconds",
default 60) and "context" (earlier messages, oldest first: strings, or {"role": "customer"|"agent", "text"}).
Output rows repeat the input fields and add "empathy", "clarity", "speed" (null without timing), "overall",
"evidence" (per dimension: start, end, sign, label, text) and "tips". A bad row is reported with its line number
on stderr; the others are still scored.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from simulator.domain import ReplyScore, ScoringContext, Timing
from simulator.scoring.scorer import ReplyScorer, ScoreRequest

DEFAULT_TARGET_SECONDS = 60.0
ROLES = ("customer", "agent")


@dataclass(frozen=True)
class RowError:
    line: int
    message: str


def _json_row(line: str) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON at column {error.colno} ({error.msg}); each line must be one JSON object "
                         'such as {"id": 1, "customer": "...", "reply": "..."}') from error


def parse_row(row: Any) -> ScoreRequest:
    """The scoring request for one input row; ValueError says what is wrong with it."""
    if not isinstance(row, dict):
        raise ValueError("a row must be a JSON object")
    for key in ("customer", "reply"):
        if not isinstance(row.get(key), str):
            raise ValueError(f"'{key}' must be a string")
    if "id" not in row:
        raise ValueError("'id' is missing")
    history = tuple(_history(row.get("context", [])))
    timing = None
    if row.get("response_seconds") is not None:
        seconds = row["response_seconds"]
        target = row.get("target_seconds", DEFAULT_TARGET_SECONDS)
        if not _is_number(seconds) or seconds < 0:
            raise ValueError("'response_seconds' must be a number >= 0")
        if not _is_number(target) or target <= 0:
            raise ValueError("'target_seconds' must be a number > 0")
        timing = Timing(float(seconds), float(target), first_response=not history)
    return ScoreRequest(ScoringContext(customer_message=row["customer"], history=history), row["reply"], timing)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _history(context: Any) -> Iterator[tuple[str, str]]:
    if not isinstance(context, list):
        raise ValueError("'context' must be a list of earlier messages")
    for message in context:
        if isinstance(message, str):
            yield "customer", message
        elif isinstance(message, dict) and message.get("role") in ROLES and isinstance(message.get("text"), str):
            yield message["role"], message["text"]
        else:
            raise ValueError("each 'context' message must be a string or {\"role\": customer|agent, \"text\"}")


def output_row(row: dict[str, Any], reply: str, score: ReplyScore) -> dict[str, Any]:
    return {
        **row,
        "empathy": score.empathy,
        "clarity": score.clarity,
        "speed": score.speed,
        "overall": score.overall,
        "evidence": {dimension: [{"start": e.start, "end": e.end, "sign": e.sign, "label": e.label,
                                  "text": reply[e.start:e.end]} for e in items]
                     for dimension, items in score.evidence.items()},
        "tips": dict(score.tips),
    }


class ProgressBar:
    """A one-line progress bar on stderr, drawn only for long inputs."""

    def __init__(self, total: int, stream: IO[str] = sys.stderr, minimum: int = 200) -> None:
        self.total = total
        self.stream = stream
        self.enabled = total >= minimum

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        width = 30
        filled = int(width * done / max(1, total))
        self.stream.write(f"\rscoring [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()


def score_file(scorer: ReplyScorer, source: IO[str], target: IO[str], errors: IO[str] = sys.stderr,
               source_name: str = "input") -> tuple[int, list[RowError]]:
    """Score every good row of `source` into `target`, in input order; return (rows written, bad rows)."""
    good: list[tuple[dict[str, Any], ScoreRequest]] = []
    problems: list[RowError] = []
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            row = _json_row(line)
            good.append((row, parse_row(row)))
        except ValueError as error:
            problems.append(RowError(number, str(error)))
            print(f"{source_name}:{number}: error: {error}", file=errors)
    scores = scorer.score_batch([request for _, request in good], ProgressBar(len(good)))
    for (row, request), score in zip(good, scores, strict=True):
        target.write(json.dumps(output_row(row, request.reply, score), ensure_ascii=False) + "\n")
    return len(good), problems
