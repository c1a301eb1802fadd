"""The person practising, and everything the window asks the database about them.

Plain Python on top of the storage and recording services, so that the views never touch storage directly.
It runs on the GUI thread (each query is small), except `resume`, which replays stored turns and may score
one; the window hands that to the scoring worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from simulator.domain import DIMENSIONS, Clock, Scorer, mean
from simulator.scenario.model import Scenario
from simulator.service.practice import PracticeSession
from simulator.service.recording import resume_session, start_recorded_session
from simulator.storage import (
    BADGES,
    BadgeAward,
    BadgeDefinition,
    Level,
    Recommendation,
    SessionStatus,
    SessionSummary,
    Storage,
    Streaks,
    TimelinePoint,
    User,
)

RECENT_SESSIONS = 30


@dataclass(frozen=True)
class PastSession:
    """One row of the history: a session with the average of its replies' effective scores."""

    summary: SessionSummary
    averages: dict[str, float | None]  # empathy, clarity, speed, overall

    @property
    def overall(self) -> float | None:
        return self.averages["overall"]


def local_timezone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None  # astimezone() always sets one
    return zone


class Profile:
    def __init__(self, storage: Storage, user: User) -> None:
        self.storage = storage
        self.user = user

    # -- sessions --------------------------------------------------------------------------------

    def new_session(self, scenario: Scenario, scorer: Scorer, clock: Clock, seed: int | None) -> PracticeSession:
        """A session saved reply by reply (not started yet)."""
        return start_recorded_session(self.storage, self.user, scenario, scorer, clock=clock, seed=seed)

    def abandon(self, practice: PracticeSession) -> None:
        """The trainee left a conversation before its end: it will not be offered for resuming."""
        if practice.session_id is not None and not practice.finished:
            self.storage.sessions.mark_abandoned(practice.session_id)

    def unfinished(self) -> SessionSummary | None:
        """The newest session left in progress (the window closed or crashed during it)."""
        sessions = self.storage.sessions.unfinished_sessions(self.user.id)
        return sessions[0] if sessions else None

    def discard(self, summary: SessionSummary) -> None:
        self.storage.sessions.mark_abandoned(summary.id)

    def resume(self, summary: SessionSummary, scorer: Scorer, clock: Clock) -> PracticeSession:
        """Rebuild an unfinished session; slow (it may score a reply): run it on the scoring worker."""
        return resume_session(self.storage, summary.id, scorer, clock=clock)

    # -- progress --------------------------------------------------------------------------------

    def past_sessions(self, limit: int = RECENT_SESSIONS) -> list[PastSession]:
        """The latest sessions, newest first, with their average scores."""
        return [PastSession(summary, self._averages(summary))
                for summary in self.storage.sessions.list_sessions(user_id=self.user.id, limit=limit)]

    def last_scores(self) -> dict[str, float]:
        """Per scenario, the overall average of the latest completed session."""
        latest: dict[str, SessionSummary] = {}
        for summary in self.storage.sessions.list_sessions(user_id=self.user.id):  # newest first
            if summary.status is SessionStatus.COMPLETED:
                latest.setdefault(summary.scenario_id, summary)
        return {scenario_id: overall for scenario_id, summary in latest.items()
                if (overall := self._averages(summary)["overall"]) is not None}

    def _averages(self, summary: SessionSummary) -> dict[str, float | None]:
        turns = self.storage.sessions.load_session(summary.id).turns
        return {dimension: mean(turn.effective(dimension) for turn in turns)
                for dimension in (*DIMENSIONS, "overall")}

    def recommendations(self, scenarios: Sequence[Scenario]) -> list[Recommendation]:
        available = {scenario.id: scenario.difficulty for scenario in scenarios}
        return self.storage.progress.recommend_scenarios(self.user.id, available) if available else []

    def timeline(self) -> list[TimelinePoint]:
        return self.storage.progress.timeline(self.user.id, period="day", tz=local_timezone())

    def level(self) -> Level:
        return self.storage.badges.level(self.user.id)

    def streaks(self) -> Streaks:
        return self.storage.progress.streaks(self.user.id, tz=local_timezone())

    def badges(self) -> list[BadgeAward]:
        return self.storage.badges.badges(self.user.id)

    @staticmethod
    def badge_definitions() -> tuple[BadgeDefinition, ...]:
        return BADGES
