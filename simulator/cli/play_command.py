"""`simulator play SCENARIO`: practise a conversation in the terminal, or play scripted replies."""

from __future__ import annotations

import argparse
import json
import os
import select
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from simulator.cli.terminal_feedback import Style, format_customer, format_report, format_turn
from simulator.domain import Message, Scorer, SessionResult, SimulatorError, SystemClock, Turn
from simulator.scenario.library import BUILT_IN, load_library
from simulator.scenario.model import Scenario
from simulator.scenario.parse import load_scenario
from simulator.service.practice import PracticeSession
from simulator.service.scripted import parse_replies, play_scripted


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    play = subparsers.add_parser(
        "play", help="practise a scenario in the terminal",
        description="Practise a scenario: the simulated customer writes, you answer; every reply is scored. "
                    "Type one reply per line (\\n inside a line starts a new line).")
    play.add_argument("scenario", help="a scenario id from the library, or the path of a scenario file")
    play.add_argument("--replies", type=Path, metavar="FILE",
                      help="play these replies instead of asking (one per line; '[90s] text' sets the delay)")
    play.add_argument("--json", action="store_true", help="print the result as one JSON object")
    play.add_argument("--seed", type=int, default=None, help="seed for the customer's message variants")
    play.add_argument("--exam", action="store_true", help="no feedback until the end")
    play.set_defaults(run=run_play)

    practice = subparsers.add_parser("practice", help="choose a scenario from a menu and practise it")
    practice.add_argument("--exam", action="store_true", help="no feedback until the end")
    practice.set_defaults(run=run_practice, seed=None, json=False, replies=None)


def run_practice(args: argparse.Namespace) -> int:
    """A numbered menu of the library, then a live session of the chosen scenario."""
    library = load_library([BUILT_IN])
    scenarios = sorted(library.scenarios, key=lambda s: (s.difficulty, s.title))
    if not scenarios:
        raise SimulatorError("the scenario library is empty; run 'simulator validate' to see why")
    for number, scenario in enumerate(scenarios, 1):
        print(f"{number:3}. {scenario.title}  ({'*' * scenario.difficulty}, {scenario.channel.value}, "
              f"{scenario.estimated_minutes:g} min)")
    while True:
        answer = input("Scenario number (q to quit): ").strip()
        if answer.lower() in ("q", "quit", ""):
            return 0
        if answer.isdigit() and 1 <= int(answer) <= len(scenarios):
            break
        print(f"Type a number from 1 to {len(scenarios)}.")
    args.scenario = str(scenarios[int(answer) - 1].path)
    return run_play(args)


def resolve_scenario(key: str) -> Scenario:
    path = Path(key)
    if path.suffix in (".yaml", ".yml") or path.exists():
        return load_scenario(path)
    return load_library([BUILT_IN]).find(key)


def run_play(args: argparse.Namespace) -> int:
    from simulator.scoring import ReplyScorer

    scenario = resolve_scenario(args.scenario)
    style = Style(sys.stdout.isatty() and not args.json)
    scorer = ReplyScorer()
    if not args.json:
        print(style.dim("Loading scoring models..."), file=sys.stderr)
    scorer.warm_up()
    printer = _Printer(scenario, style, exam=args.exam, quiet=args.json,
                       echo_replies=args.replies is not None or not sys.stdin.isatty())
    if args.replies is not None:
        try:
            lines = args.replies.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise SimulatorError(f"cannot read the replies file {args.replies}: {error}") from None
        result: SessionResult | None = play_scripted(
            scenario, parse_replies(lines), scorer, seed=args.seed or 0,
            on_message=printer.message, on_turn=printer.turn)
    else:
        printer.introduce()
        result = _play_live(scenario, scorer, args.seed, printer, sys.stdin)
    if result is None:
        print("\nThe session was abandoned: input ended before the conversation did.", file=sys.stderr)
        if args.json:
            print(json.dumps({"scenario": scenario.id, "outcome": None, "csat": None, "turns": []}))
        return 1
    if args.json:
        print(json.dumps(result_json(result), ensure_ascii=False))
    else:
        print(format_report(scenario, result, style))
    return 0


