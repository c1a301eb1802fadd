"""Screen readers and keyboards: every control on every page has a name a screen reader reads, what icons and
glyphs show is also said in words, and the main flow works with the keyboard alone."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from simulator.domain import FakeClock
from simulator.gui.main_window import MainWindow
from simulator.gui.profile_dialog import ProfileDialog
from simulator.gui.settings_dialog import SettingsDialog
from simulator.storage import Storage
from tests.gui.conftest import MakeWindow
from tests.gui.helpers import reply, reveal, two_step_scenario

# Scroll areas include the chat, the text boxes, the lists, the tables and the chart.
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractScrollArea, QAbstractSlider, QTabBar)


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces as the widget's name: its accessible name, else its text or buddy label."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_controls(root: QWidget) -> list[str]:
    """The visible controls under `root` a screen reader could not name, and icon-only buttons without a tooltip."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget, QScrollBar | QHeaderView):
            continue
        focusable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if not (focusable or isinstance(widget, INTERACTIVE)) or widget.focusProxy() is not None:
            continue
        where = f"{type(widget).__name__} {widget.objectName() or '(no object name)'} in {type(root).__name__}"
        if not spoken_name(widget):
            problems.append(f"{where}: no accessible name")
        if isinstance(widget, QAbstractButton) and not widget.text() and not (
                widget.accessibleName() and widget.toolTip()):
            problems.append(f"{where}: icon-only button without an accessible name and a tooltip")
    return problems


@pytest.fixture
def scenarios(tmp_path: Path) -> Path:
    folder = tmp_path / "scenarios"
    folder.mkdir()
    two_step_scenario(folder)
    (folder / "broken.yaml").write_text("format: 1\nid: [\n", encoding="utf-8")  # shows the error list
    return folder


def audit_dialog_when_open(dialog_type: type, found: list[str]) -> None:
    """Audit the dialog about to open, then close it."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, dialog_type)
        found.extend(unnamed_controls(dialog))
        dialog.reject()

    QTimer.singleShot(0, run)


def finish_two_step(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    reply(qtbot, window, clock, "Hello Sam, I'm so sorry for the wait.")
    reply(qtbot, window, clock, "It arrives tomorrow before noon.")
    reveal(window, clock)
    assert window.driver.result() is not None


def test_every_control_of_every_page_has_a_name_a_screen_reader_reads(
        make_window: MakeWindow, storage: Storage, clock: FakeClock, qtbot: QtBot, scenarios: Path) -> None:
    storage.users.create("Ana")
    window = make_window(paths=[scenarios])
    problems: list[str] = []
    audit_dialog_when_open(ProfileDialog, problems)  # a profile to choose: the picker opens
    window.start(storage)
    window.use_profile(storage.users.list_users()[0])
    assert window.library.errors.isVisibleTo(window)
    problems += unnamed_controls(window)  # the library, with its error list

    window.library.start_button.click()
    reply(qtbot, window, clock, "Hello Sam, I'm so sorry for the wait.")
    assert window.practice.feedback.state == "turn"
    problems += unnamed_controls(window)
    window.close()  # mid-conversation: the next window offers to resume it

    window = make_window(paths=[scenarios])
    window.start(storage)
    assert window.library.resume_banner.isVisibleTo(window)
    problems += unnamed_controls(window)
    window.library.resume_button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.practice)
    reply(qtbot, window, clock, "It arrives tomorrow before noon.")
    reveal(window, clock)
    assert window.driver.result() is not None
    problems += unnamed_controls(window)  # the end banner
    window.practice.report_button.click()
    problems += unnamed_controls(window)

    window.history_action.trigger()
    assert window.pages.currentWidget() is window.history
    problems += unnamed_controls(window)
    audit_dialog_when_open(SettingsDialog, problems)
    window.open_settings()
    assert problems == []


def test_icons_and_glyphs_say_what_they_show(make_window: MakeWindow, clock: FakeClock, qtbot: QtBot,
                                             tmp_path: Path) -> None:
    two_step_scenario(tmp_path)
    window = make_window(paths=[tmp_path])
    window.library.start_button.click()
    practice = window.practice
    reveal(window, clock)
    assert practice.header.mood.accessibleName() == "Customer's mood: Anxious"
    assert practice.header.patience.accessibleName() == "Patience: 2 of 2"

    reply(qtbot, window, clock, "I'm so sorry, I will fix it asap.")
    bars = practice.feedback.bars
    assert bars["empathy"].bar.accessibleName() == "Empathy: 70 out of 100"
    assert bars["clarity"].bar.accessibleName() == "Clarity: 55 out of 100"
    signs = [label.accessibleName() for label in practice.feedback.findChildren(QWidget, "evidenceSign")]
    assert signs == ["Earned points", "Cost points"]

    reply(qtbot, window, clock, "It arrives tomorrow before noon.")
    reveal(window, clock)
    practice.report_button.click()
    report = window.report
    stars = report.findChildren(QWidget, "csatStars") + report.findChildren(QWidget, "csatStarsMissing")
    assert [star.accessibleName() for star in stars if star.accessibleName()] == [
        f"Customer satisfaction: {window.driver.result().csat} out of 5"]
    chips = [chip.accessibleName() for chip in report.findChildren(QWidget, "scoreChip")]
    assert chips[:2] == ["Empathy: 70 out of 100", "Clarity: 55 out of 100"]


def spoken_texts(widget: QWidget) -> tuple[str, str]:
    """The name and the description a screen reader reads for `widget`."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return "", ""
    return (interface.text(QAccessible.Text.Name).strip(),
            interface.text(QAccessible.Text.Description).strip())


