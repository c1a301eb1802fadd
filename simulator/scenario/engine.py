"""The conversation engine: plays a scenario's customer, turn by turn.

A plain state machine. Time comes from an injected clock, message variants from a seeded random source,
scores from an injected scorer. Nothing here waits: the caller asks `poll()` for what the customer does
when left waiting (follow-ups, leaving) and hands replies to `reply()`.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace

from simulator.domain import (
    MOOD_RANK,
    Clock,
    Message,
    Mood,
    Outcome,
    ReplyScore,
    Scorer,
    ScoringContext,
    SessionResult,
    SimulatorError,
    Timing,
    Turn,
)
from simulator.scenario.expressions import Environment
from simulator.scenario.model import Node, Scenario, Transition

LEAVE_MESSAGE = "I've waited long enough. I'll try somewhere else."
FOLLOW_UP_TYPING_SECONDS = 2.0


def typing_seconds_for(text: str) -> float:
    """How long a customer takes to type `text`: quick, since nobody trains by watching dots."""
    return min(12.0, 1.5 + len(text) / 15)


def mood_ladder(starting_mood: str) -> tuple[str, ...]:
    middle = (starting_mood,) if MOOD_RANK[starting_mood] == 2 else ()
    return ("angry", "frustrated", *middle, "calm", "satisfied")


def csat_from_moods(moods: list[str], outcome: Outcome) -> int:
    """1-5: mostly the final mood, partly the average mood over the conversation; a customer who left gives 1."""
    if outcome is Outcome.CUSTOMER_LEFT:
        return 1
    top = max(MOOD_RANK.values())
    final = MOOD_RANK[moods[-1]] / top
    average = sum(MOOD_RANK[mood] for mood in moods) / len(moods) / top
    return max(1, min(5, int(1 + 4 * (0.7 * final + 0.3 * average) + 0.5)))


class ConversationOver(SimulatorError):
    """A reply was sent after the conversation ended."""


@dataclass(frozen=True)
class ReplyOutcome:
    turn: Turn
    messages: tuple[Message, ...]  # what the customer writes next (empty when the conversation ended silently)


@dataclass(frozen=True)
class SentReply:
    """A reply taken but not yet routed: everything its scoring needs, fixed when it was sent."""

    index: int
    node: str
    text: str
    sent_at: float
    seconds: float  # latency from the first unanswered customer message
    customer: str  # the customer messages it answers
    customer_at: float  # when the first of them appeared
    context: ScoringContext
    timing: Timing


@dataclass
class _State:
    node: str
    mood: str
    patience: int
    flags: set[str] = field(default_factory=set)
    covered: set[str] = field(default_factory=set)
    waiting_since: float = 0.0  # when the first unanswered customer message appeared
    last_customer_at: float = 0.0  # when the last customer message appeared: the follow-up timer
    outcome: Outcome | None = None


class Conversation:
    def __init__(self, scenario: Scenario, scorer: Scorer, clock: Clock, seed: int | None = None) -> None:
        self.scenario = scenario
        self.scorer = scorer
        self.clock = clock
        self.seed = seed if seed is not None else random.randrange(2**31)
        self._random = random.Random(self.seed)
        self._ladder = mood_ladder(scenario.persona.mood.value)
        self._state = _State(scenario.start, scenario.persona.mood.value, scenario.persona.patience)
        self.transcript: list[Message] = []
        self.turns: list[Turn] = []
        self.moods: list[str] = [self._state.mood]
        self.path: list[str] = []
        self._pending: SentReply | None = None
        self._started = False

    # -- public API ------------------------------------------------------------------------------

    @property
    def node(self) -> Node:
        return self.scenario.nodes[self._state.node]

    @property
    def mood(self) -> str:
        return self._state.mood

    @property
    def patience(self) -> int:
        return self._state.patience

    @property
    def finished(self) -> bool:
        return self._state.outcome is not None

    @property
    def outcome(self) -> Outcome | None:
        return self._state.outcome

    @property
    def waiting_since(self) -> float:
        """When the first customer message the agent has not answered yet appeared."""
        return self._state.waiting_since

    def restart_wait(self) -> None:
        """Count the wait for the agent's reply from now: a session resumed after a crash starts afresh."""
        now = self.clock.now()
        self._state.waiting_since = self._state.last_customer_at = now

    @property
    def follow_up_at(self) -> float | None:
        """When the customer will chase a silent agent next (None once the conversation is over)."""
        if self.finished or not self._started or self._pending is not None:
            return None
        return self._state.last_customer_at + self.scenario.follow_up_seconds(self.node)

    def start(self) -> list[Message]:
        """The customer's opening message."""
        if self._started:
            raise SimulatorError("the conversation has already started")
        self._started = True
        return self._enter(self.scenario.start, self.clock.now())

    def poll(self) -> list[Message]:
        """Let the customer react to the agent's silence up to now: follow-ups, then leaving."""
        messages: list[Message] = []
        while (deadline := self.follow_up_at) is not None and self.clock.now() >= deadline:
            self._state.patience -= 1
            self._move_mood("down")
            self.moods.append(self._state.mood)
            if self._state.patience <= 0:
                messages += self._leave(deadline)
            else:
                messages.append(self._follow_up(deadline))
        return messages

    def reply(self, text: str, score: ReplyScore | None = None) -> ReplyOutcome:
        """Take the trainee's reply, score it (or use `score`, when replaying a stored session), route it.

        The same as `send`, scoring, then `complete`; callers that must not wait for the scorer (a window,
        a recorder that saves the reply first) use those three steps themselves.
        """
        sent = self.send(text)
        return self.complete(score or self.scorer.score(sent.context, sent.text, sent.timing))

    def send(self, text: str) -> SentReply:
        """The trainee sends a reply: it joins the transcript at once; routing waits for its score.

        Call `poll()` first: a customer who has already left takes no reply (ConversationOver).
        """
        if not self._started:
            raise SimulatorError("start the conversation before replying")
        if self.finished:
            raise ConversationOver("the conversation has ended; the customer can no longer read replies")
        if self._pending is not None:
            raise SimulatorError("the previous reply has not been scored yet")
        node, now = self.node, self.clock.now()
        unanswered = self._unanswered()
        history = self.transcript[: len(self.transcript) - len(unanswered)]
        customer = "\n".join(message.text for message in unanswered)
        seconds = max(0.0, now - self._state.waiting_since)
        timing = Timing(seconds, self.scenario.target_seconds(node), first_response=not self.turns)
        self.transcript.append(Message("agent", text, now, node.id))
        self._pending = SentReply(len(self.turns) + 1, node.id, text, now, seconds, customer,
                                  self._state.waiting_since, self._context(customer, history), timing)
        return self._pending

    def complete(self, score: ReplyScore) -> ReplyOutcome:
        """Route the sent reply with its score: effects, the next customer message or the end."""
        sent, state = self._pending, self._state
        if sent is None:
            raise SimulatorError("no reply is waiting for its score")
        self._pending = None
        node = self.node
        state.covered |= score.key_points
        transition = self._choose(node, sent.text, score, sent.seconds)
        self._apply(transition)
        self.moods.append(state.mood)
        turn = Turn(sent.index, node.id, sent.customer, sent.text, sent.sent_at, sent.seconds, score,
                    node.model_answer, state.mood, transition.goto)
        self.turns.append(turn)
        if state.patience <= 0 or len(self.turns) >= self.scenario.max_turns:
            return ReplyOutcome(turn, tuple(self._leave(sent.sent_at)))
        return ReplyOutcome(turn, tuple(self._enter(transition.goto, sent.sent_at)))

    def result(self) -> SessionResult:
        if self._state.outcome is None:
            raise SimulatorError("the conversation has not ended yet")
        return SessionResult(self.scenario.id, self._state.outcome,
                             csat_from_moods(self.moods, self._state.outcome), tuple(self.turns),
                             tuple(self.transcript), tuple(self.moods), tuple(self.path),
                             frozenset(self._state.covered), self.seed)

    # -- routing ---------------------------------------------------------------------------------

    def _choose(self, node: Node, text: str, score: ReplyScore, seconds: float) -> Transition:
        environment = Environment(
            values={"empathy": score.empathy, "clarity": score.clarity, "speed": score.speed,
                    "overall": score.overall, "seconds": seconds, "turn": len(self.turns) + 1,
                    "patience": self._state.patience},
            mood=self._state.mood, flags=self._state.flags)
        for transition in node.transitions:
            if self._holds(transition, text, score, environment):
                return transition
        return node.transitions[-1]  # validation guarantees the last one is the default

    def _holds(self, transition: Transition, text: str, score: ReplyScore, environment: Environment) -> bool:
        if transition.intents and not score.intents.intersection(transition.intents):
            return False
        if transition.violates and not score.violations.intersection(transition.violates):
            return False
        if transition.covers and not self._state.covered.issuperset(transition.covers):
            return False
        if transition.keywords and not any(_contains_phrase(text, word) for word in transition.keywords):
            return False
        if transition.pattern and not re.search(transition.pattern, text, re.IGNORECASE):
            return False
        return transition.condition is None or transition.condition.evaluate(environment)

    def _apply(self, transition: Transition) -> None:
        state = self._state
        if transition.mood in ("up", "down"):
            self._move_mood(transition.mood)
        elif transition.mood is not None:
            state.mood = transition.mood
        state.patience = min(self.scenario.persona.patience, state.patience + transition.patience)
        state.flags |= set(transition.set_flags)
        state.flags -= set(transition.unset_flags)

    def _move_mood(self, direction: str) -> None:
        rank = MOOD_RANK[self._state.mood]
        if direction == "up":
            better = [mood for mood in self._ladder if MOOD_RANK[mood] > rank]
            self._state.mood = better[0] if better else self._state.mood
        else:
            worse = [mood for mood in self._ladder if MOOD_RANK[mood] < rank]
            self._state.mood = worse[-1] if worse else self._state.mood

    # -- customer messages -----------------------------------------------------------------------

    def _enter(self, node_id: str, now: float) -> list[Message]:
        self._state.node = node_id
        self.path.append(node_id)
        node = self.node
        text = self._random.choice(node.customer)
        message = self._customer_message(text, now, node.typing_seconds)
        self._state.waiting_since = message.at
        if node.end is not None:
            self._state.outcome = node.end
        return [message]

    def _follow_up(self, at: float) -> Message:
        follow_ups = self.scenario.follow_ups
        count = sum(1 for message in self._unanswered() if message.follow_up)
        return self._customer_message(follow_ups[count % len(follow_ups)], at, FOLLOW_UP_TYPING_SECONDS,
                                      follow_up=True)

    def _leave(self, at: float) -> list[Message]:
        if self.scenario.patience_out is not None:
            return self._enter(self.scenario.patience_out, at)
        self._state.outcome = Outcome.CUSTOMER_LEFT
        return [self._customer_message(LEAVE_MESSAGE, at, None)]

    def _customer_message(self, text: str, at: float, typing: float | None, follow_up: bool = False) -> Message:
        typing = typing_seconds_for(text) if typing is None else typing
        message = Message("customer", text, at + typing, self._state.node, typing, follow_up)
        self.transcript.append(message)
        self._state.last_customer_at = message.at
        return message

    def _unanswered(self) -> list[Message]:
        """The customer messages since the agent last wrote: what the next reply answers."""
        count = 0
        for message in reversed(self.transcript):
            if message.role == "agent":
                break
            count += 1
        return self.transcript[len(self.transcript) - count:]

    def _context(self, customer_message: str, history: list[Message]) -> ScoringContext:
        return ScoringContext(
            customer_message=customer_message,
            history=tuple((message.role, message.text) for message in history),
            key_points=self.scenario.key_points,
            intents=self.scenario.intents,
            avoid=self.scenario.avoid,
            persona=replace(self.scenario.persona, mood=Mood(self._state.mood)),
        )


def _contains_phrase(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.IGNORECASE) is not None
