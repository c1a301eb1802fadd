"""Feedback on the last reply: scores as bars, the reply with its evidence highlighted, tips, the model answer.

In exam mode the panel only says that feedback comes with the report.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from simulator.domain import DIMENSIONS, Evidence, Turn
from simulator.gui.core_texts import core_text
from simulator.gui.labels import dimension_name, minutes_seconds, score_band, spoken_score
from simulator.gui.widgets import PlainLabel, replace_content
from simulator.scenario.model import Scenario

# Translucent, so the highlights read well on light and dark backgrounds alike.
EARNED = QColor(34, 197, 94, 90)
COST = QColor(239, 68, 68, 100)


class ScoreBar(QWidget):
    """"Empathy ▓▓▓▓░░ 62": one dimension's score, coloured good / fair / poor."""

    def __init__(self, dimension: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dimension = dimension
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.name = PlainLabel(object_name="barName")
        self.name.setMinimumWidth(72)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        self.value = PlainLabel(object_name="barValue")
        self.value.setMinimumWidth(30)
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.name)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.value)
        self.score: float | None = None

    def set_score(self, score: float | None) -> None:
        self.score = score
        self.name.setText(dimension_name(self.dimension))
        self.bar.setValue(round(score or 0))
        self.bar.setProperty("band", score_band(score) if score is not None else "none")
        self.bar.style().unpolish(self.bar)
        self.bar.style().polish(self.bar)
        self.value.setText(f"{score:.0f}" if score is not None else "—")
        self.setAccessibleName(spoken_score(self.dimension, score))
        self.bar.setAccessibleName(self.accessibleName())


