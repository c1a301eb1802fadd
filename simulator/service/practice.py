"""A practice session: the conversation engine plus a recorder that saves every turn as it happens.

The CLI and the desktop app both drive sessions through this class. A reply goes through three steps so
that nothing a trainee typed waits on the scorer: `send` (recorded at once), `score` (slow, pure, safe to
run on a worker thread), `complete` (scores recorded, the customer answers).

When the database refuses a step (StorageError), the session stays where it was so the step can be tried
again: a reply that joined the conversation but could not be saved is kept as `unsaved` (`save_unsaved`),
and a score that could not be saved leaves the reply waiting for `complete`.
"""

from __future__ import annotations

from typing import Protocol

from simulator.domain import Clock, Message, ReplyScore, Scorer, SessionResult, SimulatorError, SystemClock
from simulator.scenario.engine import Conversation, ReplyOutcome, SentReply
from simulator.scenario.model import Scenario


class SessionRecorder(Protocol):
    """Where a session is saved (the database); every call must be durable when it returns."""

    def reply_sent(self, sent: SentReply) -> None: ...

    def reply_scored(self, sent: SentReply, score: ReplyScore) -> None: ...

    def finished(self, result: SessionResult) -> None: ...


class PracticeSession:
    def __init__(self, scenario: Scenario, scorer: Scorer, *, clock: Clock | None = None,
                 seed: int | None = None, recorder: SessionRecorder | None = None) -> None:
        self.scenario = scenario
        self.scorer = scorer
        self.conversation = Conversation(scenario, scorer, clock or SystemClock(), seed)
        self.recorder = recorder
        self.session_id: int | None = None  # the stored session, when recorded
        self.unsaved: SentReply | None = None  # the reply sent last, while the database has not taken it
        self._recorded_end = False

    @property
    def finished(self) -> bool:
        return self.conversation.finished

    def start(self) -> list[Message]:
        return self.conversation.start()

    def poll(self) -> list[Message]:
        messages = self.conversation.poll()
        self.record_end()
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
        self.record_end()
        return outcome

    def reply(self, text: str) -> ReplyOutcome:
        """All three steps at once, for callers that can wait (the terminal)."""
        sent = self.send(text)
        return self.complete(sent, self.score(sent))

    def result(self) -> SessionResult:
        return self.conversation.result()

    def record_end(self) -> None:
        """Save the end once the conversation has ended; every step calls it, and it saves only once."""
        if self.recorder and self.finished and not self._recorded_end:
            self._recorded_end = True
            self.recorder.finished(self.conversation.result())
