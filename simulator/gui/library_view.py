"""The scenario library: the searchable table of scenarios, the chosen scenario's brief with a Start button,
an offer to resume a conversation left unfinished, and, when some files are broken, their problems as
readable errors (the other scenarios work as usual)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from simulator.gui.labels import channel_name, dimension_name, mood_name
from simulator.gui.scenario_table import (
    CHANNEL,
    DIFFICULTY,
    MINUTES,
    PROFILE_COLUMNS,
    SCENARIO_ROLE,
    SORT_ROLE,
    TAGS,
    TITLE,
    DifficultyDelegate,
    ScenarioTableModel,
    TitleDelegate,
)
from simulator.gui.widgets import PlainLabel, primary_button
from simulator.scenario.library import Library
from simulator.scenario.model import Scenario
from simulator.scenario.problems import Problem
from simulator.storage import Reason, Recommendation


def problem_text(problem: Problem) -> str:
    """`file.yaml, line 12, column 3: message`: where, then what."""
    return QCoreApplication.translate("LibraryView", "{file}, line {line}, column {column}: {message}").format(
        file=Path(problem.file).name, line=problem.line, column=problem.column, message=problem.message)


class LibraryView(QWidget):
    start_requested = Signal(object)  # Scenario
    reload_requested = Signal()
    resume_requested = Signal()
    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.library = Library((), ())
        self.model = ScenarioTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.title = PlainLabel(object_name="pageTitle")
        self.subtitle = PlainLabel(object_name="muted")
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(self._filter)

        self.table = QTableView()
        self.table.setObjectName("scenarioTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DIFFICULTY, Qt.SortOrder.AscendingOrder)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegateForColumn(TITLE, TitleDelegate(self.table))
        self.table.setItemDelegateForColumn(DIFFICULTY, DifficultyDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(56)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (DIFFICULTY, CHANNEL, MINUTES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnHidden(TAGS, True)  # shown under each title; the column stays for the search
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show_details())

        self.details = QFrame()
        self.details.setObjectName("card")
        self.details.setMinimumWidth(300)
        self.details.setMaximumWidth(340)
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(20, 18, 20, 20)
        details_layout.setSpacing(8)
        self.details_overline = PlainLabel(object_name="overline")
        self.details_title = PlainLabel(object_name="sectionTitle", wrap=True)
        self.details_meta = PlainLabel(object_name="muted", wrap=True)
        self.details_text = PlainLabel(object_name="briefText", wrap=True)
        self.details_customer = PlainLabel(object_name="muted", wrap=True)
        self.details_tags = PlainLabel(object_name="tags", wrap=True)
        self.details_reason = PlainLabel(object_name="recommendation", wrap=True)
        self.start_button = primary_button()
        self.start_button.clicked.connect(self._start_current)
        for widget in (self.details_overline, self.details_title, self.details_reason, self.details_meta,
                       self.details_text, self.details_customer, self.details_tags):
            details_layout.addWidget(widget)
        details_layout.addStretch(1)
        details_layout.addWidget(self.start_button)

        self.errors = QFrame()
        self.errors.setObjectName("errorCard")
        errors_layout = QVBoxLayout(self.errors)
        errors_layout.setContentsMargins(16, 12, 16, 12)
        errors_layout.setSpacing(6)
        errors_heading = QHBoxLayout()
        self.errors_title = PlainLabel(object_name="errorTitle", wrap=True)
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.reload_requested)
        errors_heading.addWidget(self.errors_title, 1)
        errors_heading.addWidget(self.reload_button)
        self.errors_hint = PlainLabel(object_name="errorText", wrap=True)
        self.error_list = QListWidget()
        self.error_list.setObjectName("errorList")
        self.error_list.setWordWrap(True)
        errors_layout.addLayout(errors_heading)
        errors_layout.addWidget(self.errors_hint)
        errors_layout.addWidget(self.error_list)

        self.resume_banner = QFrame()
        self.resume_banner.setObjectName("resumeBanner")
        self.resume_text = PlainLabel(object_name="resumeText", wrap=True)
        self.resume_button = primary_button()
        self.discard_button = QPushButton()
        self.resume_button.clicked.connect(self.resume_requested)
        self.discard_button.clicked.connect(self.discard_requested)
        resume_layout = QHBoxLayout(self.resume_banner)
        resume_layout.setContentsMargins(16, 10, 12, 10)
        resume_layout.addWidget(self.resume_text, 1)
        resume_layout.addWidget(self.discard_button)
        resume_layout.addWidget(self.resume_button)
        self.resume_banner.hide()
        self._resume_offer: tuple[str, int] | None = None

        heading = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        heading.addLayout(titles, 1)
        heading.addWidget(self.search, 0, Qt.AlignmentFlag.AlignBottom)
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(self.table, 1)
        body.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(16)
        layout.addLayout(heading)
        layout.addWidget(self.resume_banner)
        layout.addLayout(body, 1)
        layout.addWidget(self.errors)

        for column in PROFILE_COLUMNS:
            self.table.setColumnHidden(column, True)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setTabOrder(self.resume_button, self.discard_button)
        self.setTabOrder(self.discard_button, self.search)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.start_button)
        self.setTabOrder(self.start_button, self.reload_button)
        self.setTabOrder(self.reload_button, self.error_list)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()

    # -- content ---------------------------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        self.library = library
        self.model.set_scenarios(list(library.scenarios))
        self._fill_errors()
        self.error_list.setFixedHeight(min(6, max(1, len(library.errors))) * 26 + 8)
        self.errors.setVisible(bool(library.errors))
        if self.proxy.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self.retranslate()

    def set_progress(self, last_scores: dict[str, float] | None, recommended: list[Recommendation]) -> None:
        """The profile's last score per scenario and recommendations; None: no profile, the columns go."""
        for column in PROFILE_COLUMNS:
            self.table.setColumnHidden(column, last_scores is None)
        self.model.set_progress(last_scores or {}, {r.scenario_id: r for r in recommended})
        self._show_details()

    def show_resume_offer(self, title: str, replies: int) -> None:
        self._resume_offer = (title, replies)
        self.resume_button.setEnabled(True)
        self.discard_button.setEnabled(True)
        self.resume_banner.show()
        self.retranslate()
        self.resume_button.setFocus()

    def show_resume_busy(self) -> None:
        self.resume_button.setEnabled(False)
        self.discard_button.setEnabled(False)
        self.resume_text.setText(self.tr("Restoring your conversation…"))

    def hide_resume_offer(self) -> None:
        self._resume_offer = None
        self.resume_banner.hide()

    def ordered_scenarios(self) -> list[Scenario]:
        """The scenarios in the order the table shows them: what "Next scenario" follows."""
        return [self.proxy.index(row, 0).data(SCENARIO_ROLE) for row in range(self.proxy.rowCount())] or \
            list(self.library.scenarios)

    def select(self, scenario: Scenario) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(SCENARIO_ROLE).id == scenario.id:
                self.table.selectionModel().setCurrentIndex(
                    self.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)

    def current_scenario(self) -> Scenario | None:
        index = self.table.currentIndex()
        return index.data(SCENARIO_ROLE) if index.isValid() else None

    def focus_table(self) -> None:
        self.table.setFocus()

    # -- events ----------------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        scenario = index.data(SCENARIO_ROLE)
        if scenario is not None:
            self.start_requested.emit(scenario)

    def _start_current(self) -> None:
        scenario = self.current_scenario()
        if scenario is not None:
            self.start_requested.emit(scenario)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._show_details()

    def _fill_errors(self) -> None:
        self.error_list.clear()
        self.error_list.addItems([problem_text(problem) for problem in self.library.errors])

    def _show_details(self) -> None:
        scenario = self.current_scenario()
        self.start_button.setEnabled(scenario is not None)
        if scenario is None:
            self.details_title.setText(self.tr("No scenario selected"))
            for label in (self.details_meta, self.details_text, self.details_customer, self.details_tags):
                label.setText("")
            self.details_reason.hide()
            return
        persona = scenario.persona
        self.details_title.setText(scenario.title)
        self.details_meta.setText(self.tr("{channel} · difficulty {level} of 5 · about {minutes} min").format(
            channel=channel_name(scenario.channel), level=scenario.difficulty,
            minutes=f"{scenario.estimated_minutes:g}"))
        self.details_text.setText(" ".join(scenario.description.split()))
        self.details_customer.setText(self.tr("Customer: {name} · starting mood: {mood}").format(
            name=persona.name, mood=mood_name(persona.mood.value).lower()))
        self.details_tags.setText("  ".join(f"#{tag}" for tag in scenario.tags))
        recommendation = self.model.recommended.get(scenario.id)
        self.details_reason.setVisible(recommendation is not None)
        if recommendation is not None:
            self.details_reason.setText(self._reason(recommendation))

    def _reason(self, recommendation: Recommendation) -> str:
        if recommendation.reason is Reason.WEAK_DIMENSION and recommendation.dimension:
            return self.tr("Recommended: trains your weakest skill, {dimension}").format(
                dimension=dimension_name(recommendation.dimension).lower())
        return {Reason.NEW_AT_LEVEL: self.tr("Recommended: new to you, at your level"),
                Reason.NEW: self.tr("Recommended: new to you"),
                Reason.WEAK_DIMENSION: self.tr("Recommended: trains your weakest skill"),
                Reason.REPLAY: self.tr("Recommended: worth another try")}[recommendation.reason]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Scenario library"))
        count = len(self.library.scenarios)
        self.subtitle.setText(self.tr("1 scenario · choose one to practise") if count == 1 else
                              self.tr("{count} scenarios · choose one to practise").format(count=count))
        self.search.setPlaceholderText(self.tr("Search title, tag or channel  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search scenarios"))
        self.table.setAccessibleName(self.tr("Scenarios"))
        self.table.setAccessibleDescription(self.tr("Press Enter to practise the selected scenario"))
        self.details_overline.setText(self.tr("SCENARIO"))
        self.start_button.setText(self.tr("&Start practice"))
        self.start_button.setAccessibleName(self.tr("Start practice"))
        errors = len(self.library.errors)
        files = len({problem.file for problem in self.library.errors})
        self.errors_title.setText(self.tr("1 scenario file could not be loaded") if files == 1 else
                                  self.tr("{count} scenario files could not be loaded").format(count=files))
        self.errors_hint.setText(self.tr("The other scenarios work normally. Fix the problems below "
                                         "({count} in all), then reload.").format(count=errors))
        self.reload_button.setText(self.tr("&Reload library"))
        self.resume_button.setText(self.tr("Res&ume"))
        self.discard_button.setText(self.tr("&Discard"))
        self.resume_button.setAccessibleName(self.tr("Resume the unfinished conversation"))
        self.discard_button.setAccessibleName(self.tr("Discard the unfinished conversation"))
        if self._resume_offer is not None and self.resume_button.isEnabled():
            title, replies = self._resume_offer
            self.resume_text.setText(self.tr("You did not finish “{title}” ({replies} replies so far). Pick up "
                                             "where you left off?").format(title=title, replies=replies))
        self.error_list.setAccessibleName(self.tr("Problems in scenario files"))
        self.model.retranslate()
        self._show_details()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fill_errors()
        super().changeEvent(event)
