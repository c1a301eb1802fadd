"""The scenario library: what it lists, broken files as readable errors, search, keyboard-only start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from simulator.gui.scenario_table import CHANNEL, DIFFICULTY, MINUTES, PROFILE_COLUMNS, TAGS
from simulator.scenario.library import BUILT_IN, load_library
from tests.gui.conftest import MakeWindow
from tests.gui.helpers import two_step_scenario, write_scenario


def test_lists_every_built_in_scenario_with_its_facts(make_window: MakeWindow) -> None:
    window = make_window()
    library = load_library([BUILT_IN])
    table = window.library.table
    assert table.model().rowCount() == len(library.scenarios)
    assert not window.library.errors.isVisible()
    rows = {table.model().index(row, 0).data(): row for row in range(table.model().rowCount())}
    scenario = library.scenarios[0]
    row = rows[scenario.title]

    def cell(column: int) -> str:
        return table.model().index(row, column).data()

    assert cell(CHANNEL) in ("Web live chat", "Messaging app", "Internal helpdesk")
    assert cell(MINUTES) == f"{scenario.estimated_minutes:g} min"
    assert cell(TAGS) == ", ".join(scenario.tags)
    assert all(table.isColumnHidden(column) for column in PROFILE_COLUMNS)  # no profile, no progress columns
    difficulty = table.model().index(row, DIFFICULTY).data(Qt.ItemDataRole.AccessibleTextRole)
    assert difficulty == f"Difficulty {scenario.difficulty} of 5"


def test_broken_files_are_listed_as_readable_errors_and_the_rest_works(
        make_window: MakeWindow, tmp_path: Path) -> None:
    two_step_scenario(tmp_path, id="good-one", title="A good one")
    write_scenario(tmp_path, "typo.yaml", """\
        format: 1
        id: typo
        titel: Misspelt key
        """)
    write_scenario(tmp_path, "not-yaml.yaml", "nodes: [unclosed\n")
    window = make_window(paths=[tmp_path])

    assert window.library.table.model().rowCount() == 1
    assert window.library.errors.isVisible()
    assert window.library.errors_title.text() == "2 scenario files could not be loaded"
    problems = [window.library.error_list.item(row).text() for row in range(window.library.error_list.count())]
    assert any(text.startswith("typo.yaml, line 3, column 1: ") and "titel" in text for text in problems)
    assert any(text.startswith("not-yaml.yaml, line ") for text in problems)

    window.library.start_button.click()
    assert window.pages.currentWidget() is window.practice
    assert window.driver.scenario is not None and window.driver.scenario.id == "good-one"


def test_reload_picks_up_a_fixed_file(make_window: MakeWindow, tmp_path: Path) -> None:
    write_scenario(tmp_path, "broken.yaml", "format: 1\n")
    window = make_window(paths=[tmp_path])
    assert window.library.table.model().rowCount() == 0
    assert not window.library.start_button.isEnabled()
    two_step_scenario(tmp_path, id="broken")  # the trainer fixes the file
    window.library.reload_button.click()
    assert window.library.table.model().rowCount() == 1
    assert not window.library.errors.isVisible()


def test_search_filters_by_title_and_tag(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    qtbot.keyClicks(window.library.search, "refund")
    titles = [window.library.table.model().index(row, 0).data()
              for row in range(window.library.table.model().rowCount())]
    assert titles and len(titles) < len(load_library([BUILT_IN]).scenarios)
    for title in titles:
        scenario = next(s for s in load_library([BUILT_IN]).scenarios if s.title == title)
        assert "refund" in (scenario.title + " ".join(scenario.tags)).lower()


def test_a_scenario_can_be_chosen_and_practised_with_the_keyboard_only(
        make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    table = window.library.table
    assert window.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_Down)
    chosen = window.library.current_scenario()
    assert chosen is not None
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.practice
    assert window.driver.scenario == chosen
    assert window.focusWidget() is window.practice.input
