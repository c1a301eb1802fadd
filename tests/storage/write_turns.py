"""Helper process of test_concurrency: plays a session of TURNS turns into the database at URL.

    python -m tests.storage.write_turns URL NAME TURNS [--go FILE] [--hang-after N]

Prints `ready SESSION_ID` once the session is started, waits for FILE to exist (so that several processes
write at the same moment), then records each turn as sent, prints `sent N`, and scores it. With --hang-after N
it stops after printing `sent N`, before scoring that turn, and waits to be killed.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from simulator.domain import Outcome, ReplyScore
from simulator.storage import open_database

SCENARIO_TEXT = "id: concurrency\ndifficulty: 1\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("name")
    parser.add_argument("turns", type=int)
    parser.add_argument("--go", type=Path)
    parser.add_argument("--hang-after", type=int)
    args = parser.parse_args()

    storage = open_database(args.url)
    user = storage.users.get_or_create(args.name)
    version = storage.scenarios.get_or_create_version("concurrency", SCENARIO_TEXT, 1)
    session = storage.sessions.start_session(user.id, version.id, seed=1)
    print(f"ready {session.id}", flush=True)
    while args.go is not None and not args.go.exists():
        time.sleep(0.005)
    for index in range(1, args.turns + 1):
        now = datetime.now(UTC)
        turn_id = storage.sessions.record_turn_sent(session.id, index, "node", f"customer {index}",
                                                    f"{args.name} reply {index}", now, now, 1.0)
        print(f"sent {index}", flush=True)
        if index == args.hang_after:
            sys.stdin.read()  # until killed
        storage.sessions.record_turn_scores(turn_id, ReplyScore(empathy=50.0, clarity=60.0, speed=70.0,
                                                                overall=60.0))
    storage.sessions.finish_session(session.id, Outcome.RESOLVED, 4)
    storage.badges.evaluate_badges(user.id)
    storage.close()
    print("done", flush=True)


if __name__ == "__main__":
    main()
