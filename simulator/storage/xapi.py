"""Export rows as xAPI statements, for a learning management system's learning record store.

One `responded` statement per turn (result: the reply, its effective overall score scaled to 0-1, and in an
extension every dimension's model score, human override and effective score) and one `completed` statement per
completed session. Statement ids are derived from the data, so exporting the same turns again gives the same ids
and a learning record store does not count them twice.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from typing import Any, TextIO
from urllib.parse import quote

from simulator.domain import Outcome
from simulator.storage.export_formats import iso
from simulator.storage.exports import ExportRow
from simulator.storage.records import SessionStatus

DEFAULT_BASE_IRI = "https://agent-training-simulator.invalid"
VERB_RESPONDED = {"id": "http://adlnet.gov/expapi/verbs/responded", "display": {"en-US": "responded"}}
VERB_COMPLETED = {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": "completed"}}
ACTIVITY_INTERACTION = "http://adlnet.gov/expapi/activities/interaction"
ACTIVITY_SIMULATION = "http://adlnet.gov/expapi/activities/simulation"


def _statement_id(*parts: object) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "/".join(str(part) for part in parts)))


def _score(value: float | None) -> dict[str, float] | None:
    if value is None:
        return None
    return {"scaled": round(value / 100, 4), "raw": round(value, 2), "min": 0, "max": 100}


class _Statements:
    def __init__(self, base_iri: str) -> None:
        self.base = base_iri.rstrip("/")
        self.scores_extension = f"{self.base}/xapi/extensions/scores"
        self.session_extension = f"{self.base}/xapi/extensions/session"

    def actor(self, row: ExportRow) -> dict[str, Any]:
        return {"objectType": "Agent", "name": row.trainee, "account": {"homePage": self.base, "name": row.trainee}}

    def scenario(self, row: ExportRow) -> dict[str, Any]:
        return {"objectType": "Activity", "id": f"{self.base}/scenarios/{quote(row.scenario_id, safe='')}",
                "definition": {"name": {"en-US": row.scenario_title}, "type": ACTIVITY_SIMULATION}}

    def session_key(self, row: ExportRow) -> tuple[object, ...]:
        return (self.base, row.trainee, row.scenario_hash, iso(row.session_started_at), row.session_id)

    def context(self, row: ExportRow) -> dict[str, Any]:
        return {
            "registration": _statement_id("session", *self.session_key(row)),
            "contextActivities": {"parent": [{"objectType": "Activity", "id": self.scenario(row)["id"]}]},
            "extensions": {self.session_extension: {
                "session_id": row.session_id, "status": row.session_status, "outcome": row.outcome,
                "csat": row.csat, "scenario_version": row.scenario_hash, "difficulty": row.difficulty,
                "team": row.team}},
        }

    def responded(self, row: ExportRow) -> dict[str, Any]:
        scores = {dimension: {"model": scores.model,
                              "override": None if scores.override is None else scores.override.score,
                              "override_by": None if scores.override is None else scores.override.by,
                              "override_reason": None if scores.override is None else scores.override.reason,
                              "effective": scores.effective}
                  for dimension, scores in row.scores.items()}
        result: dict[str, Any] = {"response": row.reply, "duration": f"PT{row.latency_seconds:.2f}S",
                                  "extensions": {self.scores_extension: scores}}
        score = _score(row.scores["overall"].effective)
        if score is not None:
            result["score"] = score
        node_id = f"{self.scenario(row)['id']}/nodes/{quote(row.node, safe='')}"
        return {
            "id": _statement_id("turn", *self.session_key(row), row.turn_index),
            "actor": self.actor(row),
            "verb": VERB_RESPONDED,
            "object": {"objectType": "Activity", "id": node_id,
                       "definition": {"name": {"en-US": f"{row.scenario_title}: {row.node}"},
                                      "description": {"en-US": row.customer},
                                      "type": ACTIVITY_INTERACTION, "interactionType": "long-fill-in"}},
            "result": result,
            "context": self.context(row),
            "timestamp": iso(row.sent_at),
        }

    def completed(self, turns: Sequence[ExportRow]) -> dict[str, Any]:
        row = turns[-1]
        overall = [value for turn in turns if (value := turn.scores["overall"].effective) is not None]
        result: dict[str, Any] = {"completion": True, "success": row.outcome == Outcome.RESOLVED.value}
        score = _score(sum(overall) / len(overall) if overall else None)
        if score is not None:
            result["score"] = score
        return {
            "id": _statement_id("session", *self.session_key(row)),
            "actor": self.actor(row),
            "verb": VERB_COMPLETED,
            "object": self.scenario(row),
            "result": result,
            "context": self.context(row),
            "timestamp": iso(row.session_ended_at or row.sent_at),
        }


def xapi_statements(rows: Iterable[ExportRow], base_iri: str = DEFAULT_BASE_IRI) -> list[dict[str, Any]]:
    """A `responded` statement per row, then a `completed` statement for each completed session."""
    statements = _Statements(base_iri)
    rows = list(rows)
    sessions: dict[int, list[ExportRow]] = {}
    for row in rows:
        sessions.setdefault(row.session_id, []).append(row)
    completed = [statements.completed(turns) for turns in sessions.values()
                 if turns[0].session_status == SessionStatus.COMPLETED.value]
    return [statements.responded(row) for row in rows] + completed


def write_xapi(rows: Iterable[ExportRow], stream: TextIO, base_iri: str = DEFAULT_BASE_IRI) -> None:
    json.dump(xapi_statements(rows, base_iri), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