class _Printer:
    def __init__(self, scenario: Scenario, style: Style, *, exam: bool, quiet: bool, echo_replies: bool) -> None:
        self.scenario, self.style = scenario, style
        self.exam, self.quiet, self.echo_replies = exam, quiet, echo_replies

    def introduce(self) -> None:
        if self.quiet:
            return
        persona = self.scenario.persona
        print(self.style.bold(self.scenario.title))
        print(self.scenario.description)
        print(self.style.dim(f"Customer: {persona.name}, {persona.mood.value}. Reply within about "
                             f"{self.scenario.timing.target_seconds:.0f} s. Ctrl-D to stop.\n"))

    def message(self, message: Message) -> None:
        if self.quiet:
            return
        if message.role == "customer":
            print(format_customer(message, self.scenario.persona.name, self.style))
        elif self.echo_replies:  # a typed reply is on screen already; a scripted one is not
            print(f"{self.style.bold('You:')} {message.text}")

    def turn(self, turn: Turn) -> None:
        if not self.quiet and not self.exam:
            print(format_turn(turn, self.style))


def _play_live(scenario: Scenario, scorer: Scorer, seed: int | None, printer: _Printer,
               stream: TextIO) -> SessionResult | None:
    clock = SystemClock()
    session = PracticeSession(scenario, scorer, clock=clock, seed=seed)
    lines = _LineReader(stream)

    def show(messages: list[Message]) -> None:
        for message in messages:
            delay = message.at - clock.now()
            if delay > 0 and stream.isatty():
                print(printer.style.dim(f"{scenario.persona.name} is typing..."), end="\r", flush=True)
                time.sleep(delay)
            printer.message(message)
        sys.stdout.flush()

    show(session.start())
    while not session.finished:
        deadline = session.conversation.follow_up_at or clock.now()
        line = lines.readline(timeout=max(0.0, deadline - clock.now()))
        if line is _LineReader.TIMEOUT:
            show(session.poll())
            continue
        if line is None:
            return None
        text = str(line).replace("\\n", "\n").strip()
        if not text:
            continue
        show(session.poll())
        if session.finished:
            break
        outcome = session.reply(text)
        printer.turn(outcome.turn)
        show(list(outcome.messages))
    return session.result()


class _LineReader:
    """Lines from a stream with a timeout, reading the file descriptor directly so no line hides in a buffer."""

    TIMEOUT = object()

    def __init__(self, stream: TextIO) -> None:
        self.fd = stream.fileno()
        self.buffer = b""
        self.eof = False

    def readline(self, timeout: float) -> object:
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


def result_json(result: SessionResult) -> dict[str, Any]:
    return {
        "scenario": result.scenario_id,
        "outcome": result.outcome.value,
        "csat": result.csat,
        "path": list(result.path),
        "moods": list(result.moods),
        "key_points_covered": sorted(result.key_points_covered),
        "seed": result.seed,
        "turns": [{
            "customer": turn.customer,
            "reply": turn.reply,
            "node": turn.node,
            "next_node": turn.next_node,
            "seconds": round(turn.seconds, 2),
            "scores": {"empathy": turn.score.empathy, "clarity": turn.score.clarity,
                       "speed": turn.score.speed, "overall": turn.score.overall},
            "evidence": {dimension: [{"start": e.start, "end": e.end, "sign": e.sign, "label": e.label,
                                      "text": turn.reply[e.start:e.end]} for e in spans]
                         for dimension, spans in turn.score.evidence.items()},
            "tips": dict(turn.score.tips),
            "key_points": sorted(turn.score.key_points),
            "model_answer": turn.model_answer,
        } for turn in result.turns],
    }
