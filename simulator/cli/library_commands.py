"""`simulator list`, `simulator validate`, `simulator test`: the scenario library for trainers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from simulator.scenario.library import BUILT_IN, load_library, scenario_files
from simulator.scenario.parse import check_scenario


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    listing = subparsers.add_parser("list", help="show the scenario library")
    listing.add_argument("paths", nargs="*", type=Path, default=[BUILT_IN], metavar="PATH",
                         help="scenario files or folders (default: the built-in library)")
    listing.set_defaults(run=run_list)

    validate = subparsers.add_parser(
        "validate", help="check scenario files: schema, graph and lint",
        description="Check scenario files. Problems are printed as file:line:col: severity: message; "
                    "the exit code is 1 when any file has an error (warnings do not fail).")
    validate.add_argument("paths", nargs="*", type=Path, default=[BUILT_IN], metavar="PATH",
                          help="scenario files or folders (default: the built-in library)")
    validate.add_argument("-q", "--quiet", action="store_true", help="print errors only, not warnings")
    validate.set_defaults(run=run_validate)

    test = subparsers.add_parser(
        "test", help="play every golden path of scenario files and check where they end",
        description="Play each scenario's golden paths with the real scorer and check their outcome and path.")
    test.add_argument("paths", nargs="*", type=Path, default=[BUILT_IN], metavar="PATH",
                      help="scenario files or folders (default: the built-in library)")
    test.set_defaults(run=run_test)


def run_list(args: argparse.Namespace) -> int:
    library = load_library(args.paths)
    rows = [(s.id, s.title, "*" * s.difficulty, s.channel.value, f"{s.estimated_minutes:g} min",
             ", ".join(s.tags)) for s in sorted(library.scenarios, key=lambda s: (s.difficulty, s.id))]
    header = ("ID", "TITLE", "LEVEL", "CHANNEL", "TIME", "TAGS")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    broken = {problem.file for problem in library.errors}
    if broken:
        print(f"\n{len(broken)} file(s) could not be loaded: {', '.join(sorted(broken))}\n"
              "Run 'simulator validate' to see why.", file=sys.stderr)
    return 0


def run_validate(args: argparse.Namespace) -> int:
    missing = [path for path in args.paths if not path.exists()]
    for path in missing:
        print(f"{path}: error: no such file or folder", file=sys.stderr)
    files = scenario_files(path for path in args.paths if path.exists())
    errors = warnings = 0
    for file in files:
        _, problems = check_scenario(file)
        for problem in problems:
            if problem.severity == "error":
                errors += 1
            else:
                warnings += 1
                if args.quiet:
                    continue
            print(problem)
    print(f"{len(files)} file(s) checked: {errors} error(s), {warnings} warning(s)",
          file=sys.stderr)
    return 1 if errors or missing else 0


def run_test(args: argparse.Namespace) -> int:
    from simulator.scoring import ReplyScorer
    from simulator.service.scripted import check_golden_path

    library = load_library(args.paths)
    for error in library.errors:
        print(error)
    scorer = ReplyScorer()
    passed = failed = 0
    for scenario in library.scenarios:
        for golden in scenario.golden_paths:
            report = check_golden_path(scenario, golden, scorer)
            status = "ok  " if report.passed else "FAIL"
            print(f"{status} {scenario.id}: {golden.name}")
            for failure in report.problems:
                print(f"       {failure}")
            passed += report.passed
            failed += not report.passed
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or library.errors else 0
