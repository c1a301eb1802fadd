"""Small frozen types shared by every layer: scores, turns, session results, the clock, errors.

Nothing here imports anything outside the standard library.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

# --- errors -----------------------------------------------------------------------------------


class SimulatorError(Exception):
    """Base of every error the application reports to a person."""


class ScenarioError(SimulatorError):
    """A scenario file cannot be used; the message says where and what to fix."""


class ScoringError(SimulatorError):
    """Scoring failed: missing model files, bad input row..."""


class StorageError(SimulatorError):
    """The database cannot be opened, migrated or written."""


# --- enumerations -----------------------------------------------------------------------------


class Channel(StrEnum):
    LIVE_CHAT = "live_chat"
    MESSAGING = "messaging"
    INTERNAL_HELPDESK = "internal_helpdesk"


class Mood(StrEnum):
    ANGRY = "angry"
    FRUSTRATED = "frustrated"
    ANXIOUS = "anxious"
    CONFUSED = "confused"
    SAD = "sad"
    CALM = "calm"
    SATISFIED = "satisfied"


# Worst to best; anxious, confused and sad share a rung. `mood < calm` reads "worse than calm".
MOOD_RANK = {"angry": 0, "frustrated": 1, "anxious": 2, "confused": 2, "sad": 2, "calm": 3, "satisfied": 4}


class Outcome(StrEnum):
    RESOLVED = "resolved"
    ESCALATED = "escalated"
    CUSTOMER_LEFT = "customer_left"


DIMENSIONS = ("empathy", "clarity", "speed")


def mean(values: Iterable[float | None]) -> float | None:
    """The mean of the values that are present; None when none is."""
    present = [value for value in values if value is not None]
    return sum(present) / len(present) if present else None


# --- clock ------------------------------------------------------------------------------------


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a monotonic scale."""
        ...


class SystemClock:
    def now(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that only moves when told to: tests, replayed sessions."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = start

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock cannot go back in time")
        self._now += seconds


# --- scoring ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyPoint:
    """Something the agent must convey, with trainer-written example phrasings."""

    id: str
    description: str
    examples: tuple[str, ...]


@dataclass(frozen=True)
class Persona:
    name: str
    situation: str
    mood: Mood
    patience: int
    traits: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScoringContext:
    """What the scorer knows when it scores one reply.

    `history` holds the earlier messages as (role, text) pairs, role being "customer" or "agent",
    oldest first, not including `customer_message`.
    `intents` and `avoid` map a name to example phrasings; the scorer reports which ones the reply matches.
    """

    customer_message: str
    history: tuple[tuple[str, str], ...] = ()
    key_points: tuple[KeyPoint, ...] = ()
    intents: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    avoid: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    persona: Persona | None = None


@dataclass(frozen=True)
class Timing:
    """How long the trainee took to answer, against the turn's target."""

    seconds: float
    target_seconds: float
    first_response: bool = False


@dataclass(frozen=True)
class Evidence:
    """A span of the reply that earned (+1) or cost (-1) points on one dimension."""

    start: int
    end: int
    sign: int
    label: str


@dataclass(frozen=True)
class ReplyScore:
    """Scores 0-100 (speed is None without timing), evidence and one tip per dimension.

    `key_points`: ids of the context's key points this reply covers; `intents` and `violations`:
    names from the context's `intents` and `avoid` that the reply matches.
    """

    empathy: float
    clarity: float
    speed: float | None
    overall: float
    evidence: Mapping[str, tuple[Evidence, ...]] = field(default_factory=dict)
    tips: Mapping[str, str] = field(default_factory=dict)
    key_points: frozenset[str] = frozenset()
    intents: frozenset[str] = frozenset()
    violations: frozenset[str] = frozenset()

    def get(self, dimension: str) -> float | None:
        return {"empathy": self.empathy, "clarity": self.clarity, "speed": self.speed,
                "overall": self.overall}[dimension]


class Scorer(Protocol):
    def score(self, context: ScoringContext, reply: str, timing: Timing | None) -> ReplyScore: ...


# --- conversations ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    """One chat message. `at` is when it appears on screen (for the customer: after the typing indicator)."""

    role: str  # "customer" or "agent"
    text: str
    at: float
    node: str
    typing_seconds: float = 0.0
    follow_up: bool = False  # a customer nudge after silence ("Are you still there?")


@dataclass(frozen=True)
class Turn:
    """One trainee reply and what it earned."""

    index: int  # 1 for the first reply
    node: str
    customer: str  # the customer message(s) the reply answers
    reply: str
    sent_at: float
    seconds: float  # latency from the customer's message
    score: ReplyScore
    model_answer: str | None
    mood_after: str
    next_node: str


@dataclass(frozen=True)
class SessionResult:
    scenario_id: str
    outcome: Outcome
    csat: int
    turns: tuple[Turn, ...]
    transcript: tuple[Message, ...]
    moods: tuple[str, ...]  # the mood after each step, starting mood first
    path: tuple[str, ...]  # the nodes visited, in order
    key_points_covered: frozenset[str]
    seed: int

    @property
    def mood_journey(self) -> tuple[str, ...]:
        """The moods in order, without repeating a mood that did not change."""
        journey: list[str] = []
        for mood in self.moods:
            if not journey or journey[-1] != mood:
                journey.append(mood)
        return tuple(journey)
