"""The one background thread that owns model inference: loading the scoring models, scoring replies, and
replaying a resumed session (which may score a reply).

Work goes to a ThreadPoolExecutor with a single thread, so jobs run one at a time in the order given (a
reply sent while the models are still loading simply waits for them). Results come back to the GUI thread
as queued Qt signals; nothing here ever blocks the event loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from simulator.domain import Scorer, SimulatorError

log = logging.getLogger(__name__)


class WarmableScorer(Scorer, Protocol):
    def warm_up(self) -> None:
        """Load the models now, rather than on the first reply."""
        ...


class ModelState(StrEnum):
    NOT_LOADED = "not_loaded"
    LOADING = "loading"
    READY = "ready"
    FAILED = "failed"


class ScoringWorker(QObject):
    """Runs `scorer.warm_up()` and scoring jobs off the GUI thread.

    Connect the signals to methods of QObjects living on the GUI thread: Qt then queues each call there.
    The worker has no Qt parent so that it outlives any window while a job is still running.
    """

    models_loading = Signal()
    models_ready = Signal()
    models_failed = Signal(str)
    job_done = Signal(int, object)  # job id, the job's result (a ReplyScore, a resumed session...)
    job_failed = Signal(int, str)  # job id, a message for the trainee

    def __init__(self, scorer: WarmableScorer) -> None:
        super().__init__()
        self.scorer = scorer
        self.state = ModelState.NOT_LOADED
        self.error = ""
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="scoring")
        self._last_job = 0
        self._closed = False

    def warm_up(self) -> None:
        if self.state in (ModelState.LOADING, ModelState.READY):
            return
        self.state = ModelState.LOADING
        self.models_loading.emit()
        self._executor.submit(self.scorer.warm_up).add_done_callback(self._warmed)

    def submit(self, work: Callable[[], object]) -> int:
        """Queue `work` (something that calls the scorer) and return the job id its result will carry."""
        self._last_job += 1
        job = self._last_job
        self._executor.submit(work).add_done_callback(lambda future: self._finished(job, future))
        return job

    def shutdown(self) -> None:
        """Drop queued jobs; a job already running finishes on its own and its result is ignored."""
        self._closed = True
        self._executor.shutdown(wait=False, cancel_futures=True)

    # -- called on the worker thread ---------------------------------------------------------------

    def _warmed(self, future: Future[None]) -> None:
        if future.cancelled() or self._closed:
            return
        error = future.exception()
        if error is None:
            self.state = ModelState.READY
            self.models_ready.emit()
        else:
            self.state = ModelState.FAILED
            self.error = _message(error)
            self.models_failed.emit(self.error)

    def _finished(self, job: int, future: Future[object]) -> None:
        if future.cancelled() or self._closed:
            return
        error = future.exception()
        if error is None:
            self.job_done.emit(job, future.result())
        else:
            self.job_failed.emit(job, _message(error))


def _message(error: BaseException) -> str:
    if isinstance(error, SimulatorError):
        return str(error)
    log.error("scoring failed", exc_info=error)
    return f"{type(error).__name__}: {error}"
