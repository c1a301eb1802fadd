"""Exports as CSV, JSON and xAPI statements, human overrides next to the model's scores."""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from simulator.domain import Outcome
from simulator.storage import Role, Storage, write_csv, write_json, write_xapi, xapi_statements
from tests.storage.helpers import FakeWallClock, add_scenario, make_score, play

MONDAY = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


@pytest.fixture
def history(db: Storage, clock: FakeWallClock) -> dict[str, int]:
    """Ana (Billing): a completed session with an overridden turn; Bob (Returns): an unfinished one next day."""
    ana = db.users.create("Ana", team="Billing")
    bob = db.users.create("Bob", team="Returns")
    dana = db.users.create("Dana", Role.TRAINER)
    refund = add_scenario(db, "refund", 2)
    session, [first, second] = play(db, clock, ana, refund, MONDAY,
                                    [make_score(55, clarity=60, speed=80, overall=65), make_score(70, overall=72)],
                                    Outcome.RESOLVED, csat=4, first_latency=12.5)
    clock.set(MONDAY + timedelta(hours=3))
    db.reviews.override_score(first, "empathy", 80, dana.id, "The apology was sincere")
    db.reviews.override_score(first, "overall", 75, dana.id, "follows from empathy")
    later, _ = play(db, clock, bob, refund, MONDAY + timedelta(days=1), [make_score(40), None], outcome=None)
    return {"session": session.id, "first": first, "second": second, "later": later.id}


def test_rows_by_trainee_team_and_date_range(db: Storage, history: dict[str, int]) -> None:
    assert [(row.trainee, row.turn_index) for row in db.exports.rows()] == [
        ("Ana", 1), ("Ana", 2), ("Bob", 1), ("Bob", 2)]
    assert {row.trainee for row in db.exports.rows(trainee="Ana")} == {"Ana"}
    assert {row.trainee for row in db.exports.rows(team="Returns")} == {"Bob"}
    assert [row.trainee for row in db.exports.rows(since=MONDAY + timedelta(hours=12))] == ["Bob", "Bob"]
    assert [row.trainee for row in db.exports.rows(until=MONDAY + timedelta(hours=12))] == ["Ana", "Ana"]
    first = db.exports.rows(trainee="Ana")[0]
    assert (first.scenario_id, first.difficulty, first.session_status, first.outcome, first.csat) == (
        "refund", 2, "completed", "resolved", 4)
    empathy = first.scores["empathy"]
    assert (empathy.model, empathy.effective) == (55, 80)
    assert empathy.override is not None and (empathy.override.by, empathy.override.reason) == (
        "Dana", "The apology was sincere")
    assert first.scores["clarity"].override is None and first.scores["clarity"].effective == 60


def test_csv_puts_overrides_next_to_model_scores(db: Storage, history: dict[str, int]) -> None:
    stream = io.StringIO()
    write_csv(db.exports.rows(trainee="Ana"), stream)
    stream.seek(0)
    rows = list(csv.DictReader(stream))
    header = list(rows[0])
    assert header.index("empathy_override") == header.index("empathy_model") + 1
    first = rows[0]
    assert (first["trainee"], first["team"], first["turn_index"], first["reply"]) == ("Ana", "Billing", "1", "reply 1")
    assert (first["empathy_model"], first["empathy_override"], first["empathy_effective"]) == ("55.0", "80.0", "80.0")
    assert (first["empathy_override_by"], first["empathy_override_reason"]) == ("Dana", "The apology was sincere")
    assert (first["clarity_model"], first["clarity_override"], first["clarity_effective"]) == ("60.0", "", "60.0")
    assert first["sent_at"] == "2025-03-03T09:01:00.000Z"
    assert rows[1]["empathy_override"] == ""


def test_json_nests_scores_per_dimension(db: Storage, history: dict[str, int]) -> None:
    stream = io.StringIO()
    write_json(db.exports.rows(), stream)
    rows = json.loads(stream.getvalue())
    assert len(rows) == 4
    assert rows[0]["scores"]["empathy"] == {
        "model": 55.0, "effective": 80.0,
        "override": {"score": 80.0, "by": "Dana", "reason": "The apology was sincere",
                     "at": "2025-03-03T12:00:00.000Z"}}
    assert rows[3]["scores"]["empathy"] == {"model": None, "override": None, "effective": None}  # not yet scored
    assert rows[3]["session_status"] == "in_progress"


def test_xapi_statements(db: Storage, history: dict[str, int]) -> None:
    statements = xapi_statements(db.exports.rows(), base_iri="https://lms.example/sim/")
    responded = [s for s in statements if s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/responded"]
    completed = [s for s in statements if s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed"]
    assert (len(responded), len(completed)) == (4, 1)  # Bob's session is unfinished

    first = responded[0]
    assert set(first) == {"id", "actor", "verb", "object", "result", "context", "timestamp"}
    uuid.UUID(first["id"])
    assert first["actor"] == {"objectType": "Agent", "name": "Ana",
                              "account": {"homePage": "https://lms.example/sim", "name": "Ana"}}
    assert first["object"]["id"] == "https://lms.example/sim/scenarios/refund/nodes/node1"
    assert first["object"]["definition"]["interactionType"] == "long-fill-in"
    assert first["result"]["score"] == {"scaled": 0.75, "raw": 75.0, "min": 0, "max": 100}  # the override
    assert first["result"]["response"] == "reply 1"
    assert first["result"]["duration"] == "PT12.50S"
    scores = first["result"]["extensions"]["https://lms.example/sim/xapi/extensions/scores"]
    assert scores["empathy"] == {"model": 55.0, "override": 80.0, "override_by": "Dana",
                                 "override_reason": "The apology was sincere", "effective": 80.0}
    assert scores["clarity"]["override"] is None
    assert first["timestamp"] == "2025-03-03T09:01:00.000Z"
    assert first["context"]["contextActivities"]["parent"][0]["id"] == "https://lms.example/sim/scenarios/refund"
    assert "score" not in responded[3]["result"]  # sent, not yet scored

    [done] = completed
    assert done["object"]["id"] == "https://lms.example/sim/scenarios/refund"
    assert done["result"]["completion"] is True and done["result"]["success"] is True
    assert done["result"]["score"]["scaled"] == pytest.approx((75 + 72) / 200)
    assert done["context"]["registration"] == first["context"]["registration"]
    assert done["timestamp"] == "2025-03-03T09:03:00.000Z"

    again = xapi_statements(db.exports.rows(), base_iri="https://lms.example/sim/")
    assert [s["id"] for s in again] == [s["id"] for s in statements]  # re-exporting does not duplicate
    assert len({s["id"] for s in statements}) == len(statements)


def test_xapi_written_as_a_json_array(db: Storage, history: dict[str, int]) -> None:
    stream = io.StringIO()
    write_xapi(db.exports.rows(trainee="Ana"), stream)
    statements = json.loads(stream.getvalue())
    assert len(statements) == 3
    assert statements[0]["actor"]["account"]["homePage"] == "https://agent-training-simulator.invalid"
