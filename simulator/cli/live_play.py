"""A live session in the terminal: customer messages appear after their typing delay, follow-ups arrive on
time, replies are read line by line from a terminal or a pipe as they come. When the database refuses to save
a reply or its scores, the session waits for Enter and tries that step again: the reply is not lost."""

from __future__ import annotations

import os
import select
import sys
import time
from collections.abc import Callable, Iterable
from typing import TextIO, TypeVar

from simulator.domain import Message, SessionResult, StorageError, Turn
from simulator.scenario.engine import ReplyOutcome
from simulator.service.practice import EndNotSaved, PracticeSession

T = TypeVar("T")

REFUSED = ("The database refused to save {what}: {error}. Nothing is lost yet: press Enter to try again, "
           "or end the input (Ctrl-D) to stop; the earlier turns are saved and `--resume` continues the session.")


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
        outcome = _reply(practice, text, lines)
        if outcome is None:
            return None
        show_turn(outcome.turn)
        show(outcome.messages)
    return practice.result()


def _reply(practice: PracticeSession, text: str, lines: LineReader) -> ReplyOutcome | None:
    """Send, score and complete a reply step by step, so that a step the database refuses is tried again alone
    (the reply is scored once); None when the input ends while a step waits."""
    sent = _until_saved("your reply", lambda: practice.send(text), practice.save_unsaved, lines)
    if sent is None:
        return None
    score = practice.score(sent)

    def complete() -> ReplyOutcome:
        return practice.complete(sent, score)

    return _until_saved("the scores of your reply", complete, complete, lines)


def _until_saved(what: str, step: Callable[[], T], again: Callable[[], T], lines: LineReader) -> T | None:
    """The result of `step`; while the database refuses it, say so and run `again` on the next line of input.

    None when the input ends first. EndNotSaved is not retried here: the caller reports it (`--resume` saves it).
    """
    while True:
        try:
            return step()
        except EndNotSaved:
            raise
        except StorageError as error:
            print(REFUSED.format(what=what, error=error), file=sys.stderr, flush=True)
            if lines.readline(timeout=None) is None:
                return None
            step = again


class LineReader:
    """Lines from a stream with a timeout, reading the file descriptor directly so no line hides in a buffer."""

    TIMEOUT = object()

    def __init__(self, stream: TextIO) -> None:
        self.fd = stream.fileno()
        self.buffer = b""
        self.eof = False

    def readline(self, timeout: float | None) -> object:
        """The next line, TIMEOUT, or None at the end of the input; a timeout of None waits as long as it takes."""
        end = None if timeout is None else time.monotonic() + timeout
        while b"\n" not in self.buffer and not self.eof:
            remaining = None if end is None else end - time.monotonic()
            if (remaining is not None and remaining <= 0) or not select.select([self.fd], [], [], remaining)[0]:
                return self.TIMEOUT
            chunk = os.read(self.fd, 65536)
            self.eof = not chunk
            self.buffer += chunk
        if not self.buffer:
            return None
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line.decode("utf-8", errors="replace")
