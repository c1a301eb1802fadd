"""Desktop app startup: time from launching the process to the first painted window, and memory, then the same
once the scoring models have loaded in the background. Prints figures; asserts nothing.

    python bench/gui_startup_bench.py [--runs 5]
    python bench/gui_startup_bench.py --progress-db URL     # also: the views that read a big database

Each run is a fresh process that starts the app as `simulator gui` does (window first, then the database and
the models), with throw-away settings and database. Without a display it uses Qt's offscreen platform.

With `--progress-db` (a database made by bench/make_progress_db.py), it also times what the window reads from
the database on the GUI thread for the most active trainee: the library's last scores and recommendations,
and the whole progress page (sessions, chart, badges).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, sys, time
from pathlib import Path

def rss_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from simulator.gui.app import application, default_scorer
from simulator.gui.main_window import MainWindow
from simulator.gui.preferences import PreferenceStore
folder = Path(sys.argv[1])
figures = {}
app = application()
window = MainWindow(default_scorer(), PreferenceStore(QSettings(str(folder / "settings.ini"),
                                                                QSettings.Format.IniFormat)))

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "painted" not in figures:
            figures["painted"] = time.time()
            figures["rss_painted"] = rss_mb()
        return False

painted = FirstPaint()
window.installEventFilter(painted)
def start():
    window.start_with_database(f"sqlite:///{folder / 'progress.sqlite3'}")

def ready():
    figures["ready"] = time.time()
    figures["rss_ready"] = rss_mb()
    window.close()
    app.quit()

window.worker.models_ready.connect(ready)
window.worker.models_failed.connect(lambda message: (figures.update(error=message), app.quit()))
window.show()
QTimer.singleShot(0, start)
app.exec()
window.database_opener.close()
print(json.dumps(figures))
"""


def run_once() -> dict[str, float]:
    environment = dict(os.environ)
    if not environment.get("DISPLAY") and not environment.get("WAYLAND_DISPLAY"):
        environment["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="gui-bench-") as folder:
        launched = time.time()
        result = subprocess.run([sys.executable, "-c", CHILD, folder], cwd=ROOT, env=environment,
                                capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise SystemExit(f"the app failed to start:\n{result.stderr}")
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    if "error" in figures:
        raise SystemExit(f"the scoring models failed to load: {figures['error']}")
    return {"painted": figures["painted"] - launched, "rss_painted": figures["rss_painted"],
            "ready": figures["ready"] - launched, "rss_ready": figures["rss_ready"]}


def describe(values: list[float], unit: str, digits: int) -> str:
    return (f"median {statistics.median(values):.{digits}f} {unit} "
            f"(min {min(values):.{digits}f}, max {max(values):.{digits}f})")


def time_progress_views(url: str, runs: int) -> None:
    """Median and slowest time of the database-backed refreshes, in this process (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from progress_bench import most_active_trainee
    from PySide6.QtCore import QSettings

    from simulator.domain import FakeClock
    from simulator.gui.app import application
    from simulator.gui.main_window import MainWindow
    from simulator.gui.preferences import PreferenceStore
    from simulator.storage import open_database

    application()
    with tempfile.TemporaryDirectory(prefix="gui-bench-") as folder, open_database(url) as storage:
        store = PreferenceStore(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(FakeScorer(), store, clock=FakeClock())
        user_id, name, turns = most_active_trainee(storage)
        window.storage = storage
        window.use_profile(storage.users.get(user_id))
        print(f"\nGUI-thread reads of {storage.description} for {name} ({turns} turns), {runs} runs, ms:")
        profile, scenarios = window.profile, window.library.library.scenarios
        assert profile is not None

        def library_columns() -> None:
            window.library.set_progress(profile.last_scores(), profile.recommendations(scenarios))

        for label, refresh in (("library: last scores + recommendations", library_columns),
                               ("progress page (sessions, chart, badges)", window.show_history)):
            refresh()
            timings = []
            for _ in range(runs):
                began = time.perf_counter()
                refresh()
                timings.append((time.perf_counter() - began) * 1000)
            print(f"  {label:<42} median {statistics.median(timings):6.1f}   max {max(timings):6.1f}")
        window.close()


class FakeScorer:
    """The page reads need no model."""

    def warm_up(self) -> None:
        pass

    def score(self, context: object, reply: str, timing: object) -> object:
        raise AssertionError("no scoring in this benchmark")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--progress-db", metavar="URL", help="also time the views that read this database")
    args = parser.parse_args()
    runs = [run_once() for _ in range(args.runs)]
    platform = os.environ.get("QT_QPA_PLATFORM") or ("offscreen" if not os.environ.get("DISPLAY") else "xcb")
    print(f"Desktop app startup, {args.runs} runs, Qt platform {platform}, Python {sys.version.split()[0]}")
    print(f"  launch -> first window painted: {describe([r['painted'] for r in runs], 's', 2)}")
    print(f"  memory (RSS) at first paint:    {describe([r['rss_painted'] for r in runs], 'MB', 0)}")
    print(f"  launch -> scoring models ready: {describe([r['ready'] for r in runs], 's', 2)}")
    print(f"  memory (RSS) with the models:   {describe([r['rss_ready'] for r in runs], 'MB', 0)}")
    if args.progress_db:
        time_progress_views(args.progress_db, args.runs)


if __name__ == "__main__":
    main()
