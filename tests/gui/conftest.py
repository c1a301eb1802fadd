"""Fixtures for the desktop app tests: a window on a fake clock, a fast stand-in scorer, the real scorer."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from simulator.domain import Evidence, FakeClock, ReplyScore, ScoringContext, Timing
from simulator.gui.app import application
from simulator.gui.main_window import MainWindow
from simulator.gui.preferences import Preferences, PreferenceStore, ThemeMode
from simulator.gui.scoring_worker import WarmableScorer
from simulator.scenario.library import BUILT_IN


class InstantScorer:
    """Scores at once, the same way every time: "sorry" earns empathy, "asap" costs clarity."""

    def __init__(self) -> None:
        self.calls = 0

    def warm_up(self) -> None:
        pass

    def score(self, context: ScoringContext, reply: str, timing: Timing | None) -> ReplyScore:
        self.calls += 1
        evidence: dict[str, tuple[Evidence, ...]] = {
            "empathy": tuple(Evidence(m.start(), m.end(), 1, "apology") for m in re.finditer("sorry", reply)),
            "clarity": tuple(Evidence(m.start(), m.end(), -1, "jargon") for m in re.finditer("asap", reply)),
        }
        return ReplyScore(empathy=70.0, clarity=55.0, speed=90.0 if timing else None, overall=68.0,
                          evidence=evidence, tips={"empathy": "Use the customer's name.",
                                                   "clarity": "Say what happens next."})


@pytest.fixture(scope="session")
def real_scorer() -> WarmableScorer:
    """The real scorer, models loaded once for the whole test session."""
    from simulator.scoring import ReplyScorer

    scorer = ReplyScorer()
    scorer.warm_up()
    return scorer


@pytest.fixture
def store(tmp_path: Path) -> PreferenceStore:
    application()
    store = PreferenceStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    store.save(Preferences(theme=ThemeMode.LIGHT, language="en"))
    return store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1000.0)


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, store: PreferenceStore, clock: FakeClock) -> Iterator[MakeWindow]:
    windows: list[MainWindow] = []

    def make(scorer: WarmableScorer | None = None, paths: Sequence[Path | str] = (BUILT_IN,)) -> MainWindow:
        window = MainWindow(scorer or InstantScorer(), store, scenario_paths=paths, clock=clock, seed=0)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:  # back to English for the next test: the language belongs to the application
        window.apply_preferences(Preferences(theme=ThemeMode.LIGHT, language="en"))
