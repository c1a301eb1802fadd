"""With a database: profiles (first run, last profile, PIN), recorded practice shown in the library, report and
history, and an unfinished session offered for resuming after the window closed mid-conversation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from simulator.domain import FakeClock
from simulator.gui.main_window import MainWindow
from simulator.gui.preferences import PreferenceStore
from simulator.gui.profile_dialog import ProfileDialog
from simulator.gui.scenario_table import FOR_YOU, LAST_SCORE
from simulator.storage import Role, SessionStatus, Storage
from tests.gui.conftest import MakeWindow
from tests.gui.helpers import reply, reveal, two_step_scenario


@pytest.fixture
def scenarios(tmp_path: Path) -> Path:
    folder = tmp_path / "scenarios"
    folder.mkdir()
    two_step_scenario(folder)
    two_step_scenario(folder, id="second", title="Second one")
    return folder


def in_dialog(action: object) -> None:
    """Run `action(dialog)` on the profile dialog about to open."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ProfileDialog)
        action(dialog)  # type: ignore[operator]

    QTimer.singleShot(0, run)


def texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel)]


def finish_two_step(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    reply(qtbot, window, clock, "Hello Sam, I'm so sorry for the wait.")
    reply(qtbot, window, clock, "It arrives tomorrow before noon.")
    reveal(window, clock)
    assert window.driver.result() is not None


def test_a_first_start_asks_who_is_practising(make_window: MakeWindow, storage: Storage, store: PreferenceStore,
                                              scenarios: Path) -> None:
    window = make_window(paths=[scenarios])

    def create(dialog: ProfileDialog) -> None:
        assert dialog.profiles.isHidden()  # nobody yet
        dialog.name.setText("Ana Lima")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.TRAINER.value))
        dialog.team.setText("Night shift")
        dialog.accept()

    in_dialog(create)
    window.start(storage)
    assert window.profile is not None and window.profile.user.name == "Ana Lima"
    assert window.profile.user.role is Role.TRAINER and window.profile.user.team == "Night shift"
    assert window.app_bar.profile_button.text() == "Ana Lima"
    assert store.last_profile() == window.profile.user.id
    assert not window.library.table.isColumnHidden(LAST_SCORE)


def test_the_app_starts_in_the_last_profile(make_window: MakeWindow, storage: Storage, store: PreferenceStore,
                                            scenarios: Path) -> None:
    storage.users.create("Ana")
    ben = storage.users.create("Ben")
    store.save_last_profile(ben.id)
    window = make_window(paths=[scenarios])
    window.start(storage)  # no dialog: it would block this test
    assert window.profile is not None and window.profile.user.name == "Ben"


def test_a_profile_with_a_pin_asks_for_it(make_window: MakeWindow, storage: Storage, store: PreferenceStore,
                                          scenarios: Path) -> None:
    ana = storage.users.create("Ana", pin="2468")
    store.save_last_profile(ana.id)
    window = make_window(paths=[scenarios])
    attempts: list[str] = []

    def enter_pin(dialog: ProfileDialog) -> None:
        assert dialog.selected() == ana and dialog.pin.isVisibleTo(dialog)
        dialog.pin.setText("1111")
        dialog.accept()
        attempts.append(dialog.error.text())
        dialog.pin.setText("2468")
        dialog.accept()

    in_dialog(enter_pin)
    window.start(storage)
    assert attempts == ["That PIN is not right. Try again."]
    assert window.profile is not None and window.profile.user.id == ana.id


def test_practice_is_saved_and_shows_in_report_library_and_history(
        make_window: MakeWindow, storage: Storage, store: PreferenceStore, clock: FakeClock, qtbot: QtBot,
        scenarios: Path) -> None:
    ana = storage.users.create("Ana")
    store.save_last_profile(ana.id)
    window = make_window(paths=[scenarios])
    window.start(storage)
    first = window.library.current_scenario()
    assert first is not None
    window.library.start_button.click()
    finish_two_step(qtbot, window, clock)
    window.practice.report_button.click()

    [summary] = storage.sessions.list_sessions(user_id=ana.id)
    assert (summary.status, summary.turn_count) == (SessionStatus.COMPLETED, 2)
    assert "✓  First conversation" in texts(window)  # the badge this session earned
    assert window.report.next_button.text() == "&Next recommended"

    window.report.back_to_library.emit()
    model = window.library.table.model()
    rows = {model.index(row, 0).data(): row for row in range(model.rowCount())}
    assert model.index(rows[first.title], LAST_SCORE).data() == "68"
    other = "Second one" if first.title != "Second one" else "Two steps"
    assert model.index(rows[other], FOR_YOU).data() == "Recommended"

    window.history_action.trigger()
    assert window.pages.currentWidget() is window.history
    assert window.history.sessions is not None and window.history.sessions.rowCount() == 1
    assert window.history.sessions.item(0, 1).text() == first.title
    chart = window.history.chart_view.chart() if window.history.chart_view else None
    assert chart is not None and [series.count() for series in chart.series()] == [1, 1, 1, 1]
    assert "✓  First conversation" in texts(window)


def test_an_unfinished_session_is_offered_and_resumed(
        make_window: MakeWindow, storage: Storage, store: PreferenceStore, clock: FakeClock, qtbot: QtBot,
        scenarios: Path) -> None:
    ana = storage.users.create("Ana")
    store.save_last_profile(ana.id)
    window = make_window(paths=[scenarios])
    window.start(storage)
    window.library.start_button.click()
    reply(qtbot, window, clock, "Hello Sam, I'm so sorry for the wait.")
    reveal(window, clock)
    said = [bubble.message.text for bubble in window.practice.chat.bubbles]
    window.close()  # mid-conversation, as a crash would

    again = make_window(paths=[scenarios])
    again.start(storage)
    assert again.library.resume_banner.isVisibleTo(again.library)
    assert "(1 replies so far)" in again.library.resume_text.text()
    again.library.resume_button.click()
    qtbot.waitUntil(lambda: again.pages.currentWidget() is again.practice)
    assert [bubble.message.text for bubble in again.practice.chat.bubbles] == said
    assert again.practice.feedback.state == "turn"  # the last reply's feedback is back

    reply(qtbot, again, clock, "It arrives tomorrow before noon.")
    reveal(again, clock)
    assert again.driver.result() is not None
    [summary] = storage.sessions.list_sessions(user_id=ana.id)
    assert (summary.status, summary.turn_count) == (SessionStatus.COMPLETED, 2)


def test_an_unfinished_session_can_be_discarded_and_leaving_abandons(
        make_window: MakeWindow, storage: Storage, store: PreferenceStore, clock: FakeClock, qtbot: QtBot,
        scenarios: Path) -> None:
    ana = storage.users.create("Ana")
    store.save_last_profile(ana.id)
    window = make_window(paths=[scenarios])
    window.start(storage)
    window.library.start_button.click()
    reply(qtbot, window, clock, "Hello Sam")
    window.close()

    again = make_window(paths=[scenarios])
    again.start(storage)
    again.library.discard_button.click()
    assert not again.library.resume_banner.isVisibleTo(again.library)
    assert storage.sessions.list_sessions(user_id=ana.id)[0].status is SessionStatus.ABANDONED

    again.library.start_button.click()
    again.practice.leave_requested.emit()  # "Leave" confirmed
    assert again.pages.currentWidget() is again.library
    assert not storage.sessions.unfinished_sessions(ana.id)
