"""Markup in a customer message, a reply or a scenario is shown as typed, never interpreted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from simulator.domain import FakeClock
from simulator.gui.main_window import MainWindow
from tests.gui.conftest import MakeWindow
from tests.gui.helpers import reply, reveal, two_step_scenario

CUSTOMER_MARKUP = "<b>Bold</b> <img src='file:///etc/hosts'> <a href='https://x.test'>link</a> &amp; 1 < 2"
REPLY_MARKUP = "<i>Sorry</i> <img src=x onerror=alert(1)> <table><tr><td>cell</td></tr></table>"


def labels_showing(window: MainWindow, text: str) -> list[QLabel]:
    return [label for label in window.findChildren(QLabel) if text in label.text()]


def assert_literal(window: MainWindow, text: str) -> None:
    labels = labels_showing(window, text)
    assert labels, f"nothing shows {text!r}"
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_markup_is_shown_literally_in_chat_feedback_and_report(
        make_window: MakeWindow, clock: FakeClock, qtbot: QtBot, tmp_path: Path) -> None:
    two_step_scenario(tmp_path, title="<h1>Big</h1> title", first=CUSTOMER_MARKUP)
    window = make_window(paths=[tmp_path])
    assert window.library.table.model().index(0, 0).data() == "<h1>Big</h1> title"
    assert_literal(window, "<h1>Big</h1> title")  # the library's details card

    window.library.start_button.click()
    reveal(window, clock)
    assert window.practice.chat.bubbles[0].text_label.text() == CUSTOMER_MARKUP
    assert_literal(window, CUSTOMER_MARKUP)

    reply(qtbot, window, clock, REPLY_MARKUP)
    assert window.practice.chat.bubbles[1].text_label.text() == REPLY_MARKUP
    assert window.practice.feedback.reply_view is not None
    assert window.practice.feedback.reply_view.toPlainText() == REPLY_MARKUP
    assert_literal(window, REPLY_MARKUP)

    reply(qtbot, window, clock, "It arrives tomorrow.")
    reveal(window, clock)
    window.practice.report_button.click()
    assert window.pages.currentWidget() is window.report
    report_labels = [label for label in window.report.findChildren(QLabel) if label.text() in
                     (CUSTOMER_MARKUP, REPLY_MARKUP)]
    assert {label.text() for label in report_labels} == {CUSTOMER_MARKUP, REPLY_MARKUP}
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in report_labels)


def test_every_label_of_the_app_is_plain_text(make_window: MakeWindow, clock: FakeClock, qtbot: QtBot,
                                              tmp_path: Path) -> None:
    two_step_scenario(tmp_path)
    window = make_window(paths=[tmp_path])
    window.library.start_button.click()
    reply(qtbot, window, clock, "Hello Sam, sorry.")
    ours = [label for label in window.findChildren(QLabel) if label.objectName()]
    assert ours
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in ours)
