"""Practice sessions saved to the database as they happen, and resumed after a crash.

Every reply is committed the moment it is sent, before it is scored; its scores follow. A session left
unfinished is replayed from its stored turns (with the exact scenario text it was played with, and the same
seed) and then continues live.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime, timedelta

from simulator.domain import Clock, FakeClock, ReplyScore, Scorer, SessionResult, SimulatorError, StorageError
from simulator.scenario.engine import SentReply
from simulator.scenario.model import Scenario
from simulator.scenario.parse import parse_scenario_text
from simulator.service.practice import EndNotSaved, PracticeSession, ScoresNotSaved
from simulator.storage import Role, SessionSummary, Storage, StoredSession, User

log = logging.getLogger(__name__)


class StorageRecorder:
    """Saves one session's turns and end; engine times become wall-clock times at the moment they are saved."""

    def __init__(self, storage: Storage, session_id: int, user_id: int, clock: Clock) -> None:
        self.storage = storage
        self.session_id = session_id
        self.user_id = user_id
        self.clock = clock
        self.turn_ids: dict[int, int] = {}

    def _wall(self, moment: float) -> datetime:
        return datetime.now(UTC) - timedelta(seconds=self.clock.now() - moment)

    def reply_sent(self, sent: SentReply) -> None:
        self.turn_ids[sent.index] = self.storage.sessions.record_turn_sent(
            self.session_id, sent.index, sent.node, sent.customer, sent.text,
            customer_at=self._wall(sent.customer_at), sent_at=self._wall(sent.sent_at), latency=sent.seconds)

    def reply_scored(self, sent: SentReply, score: ReplyScore) -> None:
        self.storage.sessions.record_turn_scores(self.turn_ids[sent.index], score)

    def finished(self, result: SessionResult) -> None:
        """The session completed and the badges it earns, in one transaction: saved whole or not at all."""
        def save_end() -> None:
            self.storage.sessions.finish_session(self.session_id, result.outcome, result.csat)
            self.storage.badges.evaluate_badges(self.user_id)

        self.storage.connection.write(save_end)


def start_recorded_session(storage: Storage, trainee: User, scenario: Scenario, scorer: Scorer, *,
                           clock: Clock | None = None, seed: int | None = None) -> PracticeSession:
    """A new session of `trainee`, saved as it goes (the scenario's exact text is stored with it)."""
    version = storage.scenarios.get_or_create_version(scenario.id, scenario.text, scenario.difficulty,
                                                      scenario.title)
    practice = PracticeSession(scenario, scorer, clock=clock, seed=seed)
    summary = storage.sessions.start_session(trainee.id, version.id, practice.conversation.seed)
    practice.recorder = StorageRecorder(storage, summary.id, trainee.id, practice.conversation.clock)
    practice.session_id = summary.id
    return practice


class ResumeClock:
    """A fake clock while stored turns are replayed, then real time continuing from where the replay ended."""

    def __init__(self) -> None:
        self.replay = FakeClock()
        self._live_since: float | None = None

    def now(self) -> float:
        if self._live_since is None:
            return self.replay.now()
        return self.replay.now() + time.monotonic() - self._live_since

    def go_live(self) -> None:
        self._live_since = time.monotonic()


def resume_session(storage: Storage, session_id: int, scorer: Scorer, clock: Clock | None = None
                   ) -> PracticeSession:
    """Rebuild an unfinished session from its stored turns; it continues live from the last customer message.

    A turn stored but never scored (the crash came while scoring) is scored now, and an end never saved is
    saved now; when the database refuses them again, ScoresNotSaved or EndNotSaved says which. `clock` (tests)
    replaces the real time after the replay.
    """
    stored = storage.sessions.load_session(session_id)
    summary = stored.summary
    if summary.status.value != "in_progress":
        raise SimulatorError(f"session {session_id} is {summary.status.value.replace('_', ' ')}; "
                             "only a session in progress can be resumed")
    scenario = _stored_scenario(stored)
    replay_clock = ResumeClock()
    practice = PracticeSession(scenario, scorer, clock=replay_clock, seed=summary.seed)
    conversation = practice.conversation
    practice.start()
    for turn in stored.turns:
        replay_clock.replay.advance(max(0.0, conversation.waiting_since + turn.latency - replay_clock.now()))
        practice.poll()
        if conversation.finished:
            break
        sent = practice.send(turn.reply)
        score = turn.score
        if score is None:
            score = practice.score(sent)
            try:
                storage.sessions.record_turn_scores(turn.id, score)
            except StorageError as refusal:
                raise ScoresNotSaved(turn.index, refusal) from refusal
        practice.complete(sent, score)
    replay_clock.go_live()
    if clock is not None:
        conversation.clock = clock
    conversation.restart_wait()
    recorder = StorageRecorder(storage, session_id, summary.user_id, conversation.clock)
    recorder.turn_ids = {turn.index: turn.id for turn in stored.turns}
    practice.recorder = recorder
    practice.session_id = session_id
    if conversation.finished:  # the stored turns already ended it: the crash came just before saving the end
        try:
            practice.record_end()
        except StorageError as refusal:
            raise EndNotSaved(practice.result(), refusal, (), None) from refusal
    log.info("resumed session %d after %d stored turns", session_id, len(stored.turns))
    return practice


def _stored_scenario(stored: StoredSession) -> Scenario:
    scenario, problems = parse_scenario_text(stored.scenario.yaml_text, f"<stored {stored.scenario.scenario_id}>")
    if scenario is None:
        errors = "; ".join(str(problem) for problem in problems if problem.severity == "error")
        raise SimulatorError(f"the stored text of scenario {stored.scenario.scenario_id} no longer loads: {errors}")
    return scenario


def trainee_named(storage: Storage, name: str) -> User:
    """The trainee profile called `name`, created on first use."""
    return storage.users.find(name) or storage.users.create(name, Role.TRAINEE)


def unfinished_sessions(storage: Storage, trainee: User, scenario_id: str | None = None) -> list[SessionSummary]:
    sessions = storage.sessions.unfinished_sessions(trainee.id)
    return [s for s in sessions if scenario_id is None or s.scenario_id == scenario_id]
