"""The `simulator` command: one sub-command per module of this package, each with `add_parser` and `run`."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from simulator import __version__
from simulator.cli import gui_command, library_commands, play_command, progress_commands, scoring_commands
from simulator.cli.database_option import add_database_option
from simulator.domain import SimulatorError

COMMAND_MODULES = (play_command, library_commands, progress_commands, scoring_commands, gui_command)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="simulator",
        description="Practise customer-service chats with simulated customers, scored offline.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens to stderr")
    add_database_option(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.add_parsers(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not getattr(args, "run", None):
        parser.print_help()
        return 0
    try:
        return int(args.run(args) or 0)
    except SimulatorError as error:
        print(f"simulator: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (`simulator export | head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
