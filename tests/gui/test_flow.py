"""The whole flow with the real scorer: choose a scenario with the keyboard, reply, see feedback, finish, read
the report, try again. Every built-in scenario can be completed through the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from simulator.domain import FakeClock
from simulator.gui.labels import outcome_name
from simulator.gui.main_window import MainWindow
from simulator.gui.scoring_worker import WarmableScorer
from simulator.scenario.library import BUILT_IN, load_library
from simulator.scenario.model import Scenario
from simulator.service.scripted import parse_replies, typing_time
from tests.gui.conftest import MakeWindow
from tests.gui.helpers import reply, reveal

SCENARIOS = [scenario for scenario in load_library([BUILT_IN]).scenarios if scenario.golden_paths]


def play_golden_path(qtbot: QtBot, window: MainWindow, clock: FakeClock, scenario: Scenario) -> None:
    """Reply as the scenario's first golden path does; silence until the customer leaves if it runs out."""
    for scripted in parse_replies(scenario.golden_paths[0].replies):
        session = window.driver.session
        assert session is not None
        reveal(window, clock)
        window.driver.step()
        if session.finished:
            break
        reply(qtbot, window, clock, scripted.text,
              scripted.delay if scripted.delay is not None else typing_time(scripted.text))
        turn = session.conversation.turns[-1]
        feedback = window.practice.feedback
        assert feedback.state == "turn"
        assert feedback.reply_view is not None and feedback.reply_view.toPlainText() == scripted.text
        assert {name: bar.score for name, bar in feedback.bars.items()} == {
            "empathy": turn.score.empathy, "clarity": turn.score.clarity, "speed": turn.score.speed}
    while window.driver.result() is None:
        reveal(window, clock)
        clock.advance(scenario.follow_up_seconds(window.driver.session.conversation.node))
        window.driver.step()
    reveal(window, clock)
    window.driver.step()


@pytest.mark.slow
def test_choose_reply_see_feedback_finish_and_read_the_report(
        make_window: MakeWindow, real_scorer: WarmableScorer, clock: FakeClock, qtbot: QtBot) -> None:
    window = make_window(real_scorer)
    scenario = SCENARIOS[0]
    window.library.select(scenario)
    qtbot.keyClick(window.library.table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.practice

    play_golden_path(qtbot, window, clock, scenario)
    result = window.driver.result()
    assert result is not None
    assert window.practice.end_banner.isVisibleTo(window.practice)
    qtbot.keyClick(window.practice.report_button, Qt.Key.Key_Space)

    assert window.pages.currentWidget() is window.report
    texts = [label.text() for label in window.report.findChildren(QLabel)]
    assert outcome_name(result.outcome) in texts
    assert f"{result.csat} out of 5 (simulated CSAT)" in texts
    for turn in result.turns:
        assert turn.reply in texts
        assert (turn.model_answer or "(none for this step)").strip() in texts
    assert len(window.report.findChildren(QLabel, "modelBox")) == len(result.turns)

    qtbot.keyClick(window.report.try_again_button, Qt.Key.Key_Space)
    assert window.pages.currentWidget() is window.practice
    assert window.driver.scenario is not None and window.driver.scenario.id == scenario.id
    assert window.driver.session is not None and not window.driver.session.conversation.turns


@pytest.mark.slow
@pytest.mark.parametrize("scenario", SCENARIOS, ids=[scenario.id for scenario in SCENARIOS])
def test_every_built_in_scenario_can_be_completed(
        make_window: MakeWindow, real_scorer: WarmableScorer, clock: FakeClock, qtbot: QtBot,
        scenario: Scenario) -> None:
    window = make_window(real_scorer)
    window.start_scenario(scenario)
    play_golden_path(qtbot, window, clock, scenario)
    result = window.driver.result()
    assert result is not None and result.outcome is scenario.golden_paths[0].outcome
    window.practice.report_button.click()
    assert window.report.result == result


def test_next_scenario_follows_the_library_order(make_window: MakeWindow, clock: FakeClock,
                                                 qtbot: QtBot) -> None:
    window = make_window()
    order = window.library.ordered_scenarios()
    window.start_scenario(order[0])
    reveal(window, clock)
    while window.driver.result() is None:  # silence: the customer leaves
        clock.advance(600)
        window.driver.step()
        reveal(window, clock)
    window.practice.report_button.click()
    window.report.next_button.click()
    assert window.driver.scenario == order[1]
