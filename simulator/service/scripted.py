"""Play a scenario from scripted replies, on a fake clock: `simulator play --replies`, golden paths, tests.

A replies script has one reply per line; `\\n` inside a line is a newline; a line may start with `[90s]` to say
the reply was sent 90 seconds after the customer's message appeared (otherwise one second per word).
When the script runs out before the conversation ends, the trainee is taken to have gone silent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from simulator.domain import FakeClock, Message, Scorer, SessionResult, Turn
from simulator.scenario.engine import Conversation
from simulator.scenario.model import GoldenPath, Scenario
from simulator.service.practice import PracticeSession

_DELAY = re.compile(r"^\s*\[(\d+(?:\.\d+)?)\s*s\]\s?")


@dataclass(frozen=True)
class ScriptedReply:
    text: str
    delay: float | None  # seconds after the customer's message; None: the typing time


def typing_time(text: str) -> float:
    return float(max(2, len(text.split())))


def parse_replies(lines: Iterable[str]) -> list[ScriptedReply]:
    replies = []
    for line in lines:
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        match = _DELAY.match(line)
        delay = float(match.group(1)) if match else None
        text = (line[match.end():] if match else line).replace("\\n", "\n")
        replies.append(ScriptedReply(text, delay))
    return replies


def play_scripted(scenario: Scenario, replies: Iterable[ScriptedReply], scorer: Scorer, seed: int = 0,
                  on_message: Callable[[Message], None] | None = None,
                  on_turn: Callable[[Turn], None] | None = None) -> SessionResult:
    """A whole session from a script, on its own fake clock."""
    clock = FakeClock()
    practice = PracticeSession(scenario, scorer, clock=clock, seed=seed)
    for message in practice.start():
        if on_message:
            on_message(message)
    return continue_scripted(practice, clock, replies, on_message, on_turn)


def continue_scripted(practice: PracticeSession, clock: FakeClock, replies: Iterable[ScriptedReply],
                      on_message: Callable[[Message], None] | None = None,
                      on_turn: Callable[[Turn], None] | None = None) -> SessionResult:
    """Play scripted replies into a started session driven by `clock`, then silence until it ends."""
    conversation = practice.conversation
    notify = on_message or (lambda message: None)

    def show(messages: Iterable[Message]) -> None:
        for message in messages:
            notify(message)

    for reply in replies:
        if conversation.finished:
            break
        _wait_for_customer(conversation, clock)
        clock.advance(reply.delay if reply.delay is not None else typing_time(reply.text))
        show(practice.poll())
        if conversation.finished:
            break
        outcome = practice.reply(reply.text)
        notify(conversation.transcript[-len(outcome.messages) - 1])  # the reply itself
        if on_turn:
            on_turn(outcome.turn)
        show(outcome.messages)
    while not conversation.finished:  # the script ran out: silence until the customer leaves
        _wait_for_customer(conversation, clock)
        clock.advance(practice.scenario.follow_up_seconds(conversation.node))
        show(practice.poll())
    return practice.result()


def _wait_for_customer(conversation: Conversation, clock: FakeClock) -> None:
    """Let the clock run until the customer's last message has appeared (the typing indicator is over)."""
    last = conversation.transcript[-1]
    if last.at > clock.now():
        clock.advance(last.at - clock.now())


@dataclass(frozen=True)
class GoldenPathReport:
    scenario_id: str
    name: str
    result: SessionResult
    problems: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not self.problems


def check_golden_path(scenario: Scenario, golden: GoldenPath, scorer: Scorer, seed: int = 0) -> GoldenPathReport:
    result = play_scripted(scenario, parse_replies(golden.replies), scorer, seed)
    problems = []
    if result.outcome is not golden.outcome:
        problems.append(f"expected outcome {golden.outcome.value}, got {result.outcome.value}")
    if golden.path is not None and tuple(golden.path) != result.path:
        problems.append(f"expected path {' > '.join(golden.path)}, got {' > '.join(result.path)}")
    return GoldenPathReport(scenario.id, golden.name, result, tuple(problems))
