"""Storage: users, scenario versions, sessions and turns, overrides, badges, progress queries, exports.

SQLite by default (a file in the user data directory), PostgreSQL by URL. Everything handed out is a plain
frozen dataclass; peewee rows stay inside this package.

    storage = open_database(url)            # None: the default SQLite file
    user = storage.users.get_or_create("Ana")
    version = storage.scenarios.get_or_create_version(scenario.id, scenario.text, scenario.difficulty, scenario.title)
    session = storage.sessions.start_session(user.id, version.id, seed)
    turn_id = storage.sessions.record_turn_sent(session.id, 1, node, customer, reply, customer_at, sent_at, latency)
    storage.sessions.record_turn_scores(turn_id, score)
    storage.sessions.finish_session(session.id, outcome, csat)
    storage.badges.evaluate_badges(user.id)
"""

from simulator.storage.badges import BADGES, BadgeDefinition, Level
from simulator.storage.database import Storage, UpgradeReport, default_database_path, open_database, upgrade
from simulator.storage.export_formats import write_csv, write_json
from simulator.storage.exports import DimensionScores, ExportRow
from simulator.storage.progress import (
    Best,
    PersonalBests,
    ScenarioStatistics,
    Standing,
    TeamStatistics,
    TimelinePoint,
    TraineeOverview,
    WeakestDimension,
)
from simulator.storage.recommendations import Reason, Recommendation
from simulator.storage.records import (
    SCORED_DIMENSIONS,
    Averages,
    BadgeAward,
    Comment,
    Role,
    ScenarioVersion,
    ScoreOverride,
    SessionStatus,
    SessionSummary,
    StoredSession,
    StoredTurn,
    User,
)
from simulator.storage.streaks import Streaks
from simulator.storage.xapi import write_xapi, xapi_statements

__all__ = [
    "BADGES", "SCORED_DIMENSIONS", "Averages", "BadgeAward", "BadgeDefinition", "Best", "Comment",
    "DimensionScores", "ExportRow", "Level", "PersonalBests", "Reason", "Recommendation", "Role", "ScenarioStatistics",
    "ScenarioVersion", "ScoreOverride", "SessionStatus", "SessionSummary", "Standing", "Storage", "StoredSession",
    "StoredTurn", "Streaks", "TeamStatistics", "TimelinePoint", "TraineeOverview", "UpgradeReport", "User",
    "WeakestDimension",
    "default_database_path", "open_database", "upgrade", "write_csv", "write_json", "write_xapi", "xapi_statements",
]
