"""The main window: the app bar, the pages (library, practice, report, history) and the model-loading status.

With a database, practice is saved to the profile in use (the last one, at start), an unfinished session is
offered for resuming, and the library, report and history show the profile's progress. The database opens in
the background (the status bar says so); when it cannot be opened, a banner says why, practice works the same
and nothing is saved.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from simulator.domain import Clock, SessionResult, SimulatorError
from simulator.gui.app_bar import AppBar
from simulator.gui.database_opener import DatabaseOpener, database_description
from simulator.gui.help_dialogs import show_about, show_shortcuts
from simulator.gui.history_view import HistoryView
from simulator.gui.i18n import set_language
from simulator.gui.library_view import LibraryView
from simulator.gui.practice_view import PracticeView
from simulator.gui.preferences import Preferences, PreferenceStore, ThemeMode
from simulator.gui.profile_dialog import ProfileDialog
from simulator.gui.report_view import ReportView
from simulator.gui.scoring_worker import ModelState, ScoringWorker, WarmableScorer
from simulator.gui.session_driver import SessionDriver
from simulator.gui.settings_dialog import SettingsDialog
from simulator.gui.theme import apply_theme
from simulator.gui.widgets import PlainLabel, set_style_property
from simulator.scenario.library import BUILT_IN, load_library
from simulator.scenario.model import Scenario
from simulator.service.practice import PracticeSession
from simulator.service.profile import Profile
from simulator.storage import BadgeDefinition, SessionSummary, Storage, User

log = logging.getLogger(__name__)

DEFAULT_SIZE = QSize(1280, 820)


class MainWindow(QMainWindow):
    def __init__(self, scorer: WarmableScorer, store: PreferenceStore, *, storage: Storage | None = None,
                 scenario_paths: Sequence[Path | str] = (BUILT_IN,), clock: Clock | None = None,
                 seed: int | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.store = store
        self.storage = storage
        self.preferences = store.load()
        self.scenario_paths = list(scenario_paths)
        self.seed = seed
        self.worker = ScoringWorker(scorer)
        self.driver = SessionDriver(self.worker, clock, self)
        self.profile: Profile | None = None
        self.current: Scenario | None = None
        self._badges_before: set[str] = set()
        self._unfinished: SessionSummary | None = None
        self._resume_job: int | None = None
        self.database_opener = DatabaseOpener(self)
        self.database_name = ""  # the database being opened, or that could not be opened
        self.database_problem = ""  # why it could not be opened

        self.app_bar = AppBar()
        self.library = LibraryView()
        self.practice = PracticeView(self.driver)
        self.report = ReportView()
        self.history = HistoryView()
        self.pages = QStackedWidget()
        for page in (self.library, self.practice, self.report, self.history):
            self.pages.addWidget(page)
        central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.app_bar)
        layout.addWidget(self._build_database_banner())
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.model_status = PlainLabel(object_name="modelStatus")
        self.model_progress = QProgressBar()
        self.model_progress.setObjectName("modelProgress")
        self.model_progress.setRange(0, 0)
        self.model_progress.setFixedSize(140, 6)
        self.model_progress.setTextVisible(False)
        self.database_status = PlainLabel(object_name="databaseStatus")
        self.statusBar().addPermanentWidget(self.database_status)
        self.statusBar().addPermanentWidget(self.model_status)
        self.statusBar().addPermanentWidget(self.model_progress)
        self.model_progress.hide()

        self._build_actions()
        self.app_bar.library_button.clicked.connect(self.show_library)
        self.app_bar.history_button.clicked.connect(self.show_history)
        self.app_bar.profile_button.clicked.connect(self.choose_profile)
        self.app_bar.settings_button.clicked.connect(self.open_settings)
        self.library.start_requested.connect(self.start_scenario)
        self.library.reload_requested.connect(self.reload_library)
        self.library.resume_requested.connect(self.resume_unfinished)
        self.library.discard_requested.connect(self.discard_unfinished)
        self.practice.report_requested.connect(self.show_report)
        self.practice.leave_requested.connect(self.leave_conversation)
        self.report.try_again.connect(self.try_again)
        self.report.next_scenario.connect(self.start_next)
        self.report.back_to_library.connect(self.show_library)
        for signal in (self.worker.models_loading, self.worker.models_ready, self.worker.models_failed):
            signal.connect(self._models_changed)
        self.worker.job_done.connect(self._resumed, Qt.ConnectionType.QueuedConnection)
        self.worker.job_failed.connect(self._resume_failed, Qt.ConnectionType.QueuedConnection)
        self.database_opener.opened.connect(self._database_opened)
        self.database_opener.failed.connect(self._database_failed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_colours_changed)

        self.apply_preferences(self.preferences)
        self.reload_library()
        self.library.focus_table()
        self._restore_geometry()
        self.retranslate()

    def _build_actions(self) -> None:
        def action(slot: object, shortcut: QKeySequence | str) -> QAction:
            created = QAction(self)
            created.setShortcut(QKeySequence(shortcut))
            created.triggered.connect(slot)
            return created

        self.settings_action = action(self.open_settings, QKeySequence.StandardKey.Preferences)
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action = action(self.close, QKeySequence.StandardKey.Quit)
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.library_action = action(self.show_library, "Ctrl+L")
        self.history_action = action(self.show_history, "Ctrl+H")
        self.profile_action = action(self.choose_profile, "")
        self.shortcuts_action = action(self._show_shortcuts, QKeySequence.StandardKey.HelpContents)
        self.about_action = action(lambda: show_about(self), "")
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions([self.profile_action, self.settings_action, self.quit_action])
        self.practice_menu = self.menuBar().addMenu("")
        self.practice_menu.addActions([self.library_action, self.history_action])
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addActions([self.shortcuts_action, self.about_action])
        self._show_profile_controls()

    def _build_database_banner(self) -> QFrame:
        self.database_banner = QFrame()
        self.database_banner.setObjectName("errorBanner")
        self.database_error = PlainLabel(object_name="errorText", wrap=True)
        self.database_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner_layout = QVBoxLayout(self.database_banner)
        banner_layout.setContentsMargins(16, 10, 16, 10)
        banner_layout.addWidget(self.database_error)
        self.database_banner.hide()
        return self.database_banner

    def _show_profile_controls(self) -> None:
        self.app_bar.show_profile_controls(self.storage is not None)
        for profile_only in (self.profile_action, self.history_action):
            profile_only.setEnabled(self.storage is not None)

    # -- start -----------------------------------------------------------------------------------

    def start(self, storage: Storage | None = None) -> None:
        """Once the window is on screen: load the models in the background, open the last profile."""
        self.start_models()
        self._use_database(storage)

    def start_with_database(self, url: str | None) -> None:
        """Like `start`, opening the database at `url` (None: the default file) in the background first."""
        self.start_models()
        self.database_name = database_description(url)
        self.database_opener.open(url)
        self._show_database_state()

    def _database_opened(self, storage: Storage) -> None:
        self.database_name = ""
        self._show_database_state()
        self._use_database(storage)

    def _database_failed(self, problem: str) -> None:
        log.warning("the progress database could not be opened: %s", problem)
        self.database_problem = problem
        self._show_database_state()

    def _use_database(self, storage: Storage | None) -> None:
        if storage is not None:
            self.storage = storage
            self._show_profile_controls()
        self.open_last_profile()

    def start_models(self) -> None:
        self.worker.warm_up()

    def open_last_profile(self) -> None:
        """The profile used last, without asking (unless it has a PIN); the profile picker on a first run."""
        if self.storage is None:
            return
        last = self.store.last_profile()
        user = None
        if last is not None:
            try:
                user = self.storage.users.get(last)
            except SimulatorError:
                user = None
        if user is not None and not user.has_pin:
            self.use_profile(user)
        else:
            self.choose_profile()

    def reload_library(self) -> None:
        self.library.set_library(load_library(self.scenario_paths))
        self._refresh_progress()

    # -- profiles --------------------------------------------------------------------------------

    def choose_profile(self) -> None:
        if self.storage is None:
            return
        if self.driver.active:  # a conversation is running: leave it first
            self.show_library()
            if self.driver.active:
                return
        dialog = ProfileDialog(self.storage, self.profile.user if self.profile else None, self)
        if dialog.exec() == ProfileDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.use_profile(dialog.chosen)

    def use_profile(self, user: User) -> None:
        assert self.storage is not None
        self.profile = Profile(self.storage, user)
        self.store.save_last_profile(user.id)
        self.retranslate()
        self._refresh_progress()
        self._offer_unfinished()
        if self.pages.currentWidget() is self.history:
            self.show_history()

    def _refresh_progress(self) -> None:
        """Last scores and recommendations in the library (nothing without a profile)."""
        if self.profile is None:
            self.library.set_progress(None, [])
            return
        try:
            self.library.set_progress(self.profile.last_scores(),
                                      self.profile.recommendations(self.library.library.scenarios))
        except SimulatorError as error:
            self._storage_problem(error)

    def _offer_unfinished(self) -> None:
        self._unfinished = self.profile.unfinished() if self.profile else None
        if self._unfinished is None:
            self.library.hide_resume_offer()
            return
        titles = {scenario.id: scenario.title for scenario in self.library.library.scenarios}
        self.library.show_resume_offer(titles.get(self._unfinished.scenario_id, self._unfinished.scenario_id),
                                       self._unfinished.turn_count)

    def resume_unfinished(self) -> None:
        """Rebuild the unfinished session on the scoring worker (it may have a reply to score)."""
        profile, summary = self.profile, self._unfinished
        if profile is None or summary is None:
            return
        self.library.show_resume_busy()
        scorer, clock = self.worker.scorer, self.driver.clock
        self._resume_job = self.worker.submit(lambda: profile.resume(summary, scorer, clock))

    def discard_unfinished(self) -> None:
        if self.profile is not None and self._unfinished is not None:
            self.profile.discard(self._unfinished)
        self._offer_unfinished()

    def _resumed(self, job: int, practice: object) -> None:
        if job != self._resume_job or not isinstance(practice, PracticeSession):
            return
        self._resume_job = None
        self.library.hide_resume_offer()
        self._play(practice, resumed=True)

    def _resume_failed(self, job: int, message: str) -> None:
        if job == self._resume_job:
            self._resume_job = None
            self._offer_unfinished()
            self._storage_problem(message)

    def _storage_problem(self, error: object) -> None:
        log.warning("storage: %s", error)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Your progress"),
                          self.tr("Something went wrong with your saved progress: {error}").format(error=error),
                          parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # -- navigation ------------------------------------------------------------------------------

    def show_library(self) -> None:
        if self.pages.currentWidget() is self.practice and self.driver.active:
            self.practice.leave()  # asks first; comes back through leave_conversation
            return
        if self.current is not None:
            self.library.select(self.current)
        self.pages.setCurrentWidget(self.library)
        self.library.focus_table()

    def show_history(self) -> None:
        if self.profile is None:
            self.choose_profile()
            if self.profile is None:
                return
        if self.pages.currentWidget() is self.practice and self.driver.active:
            self.practice.leave()
            if self.driver.active:
                return
        titles = {scenario.id: scenario.title for scenario in self.library.library.scenarios}
        self.history.show_profile(self.profile, titles)
        self.pages.setCurrentWidget(self.history)

    def leave_conversation(self) -> None:
        practice = self.driver.session
        if self.profile is not None and practice is not None:
            self.profile.abandon(practice)
        self.driver.stop()
        self._refresh_progress()
        self.show_library()

    def start_scenario(self, scenario: Scenario) -> None:
        if self.profile is not None:
            practice = self.profile.new_session(scenario, self.worker.scorer, self.driver.clock, self.seed)
        else:
            practice = self.driver.new_session(scenario, self.seed)
        self._play(practice, resumed=False)

    def _play(self, practice: PracticeSession, *, resumed: bool) -> None:
        scenarios = {scenario.id: scenario for scenario in self.library.library.scenarios}
        self.current = scenarios.get(practice.scenario.id, practice.scenario)
        self._badges_before = {award.code for award in self.profile.badges()} if self.profile else set()
        self.pages.setCurrentWidget(self.practice)
        self.practice.start(practice, self.preferences.exam_mode, resumed=resumed)

    def try_again(self) -> None:
        if self.current is not None:
            self.start_scenario(self.current)

    def next_scenario(self) -> Scenario | None:
        """The first recommendation other than the current scenario; else the next one in the library."""
        scenarios = self.library.ordered_scenarios()
        if not scenarios:
            return None
        by_id = {scenario.id: scenario for scenario in scenarios}
        if self.profile is not None:
            for recommendation in self.profile.recommendations(scenarios):
                if recommendation.scenario_id != (self.current.id if self.current else None):
                    return by_id[recommendation.scenario_id]
        ids = list(by_id)
        position = ids.index(self.current.id) if self.current and self.current.id in ids else -1
        return scenarios[(position + 1) % len(scenarios)]

    def start_next(self) -> None:
        scenario = self.next_scenario()
        if scenario is None:
            self.show_library()
        else:
            self.start_scenario(scenario)

    def show_report(self, result: SessionResult) -> None:
        assert self.current is not None
        badges: list[BadgeDefinition] = []
        next_title = None
        if self.profile is not None:
            earned = {award.code for award in self.profile.badges()} - self._badges_before
            badges = [badge for badge in Profile.badge_definitions() if badge.code in earned]
            self._badges_before |= earned
            upcoming = self.next_scenario()
            next_title = upcoming.title if upcoming else None
            self._refresh_progress()
        self.report.show_result(self.current, result, badges=badges, next_title=next_title)
        self.pages.setCurrentWidget(self.report)

    # -- settings --------------------------------------------------------------------------------

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.preferences, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.apply_preferences(dialog.preferences())

    def apply_preferences(self, preferences: Preferences) -> None:
        self.preferences = preferences
        self.store.save(preferences)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, preferences.theme)
        set_language(app, preferences.language)
        if self.pages.currentWidget() is self.history:
            self.show_history()  # the chart takes the new theme's colours

    def _system_colours_changed(self) -> None:
        if self.preferences.theme is ThemeMode.SYSTEM:
            self.apply_preferences(self.preferences)

    def _show_shortcuts(self) -> None:
        native = QKeySequence.SequenceFormat.NativeText
        show_shortcuts(self, self.settings_action.shortcut().toString(native),
                       self.quit_action.shortcut().toString(native))

    # -- status ----------------------------------------------------------------------------------

    def _show_database_state(self) -> None:
        opening = bool(self.database_name) and not self.database_problem
        self.database_status.setText(self.tr("Opening the progress database {database}…").format(
            database=self.database_name) if opening else "")
        self.database_banner.setVisible(bool(self.database_problem))
        self.database_error.setText(self.tr(
            "Your progress will not be saved: the progress database {database} could not be opened. You can "
            "still practise. The problem: {error}").format(database=self.database_name, error=self.database_problem))

    def _models_changed(self) -> None:
        state = self.worker.state
        self.model_progress.setVisible(state is ModelState.LOADING)
        self.model_status.setText({
            ModelState.NOT_LOADED: "",
            ModelState.LOADING: self.tr("Loading scoring models…"),
            ModelState.READY: self.tr("Scoring models ready"),
            ModelState.FAILED: self.tr("The scoring models could not be loaded: {error}").format(
                error=self.worker.error),
        }[state])
        set_style_property(self.model_status, "state", state.value)
        self.model_progress.setAccessibleName(self.model_status.text())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Agent Training Simulator"))
        bar = self.app_bar
        bar.title.setText(self.tr("Agent Training Simulator"))
        bar.library_button.setText(self.tr("Library"))
        bar.library_button.setToolTip(self.tr("Scenario library (Ctrl+L)"))
        bar.library_button.setAccessibleName(self.tr("Scenario library"))
        bar.history_button.setText(self.tr("Progress"))
        bar.history_button.setToolTip(self.tr("Your progress (Ctrl+H)"))
        bar.history_button.setAccessibleName(self.tr("Your progress"))
        bar.profile_button.setText(self.profile.user.name if self.profile else self.tr("Choose profile"))
        bar.profile_button.setToolTip(self.tr("Switch profile"))
        bar.profile_button.setAccessibleName(self.tr("Profile: {name}").format(name=self.profile.user.name)
                                             if self.profile else self.tr("Choose profile"))
        bar.settings_button.setText(self.tr("Settings"))
        bar.settings_button.setToolTip(self.tr("Theme, language and exam mode"))
        bar.settings_button.setAccessibleName(self.tr("Settings"))
        self.file_menu.setTitle(self.tr("&File"))
        self.practice_menu.setTitle(self.tr("&Practice"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.profile_action.setText(self.tr("Switch &profile…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.library_action.setText(self.tr("Scenario &library"))
        self.history_action.setText(self.tr("Your p&rogress"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About"))
        self._models_changed()
        self._show_database_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- geometry --------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.store.window_state("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        splitter = self.store.window_state("practice_splitter")
        if splitter is not None:
            self.practice.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the window's layout; a conversation still running stays unfinished, to be resumed next time."""
        self.store.save_window_state("geometry", self.saveGeometry())
        self.store.save_window_state("practice_splitter", self.practice.splitter.saveState())
        self.driver.stop()
        self.worker.shutdown()
        self.database_opener.close()
        super().closeEvent(event)
