"""Settings: the language switch (live, through the dialog), the theme, exam mode, remembered geometry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from simulator.domain import FakeClock
from simulator.gui.main_window import MainWindow
from simulator.gui.preferences import Preferences, PreferenceStore, ThemeMode
from simulator.gui.settings_dialog import SettingsDialog
from simulator.gui.theme import DARK, LIGHT
from tests.gui.conftest import MakeWindow
from tests.gui.helpers import reply, reveal, two_step_scenario


def change_settings(qtbot: QtBot, window: MainWindow, *, language: str | None = None,
                    theme: ThemeMode | None = None, exam_mode: bool | None = None) -> None:
    """Open Settings from the window's menu action, change the fields, press OK."""
    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        if language is not None:
            dialog.language.setCurrentIndex(dialog.language.findData(language))
        if theme is not None:
            dialog.theme.setCurrentIndex(dialog.theme.findData(theme.value))
        if exam_mode is not None:
            dialog.exam_mode.setChecked(exam_mode)
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    window.settings_action.trigger()
    qtbot.wait(20)  # Qt posts the LanguageChange events to the windows


def test_switching_to_french_retranslates_every_view_at_once(
        make_window: MakeWindow, clock: FakeClock, qtbot: QtBot, store: PreferenceStore, tmp_path: Path) -> None:
    two_step_scenario(tmp_path)
    window = make_window(paths=[tmp_path])
    window.library.start_button.click()
    reply(qtbot, window, clock, "Hello Sam, I'm sorry.")
    reveal(window, clock)
    assert window.practice.send_button.text() == "Send"

    change_settings(qtbot, window, language="fr")

    assert store.load().language == "fr"
    assert window.app_bar.library_button.text() == "Bibliothèque"
    assert window.library.title.text() == "Bibliothèque de scénarios"
    assert window.practice.send_button.text() == "Envoyer"
    assert window.practice.header.subtitle.text() == "Chat en direct sur le web"
    assert window.practice.header.mood.text() in ("Inquiétude", "Agacement", "Calme", "Satisfaction")
    assert window.practice.feedback.bars["empathy"].name.text() == "Empathie"
    assert window.practice.input.placeholderText() == "Écrivez votre réponse…"
    assert window.file_menu.title() == "&Fichier"
    header = window.library.table.model().headerData(0, window.library.table.horizontalHeader().orientation())
    assert header == "Scénario"

    change_settings(qtbot, window, language="en")
    assert window.library.title.text() == "Scenario library"
    assert window.practice.send_button.text() == "Send"


def test_the_chosen_language_is_used_at_the_next_start(make_window: MakeWindow, store: PreferenceStore) -> None:
    store.save(Preferences(theme=ThemeMode.LIGHT, language="fr"))
    window = make_window()
    assert window.library.start_button.text() == "&Commencer l'entraînement"


def test_dark_and_light_themes(make_window: MakeWindow, qtbot: QtBot, store: PreferenceStore) -> None:
    window = make_window()
    assert QApplication.palette().window().color().name() == LIGHT["window"]
    change_settings(qtbot, window, theme=ThemeMode.DARK)
    assert QApplication.palette().window().color().name() == DARK["window"]
    assert window.grab().toImage().pixelColor(window.width() // 2, window.height() // 2).lightness() < 80
    assert store.load().theme is ThemeMode.DARK
    change_settings(qtbot, window, theme=ThemeMode.LIGHT)
    assert QApplication.palette().window().color().name() == LIGHT["window"]


def test_exam_mode_is_saved_and_applies_to_the_next_conversation(
        make_window: MakeWindow, qtbot: QtBot, store: PreferenceStore) -> None:
    window = make_window()
    change_settings(qtbot, window, exam_mode=True)
    assert store.load().exam_mode
    window.library.start_button.click()
    assert window.practice.exam_mode
    assert window.practice.feedback.state == "hidden"


def test_window_geometry_is_remembered(make_window: MakeWindow) -> None:
    window = make_window()  # the offscreen test screen is 800 x 600
    window.setGeometry(20, 30, 780, 560)
    placed = window.frameGeometry()
    window.close()
    again = make_window()
    assert again.frameGeometry() == placed
    assert again.size().toTuple() == (780, 560)
