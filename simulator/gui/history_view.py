"""The trainee's own history: level, streak and badges, each dimension's average over time (QtCharts), and the
latest sessions."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QEvent, QLocale, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from simulator.domain import DIMENSIONS
from simulator.gui.core_texts import badge_description, badge_title
from simulator.gui.labels import dimension_name, outcome_name
from simulator.gui.widgets import PlainLabel, replace_content
from simulator.service.profile import PastSession, Profile

MAX_DAY_TICKS = 14
SERIES_COLOURS = {"empathy": "#ec4899", "clarity": "#0ea5e9", "speed": "#f59e0b", "overall": "#6366f1"}


def _card() -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(18, 14, 18, 16)
    layout.setSpacing(8)
    return card, layout


class HistoryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.profile: Profile | None = None
        self.titles: Mapping[str, str] = {}
        self.chart_view: QChartView | None = None
        self.sessions: QTableWidget | None = None
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self._rebuild()

    def show_profile(self, profile: Profile, titles: Mapping[str, str]) -> None:
        """Read the profile's progress from the database and show it."""
        self.profile, self.titles = profile, titles
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild()
        super().changeEvent(event)

    def _rebuild(self) -> None:
        content = QWidget()
        content.setObjectName("page")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(16)
        layout.addWidget(PlainLabel(self.tr("YOUR PROGRESS"), object_name="overline"))
        profile = self.profile
        if profile is None:
            layout.addWidget(PlainLabel(self.tr("Choose a profile to see your progress."), object_name="muted"))
        else:
            past = profile.past_sessions()
            self._summary(layout, profile, past)
            chart_card, chart_layout = _card()
            chart_layout.addWidget(PlainLabel(self.tr("Average scores per day"), object_name="subTitle"))
            self.chart_view = self._chart(profile)
            chart_layout.addWidget(self.chart_view)
            layout.addWidget(chart_card)
            lower = QHBoxLayout()
            lower.setSpacing(16)
            sessions_card, sessions_layout = _card()
            sessions_layout.addWidget(PlainLabel(self.tr("Latest sessions"), object_name="subTitle"))
            self.sessions = self._session_table(past)
            sessions_layout.addWidget(self.sessions)
            lower.addWidget(sessions_card, 3)
            lower.addWidget(self._badges_card(profile), 2)
            layout.addLayout(lower)
        layout.addStretch(1)
        self.scroll.setAccessibleName(self.tr("Your progress"))
        replace_content(self.scroll, content)

    def _summary(self, layout: QVBoxLayout, profile: Profile, past: list[PastSession]) -> None:
        level, streaks = profile.level(), profile.streaks()
        layout.addWidget(PlainLabel(profile.user.name, object_name="pageTitle"))
        row = QGridLayout()
        row.setHorizontalSpacing(16)
        completed = sum(1 for session in past if session.summary.outcome is not None)
        facts = [
            (self.tr("Level"), f"{level.number} · {level.title}", level.next_step and self.tr("Next: {step}").format(
                step=level.next_step)),
            (self.tr("Conversations finished"), str(completed), self.tr("among the latest {count}").format(
                count=len(past)) if past else None),
            (self.tr("Practice streak"), self.tr("{days} days").format(days=streaks.current),
             self.tr("best: {days} days").format(days=streaks.best)),
        ]
        for column, (caption, value, note) in enumerate(facts):
            card, card_layout = _card()
            card_layout.addWidget(PlainLabel(caption, object_name="caption"))
            card_layout.addWidget(PlainLabel(value, object_name="bigValue", wrap=True))
            if note:
                card_layout.addWidget(PlainLabel(note, object_name="muted", wrap=True))
            card_layout.addStretch(1)
            row.addWidget(card, 0, column)
        layout.addLayout(row)

    def _chart(self, profile: Profile) -> QChartView:
        chart = QChart()
        chart.setBackgroundVisible(False)
        chart.setPlotAreaBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        text = self.palette().color(QPalette.ColorRole.WindowText)
        grid = self.palette().color(QPalette.ColorRole.Mid)
        chart.legend().setLabelColor(text)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        points = profile.timeline()
        x_axis, y_axis = QDateTimeAxis(), QValueAxis()
        x_axis.setFormat("d MMM")
        y_axis.setRange(0, 100)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%d")
        for axis in (x_axis, y_axis):
            axis.setLabelsColor(text)
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for dimension in (*DIMENSIONS, "overall"):
            series = QLineSeries()
            series.setName(dimension_name(dimension))
            pen = QPen(QColor(SERIES_COLOURS[dimension]), 3 if dimension == "overall" else 2)
            if dimension == "overall":
                pen.setStyle(Qt.PenStyle.DashLine)
            series.setPen(pen)
            series.setPointsVisible(True)
            for point in points:
                value = point.averages.get(dimension)
                if value is not None:
                    moment = QDateTime(point.start, QTime(12, 0))
                    series.append(moment.toMSecsSinceEpoch(), value)
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        if points:
            # One tick at noon of every day, where the points are, with a day's margin on both sides.
            first = QDateTime(points[0].start, QTime(12, 0)).addDays(-1)
            last = QDateTime(points[-1].start, QTime(12, 0)).addDays(1)
            days = first.daysTo(last)
            x_axis.setRange(first, last)
            x_axis.setTickCount(days + 1 if days <= MAX_DAY_TICKS else MAX_DAY_TICKS)
        else:
            chart.setTitle(self.tr("Finish a conversation to see your scores here."))
            chart.setTitleBrush(text)
        view = QChartView(chart)
        view.setObjectName("progressChart")
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(300)
        view.setAccessibleName(self.tr("Chart of your average scores per day"))
        return view

    def _session_table(self, past: list[PastSession]) -> QTableWidget:
        table = QTableWidget(len(past), 6)
        table.setObjectName("sessionTable")
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setShowGrid(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(38)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setMinimumHeight(260)
        table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Scenario"), self.tr("Result"),
                                                 self.tr("CSAT"), self.tr("Replies"), self.tr("Overall")])
        table.setAccessibleName(self.tr("Latest sessions"))
        for row, session in enumerate(past):
            summary = session.summary
            result = (outcome_name(summary.outcome) if summary.outcome is not None else
                      {"in_progress": self.tr("Unfinished"), "abandoned": self.tr("Left")}.get(
                          summary.status.value, summary.status.value))
            started = QDateTime.fromSecsSinceEpoch(int(summary.started_at.timestamp()))
            cells = [QLocale().toString(started, QLocale.FormatType.ShortFormat),
                     self.titles.get(summary.scenario_id, summary.scenario_id), result,
                     str(summary.csat) if summary.csat is not None else "—", str(summary.turn_count),
                     f"{session.overall:.0f}" if session.overall is not None else "—"]
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        for column in range(table.columnCount()):
            table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if column == 1 else QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _badges_card(self, profile: Profile) -> QFrame:
        card, layout = _card()
        earned = {award.code for award in profile.badges()}
        definitions = profile.badge_definitions()
        layout.addWidget(PlainLabel(self.tr("Badges: {earned} of {total}").format(
            earned=len(earned), total=len(definitions)), object_name="subTitle"))
        for badge in definitions:
            done = badge.code in earned
            title = PlainLabel(("✓  " if done else "○  ") + badge_title(badge), object_name="badgeTitle")
            title.setProperty("earned", done)
            description = PlainLabel(badge_description(badge), object_name="caption", wrap=True)
            title.setAccessibleName((self.tr("Earned: {badge}") if done else self.tr("Not earned yet: {badge}"))
                                    .format(badge=badge_title(badge)))
            layout.addWidget(title)
            layout.addWidget(description)
        layout.addStretch(1)
        return card
