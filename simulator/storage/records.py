"""What the storage layer hands out: plain frozen dataclasses, never database rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from simulator.domain import DIMENSIONS, Outcome, ReplyScore

# The dimensions a person may override: the three scored ones and the overall score.
SCORED_DIMENSIONS = (*DIMENSIONS, "overall")


class Role(StrEnum):
    TRAINEE = "trainee"
    TRAINER = "trainer"
    SUPERVISOR = "supervisor"


class SessionStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ABANDONED = "abandoned"


@dataclass(frozen=True)
class Averages:
    """Average effective scores (None where nothing was scored)."""

    empathy: float | None = None
    clarity: float | None = None
    speed: float | None = None
    overall: float | None = None

    def get(self, dimension: str) -> float | None:
        return {"empathy": self.empathy, "clarity": self.clarity, "speed": self.speed,
                "overall": self.overall}[dimension]


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: Role
    team: str | None
    has_pin: bool
    created_at: datetime


@dataclass(frozen=True)
class ScenarioVersion:
    """One exact text of a scenario, so an old session keeps meaning what it meant when it was played."""

    id: int
    scenario_id: str
    content_hash: str  # sha256 of the YAML text, hex
    title: str
    difficulty: int
    yaml_text: str
    created_at: datetime


@dataclass(frozen=True)
class ScoreOverride:
    """A trainer's or supervisor's score for one dimension of one turn, stored beside the model's score."""

    id: int
    turn_id: int
    dimension: str
    score: float
    by: str  # the name of the person who overrode
    reason: str
    created_at: datetime


@dataclass(frozen=True)
class StoredTurn:
    """A turn as stored: the reply is there as soon as it was sent; `score` is None until it is scored."""

    id: int
    session_id: int
    index: int
    node: str
    customer: str
    reply: str
    customer_at: datetime  # when the customer's message appeared
    sent_at: datetime
    latency: float  # seconds from the customer's message to the reply
    score: ReplyScore | None
    scored_at: datetime | None
    overrides: tuple[ScoreOverride, ...] = ()  # oldest first

    def model_score(self, dimension: str) -> float | None:
        return None if self.score is None else self.score.get(dimension)

    def latest_override(self, dimension: str) -> ScoreOverride | None:
        matching = [override for override in self.overrides if override.dimension == dimension]
        return max(matching, key=lambda override: (override.created_at, override.id), default=None)

    def effective(self, dimension: str) -> float | None:
        """The latest override for `dimension`, else the model's score."""
        override = self.latest_override(dimension)
        return override.score if override is not None else self.model_score(dimension)


@dataclass(frozen=True)
class SessionSummary:
    id: int
    user_id: int
    user_name: str
    scenario_id: str
    scenario_version_id: int
    seed: int
    started_at: datetime
    ended_at: datetime | None
    status: SessionStatus
    outcome: Outcome | None
    csat: int | None
    turn_count: int


@dataclass(frozen=True)
class StoredSession:
    """Everything needed to show or resume a session: the summary, the exact scenario text, the turns so far."""

    summary: SessionSummary
    scenario: ScenarioVersion
    turns: tuple[StoredTurn, ...]


@dataclass(frozen=True)
class BadgeAward:
    code: str
    title: str
    user_id: int
    session_id: int | None  # the session that earned it
    awarded_at: datetime


@dataclass(frozen=True)
class Comment:
    id: int
    session_id: int
    turn_id: int | None  # None: a comment on the whole session
    author: str
    text: str
    created_at: datetime
