"""A practice session: the conversation engine plus a recorder that saves every turn as it happens.

The CLI and the desktop app both drive sessions through this class. A reply goes through three steps so
that nothing a trainee typed waits on the scorer: `send` (recorded at once), `score` (slow, pure, safe to
run on a worker thread), `complete` (scores recorded, the customer answers).

When the database refuses a step (StorageError), the session stays where it was so the step can be tried
again: a reply that joined the conversation but could not be saved is kept as `unsaved` (`save_unsaved`),
a score that could not be saved leaves the reply waiting for `complete`, and an end that could not be saved
(EndNotSaved, from the step that ended the conversation) leaves `end_unsaved` true until `record_end` saves it.
Resuming a stored session saves what it still waits for (the scores of its last reply, its end) and raises
ScoresNotSaved or EndNotSaved when the database refuses them again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from simulator.domain import (
    Clock,
    Message,
    ReplyScore,
    Scorer,
    SessionResult,
    SimulatorError,
    StorageError,
    SystemClock,
)
from simulator.scenario.engine import Conversation, ReplyOutcome, SentReply
from simulator.scenario.model import Scenario


class SessionRecorder(Protocol):
    """Where a session is saved (the database); every call must be durable when it returns."""

    def reply_sent(self, sent: SentReply) -> None: ...

    def reply_scored(self, sent: SentReply, score: ReplyScore) -> None: ...

    def finished(self, result: SessionResult) -> None: ...


class EndNotSaved(StorageError):
    """The conversation ended, but the database refused to save its end (`refusal`); `record_end` tries again.

    It carries what the step that ended the conversation produced, so that nothing is lost: the customer's
    last `messages`, and the `outcome` of the reply when a reply ended it.
    """

    def __init__(self, result: SessionResult, refusal: StorageError, messages: Sequence[Message],
                 outcome: ReplyOutcome | None) -> None:
        super().__init__(f"the end of the session (outcome {result.outcome.value}, CSAT {result.csat}) "
                         f"was not saved: {refusal}")
        self.refusal = refusal
        self.messages = tuple(messages)
        self.outcome = outcome


class ScoresNotSaved(StorageError):
    """A stored reply was scored again on resuming, but the database refused its scores (`refusal`).

    The reply itself is saved: resuming once the database accepts writes scores it and saves them.
    """

    def __init__(self, index: int, refusal: StorageError) -> None:
        super().__init__(f"the scores of reply {index} were not saved: {refusal}")
        self.index = index
        self.refusal = refusal


class PracticeSession:
    def __init__(self, scenario: Scenario, scorer: Scorer, *, clock: Clock | None = None,
                 seed: int | None = None, recorder: SessionRecorder | None = None) -> None:
        self.scenario = scenario
        self.scorer = scorer
        self.conversation = Conversation(scenario, scorer, clock or SystemClock(), seed)
        self.recorder = recorder
        self.session_id: int | None = None  # the stored session, when recorded
        self.unsaved: SentReply | None = None  # the reply sent last, while the database has not taken it
        self._end_saved = False

    @property
    def finished(self) -> bool:
        return self.conversation.finished

    @property
    def end_unsaved(self) -> bool:
        """The conversation is over and the database does not have its end yet (it refused it)."""
        return self.recorder is not None and self.finished and not self._end_saved

    def start(self) -> list[Message]:
        return self.conversation.start()

    def poll(self) -> list[Message]:
        messages = self.conversation.poll()
        self._record_end_of_step(messages, None)
        return messages

    def send(self, text: str) -> SentReply:
        self.unsaved = self.conversation.send(text)
        return self.save_unsaved()

    def save_unsaved(self) -> SentReply:
        """Save the reply sent last (again, after a StorageError) and return it."""
        sent = self.unsaved
        if sent is None:
            raise SimulatorError("no reply is waiting to be saved")
        if self.recorder:
            self.recorder.reply_sent(sent)
        self.unsaved = None
        return sent

    def score(self, sent: SentReply) -> ReplyScore:
        return self.scorer.score(sent.context, sent.text, sent.timing)

    def complete(self, sent: SentReply, score: ReplyScore) -> ReplyOutcome:
        if self.recorder:
            self.recorder.reply_scored(sent, score)
        outcome = self.conversation.complete(score)
        self._record_end_of_step(outcome.messages, outcome)
        return outcome

    def reply(self, text: str) -> ReplyOutcome:
        """All three steps at once, for callers that can wait (the terminal)."""
        sent = self.send(text)
        return self.complete(sent, self.score(sent))

    def result(self) -> SessionResult:
        return self.conversation.result()

    def record_end(self) -> None:
        """Save the end once the conversation has ended: only once, and again after a StorageError."""
        if self.recorder and self.end_unsaved:
            self.recorder.finished(self.conversation.result())
            self._end_saved = True

    def _record_end_of_step(self, messages: Sequence[Message], outcome: ReplyOutcome | None) -> None:
        """Save the end if this step (its customer `messages`, its reply's `outcome`) brought it."""
        try:
            self.record_end()
        except StorageError as refusal:
            raise EndNotSaved(self.conversation.result(), refusal, messages, outcome) from refusal
