"""The progress database opens off the GUI thread: the window says so, keeps running while a server does not
answer, shows why a database could not be opened (without its password), and the library stays usable."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from simulator.gui.main_window import MainWindow
from simulator.gui.preferences import PreferenceStore
from simulator.storage import open_database
from simulator.storage.database import POSTGRES_CONNECT_TIMEOUT_SECONDS
from tests.gui.conftest import MakeWindow
from tests.gui.helpers import two_step_scenario

CLOSED_PORT_URL = "postgresql://nobody:secret@127.0.0.1:1/none"


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that accepts connections and never answers, like a server stuck or behind a broken network."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        yield listener.getsockname()[1]


def library_window(make_window: MakeWindow, tmp_path: Path) -> MainWindow:
    two_step_scenario(tmp_path)
    return make_window(paths=[tmp_path])


def test_a_closed_database_port_shows_an_error_and_the_library_stays(
        make_window: MakeWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window = library_window(make_window, tmp_path)
    window.start_with_database(CLOSED_PORT_URL)
    assert window.database_status.text() == (
        "Opening the progress database postgresql://nobody:***@127.0.0.1:1/none…")

    qtbot.waitUntil(window.database_banner.isVisible, timeout=10_000)
    shown = window.database_error.text()
    assert shown.startswith("Your progress will not be saved: the progress database "
                            "postgresql://nobody:***@127.0.0.1:1/none could not be opened. You can still practise.")
    assert "cannot reach the PostgreSQL server" in shown and "secret" not in shown
    assert window.database_status.text() == ""
    assert window.storage is None and window.pages.currentWidget() is window.library
    assert window.library.ordered_scenarios()[0].id == "two-step"
    assert window.app_bar.profile_button.isHidden()


def test_the_window_keeps_running_while_a_server_does_not_answer(
        make_window: MakeWindow, qtbot: QtBot, tmp_path: Path, silent_server: int) -> None:
    window = library_window(make_window, tmp_path)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    started = time.monotonic()

    window.start_with_database(f"postgresql://nobody@127.0.0.1:{silent_server}/none")
    assert time.monotonic() - started < 1.0
    qtbot.waitUntil(window.database_banner.isVisible, timeout=(POSTGRES_CONNECT_TIMEOUT_SECONDS + 10) * 1000)
    timer.stop()

    waited = time.monotonic() - started
    assert waited >= 1.0, "the connection was expected to wait for the silent server"
    gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) > waited * 20 and max(gaps) < 0.5, "the GUI thread stood still while the server was silent"


def test_a_database_opened_in_the_background_brings_back_the_last_profile(
        make_window: MakeWindow, store: PreferenceStore, qtbot: QtBot, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/progress.sqlite3"
    with open_database(url) as storage:
        store.save_last_profile(storage.users.create("Ana").id)
    window = library_window(make_window, tmp_path)

    window.start_with_database(url)
    qtbot.waitUntil(lambda: window.profile is not None)
    assert window.profile is not None and window.profile.user.name == "Ana"
    assert window.database_status.text() == "" and window.database_banner.isHidden()

    window.close()  # the window closes the database it opened
    open_database(url).close()
