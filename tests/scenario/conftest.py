from __future__ import annotations

import textwrap
from collections.abc import Mapping

import pytest

from simulator.domain import ReplyScore, ScoringContext, Timing

TINY = textwrap.dedent("""\
    format: 1
    id: tiny
    title: Tiny
    description: A tiny scenario.
    difficulty: 1
    channel: live_chat
    estimated_minutes: 2
    persona:
      name: Sam
      situation: Wants help with an order.
      mood: calm
      patience: 2
    goals:
      key_points:
        greet:
          description: Greet the customer
          examples: ["Hello Sam"]
    intents:
      asks_number:
        - "What is your order number?"
    start: hello
    nodes:
      hello:
        customer: ["Hi there", "Hello"]
        model_answer: Hello Sam, how can I help?
        next:
          - intent: asks_number
            goto: done
          - goto: done
      done:
        customer: ["Thanks", "Cheers"]
        end: resolved
    golden_paths:
      - name: ok
        replies: ["Hello"]
        expect: {outcome: resolved}
    """)


@pytest.fixture
def tiny_text() -> str:
    return TINY


class TableScorer:
    """A stand-in for the scorer in engine tests: each reply text gets the scores the test gives it.

    Replies not in the table score 50 everywhere. It lets a test drive a branch on purpose; the real
    scorer is exercised by the golden-path and scoring tests.
    """

    def __init__(self, table: Mapping[str, dict] | None = None) -> None:
        self.table = dict(table or {})
        self.calls: list[tuple[ScoringContext, str, Timing | None]] = []

    def score(self, context: ScoringContext, reply: str, timing: Timing | None) -> ReplyScore:
        self.calls.append((context, reply, timing))
        entry = dict(self.table.get(reply, {}))
        scores = {name: entry.pop(name, 50.0) for name in ("empathy", "clarity", "speed", "overall")}
        return ReplyScore(**scores, **{key: frozenset(value) for key, value in entry.items()})
