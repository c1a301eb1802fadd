"""`simulator score`, `simulator eval`, `simulator models`: filled in by the scoring work (issue 4)."""

from __future__ import annotations

import argparse


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    """Register the scoring sub-commands."""