class HighlightedReply(QTextEdit):
    """The reply as plain text, with the spans that earned points in green and those that cost points in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("highlightedReply")
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit_height())

    def show_reply(self, reply: str, evidence: list[Evidence]) -> None:
        self.setPlainText(reply)
        # Spans covering the whole reply (e.g. "quick reply") say nothing about particular words: listed only.
        spans = [item for item in evidence if not covers_whole_reply(item, reply)]
        for item in sorted(spans, key=lambda e: e.sign, reverse=True):  # cost drawn last, so it shows
            cursor = QTextCursor(self.document())
            cursor.setPosition(max(0, min(item.start, len(reply))))
            cursor.setPosition(max(0, min(item.end, len(reply))), QTextCursor.MoveMode.KeepAnchor)
            highlight = QTextCharFormat()
            highlight.setBackground(EARNED if item.sign > 0 else COST)
            cursor.mergeCharFormat(highlight)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        margins = self.contentsMargins()
        height = int(self.document().size().height()) + margins.top() + margins.bottom() + 4
        if height != self.height():
            self.setFixedHeight(height)


class FeedbackPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackPanel")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._state: tuple[str, Turn | None] = ("empty", None)
        self.scenario: Scenario | None = None
        self.bars: dict[str, ScoreBar] = {}
        self.reply_view: HighlightedReply | None = None
        self._rebuild()

    # -- what to show ------------------------------------------------------------------------------

    def clear(self, scenario: Scenario | None = None) -> None:
        self.scenario = scenario
        self._show("empty")

    def show_scoring(self) -> None:
        self._show("scoring")

    def show_hidden(self) -> None:
        self._show("hidden")

    def show_turn(self, turn: Turn) -> None:
        self._show("turn", turn)

    @property
    def state(self) -> str:
        return self._state[0]

    def _show(self, state: str, turn: Turn | None = None) -> None:
        self._state = (state, turn)
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild()
        super().changeEvent(event)

    # -- rendering -------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        content = QWidget()
        content.setObjectName("feedbackContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(18, 16, 18, 18)
        layout.setSpacing(12)
        self.bars, self.reply_view = {}, None
        state, turn = self._state
        title = PlainLabel(self.tr("Feedback"), object_name="sectionTitle")
        layout.addWidget(title)
        if state == "turn" and turn is not None:
            self._render_turn(layout, turn)
        else:
            messages = {
                "empty": self.tr("Scores, the words that earned or cost points, and tips appear here after "
                                 "each reply."),
                "scoring": self.tr("Scoring your reply…"),
                "hidden": self.tr("Exam mode: feedback is hidden until the end of the conversation. You will "
                                  "see every score in the report."),
            }
            note = PlainLabel(messages[state], object_name="muted", wrap=True)
            layout.addWidget(note)
            if state == "scoring":
                busy = QProgressBar()
                busy.setRange(0, 0)
                busy.setFixedHeight(6)
                busy.setTextVisible(False)
                busy.setAccessibleName(messages[state])
                layout.addWidget(busy)
        layout.addStretch(1)
        replace_content(self, content)

    def _render_turn(self, layout: QVBoxLayout, turn: Turn) -> None:
        score = turn.score
        heading = QHBoxLayout()
        reply_title = PlainLabel(self.tr("Reply {number} · answered in {time}").format(
            number=turn.index, time=minutes_seconds(turn.seconds)), object_name="muted")
        overall = PlainLabel(f"{score.overall:.0f}", object_name="overallScore")
        overall.setProperty("band", score_band(score.overall))
        overall.setAccessibleName(self.tr("Overall score: {score} out of 100").format(score=overall.text()))
        overall_caption = PlainLabel(self.tr("overall"), object_name="muted")
        heading.addWidget(reply_title, 1)
        heading.addWidget(overall)
        heading.addWidget(overall_caption, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(heading)

        for dimension in DIMENSIONS:
            bar = ScoreBar(dimension)
            bar.set_score(score.get(dimension))
            self.bars[dimension] = bar
            layout.addWidget(bar)

        layout.addWidget(PlainLabel(self.tr("Your reply"), object_name="subTitle"))
        evidence = [item for dimension in DIMENSIONS for item in score.evidence.get(dimension, ())]
        self.reply_view = HighlightedReply()
        self.reply_view.setAccessibleName(self.tr("Your reply, with the words that earned points in green "
                                                   "and those that cost points in red"))
        self.reply_view.show_reply(turn.reply, evidence)
        layout.addWidget(self.reply_view)
        legend = PlainLabel(self.tr("Green: earned points · Red: cost points"), object_name="caption")
        layout.addWidget(legend)

        evidence_grid = QGridLayout()
        evidence_grid.setHorizontalSpacing(8)
        evidence_grid.setVerticalSpacing(6)
        row = 0
        for dimension in DIMENSIONS:
            for item in score.evidence.get(dimension, ()):
                sign = PlainLabel("+" if item.sign > 0 else "−", object_name="evidenceSign")
                sign.setProperty("band", "good" if item.sign > 0 else "poor")
                sign.setAccessibleName(self.tr("Earned points") if item.sign > 0 else self.tr("Cost points"))
                reason, name = core_text(item.label), dimension_name(dimension)
                if covers_whole_reply(item, turn.reply):
                    explanation = self.tr("Whole reply — {reason} ({dimension})").format(
                        reason=reason, dimension=name)
                else:
                    explanation = self.tr("“{quote}” — {reason} ({dimension})").format(
                        quote=_shorten(turn.reply[item.start:item.end].replace("\n", " ")), reason=reason,
                        dimension=name)
                text = PlainLabel(explanation, object_name="evidenceText", wrap=True)
                evidence_grid.addWidget(sign, row, 0, Qt.AlignmentFlag.AlignTop)
                evidence_grid.addWidget(text, row, 1)
                row += 1
        if row:
            layout.addWidget(PlainLabel(self.tr("What counted"), object_name="subTitle"))
            evidence_grid.setColumnStretch(1, 1)
            layout.addLayout(evidence_grid)

        tips = [(dimension, score.tips[dimension]) for dimension in DIMENSIONS if score.tips.get(dimension)]
        if tips:
            layout.addWidget(PlainLabel(self.tr("Tips"), object_name="subTitle"))
            for dimension, tip in tips:
                card = QFrame()
                card.setObjectName("tipCard")
                card_layout = QVBoxLayout(card)
                card_layout.setContentsMargins(12, 8, 12, 10)
                card_layout.setSpacing(2)
                card_layout.addWidget(PlainLabel(dimension_name(dimension), object_name="tipDimension"))
                card_layout.addWidget(PlainLabel(core_text(tip), object_name="tipText", wrap=True))
                layout.addWidget(card)

        if self.scenario and score.key_points:
            covered = [point.description for point in self.scenario.key_points if point.id in score.key_points]
            layout.addWidget(PlainLabel(self.tr("Key points covered"), object_name="subTitle"))
            for description in covered:
                layout.addWidget(PlainLabel(f"✓ {description}", object_name="keyPoint", wrap=True))

        if turn.model_answer:
            layout.addWidget(PlainLabel(self.tr("Model answer"), object_name="subTitle"))
            layout.addWidget(PlainLabel(turn.model_answer.strip(), object_name="modelAnswer", wrap=True))


def covers_whole_reply(evidence: Evidence, reply: str) -> bool:
    return evidence.start <= 0 and evidence.end >= len(reply.rstrip())


def _shorten(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
