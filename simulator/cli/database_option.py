"""The database the command works on: `--db URL`, else $SIMULATOR_DB_URL, else the default SQLite file."""

from __future__ import annotations

import argparse
import os

ENVIRONMENT_VARIABLE = "SIMULATOR_DB_URL"


def add_database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL", default=None,
                        help="database: sqlite:///PATH or postgresql://USER@HOST:PORT/NAME "
                             f"(default: ${ENVIRONMENT_VARIABLE}, else a file in your user data folder)")


def database_url(args: argparse.Namespace) -> str | None:
    return getattr(args, "db", None) or os.environ.get(ENVIRONMENT_VARIABLE) or None
