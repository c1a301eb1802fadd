"""Scenario versions: each distinct YAML text is stored once, found again by its sha256."""

from __future__ import annotations

import hashlib

from simulator.domain import StorageError
from simulator.storage.connection import Connection, reads, writes
from simulator.storage.models import ScenarioVersionRow
from simulator.storage.records import ScenarioVersion
from simulator.storage.times import from_stored


def content_hash(yaml_text: str) -> str:
    return hashlib.sha256(yaml_text.encode("utf-8")).hexdigest()


def to_scenario_version(row: ScenarioVersionRow) -> ScenarioVersion:
    return ScenarioVersion(row.id, row.scenario_id, row.content_hash, row.title, row.difficulty, row.yaml_text,
                           from_stored(row.created_at))


class Scenarios:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    @writes
    def get_or_create_version(self, scenario_id: str, yaml_text: str, difficulty: int,
                              title: str = "") -> ScenarioVersion:
        """The stored version with exactly this text, stored now if it is new."""
        digest = content_hash(yaml_text)
        (ScenarioVersionRow.insert(scenario_id=scenario_id, content_hash=digest, title=title or scenario_id,
                                   difficulty=int(difficulty), yaml_text=yaml_text,
                                   created_at=self.connection.now())
         .on_conflict_ignore().execute())
        return to_scenario_version(ScenarioVersionRow.get(ScenarioVersionRow.content_hash == digest))

    @reads
    def version(self, version_id: int) -> ScenarioVersion:
        row = ScenarioVersionRow.get_or_none(ScenarioVersionRow.id == version_id)
        if row is None:
            raise StorageError(f"there is no scenario version number {version_id}")
        return to_scenario_version(row)

    @reads
    def versions(self, scenario_id: str) -> list[ScenarioVersion]:
        """Every stored version of a scenario, newest first."""
        query = (ScenarioVersionRow.select().where(ScenarioVersionRow.scenario_id == scenario_id)
                 .order_by(ScenarioVersionRow.created_at.desc(), ScenarioVersionRow.id.desc()))
        return [to_scenario_version(row) for row in query]
