"""A live session in the terminal: customer messages appear after their typing delay, follow-ups arrive on
time, replies are read line by line from a terminal or a pipe as they come."""

from __future__ import annotations

import os
import select
import sys
import time
from collections.abc import Callable, Iterable
from typing import TextIO

from simulator.domain import Message, SessionResult, Turn
from simulator.service.practice import PracticeSession


def play_live(practice: PracticeSession, stream: TextIO, show_message: Callable[[Message], None],
              show_turn: Callable[[Turn], None], typing_label: str) -> SessionResult | None:
    """Run a started session until it ends; None when the input ends first (the session is left unfinished)."""
    conversation = practice.conversation
    clock = conversation.clock
    lines = LineReader(stream)

    def show(messages: Iterable[Message]) -> None:
        for message in messages:
            delay = message.at - clock.now()
            if delay > 0 and stream.isatty():
                print(typing_label, end="\r", flush=True)
                time.sleep(delay)  # only a person at a terminal waits for the typing indicator
            show_message(message)
        sys.stdout.flush()

    while not practice.finished:
        deadline = conversation.follow_up_at or clock.now()
        line = lines.readline(timeout=max(0.0, deadline - clock.now()))
        if line is LineReader.TIMEOUT:
            show(practice.poll())
            continue
        if line is None:
            return None
        text = str(line).replace("\\n", "\n").strip()
        if not text:
            continue
        show(practice.poll())
        if practice.finished:
            break
        outcome = practice.reply(text)
        show_turn(outcome.turn)
        show(outcome.messages)
    return practice.result()


class LineReader:
    """Lines from a stream with a timeout, reading the file descriptor directly so no line hides in a buffer."""

    TIMEOUT = object()

    def __init__(self, stream: TextIO) -> None:
        self.fd = stream.fileno()
        self.buffer = b""
        self.eof = False

    def readline(self, timeout: float) -> object:
        """The next line, TIMEOUT, or None at the end of the input."""
        end = time.monotonic() + timeout
        while b"\n" not in self.buffer and not self.eof:
            remaining = end - time.monotonic()
            if remaining <= 0 or not select.select([self.fd], [], [], remaining)[0]:
                return self.TIMEOUT
            chunk = os.read(self.fd, 65536)
            self.eof = not chunk
            self.buffer += chunk
        if not self.buffer:
            return None
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line.decode("utf-8", errors="replace")
