"""A validated scenario, as frozen dataclasses. Built only by `simulator.scenario.parse`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from simulator.domain import Channel, KeyPoint, Outcome, Persona
from simulator.scenario.expressions import Expression


@dataclass(frozen=True)
class ChannelTiming:
    target_seconds: float
    follow_up_seconds: float


CHANNEL_TIMING = {
    Channel.LIVE_CHAT: ChannelTiming(45, 120),
    Channel.MESSAGING: ChannelTiming(90, 300),
    Channel.INTERNAL_HELPDESK: ChannelTiming(120, 600),
}

DEFAULT_FOLLOW_UPS = ("Are you still there?", "Hello? Anyone there?", "I'm still waiting for an answer...")
DEFAULT_MAX_TURNS = 30


@dataclass(frozen=True)
class Transition:
    goto: str
    condition: Expression | None = None
    intents: tuple[str, ...] = ()
    covers: tuple[str, ...] = ()
    violates: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    pattern: str | None = None  # `matches:`, compiled by the engine
    mood: str | None = None  # "up", "down" or a Mood value
    patience: int = 0
    set_flags: tuple[str, ...] = ()
    unset_flags: tuple[str, ...] = ()

    @property
    def is_default(self) -> bool:
        return not (self.condition or self.intents or self.covers or self.violates or self.keywords
                    or self.pattern)


@dataclass(frozen=True)
class Node:
    id: str
    customer: tuple[str, ...]
    typing_seconds: float | None = None
    model_answer: str | None = None
    target_seconds: float | None = None
    follow_up_seconds: float | None = None
    transitions: tuple[Transition, ...] = ()
    end: Outcome | None = None


@dataclass(frozen=True)
class GoldenPath:
    name: str
    replies: tuple[str, ...]
    outcome: Outcome
    path: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    description: str
    difficulty: int
    channel: Channel
    estimated_minutes: float
    persona: Persona
    start: str
    nodes: dict[str, Node]
    tags: tuple[str, ...] = ()
    language: str = "en"
    key_points: tuple[KeyPoint, ...] = ()
    avoid: dict[str, tuple[str, ...]] = field(default_factory=dict)
    intents: dict[str, tuple[str, ...]] = field(default_factory=dict)
    timing: ChannelTiming = CHANNEL_TIMING[Channel.LIVE_CHAT]
    follow_ups: tuple[str, ...] = DEFAULT_FOLLOW_UPS
    patience_out: str | None = None
    max_turns: int = DEFAULT_MAX_TURNS
    golden_paths: tuple[GoldenPath, ...] = ()
    path: Path | None = None
    text: str = ""  # the YAML source, kept so a stored session can refer to exactly this version

    def target_seconds(self, node: Node) -> float:
        return node.target_seconds if node.target_seconds is not None else self.timing.target_seconds

    def follow_up_seconds(self, node: Node) -> float:
        if node.follow_up_seconds is not None:
            return node.follow_up_seconds
        return self.timing.follow_up_seconds
