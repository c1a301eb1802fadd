"""Nothing slow runs on the GUI thread: the window is up while the models load, and the event loop keeps
running while a reply is scored (with the real scorer)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from simulator.domain import FakeClock, ReplyScore, ScoringContext, Timing
from simulator.gui.scoring_worker import ModelState, WarmableScorer
from tests.gui.conftest import InstantScorer, MakeWindow
from tests.gui.helpers import reveal, two_step_scenario


class SlowToLoad(InstantScorer):
    """Models that take as long to load as the test wants."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def warm_up(self) -> None:
        self.release.wait(timeout=30)


def test_the_window_works_while_the_models_load(make_window: MakeWindow, clock: FakeClock, qtbot: QtBot,
                                                tmp_path: Path) -> None:
    two_step_scenario(tmp_path)
    scorer = SlowToLoad()
    window = make_window(scorer, paths=[tmp_path])
    window.start_models()
    assert window.worker.state is ModelState.LOADING
    assert window.model_status.text() == "Loading scoring models…"
    assert window.model_progress.isVisible()

    window.library.start_button.click()  # the trainee starts before the models are ready
    reveal(window, clock)
    window.practice.send("Hello Sam, I'm sorry.")
    qtbot.wait(100)
    assert window.driver.scoring and scorer.calls == 0  # waiting behind the models, not blocking

    scorer.release.set()
    qtbot.waitUntil(lambda: window.practice.feedback.state == "turn")
    assert window.model_status.text() == "Scoring models ready"
    assert not window.model_progress.isVisible()


class ThreadRecorder:
    """The real scorer, noting which thread runs each call."""

    def __init__(self, scorer: WarmableScorer) -> None:
        self.scorer = scorer
        self.threads: list[int] = []
        self.spans: list[tuple[float, float]] = []

    def warm_up(self) -> None:
        self.scorer.warm_up()

    def score(self, context: ScoringContext, reply: str, timing: Timing | None) -> ReplyScore:
        self.threads.append(threading.get_ident())
        start = time.monotonic()
        try:
            return self.scorer.score(context, reply, timing)
        finally:
            self.spans.append((start, time.monotonic()))


@pytest.mark.slow
def test_the_event_loop_keeps_running_while_a_reply_is_scored(
        make_window: MakeWindow, real_scorer: WarmableScorer, clock: FakeClock, qtbot: QtBot,
        tmp_path: Path) -> None:
    two_step_scenario(tmp_path)
    scorer = ThreadRecorder(real_scorer)
    window = make_window(scorer, paths=[tmp_path])
    window.library.start_button.click()
    reveal(window, clock)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    long_reply = " ".join(f"I'm sorry Sam, I am checking order {n} and I will tell you what I find." for n in
                          range(40))

    with qtbot.waitSignal(window.driver.turn_completed, timeout=120_000):
        window.practice.send(long_reply)
    timer.stop()

    assert scorer.threads == [scorer.threads[0]] and scorer.threads[0] != threading.main_thread().ident
    (start, end), = scorer.spans
    during = [tick for tick in ticks if start < tick < end]
    assert len(during) >= 2, f"the GUI thread stood still for the {end - start:.3f} s of scoring"
    assert window.practice.feedback.state == "turn"
