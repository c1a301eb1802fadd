"""Versioned schema migrations, applied in order when a database is opened.

`schema_version` holds one row per applied step. Every step is frozen: it declares the schema as it was at
its version (its own table classes, its own SQL), so later edits of models.py never change what an old step
does. Steps run one transaction each, under a lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock),
and re-read the version inside it, so processes opening the same database at once migrate it only once.
Before an SQLite file that already holds data is migrated, it is copied to `<file>.bak-v<N>`.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from peewee import (
    BigIntegerField,
    Database,
    DateTimeField,
    DoubleField,
    ForeignKeyField,
    IntegerField,
    Model,
    PostgresqlDatabase,
    TextField,
)

from simulator.domain import StorageError

logger = logging.getLogger(__name__)

_MIGRATION_LOCK_KEY = 0x5_1A_7E_57  # any constant shared by every process of the app


def _v1_core_tables(db: Database) -> None:
    """Users, scenario versions, sessions, turns, score overrides, badges, comments."""

    class Frozen(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class SchemaVersion(Frozen):
        version = IntegerField(primary_key=True)
        applied_at = DateTimeField()

        class Meta:
            table_name = "schema_version"

    class AppUser(Frozen):
        name = TextField(unique=True)
        role = TextField()
        team = TextField(null=True)
        pin_hash = TextField(null=True)
        created_at = DateTimeField()

    class ScenarioVersion(Frozen):
        scenario_id = TextField(index=True)
        content_hash = TextField(unique=True)
        title = TextField()
        difficulty = IntegerField()
        yaml_text = TextField()
        created_at = DateTimeField()

    class PracticeSession(Frozen):
        user = ForeignKeyField(AppUser)
        scenario_version = ForeignKeyField(ScenarioVersion)
        seed = BigIntegerField()
        started_at = DateTimeField()
        ended_at = DateTimeField(null=True)
        status = TextField()
        outcome = TextField(null=True)
        csat = IntegerField(null=True)

    class Turn(Frozen):
        session = ForeignKeyField(PracticeSession, index=False)  # the unique (session, turn_index) serves
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
        evidence = TextField(null=True)
        tips = TextField(null=True)
        key_points = TextField(null=True)
        intents = TextField(null=True)
        violations = TextField(null=True)
        scored_at = DateTimeField(null=True)

        class Meta:
            indexes = ((("session", "turn_index"), True),)

    class ScoreOverride(Frozen):
        turn = ForeignKeyField(Turn)
        dimension = TextField()
        score = DoubleField()
        by_user = ForeignKeyField(AppUser)
        reason = TextField()
        created_at = DateTimeField()

    class BadgeAward(Frozen):
        user = ForeignKeyField(AppUser, index=False)  # the unique (user, code) serves
        code = TextField()
        session = ForeignKeyField(PracticeSession, null=True)
        awarded_at = DateTimeField()

        class Meta:
            indexes = ((("user", "code"), True),)

    class Comment(Frozen):
        session = ForeignKeyField(PracticeSession)
        turn = ForeignKeyField(Turn, null=True)
        author = ForeignKeyField(AppUser)
        text = TextField()
        created_at = DateTimeField()

    db.create_tables([SchemaVersion, AppUser, ScenarioVersion, PracticeSession, Turn, ScoreOverride,
                      BadgeAward, Comment])


_EFFECTIVE_TURN_VIEW = """
CREATE VIEW effective_turn AS
SELECT t.id AS turn_id, t.session_id, t.turn_index, t.sent_at, t.latency_seconds,
       COALESCE(o.empathy, t.empathy) AS empathy,
       COALESCE(o.clarity, t.clarity) AS clarity,
       COALESCE(o.speed, t.speed) AS speed,
       COALESCE(o.overall, t.overall) AS overall
FROM turn t
LEFT JOIN (
    SELECT turn_id,
           MAX(CASE WHEN dimension = 'empathy' THEN score END) AS empathy,
           MAX(CASE WHEN dimension = 'clarity' THEN score END) AS clarity,
           MAX(CASE WHEN dimension = 'speed' THEN score END) AS speed,
           MAX(CASE WHEN dimension = 'overall' THEN score END) AS overall
    FROM (SELECT turn_id, dimension, score,
                 ROW_NUMBER() OVER (PARTITION BY turn_id, dimension ORDER BY created_at DESC, id DESC) AS recency
          FROM score_override) ranked
    WHERE recency = 1
    GROUP BY turn_id
) o ON o.turn_id = t.id
"""

_PROGRESS_INDEXES = (
    # Covering the aggregates: the progress queries read these columns of many turns, never the texts.
    "CREATE INDEX turn_scores ON turn (session_id, turn_index, sent_at, latency_seconds, empathy, clarity, speed,"
    " overall)",
    "CREATE INDEX practice_session_user_started ON practice_session (user_id, started_at)",
    "CREATE INDEX practice_session_user_status ON practice_session (user_id, status)",
    "CREATE INDEX turn_sent_at ON turn (sent_at)",
    "CREATE INDEX app_user_team ON app_user (team)",
)


def _v2_progress(db: Database) -> None:
    """The `effective_turn` view (latest override, else model score) and the indexes of the progress queries."""
    db.execute_sql(_EFFECTIVE_TURN_VIEW)
    for statement in _PROGRESS_INDEXES:
        db.execute_sql(statement)


MIGRATIONS: tuple[Callable[[Database], None], ...] = (_v1_core_tables, _v2_progress)
LATEST_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    """The version of the schema in `db`: 0 for an empty database."""
    if not db.table_exists("schema_version"):
        return 0
    return int(db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0)


def check_not_newer(version: int, description: str) -> None:
    if version > LATEST_VERSION:
        raise StorageError(
            f"the database {description} has schema version {version}, newer than this version of the app "
            f"knows ({LATEST_VERSION}); update the app, or use another database")


def migrate(db: Database, sqlite_path: Path | None, description: str, target: int = LATEST_VERSION) -> int:
    """Bring `db` to schema `target` (a backup of an SQLite file first); return the number of steps applied."""
    version = schema_version(db)
    check_not_newer(version, description)
    if version >= target:
        return 0
    if sqlite_path is not None and version > 0:
        back_up(sqlite_path, version)
    applied = 0
    for step in range(version + 1, target + 1):
        with db.atomic():
            if isinstance(db, PostgresqlDatabase):
                db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK_KEY,))
            if schema_version(db) >= step:  # another process got there first
                continue
            logger.info("migrating %s to schema version %d", description, step)
            MIGRATIONS[step - 1](db)
            db.execute_sql(f"INSERT INTO schema_version (version, applied_at) VALUES ({db.param}, {db.param})",
                           (step, datetime.now(UTC).replace(tzinfo=None)))
            applied += 1
    return applied


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.bak-v{version}")


def back_up(path: Path, version: int) -> Path:
    """Copy the SQLite file at `path` to `<path>.bak-v<version>`, readable by its owner only.

    Uses SQLite's online backup, which gives a consistent copy even while another process writes.
    """
    target = backup_path(path, version)
    logger.info("backing up %s to %s before migrating it", path, target)
    target.unlink(missing_ok=True)
    os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o600))
    try:
        source = sqlite3.connect(path)
        try:
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
    except sqlite3.Error as error:
        raise StorageError(f"could not back up {path} to {target} before migrating it: {error}") from error
    return target
