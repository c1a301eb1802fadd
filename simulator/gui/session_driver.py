"""Drives one PracticeSession in real time for the practice view, on the GUI thread.

A heartbeat QTimer (a few times a second) reveals customer messages when their time comes (`Message.at`:
until then the customer is "typing"), asks the session what a silent agent provokes (`poll()`: follow-ups,
leaving) and lets the view refresh its timer. A reply goes `send` (here), `score` (on the scoring worker),
`complete` (here again, when the worker's result arrives).

When the database refuses the reply or its score (`saving_failed`), nothing is lost: the reply stays on
screen, waiting, and `retry()` saves it again before the conversation goes on. When it refuses the end of the
conversation, the customer's last messages still appear, and the end is reported (`conversation_over`) only
once `retry()` has saved it, so the report shows what the database holds.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from simulator.domain import Clock, Message, ReplyScore, SessionResult, StorageError, SystemClock
from simulator.gui.scoring_worker import ScoringWorker
from simulator.scenario.engine import ReplyOutcome, SentReply
from simulator.scenario.model import Scenario
from simulator.service.practice import EndNotSaved, PracticeSession

HEARTBEAT_MS = 200


@dataclass(frozen=True)
class _Upcoming:
    """A customer message not shown yet, with the customer's state once it is."""

    message: Message
    mood: str
    patience: int


