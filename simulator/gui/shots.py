"""Screenshots of each main view, for the README and for reviewing the look: `python -m simulator.gui.shots OUTDIR`.

Everything on the pictures is real: the scenarios are the built-in library, every score comes from the real
scorer. A demo profile ("Ana Lima") gets a week of history first, by playing the scenarios' golden paths (a
weak path on the early days, the good one later) and saving them with the storage API under past dates, in a
throw-away database. Then the window plays conversations on a fake clock, replying with each scenario's good
golden path, and saves PNGs: the library, the practice view in each channel's look with feedback shown, the
end report, the progress history, the profile picker, the settings, the dark theme and French.

Run it under a display, e.g. `xvfb-run -a -s "-screen 0 1600x1000x24" python -m simulator.gui.shots docs/screenshots`.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from simulator.domain import Channel, FakeClock, Scorer
from simulator.gui.app import application
from simulator.gui.main_window import MainWindow
from simulator.gui.preferences import Preferences, PreferenceStore, ThemeMode
from simulator.gui.profile_dialog import ProfileDialog
from simulator.gui.settings_dialog import SettingsDialog
from simulator.scenario.model import Scenario
from simulator.service.scripted import ScriptedReply, parse_replies, play_scripted, typing_time
from simulator.storage import Role, Storage, User, open_database

WINDOW_SIZE = (1360, 860)
SCORING_TIMEOUT_S = 120
THINKING_SECONDS = 7  # how long the trainee has been "waiting" on screen when a picture is taken
HISTORY_DAYS = 6


class DemoClock:
    """The database's wall clock, moved back in time while the demo history is written."""

    def __init__(self) -> None:
        self.moment: datetime | None = None

    def __call__(self) -> datetime:
        return self.moment or datetime.now(UTC)


def record_history(storage: Storage, clock: DemoClock, trainee: User, scenarios: list[Scenario],
                   scorer: Scorer) -> None:
    """A week of practice for `trainee`: each day one scenario played with a golden path, really scored."""
    playable = [scenario for scenario in scenarios if len(scenario.golden_paths) >= 2]
    today = datetime.now(UTC).replace(hour=10, minute=0, second=0, microsecond=0)
    for day in range(HISTORY_DAYS):
        scenario = playable[day % len(playable)]
        golden = scenario.golden_paths[1 if day < 2 else 0]  # a weak start, then the trainer's good replies
        result = play_scripted(scenario, parse_replies(golden.replies), scorer, seed=day)
        started = today - timedelta(days=HISTORY_DAYS - day)
        clock.moment = started
        version = storage.scenarios.get_or_create_version(scenario.id, scenario.text, scenario.difficulty,
                                                          scenario.title)
        session = storage.sessions.start_session(trainee.id, version.id, result.seed)
        for turn in result.turns:
            sent = started + timedelta(seconds=turn.sent_at)
            turn_id = storage.sessions.record_turn_sent(session.id, turn.index, turn.node, turn.customer, turn.reply,
                                                        sent - timedelta(seconds=turn.seconds), sent, turn.seconds)
            storage.sessions.record_turn_scores(turn_id, turn.score)
        storage.sessions.finish_session(session.id, result.outcome, result.csat)
        storage.badges.evaluate_badges(trainee.id)
    clock.moment = None


class Director:
    """Plays a scenario in the window the way a trainee would, moving the fake clock instead of waiting."""

    def __init__(self, app: QApplication, window: MainWindow, clock: FakeClock) -> None:
        self.app, self.window, self.clock = app, window, clock

    def settle(self, seconds: float = 0.15) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def reveal(self) -> None:
        """Let the customer finish typing: the clock jumps to when their pending messages appear."""
        driver = self.window.driver
        while (at := driver.next_message_at()) is not None:
            self.clock.advance(max(0.0, at - self.clock.now()))
            driver.step()
        self.settle()

    def reply(self, reply: ScriptedReply) -> None:
        driver = self.window.driver
        self.reveal()
        self.clock.advance(reply.delay if reply.delay is not None else typing_time(reply.text))
        driver.step()
        self.window.practice.input.setPlainText(reply.text)
        self.window.practice.send(reply.text)
        deadline = time.monotonic() + SCORING_TIMEOUT_S
        while driver.scoring and time.monotonic() < deadline:
            self.settle(0.05)
        if driver.scoring:
            raise RuntimeError("scoring did not finish in time")

    def play(self, scenario: Scenario, turns: int | None = None) -> None:
        """Start `scenario` and send the first `turns` replies of its golden path (all of them by default)."""
        if self.window.driver.active:
            self.window.leave_conversation()
        self.window.start_scenario(scenario)
        self.settle()
        for reply in parse_replies(scenario.golden_paths[0].replies)[:turns]:
            session = self.window.driver.session
            if session is None or session.finished:
                break
            self.reply(reply)
        self.reveal()
        self.clock.advance(THINKING_SECONDS)
        self.window.driver.step()
        self.settle()


