"""`simulator gui`: the desktop app. Without a display it says so and points to the terminal."""

from __future__ import annotations

import argparse
import os
import sys

from simulator.cli.database_option import database_url


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    gui = subparsers.add_parser("gui", help="open the desktop app")
    gui.set_defaults(run=run_gui)


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or sys.platform in (
        "win32", "darwin")


def run_gui(args: argparse.Namespace) -> int:
    if not has_display():
        print("No display found: practise in the terminal instead with 'simulator play SCENARIO' "
              "(see 'simulator list').", file=sys.stderr)
        return 2
    from simulator.gui.app import run_app

    return run_app(database_url=database_url(args))
