"""Helpers that play a conversation in the window: reveal the customer's messages, reply, write scenarios."""

from __future__ import annotations

import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from simulator.domain import FakeClock
from simulator.gui.main_window import MainWindow


def reveal(window: MainWindow, clock: FakeClock) -> None:
    """Move the fake clock to when the customer's pending messages appear, and show them."""
    driver = window.driver
    while (at := driver.next_message_at()) is not None:
        clock.advance(max(0.0, at - clock.now()))
        driver.step()


def reply(qtbot: QtBot, window: MainWindow, clock: FakeClock, text: str, seconds: float = 10.0) -> None:
    """Wait for the customer, take `seconds` to answer, send `text` with Enter, wait for its score."""
    reveal(window, clock)
    clock.advance(seconds)
    window.driver.step()
    box = window.practice.input
    box.setFocus()
    box.setPlainText(text)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.driver.scoring, timeout=60_000)


def write_scenario(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


TWO_STEP = """\
    format: 1
    id: {id}
    title: {title}
    description: A customer asks about an order.
    difficulty: 2
    channel: {channel}
    estimated_minutes: 3
    persona:
      name: Sam Lee
      situation: Wants news of an order.
      mood: anxious
      patience: 2
    start: hello
    nodes:
      hello:
        customer: ["{first}", "{first}"]
        model_answer: "Hello Sam, I'm sorry for the wait. Let me check."
        next:
          - goto: details
      details:
        customer: ["When will it come?", "When will it come?"]
        model_answer: "It will arrive tomorrow before noon."
        next:
          - goto: done
      done:
        customer: ["Thanks!", "Thanks!"]
        end: resolved
    """


def two_step_scenario(folder: Path, *, id: str = "two-step", title: str = "Two steps",
                      channel: str = "live_chat", first: str = "Hi, where is my order?") -> Path:
    return write_scenario(folder, f"{id}.yaml", TWO_STEP.format(id=id, title=title, channel=channel, first=first))
