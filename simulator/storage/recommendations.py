"""Which scenario to practise next: new ones at the trainee's level first, then ones that train the weak spot."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from simulator.storage.aggregates import SessionScores

MASTERY_OVERALL = 75.0  # a completed session at least this good masters its difficulty
WEAK_SCORE = 70.0  # below this, a scenario is worth replaying for the weak dimension


class Reason(StrEnum):
    NEW_AT_LEVEL = "new_at_level"  # not played yet, at the trainee's next difficulty
    WEAK_DIMENSION = "weak_dimension"  # played, and the weak dimension scored low there
    NEW = "new"  # not played yet, easier or harder than the trainee's level
    REPLAY = "replay"  # played already


@dataclass(frozen=True)
class Recommendation:
    scenario_id: str
    difficulty: int
    reason: Reason
    target_difficulty: int
    times_played: int
    dimension: str | None  # the weak dimension, when one is known
    dimension_average: float | None  # its average in this scenario's completed sessions


def target_difficulty(completed: Sequence[SessionScores], available: Mapping[str, int]) -> int:
    """One above the hardest difficulty mastered, within the difficulties available."""
    mastered = max((session.difficulty for session in completed
                    if session.averages.overall is not None and session.averages.overall >= MASTERY_OVERALL),
                   default=0)
    levels = sorted(set(available.values()))
    return min(max(mastered + 1, levels[0]), levels[-1])


def recommend(available: Mapping[str, int], completed: Sequence[SessionScores], weak_dimension: str | None,
              limit: int) -> list[Recommendation]:
    """Rank `available` ({scenario id: difficulty}) for a trainee with these completed sessions."""
    if not available:
        return []
    target = target_difficulty(completed, available)
    played: dict[str, list[SessionScores]] = {}
    for session in completed:
        played.setdefault(session.scenario_id, []).append(session)

    def weak_average(scenario_id: str) -> float | None:
        if weak_dimension is None:
            return None
        values = [value for session in played.get(scenario_id, [])
                  if (value := session.averages.get(weak_dimension)) is not None]
        return sum(values) / len(values) if values else None

    ranked: list[tuple[tuple[float, ...], Recommendation]] = []
    for scenario_id, difficulty in available.items():
        average = weak_average(scenario_id)
        distance = abs(difficulty - target)
        if scenario_id not in played:
            reason = Reason.NEW_AT_LEVEL if distance == 0 else Reason.NEW
            key: tuple[float, ...] = (0 if distance == 0 else 2, distance, difficulty)
        elif average is not None and average < WEAK_SCORE and difficulty <= target:
            reason, key = Reason.WEAK_DIMENSION, (1, average)
        else:
            reason, key = Reason.REPLAY, (3, 100.0 if average is None else average, distance)
        ranked.append((key, Recommendation(scenario_id, difficulty, reason, target, len(played.get(scenario_id, [])),
                                           weak_dimension, average)))
    ranked.sort(key=lambda item: (item[0], item[1].scenario_id))
    return [recommendation for _, recommendation in ranked[:limit]]
