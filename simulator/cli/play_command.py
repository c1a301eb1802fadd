"""`simulator play SCENARIO`: practise a conversation in the terminal, or play scripted replies."""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path
from typing import Any

from simulator.cli.database_option import database_url
from simulator.cli.live_play import play_live
from simulator.cli.terminal_feedback import Style, format_customer, format_report, format_turn
from simulator.domain import FakeClock, Message, Scorer, SessionResult, SimulatorError, StorageError, Turn
from simulator.scenario.library import BUILT_IN, load_library
from simulator.scenario.model import Scenario
from simulator.scenario.parse import load_scenario
from simulator.service.practice import EndNotSaved, PracticeSession, ScoresNotSaved
from simulator.service.recording import resume_session, start_recorded_session, trainee_named, unfinished_sessions
from simulator.service.scripted import ScriptedReply, continue_scripted, parse_replies
from simulator.storage import SessionSummary, Storage, open_database


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
    play.add_argument("--trainee", metavar="NAME", help="record the session in the database under this trainee")
    play.add_argument("--resume", action="store_true",
                      help="continue the trainee's unfinished session of this scenario (after a crash)")
    play.set_defaults(run=run_play)

    practice = subparsers.add_parser("practice", help="choose a scenario from a menu and practise it")
    practice.add_argument("--exam", action="store_true", help="no feedback until the end")
    practice.add_argument("--trainee", metavar="NAME", help="record the session in the database under this trainee")
    practice.set_defaults(run=run_practice, seed=None, json=False, replies=None, resume=False)


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
    replies = _read_replies(args.replies) if args.replies is not None else None
    printer = _Printer(scenario, style, exam=args.exam, quiet=args.json,
                       echo_replies=replies is not None or not sys.stdin.isatty())
    scorer = ReplyScorer()
    if not args.json:
        print(style.dim("Loading scoring models..."), file=sys.stderr)
    scorer.warm_up()
    storage = open_database(database_url(args)) if args.trainee else None
    try:
        clock = FakeClock() if replies is not None else None
        practice = _open_practice(args, scenario, scorer, storage, clock)
        if replies is None:
            printer.introduce()
        for message in practice.conversation.transcript:
            printer.message(message)
        if replies is not None and clock is not None:
            result: SessionResult | None = continue_scripted(practice, clock, replies, printer.message, printer.turn)
        else:
            result = play_live(practice, sys.stdin, printer.message, printer.turn,
                               style.dim(f"{scenario.persona.name} is typing..."))
    except EndNotSaved as error:
        raise SimulatorError(f"{error}; run the same command with --resume to save it") from None
    finally:
        if storage is not None:
            storage.close()
    if result is None:
        kept = " It is saved: continue it with --resume." if args.trainee else ""
        print(f"\nThe session was left unfinished: the input ended before the conversation did.{kept}",
              file=sys.stderr)
        if args.json:
            print(json.dumps({"scenario": scenario.id, "outcome": None, "csat": None, "turns": [],
                              "session_id": practice.session_id}))
        return 1
    if args.json:
        print(json.dumps({**result_json(result), "session_id": practice.session_id}, ensure_ascii=False))
    else:
        print(format_report(scenario, result, style))
    return 0


def _read_replies(path: Path) -> list[ScriptedReply]:
    try:
        return parse_replies(path.read_text(encoding="utf-8").splitlines())
    except (OSError, UnicodeDecodeError) as error:
        raise SimulatorError(f"cannot read the replies file {path}: {error}") from None


def _open_practice(args: argparse.Namespace, scenario: Scenario, scorer: Scorer, storage: Storage | None,
                   clock: FakeClock | None) -> PracticeSession:
    """A started session: new, or resumed from the database; recorded when a trainee is named."""
    seed = args.seed if args.seed is not None else (0 if clock is not None else None)
    if storage is None:
        if args.resume:
            raise SimulatorError("--resume needs --trainee NAME: only recorded sessions can be resumed")
        practice = PracticeSession(scenario, scorer, clock=clock, seed=seed)
        practice.start()
        return practice
    trainee = trainee_named(storage, args.trainee)
    unfinished = unfinished_sessions(storage, trainee, scenario.id)
    if args.resume or (unfinished and _ask_to_resume(unfinished[0], clock)):
        if not unfinished:
            raise SimulatorError(f"{trainee.name} has no unfinished session of '{scenario.id}' to resume")
        try:
            return resume_session(storage, unfinished[0].id, scorer, clock=clock)
        except EndNotSaved as refused:
            raise SimulatorError(_still_waiting("the end of this session", refused.refusal, args)) from None
        except ScoresNotSaved as refused:
            raise SimulatorError(_still_waiting(f"the scores of reply {refused.index}", refused.refusal,
                                                args)) from None
    for summary in unfinished:
        storage.sessions.mark_abandoned(summary.id)
        print(f"Session {summary.id} of '{scenario.id}' was left unfinished after {summary.turn_count} "
              "replies; it is kept as abandoned.", file=sys.stderr)
    practice = start_recorded_session(storage, trainee, scenario, scorer, clock=clock, seed=seed)
    practice.start()
    return practice


def _still_waiting(what: str, refusal: StorageError, args: argparse.Namespace) -> str:
    """What a resumed session still waits to save, why the database refused it, and how to save it later."""
    command = shlex.join(["simulator", "play", args.scenario, "--trainee", args.trainee, "--resume"])
    same_database = " (with the same --db)" if getattr(args, "db", None) else ""
    return (f"{what} is still waiting to be saved: {refusal}. Nothing is lost; run `{command}` again"
            f"{same_database} when the database accepts writes.")


def _ask_to_resume(summary: SessionSummary, clock: FakeClock | None) -> bool:
    if clock is not None or not sys.stdin.isatty():
        return False
    started = summary.started_at.astimezone().strftime("%d %b %H:%M")
    answer = input(f"You left this scenario unfinished on {started} after {summary.turn_count} replies. "
                   "Resume it? [Y/n] ").strip().lower()
    return answer in ("", "y", "yes")


class _Printer:
    def __init__(self, scenario: Scenario, style: Style, *, exam: bool, quiet: bool, echo_replies: bool) -> None:
        self.scenario, self.style = scenario, style
        self.exam, self.quiet, self.echo_replies = exam, quiet, echo_replies

    def introduce(self) -> None:
        if self.quiet:
            return
        persona = self.scenario.persona
        print(self.style.dim(f"{self.scenario.title}: {persona.name}, {persona.mood.value}. Reply within about "
                             f"{self.scenario.timing.target_seconds:.0f} s; one reply per line; Ctrl-D to stop."))

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