class SessionDriver(QObject):
    message_shown = Signal(object)  # Message: a customer message whose time has come, or the agent's reply
    typing_changed = Signal(bool)  # the customer is typing
    customer_changed = Signal()  # mood or patience on screen changed
    scoring_started = Signal()
    turn_completed = Signal(object)  # Turn
    scoring_failed = Signal(str)
    saving_failed = Signal(str)  # the database refused the reply, its score or the end; `retry()` saves it again
    conversation_over = Signal(object)  # SessionResult, once the last message is on screen and the end saved
    tick = Signal()  # every heartbeat: time to refresh the waiting timer

    def __init__(self, worker: ScoringWorker, clock: Clock | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.clock = clock or SystemClock()
        self.session: PracticeSession | None = None
        self.mood = ""
        self.patience = 0
        self.last_customer_at: float | None = None  # when the last customer message appeared on screen
        self._upcoming: deque[_Upcoming] = deque()
        self._typing = False
        self._sent: SentReply | None = None
        self._job: int | None = None
        self._unsaved_score: ReplyScore | None = None  # the score of `_sent`, refused by the database
        self._over_reported = False
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.step)
        # Queued even from this thread: a job that finishes before `submit` returns must not be seen early.
        worker.job_done.connect(self._scored, Qt.ConnectionType.QueuedConnection)
        worker.job_failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)

    # -- state -----------------------------------------------------------------------------------

    @property
    def scenario(self) -> Scenario | None:
        return self.session.scenario if self.session else None

    @property
    def active(self) -> bool:
        return self.session is not None and not self._over_reported

    @property
    def scoring(self) -> bool:
        """A reply is with the scorer (False again once its score, or a failure, has come back)."""
        return self._job is not None

    @property
    def saving_refused(self) -> bool:
        """The database refused the last reply or its score; it waits for `retry()`."""
        return self._unsaved_score is not None or (self.session is not None and self.session.unsaved is not None)

    @property
    def end_unsaved(self) -> bool:
        """The conversation is over but the database refused its end; it waits for `retry()`."""
        return self.session is not None and self.session.end_unsaved

    @property
    def customer_typing(self) -> bool:
        return bool(self._upcoming)

    @property
    def can_send(self) -> bool:
        """A reply can go when the customer has finished typing and the last reply has been scored."""
        return (self.session is not None and not self.session.finished and self._sent is None
                and not self._upcoming)

    def next_message_at(self) -> float | None:
        """When the next customer message the trainee has not seen yet appears (None: nothing is coming)."""
        return self._upcoming[0].message.at if self._upcoming else None

    def waiting_seconds(self) -> float | None:
        """Seconds since the last customer message appeared, while it waits for a reply."""
        if self.session is None or self.session.finished or self._sent is not None \
                or self.last_customer_at is None:
            return None
        return max(0.0, self.clock.now() - self.last_customer_at)

    def target_seconds(self) -> float:
        assert self.session is not None
        return self.session.scenario.target_seconds(self.session.conversation.node)

    # -- commands --------------------------------------------------------------------------------

    def new_session(self, scenario: Scenario, seed: int | None = None) -> PracticeSession:
        """A session on this driver's clock and scorer, not saved anywhere (no profile)."""
        return PracticeSession(scenario, self.worker.scorer, clock=self.clock, seed=seed)

    def start(self, practice: PracticeSession) -> None:
        """Play a new session: the customer starts typing their first message."""
        self._take(practice)
        self._queue(practice.start())
        self._heartbeat.start()
        self.step()

    def adopt(self, practice: PracticeSession) -> None:
        """Carry on a session resumed from the database: what was said so far appears at once."""
        self._take(practice)
        conversation = practice.conversation
        self.mood, self.patience = conversation.mood, conversation.patience
        for message in conversation.transcript:
            self.message_shown.emit(message)
        self.last_customer_at = conversation.waiting_since
        self.customer_changed.emit()
        if conversation.turns:
            self.turn_completed.emit(conversation.turns[-1])
        self._heartbeat.start()
        self.step()

    def _take(self, practice: PracticeSession) -> None:
        self.stop()
        self.session = practice
        persona = practice.scenario.persona
        self.mood, self.patience = persona.mood.value, persona.patience
        self.last_customer_at = None
        self._over_reported = False

    def stop(self) -> None:
        """Abandon the current session (a late score for it is ignored)."""
        self._heartbeat.stop()
        self.session = None
        self._upcoming.clear()
        self._sent = self._job = self._unsaved_score = None
        self._set_typing(False)

    def send(self, text: str) -> bool:
        """Send the trainee's reply; False when it cannot go now (customer typing, scoring, conversation over)."""
        text = text.strip()
        if not text or not self.can_send:
            return False
        assert self.session is not None
        self._poll()  # the customer may have left a moment ago
        if not self.can_send:
            return False
        try:
            self._sent = self.session.send(text)
            refusal = None
        except StorageError as error:
            self._sent, refusal = self.session.unsaved, str(error)
        self.last_customer_at = None
        self.message_shown.emit(self.session.conversation.transcript[-1])
        if refusal is None:
            self._submit()
        else:
            self.saving_failed.emit(refusal)
        return True

    def retry(self) -> None:
        """Try the failed step again: saving the reply, scoring it, saving its score, or saving the end."""
        session = self.session
        if session is not None and session.end_unsaved:
            self._save_end(session)
            return
        if session is None or self._sent is None or self._job is not None:
            return
        if self._unsaved_score is not None:
            self._complete(self._unsaved_score)
            return
        if session.unsaved is not None:
            try:
                session.save_unsaved()
            except StorageError as error:
                self.saving_failed.emit(str(error))
                return
        self._submit()

    def step(self) -> None:
        """One heartbeat: reveal due messages, let the customer react to silence, report the end."""
        session = self.session
        if session is None:
            return
        now = self.clock.now()
        while self._upcoming and self._upcoming[0].message.at <= now:
            upcoming = self._upcoming.popleft()
            self.mood, self.patience = upcoming.mood, upcoming.patience
            self.last_customer_at = upcoming.message.at
            self.message_shown.emit(upcoming.message)
            self.customer_changed.emit()
        self._set_typing(bool(self._upcoming) and
                         self._upcoming[0].message.at - self._upcoming[0].message.typing_seconds <= now)
        if not session.finished and self._sent is None:
            self._poll()
        if session.finished and not session.end_unsaved and not self._upcoming and not self._over_reported:
            self._over_reported = True
            self._heartbeat.stop()
            self.conversation_over.emit(session.result())
        self.tick.emit()

    def result(self) -> SessionResult | None:
        return self.session.result() if self.session and self.session.finished else None

    # -- internals -------------------------------------------------------------------------------

    def _queue(self, messages: list[Message] | tuple[Message, ...]) -> None:
        assert self.session is not None
        conversation = self.session.conversation
        for message in messages:
            self._upcoming.append(_Upcoming(message, conversation.mood, conversation.patience))

    def _poll(self) -> None:
        """Let the customer react to the trainee's silence; when they leave, the end is saved."""
        assert self.session is not None
        try:
            self._queue(self.session.poll())
        except EndNotSaved as refusal:
            self._queue(refusal.messages)
            self.saving_failed.emit(str(refusal.refusal))

    def _save_end(self, session: PracticeSession) -> None:
        try:
            session.record_end()
        except StorageError as error:
            self.saving_failed.emit(str(error))
            return
        self.step()

    def _submit(self) -> None:
        session, sent = self.session, self._sent
        assert session is not None and sent is not None
        self._job = self.worker.submit(lambda: session.score(sent))
        self.scoring_started.emit()

    def _scored(self, job: int, score: ReplyScore) -> None:
        if job != self._job or self.session is None or self._sent is None:
            return
        self._job = None
        self._complete(score)

    def _complete(self, score: ReplyScore) -> None:
        assert self.session is not None and self._sent is not None
        try:
            outcome = self.session.complete(self._sent, score)
        except EndNotSaved as refusal:  # the reply ended the conversation; only its end waits
            assert refusal.outcome is not None
            self._go_on(refusal.outcome)
            self.saving_failed.emit(str(refusal.refusal))
            return
        except StorageError as error:
            self._unsaved_score = score
            self.saving_failed.emit(str(error))
            return
        self._go_on(outcome)

    def _go_on(self, outcome: ReplyOutcome) -> None:
        """The reply is done: the customer answers (or the conversation ends)."""
        self._sent = self._unsaved_score = None
        self._queue(outcome.messages)
        self.turn_completed.emit(outcome.turn)
        self.step()

    def _failed(self, job: int, message: str) -> None:
        if job == self._job:
            self._job = None
            self.scoring_failed.emit(message)

    def _set_typing(self, typing: bool) -> None:
        if typing != self._typing:
            self._typing = typing
            self.typing_changed.emit(typing)
