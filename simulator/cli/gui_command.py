"""`simulator gui`: the desktop app. Without a display it says so and points to the terminal."""

from __future__ import annotations

import argparse
import os
import sys


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    gui = subparsers.add_parser("gui", help="open the desktop app")
    gui.set_defaults(run=run_gui)


def has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or sys.platform in (
        "win32", "darwin")


def run_gui(args: argparse.Namespace) -> int:
    if not has_display():
        print("No display found: practise in the terminal instead with 'simulator play SCENARIO' "
              "(see 'simulator list').", file=sys.stderr)
        return 2
    print("The desktop window is not available in this version yet: practise in the terminal with "
          "'simulator practice' or 'simulator play SCENARIO'.", file=sys.stderr)
    return 2
