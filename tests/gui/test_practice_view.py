"""The practice view on a fake clock with a stand-in scorer: typing indicator, Enter / Shift+Enter, mood,
patience and the waiting timer, follow-ups, exam mode, a scoring failure, leaving."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTextEdit
from pytestqt.qtbot import QtBot

from simulator.domain import FakeClock, ReplyScore, ScoringContext, ScoringError, Timing
from simulator.gui.main_window import MainWindow
from simulator.gui.preferences import Preferences, ThemeMode
from simulator.gui.theme import LIGHT
from simulator.scenario.library import BUILT_IN, load_library
from tests.gui.conftest import InstantScorer, MakeWindow
from tests.gui.helpers import reply, reveal, two_step_scenario


def highlights(view: QTextEdit) -> dict[str, str]:
    """The highlighted words of a text view and their colour."""
    found = {}
    block = view.document().firstBlock()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            brush = fragment.charFormat().background()
            if brush.style() != Qt.BrushStyle.NoBrush:
                found[fragment.text()] = "green" if brush.color().green() > brush.color().red() else "red"
            fragments += 1
        block = block.next()
    return found


def start(window: MainWindow, scenario_id: str) -> None:
    scenario = next(s for s in window.library.ordered_scenarios() if s.id == scenario_id)
    window.start_scenario(scenario)


@pytest.fixture
def window(make_window: MakeWindow, tmp_path: Path) -> MainWindow:
    two_step_scenario(tmp_path)
    created = make_window(paths=[tmp_path])
    start(created, "two-step")
    return created


def test_the_customer_types_before_the_message_appears(window: MainWindow, clock: FakeClock) -> None:
    chat = window.practice.chat
    assert chat.bubbles == []
    assert chat.typing.isVisible()
    assert chat.typing.caption.text() == "Sam Lee is typing…"
    assert not window.practice.send_button.isEnabled()
    reveal(window, clock)
    assert [bubble.message.text for bubble in chat.bubbles] == ["Hi, where is my order?"]
    assert not chat.typing.isVisible()
    assert window.practice.send_button.isEnabled()


def test_enter_sends_and_shift_enter_starts_a_new_line(window: MainWindow, clock: FakeClock, qtbot: QtBot) -> None:
    reveal(window, clock)
    box = window.practice.input
    box.setFocus()
    qtbot.keyClicks(box, "Hello Sam")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(box, "I'm sorry")
    assert box.toPlainText() == "Hello Sam\nI'm sorry"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.practice.feedback.state == "turn")
    assert box.toPlainText() == ""
    assert window.practice.chat.bubbles[-1].message.text == "Hello Sam\nI'm sorry"


def test_an_empty_reply_or_one_sent_while_the_customer_types_is_not_sent(
        window: MainWindow, clock: FakeClock, qtbot: QtBot) -> None:
    box = window.practice.input
    box.setFocus()
    qtbot.keyClicks(box, "Too early")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.toPlainText() == "Too early"  # kept: the customer is still typing
    assert window.practice.chat.bubbles == []
    reveal(window, clock)
    box.clear()
    qtbot.keyClicks(box, "   ")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert len(window.practice.chat.bubbles) == 1


def test_feedback_shows_scores_evidence_tips_and_model_answer(
        window: MainWindow, clock: FakeClock, qtbot: QtBot) -> None:
    reply(qtbot, window, clock, "I'm so sorry, I'll fix it asap.")
    feedback = window.practice.feedback
    assert feedback.state == "turn"
    assert {name: bar.score for name, bar in feedback.bars.items()} == {
        "empathy": 70.0, "clarity": 55.0, "speed": 90.0}
    assert feedback.bars["empathy"].accessibleName() == "Empathy: 70 out of 100"
    view = feedback.reply_view
    assert view is not None and view.toPlainText() == "I'm so sorry, I'll fix it asap."
    assert highlights(view) == {"sorry": "green", "asap": "red"}
    texts = [label.text() for label in feedback.widget().findChildren(type(window.practice.hint))]
    assert "“sorry” — apology (Empathy)" in texts
    assert "“asap” — jargon (Clarity)" in texts
    assert "Use the customer's name." in texts
    assert "Hello Sam, I'm sorry for the wait. Let me check." in texts


def test_timer_mood_and_patience_follow_the_customer(window: MainWindow, clock: FakeClock) -> None:
    header = window.practice.header
    reveal(window, clock)
    assert header.mood.text() == "Anxious"
    assert header.patience.accessibleName() == "Patience: 2 of 2"
    clock.advance(50)
    window.driver.step()
    assert header.timer.text() == "Waiting 0:50"
    assert header.timer.property("late") is True  # past the 45 s target of a live chat
    clock.advance(70)  # 120 s of silence: the customer chases, loses patience and mood
    window.driver.step()
    reveal(window, clock)
    follow_up = window.practice.chat.bubbles[-1]
    assert follow_up.message.follow_up and "follow-up" in follow_up.meta_label.text()
    assert header.patience.accessibleName() == "Patience: 1 of 2"
    assert header.mood.text() == "Frustrated"


def test_a_customer_left_waiting_leaves_and_the_report_follows(
        window: MainWindow, clock: FakeClock, qtbot: QtBot) -> None:
    reveal(window, clock)
    for _ in range(3):
        clock.advance(130)
        window.driver.step()
        reveal(window, clock)
    assert window.practice.end_banner.isVisible()
    assert not window.practice.input.isEnabled()
    assert window.practice.end_text.text() == "The conversation is over. Outcome: Customer left."
    qtbot.mouseClick(window.practice.report_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.report


def test_exam_mode_hides_feedback_until_the_report(make_window: MakeWindow, store, clock: FakeClock,  # type: ignore[no-untyped-def]
                                                   qtbot: QtBot, tmp_path: Path) -> None:
    two_step_scenario(tmp_path)
    store.save(Preferences(theme=ThemeMode.LIGHT, language="en", exam_mode=True))
    window = make_window(paths=[tmp_path])
    start(window, "two-step")
    for text in ("Hello Sam, sorry for the wait.", "It arrives tomorrow."):
        reply(qtbot, window, clock, text)
        assert window.practice.feedback.state == "hidden"
        assert window.practice.feedback.bars == {}
    reveal(window, clock)
    window.practice.report_button.click()
    report_texts = [label.text() for label in window.report.findChildren(type(window.practice.hint))]
    assert "Empathy 70" in report_texts and "Hello Sam, sorry for the wait." in report_texts


class FailingOnce(InstantScorer):
    def score(self, context: ScoringContext, reply: str, timing: Timing | None) -> ReplyScore:
        if not self.calls:
            self.calls += 1
            raise ScoringError("the model files are missing")
        return super().score(context, reply, timing)


def test_a_scoring_failure_can_be_retried(make_window: MakeWindow, clock: FakeClock, qtbot: QtBot,
                                          tmp_path: Path) -> None:
    two_step_scenario(tmp_path)
    window = make_window(FailingOnce(), paths=[tmp_path])
    start(window, "two-step")
    reply(qtbot, window, clock, "Hello Sam")
    qtbot.waitUntil(window.practice.error_banner.isVisible)
    assert window.practice.error_text.text() == "Your reply could not be scored: the model files are missing"
    window.practice.retry_button.click()
    qtbot.waitUntil(lambda: window.practice.feedback.state == "turn")
    assert not window.practice.error_banner.isVisible()


def test_leaving_a_conversation_asks_first(window: MainWindow, clock: FakeClock,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    reveal(window, clock)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    window.library_action.trigger()
    assert window.pages.currentWidget() is window.practice
    window.library_action.trigger()
    assert window.pages.currentWidget() is window.library
    assert window.driver.session is None


CHANNEL_HEADERS = {"live_chat": "lc_header", "messaging": "wa_header", "internal_helpdesk": "hd_header"}


@pytest.mark.parametrize("channel", ["live_chat", "messaging", "internal_helpdesk"])
def test_each_channel_has_its_own_look(make_window: MakeWindow, clock: FakeClock, tmp_path: Path,
                                       channel: str) -> None:
    two_step_scenario(tmp_path, channel=channel)
    window = make_window(paths=[tmp_path])
    start(window, "two-step")
    reveal(window, clock)
    assert window.practice.property("channel") == channel
    bubble = window.practice.chat.bubbles[0]
    assert bubble.sender_label.isHidden() == (channel != "internal_helpdesk")
    header_colour = window.practice.header.grab().toImage().pixelColor(4, 4).name()
    assert header_colour == LIGHT[CHANNEL_HEADERS[channel]]


def test_built_in_scenarios_all_open(make_window: MakeWindow, clock: FakeClock) -> None:
    window = make_window()
    for scenario in load_library([BUILT_IN]).scenarios:
        window.start_scenario(scenario)
        reveal(window, clock)
        assert window.practice.chat.bubbles, scenario.id