@pytest.mark.parametrize("csat", [1, 3, 5])
def test_the_csat_stars_are_read_as_one_sentence(make_window: MakeWindow, clock: FakeClock, qtbot: QtBot,
                                                 tmp_path: Path, csat: int) -> None:
    two_step_scenario(tmp_path)
    window = make_window(paths=[tmp_path])
    window.library.start_button.click()
    finish_two_step(qtbot, window, clock)
    window.practice.report_button.click()
    report = window.report
    assert report.scenario is not None and report.result is not None
    report.show_result(report.scenario, replace(report.result, csat=csat))

    spoken = [(widget, *spoken_texts(widget)) for widget in report.findChildren(QWidget)
              if widget.isVisibleTo(report)]
    read_as_glyphs = [f"{type(widget).__name__} {widget.objectName()}: {name!r} / {description!r}"
                      for widget, name, description in spoken if "★" in name or "★" in description]
    assert read_as_glyphs == []
    sentence = f"Customer satisfaction: {csat} out of 5"
    stars = [widget for widget, name, _ in spoken if name == sentence]
    assert len(stars) == 1
    assert stars[0].objectName() == "csatStars"
    assert spoken_texts(stars[0])[1] in ("", sentence)


def focused(window: MainWindow) -> QWidget:
    widget = window.focusWidget()
    assert widget is not None
    return widget


def test_the_main_flow_works_with_the_keyboard_alone(make_window: MakeWindow, clock: FakeClock, qtbot: QtBot,
                                                      tmp_path: Path) -> None:
    two_step_scenario(tmp_path)
    two_step_scenario(tmp_path, id="second", title="Second one")
    window = make_window(paths=[tmp_path])
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    library = window.library

    qtbot.keyClick(focused(window), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused(window) is library.search
    qtbot.keyClick(library.search, Qt.Key.Key_Tab)
    assert focused(window) is library.table
    qtbot.keyClick(library.table, Qt.Key.Key_Down)
    chosen = library.current_scenario()
    assert chosen == library.ordered_scenarios()[1]
    qtbot.keyClick(library.table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.practice
    assert window.driver.scenario == chosen

    for text in ("Hello Sam, I'm so sorry for the wait.", "It arrives tomorrow before noon."):
        reveal(window, clock)
        clock.advance(10)
        window.driver.step()
        assert focused(window) is window.practice.input
        qtbot.keyClicks(window.practice.input, text)
        qtbot.keyClick(window.practice.input, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.driver.scoring)
    reveal(window, clock)
    assert window.driver.result() is not None

    assert focused(window) is window.practice.report_button
    qtbot.keyClick(window.practice.report_button, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.report
    assert focused(window) is window.report.try_again_button

    qtbot.keyClick(focused(window), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # "Back to the &library"
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.library)  # a mnemonic animates its click
    assert focused(window) is library.table
    assert library.current_scenario() == chosen
