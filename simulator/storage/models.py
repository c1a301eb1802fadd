"""Peewee models of the current schema. They never leave the storage package.

The tables are created and changed by `migrations.py`, not from these classes: when the schema changes,
change both (tests/storage/test_database.py checks that they agree).
"""

from __future__ import annotations

from typing import Any

from peewee import (
    AutoField,
    BigIntegerField,
    DateTimeField,
    DoubleField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


class BaseModel(Model):
    class Meta:
        legacy_table_names = False  # bound to a database by `open_database`


class UserRow(BaseModel):
    id = AutoField()
    name = TextField(unique=True)
    role = TextField()
    team = TextField(null=True)
    pin_hash = TextField(null=True)
    created_at = DateTimeField()

    class Meta:
        table_name = "app_user"


class ScenarioVersionRow(BaseModel):
    id = AutoField()
    scenario_id = TextField(index=True)
    content_hash = TextField(unique=True)
    title = TextField()
    difficulty = IntegerField()
    yaml_text = TextField()
    created_at = DateTimeField()

    class Meta:
        table_name = "scenario_version"


class SessionRow(BaseModel):
    id = AutoField()
    user = ForeignKeyField(UserRow, backref="sessions")
    user_id: int
    scenario_version = ForeignKeyField(ScenarioVersionRow, backref="sessions")
    scenario_version_id: int
    seed = BigIntegerField()
    started_at = DateTimeField()
    ended_at = DateTimeField(null=True)
    status = TextField()
    outcome = TextField(null=True)
    csat = IntegerField(null=True)

    class Meta:
        table_name = "practice_session"


class TurnRow(BaseModel):
    id = AutoField()
    session = ForeignKeyField(SessionRow, backref="turns")
    session_id: int
    turn_index = IntegerField()
    node = TextField()
    customer = TextField()
    reply = TextField()
    customer_at = DateTimeField()
    sent_at = DateTimeField()
    latency_seconds = DoubleField()
    empathy = DoubleField(null=True)
    clarity = DoubleField(null=True)
    speed = DoubleField(null=True)
    overall = DoubleField(null=True)
    evidence = TextField(null=True)  # JSON: {dimension: [{start, end, sign, label}, ...]}
    tips = TextField(null=True)  # JSON: {dimension: tip}
    key_points = TextField(null=True)  # JSON: [key point id, ...]
    intents = TextField(null=True)  # JSON: [intent name, ...]
    violations = TextField(null=True)  # JSON: [avoid name, ...]
    scored_at = DateTimeField(null=True)

    class Meta:
        table_name = "turn"


class ScoreOverrideRow(BaseModel):
    id = AutoField()
    turn = ForeignKeyField(TurnRow, backref="overrides")
    turn_id: int
    dimension = TextField()
    score = DoubleField()
    by_user = ForeignKeyField(UserRow)
    reason = TextField()
    created_at = DateTimeField()

    class Meta:
        table_name = "score_override"


class BadgeAwardRow(BaseModel):
    id = AutoField()
    user = ForeignKeyField(UserRow)
    user_id: int
    code = TextField()
    session = ForeignKeyField(SessionRow, null=True)
    session_id: int | None
    awarded_at = DateTimeField()

    class Meta:
        table_name = "badge_award"


class CommentRow(BaseModel):
    id = AutoField()
    session = ForeignKeyField(SessionRow)
    session_id: int
    turn = ForeignKeyField(TurnRow, null=True)
    turn_id: int | None
    author = ForeignKeyField(UserRow)
    text = TextField()
    created_at = DateTimeField()

    class Meta:
        table_name = "comment"


class EffectiveTurn(BaseModel):
    """The `effective_turn` view: each turn's scores with the latest override, if any, in place of the model's."""

    turn = ForeignKeyField(TurnRow, primary_key=True, column_name="turn_id")
    session = ForeignKeyField(SessionRow, column_name="session_id")
    turn_index = IntegerField()
    sent_at = DateTimeField()
    latency_seconds = DoubleField()
    empathy = DoubleField(null=True)
    clarity = DoubleField(null=True)
    speed = DoubleField(null=True)
    overall = DoubleField(null=True)

    class Meta:
        table_name = "effective_turn"


TABLES = (UserRow, ScenarioVersionRow, SessionRow, TurnRow, ScoreOverrideRow, BadgeAwardRow, CommentRow)
MODELS = (*TABLES, EffectiveTurn)


def tuples(query: Any) -> list[tuple[Any, ...]]:
    """The rows of a select as plain tuples (the field values converted to Python types)."""
    return list(query.tuples())
