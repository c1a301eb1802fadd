"""Speed: how quickly the trainee answered, against the turn's target, allowing for the time it takes to type.

The score falls smoothly (a logistic curve, no cliff at the target): a reply sent well within its target scores
near 100, one sent at the target about 88, at 1.5 times the target 50, at twice the target about 12.
Typing time is allowed for: the seconds a fluent chat agent needs to type the reply (about 4 characters a second)
are taken off the latency, up to the whole target. A short holding message ("one moment, I'm checking") sent fast
is what keeps a customer waiting patiently, so it is recognised as such.
The first response of a conversation is held to a steeper curve: that is when customers give up soonest.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from simulator.domain import Evidence, Timing

TYPING_CHARS_PER_SECOND = 4.0
MIDPOINT = 1.5            # latency / target at which the score is 50
STEEPNESS = 4.0
FIRST_RESPONSE_STEEPNESS = 5.0

_HOLDING = re.compile(
    r"(?<![\w'])(?:one moment|just a moment|a moment|one sec(?:ond)?|just a sec(?:ond)?|bear with me|"
    r"let me (?:check|look|see|find|pull|have a look)|i(?:'m| am) (?:checking|looking|pulling|having a look)|"
    r"give me (?:a|one) (?:moment|minute|second|sec)|(?:hold|hang) on|please (?:hold|wait)|"
    r"i(?:'ll| will) be (?:right )?(?:back|with you)|checking (?:now|that|this)|looking into (?:it|this) now|"
    r"on it)(?![\w'])",
    re.IGNORECASE)
HOLDING_MESSAGE_MAX_WORDS = 25


@dataclass(frozen=True)
class SpeedResult:
    score: float
    evidence: tuple[Evidence, ...]
    tip: str
    late_by: float
    holding_message: bool


def typing_allowance(reply: str, target_seconds: float) -> float:
    return min(len(reply.strip()) / TYPING_CHARS_PER_SECOND, max(0.0, target_seconds))


def holding_span(reply: str) -> tuple[int, int] | None:
    """Where a short reply tells the customer to wait a moment, or None."""
    if len(reply.split()) > HOLDING_MESSAGE_MAX_WORDS:
        return None
    match = _HOLDING.search(reply)
    return (match.start(), match.end()) if match else None


def score_speed(reply: str, timing: Timing) -> SpeedResult:
    target = max(1.0, timing.target_seconds)
    allowance = typing_allowance(reply, target)
    thinking = max(0.0, timing.seconds - allowance)
    ratio = thinking / target
    steepness = FIRST_RESPONSE_STEEPNESS if timing.first_response else STEEPNESS
    score = 100.0 / (1.0 + math.exp(steepness * (ratio - MIDPOINT)))
    late_by = max(0.0, thinking - target)
    holding = holding_span(reply)
    evidence: list[Evidence] = []
    whole = (0, len(reply))
    if holding is not None:
        evidence.append(Evidence(holding[0], holding[1], +1, "holding message keeps the customer informed"))
    if late_by > 0:
        evidence.append(Evidence(whole[0], whole[1], -1, f"sent {late_by:.0f} s after the target"))
    elif ratio <= 0.5:
        evidence.append(Evidence(whole[0], whole[1], +1, "quick reply"))
    return SpeedResult(round(score, 1), tuple(evidence), _tip(late_by, holding is not None, timing), late_by,
                       holding is not None)


def _tip(late_by: float, holding: bool, timing: Timing) -> str:
    if late_by > 0 and timing.first_response:
        return ("Answer the first message within the target: a quick greeting and 'let me check that for you' "
                "buys you time to look things up.")
    if late_by > 0:
        return ("When you need more time, send a short holding message first ('One moment, I'm checking your "
                "order') so the customer knows you are on it.")
    if holding:
        return "Good holding message: follow up with the answer as soon as you have it."
    return "Good pace: keep answering within the target."