def scenario_for(channel: Channel, scenarios: list[Scenario]) -> Scenario:
    """A library scenario of this channel; when the library has none, the closest one dressed in its look."""
    for scenario in scenarios:
        if scenario.channel is channel and scenario.golden_paths:
            return scenario
    fallback = next((s for s in scenarios if "troubleshooting" in s.tags and s.golden_paths), scenarios[0])
    return dataclasses.replace(fallback, channel=channel)


def save(widget: QWidget, folder: Path, name: str, settle: Callable[[], None]) -> Path:
    settle()
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    print(path)
    return path


def take_screenshots(folder: Path) -> list[Path]:
    from simulator.scoring import ReplyScorer

    folder.mkdir(parents=True, exist_ok=True)
    app = application()
    scratch = Path(tempfile.mkdtemp(prefix="simulator-shots-"))
    store = PreferenceStore(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    store.save(Preferences(theme=ThemeMode.LIGHT, language="en"))
    demo_clock = DemoClock()
    storage = open_database(f"sqlite:///{scratch / 'progress.sqlite3'}", clock=demo_clock)
    try:
        scorer = ReplyScorer()
        scorer.warm_up()
        clock = FakeClock(1000.0)
        window = MainWindow(scorer, store, clock=clock, seed=3)
        ana = storage.users.create("Ana Lima", Role.TRAINEE, "Support A")
        storage.users.create("Ben Okoro", Role.TRAINEE, "Support A")
        storage.users.create("Chloé Martin", Role.TRAINER)
        record_history(storage, demo_clock, ana, list(window.library.library.scenarios), scorer)
        store.save_last_profile(ana.id)
        window.resize(*WINDOW_SIZE)
        window.show()
        window.start(storage)
        return _pictures(app, window, clock, folder)
    finally:
        storage.close()


def _pictures(app: QApplication, window: MainWindow, clock: FakeClock, folder: Path) -> list[Path]:
    director = Director(app, window, clock)
    director.settle(0.5)
    shots = [save(window, folder, "library", director.settle)]
    scenarios = window.library.ordered_scenarios()

    for channel in Channel:
        director.play(scenario_for(channel, scenarios), turns=2)
        shots.append(save(window, folder, f"practice-{channel.value.replace('_', '-')}", director.settle))

    director.play(scenario_for(Channel.LIVE_CHAT, scenarios))
    window.practice.report_button.click()
    shots.append(save(window, folder, "report", director.settle))

    window.show_history()
    shots.append(save(window, folder, "history", director.settle))

    assert window.storage is not None
    for dialog, name in ((ProfileDialog(window.storage, window.profile.user if window.profile else None, window),
                          "profiles"), (SettingsDialog(window.preferences, window), "settings")):
        dialog.show()
        shots.append(save(dialog, folder, name, director.settle))
        dialog.close()

    window.apply_preferences(dataclasses.replace(window.preferences, theme=ThemeMode.DARK))
    shots.append(save(window, folder, "history-dark", director.settle))
    director.play(scenario_for(Channel.MESSAGING, scenarios), turns=2)
    shots.append(save(window, folder, "practice-messaging-dark", director.settle))
    window.leave_conversation()
    shots.append(save(window, folder, "library-dark", director.settle))

    window.apply_preferences(Preferences(theme=ThemeMode.LIGHT, language="fr"))
    director.play(scenario_for(Channel.LIVE_CHAT, scenarios), turns=1)
    shots.append(save(window, folder, "practice-fr", director.settle))
    window.leave_conversation()
    window.apply_preferences(Preferences(theme=ThemeMode.LIGHT, language="en"))
    window.close()
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m simulator.gui.shots", description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path, help="folder for the PNG files")
    args = parser.parse_args(argv)
    take_screenshots(args.outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
