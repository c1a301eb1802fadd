"""Start the desktop app: `run_app()` is what `simulator gui` calls.

The window is shown first; then the database opens on a thread of its own (the profile used last comes back
once it is open) and the scoring models load on the scoring worker, while the trainee browses the library
(the status bar says so).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from simulator.gui.assets import icon
from simulator.gui.main_window import MainWindow
from simulator.gui.preferences import PreferenceStore
from simulator.gui.scoring_worker import WarmableScorer
from simulator.scenario.library import BUILT_IN

APP_NAME = "Agent Training Simulator"
ORGANIZATION = "AgentTrainingSimulator"


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, created once with the names QSettings files are kept under."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication(list(argv if argv is not None else sys.argv[:1]))
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("agent-training-simulator")
    app.setWindowIcon(icon("app"))
    return app


def default_scorer() -> WarmableScorer:
    from simulator.scoring import ReplyScorer

    return ReplyScorer()


def run_app(scenario_paths: Sequence[Path | str] = (BUILT_IN,), database_url: str | None = None,
            argv: Sequence[str] | None = None) -> int:
    """Open the main window and run the event loop; returns the exit code.

    `database_url`: where progress is saved (None: the default SQLite file in the user's data folder).
    """
    app = application(argv)
    window = MainWindow(default_scorer(), PreferenceStore(), scenario_paths=scenario_paths)
    window.show()
    QTimer.singleShot(0, lambda: window.start_with_database(database_url))
    try:
        return app.exec()
    finally:
        window.database_opener.close()  # also when the event loop ends without closing the window
