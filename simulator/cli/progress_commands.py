"""`simulator history`, `simulator export`, `simulator db upgrade`: progress for supervisors and trainees."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import datetime, time
from pathlib import Path

from simulator.cli.database_option import database_url
from simulator.domain import DIMENSIONS, SimulatorError
from simulator.scenario.library import BUILT_IN, load_library
from simulator.service.profile import Profile, local_timezone
from simulator.storage import (
    Averages,
    Storage,
    User,
    open_database,
    upgrade,
    write_csv,
    write_json,
    write_xapi,
)

WRITERS = {"csv": write_csv, "json": write_json, "xapi": write_xapi}


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    history = subparsers.add_parser("history", help="a summary of practice: every trainee, or one in detail")
    history.add_argument("--trainee", metavar="NAME", help="one trainee's sessions, weekly scores and badges")
    history.add_argument("--team", help="only this team's trainees")
    history.set_defaults(run=run_history)

    export = subparsers.add_parser(
        "export", help="export scored turns as CSV, JSON or xAPI statements",
        description="One row per reply, with each dimension's model score, the latest human override and the "
                    "effective score; xAPI statements can be imported by a learning management system.")
    export.add_argument("--format", choices=sorted(WRITERS), default="csv")
    export.add_argument("--trainee", metavar="NAME")
    export.add_argument("--team")
    export.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="from this day (local time)")
    export.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="up to, not including, this day")
    export.add_argument("--output", "-o", type=Path, metavar="FILE", help="write here instead of standard output")
    export.set_defaults(run=run_export)

    database = subparsers.add_parser("db", help="database maintenance")
    actions = database.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("upgrade", help="apply pending schema migrations (an SQLite file is backed up first)"
                       ).set_defaults(run=run_db_upgrade)


def _day(text: str) -> datetime:
    try:
        return datetime.combine(datetime.strptime(text, "%Y-%m-%d").date(), time()).astimezone()
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-03-31") from None


def run_history(args: argparse.Namespace) -> int:
    with open_database(database_url(args)) as storage:
        if args.trainee:
            print(_trainee_history(storage, _trainee(storage, args.trainee)))
        else:
            print(_overview(storage, args.team))
    return 0


def run_export(args: argparse.Namespace) -> int:
    with open_database(database_url(args)) as storage:
        if args.trainee:
            _trainee(storage, args.trainee)
        rows = storage.exports.rows(trainee=args.trainee, team=args.team, since=args.since, until=args.until)
    if args.output is None:
        WRITERS[args.format](rows, sys.stdout)
    else:
        with args.output.open("w", encoding="utf-8", newline="") as stream:
            WRITERS[args.format](rows, stream)
        print(f"{len(rows)} turn(s) written to {args.output}", file=sys.stderr)
    return 0


def run_db_upgrade(args: argparse.Namespace) -> int:
    report = upgrade(database_url(args))
    if report.version_before == report.version_after:
        print(f"{report.description}: schema version {report.version_after}, already up to date")
    else:
        print(f"{report.description}: schema upgraded from version {report.version_before} "
              f"to {report.version_after}")
    if report.backup:
        print(f"the previous file is kept as {report.backup}")
    return 0


def _trainee(storage: Storage, name: str) -> User:
    user = storage.users.find(name)
    if user is None:
        known = ", ".join(user.name for user in storage.users.list_users()) or "none yet"
        raise SimulatorError(f"no trainee named '{name}' (known: {known})")
    return user


def _score(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def _scores(averages: Averages) -> list[str]:
    return [_score(averages.get(dimension)) for dimension in DIMENSIONS]


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    return "\n".join("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
                     for row in [header, *rows])


def _overview(storage: Storage, team: str | None) -> str:
    trainees = storage.progress.trainee_overview(team)
    if not trainees:
        return "No trainee has practised yet: start with 'simulator play SCENARIO --trainee NAME'."
    rows = [[t.name, t.team or "-", str(t.sessions), str(t.completed), str(t.turns), *_scores(t.averages),
             t.last_practice.astimezone().strftime("%Y-%m-%d %H:%M") if t.last_practice else "never"]
            for t in trainees]
    return table(["TRAINEE", "TEAM", "SESSIONS", "DONE", "REPLIES", "EMPATHY", "CLARITY", "SPEED", "LAST"], rows)


def _trainee_history(storage: Storage, trainee: User) -> str:
    profile = Profile(storage, trainee)
    level, streaks, badges = profile.level(), profile.streaks(), profile.badges()
    lines = [f"{trainee.name}" + (f" ({trainee.team})" if trainee.team else ""),
             f"Level {level.number}: {level.title}" + (f" (next: {level.next_step})" if level.next_step else ""),
             f"Streak: {streaks.current} day(s) now, best {streaks.best}"]
    if badges:
        lines.append("Badges: " + ", ".join(badge.title for badge in badges))
    weakest = storage.progress.weakest_dimension(trainee.id)
    if weakest:
        lines.append(f"Weakest: {weakest.dimension} ({weakest.average:.0f} over the last {weakest.turns} replies)")
        scenarios = load_library([BUILT_IN]).scenarios
        titles = {scenario.id: scenario.title for scenario in scenarios}
        recommended = profile.recommendations(scenarios)
        if recommended:
            lines.append("Next: " + "; ".join(f"{titles[r.scenario_id]} ({r.scenario_id})" for r in recommended))
    sessions = profile.past_sessions(limit=20)
    if sessions:
        rows = []
        for past in sessions:
            summary = past.summary
            result = summary.outcome.value if summary.outcome else summary.status.value
            rows.append([summary.started_at.astimezone().strftime("%Y-%m-%d %H:%M"), summary.scenario_id,
                         result.replace("_", " "), str(summary.csat or "-"), str(summary.turn_count),
                         *(_score(past.averages[dimension]) for dimension in DIMENSIONS)])
        lines += ["", "Latest sessions:",
                  table(["STARTED", "SCENARIO", "RESULT", "CSAT", "REPLIES", "EMPATHY", "CLARITY", "SPEED"], rows)]
    weeks = storage.progress.timeline(trainee.id, period="week", tz=local_timezone())
    if weeks:
        rows = [[point.start.isoformat(), str(point.sessions), str(point.turns), *_scores(point.averages)]
                for point in weeks[-12:]]
        lines += ["", "By week:", table(["WEEK OF", "SESSIONS", "REPLIES", "EMPATHY", "CLARITY", "SPEED"], rows)]
    return "\n".join(lines)
