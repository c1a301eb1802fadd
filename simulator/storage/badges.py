"""Badges, computed from the stored sessions and turns every time (never from counters that could drift)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, tzinfo

from simulator.domain import StorageError
from simulator.storage.aggregates import SessionScores, completed_sessions, practice_days
from simulator.storage.connection import Connection, reads, writes
from simulator.storage.models import BadgeAwardRow, UserRow, tuples
from simulator.storage.records import BadgeAward
from simulator.storage.streaks import first_run_end
from simulator.storage.times import from_stored

STREAK_DAYS = 5
HARD_DIFFICULTY = 4
EMPATHY_STAR = 90.0
QUICK_FIRST_RESPONSE_SECONDS = 10.0
REGULAR_SESSIONS = 10


@dataclass(frozen=True)
class BadgeDefinition:
    code: str
    title: str
    description: str


BADGES = (
    BadgeDefinition("first_session", "First conversation", "Completed a first practice session."),
    BadgeDefinition("regular", "Regular", f"Completed {REGULAR_SESSIONS} practice sessions."),
    BadgeDefinition("five_day_streak", "Five-day streak", f"Practised on {STREAK_DAYS} days in a row."),
    BadgeDefinition("empathy_star", "Empathy star",
                    f"Averaged {EMPATHY_STAR:g}+ empathy in a completed scenario of difficulty "
                    f"{HARD_DIFFICULTY} or more."),
    BadgeDefinition("quick_first_response", "Quick first response",
                    f"Sent the first reply of a completed session within {QUICK_FIRST_RESPONSE_SECONDS:g} seconds."),
    BadgeDefinition("delighted_customer", "Delighted customer", "Finished a session with a CSAT of 5."),
)
_BY_CODE = {badge.code: badge for badge in BADGES}


def earned_badges(user_id: int, tz: tzinfo) -> dict[str, int | None]:
    """Every badge the stored data earns the user, in BADGES order, with the session that earned it."""
    completed = completed_sessions(user_id)
    earning: dict[str, list[SessionScores]] = {
        "first_session": completed,
        "regular": completed[REGULAR_SESSIONS - 1:],
        "empathy_star": [session for session in completed if session.difficulty >= HARD_DIFFICULTY
                         and (session.averages.empathy or 0) >= EMPATHY_STAR],
        "quick_first_response": [session for session in completed if session.first_response_seconds is not None
                                 and session.first_response_seconds < QUICK_FIRST_RESPONSE_SECONDS],
        "delighted_customer": [session for session in completed if session.csat == 5],
    }
    days = practice_days(user_id, tz)
    streak_day = first_run_end(days, STREAK_DAYS)
    earned: dict[str, int | None] = {}
    for badge in BADGES:
        if badge.code == "five_day_streak":
            if streak_day is not None:
                earned[badge.code] = days[streak_day]
        elif earning[badge.code]:
            earned[badge.code] = earning[badge.code][0].session_id  # the oldest session that earns it
    return earned


def _to_award(row: BadgeAwardRow) -> BadgeAward:
    return BadgeAward(row.code, _BY_CODE[row.code].title, row.user_id, row.session_id, from_stored(row.awarded_at))


class Badges:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    @writes
    def evaluate_badges(self, user_id: int, tz: tzinfo = UTC) -> list[BadgeAward]:
        """Award the badges the user has earned and not yet received; return those new awards.

        Safe to call any number of times, from several processes: a badge is awarded once per user.
        """
        user = UserRow.select().where(UserRow.id == user_id)
        if self.connection.is_postgres:
            user = user.for_update()  # one evaluation per user at a time; SQLite's write lock does this there
        if user.first() is None:
            raise StorageError(f"there is no user number {user_id}")
        held = {code for code, in tuples(BadgeAwardRow.select(BadgeAwardRow.code)
                                         .where(BadgeAwardRow.user == user_id))}
        new = []
        for code, session_id in earned_badges(user_id, tz).items():
            if code not in held:
                new.append(_to_award(BadgeAwardRow.create(user=user_id, code=code, session=session_id,
                                                          awarded_at=self.connection.now())))
        return new

    @reads
    def level(self, user_id: int) -> Level:
        return level_of(completed_sessions(user_id))

    @reads
    def badges(self, user_id: int) -> list[BadgeAward]:
        """The user's badges, in the order they were awarded."""
        query = (BadgeAwardRow.select().where(BadgeAwardRow.user == user_id)
                 .order_by(BadgeAwardRow.awarded_at, BadgeAwardRow.id))
        return [_to_award(row) for row in query if row.code in _BY_CODE]


LEVEL_TITLES = ("Newcomer", "Rookie", "Apprentice", "Practitioner", "Professional", "Expert")
LEVEL_PASS_MARK = 70.0


@dataclass(frozen=True)
class Level:
    number: int  # 0 to 5
    title: str
    next_step: str | None  # what reaches the next level


def level_of(sessions: list[SessionScores]) -> Level:
    """Level N: a customer's problem resolved in a scenario of difficulty N or more, with an overall average of
    LEVEL_PASS_MARK or more. Computed from the stored sessions, like the badges."""
    passed = [session.difficulty for session in sessions if session.outcome is not None
              and session.outcome.value == "resolved" and (session.averages.overall or 0) >= LEVEL_PASS_MARK]
    number = max(passed, default=0)
    next_step = None if number == len(LEVEL_TITLES) - 1 else (
        f"resolve a difficulty-{number + 1} scenario with an overall score of {LEVEL_PASS_MARK:g} or more")
    return Level(number, LEVEL_TITLES[number], next_step)
