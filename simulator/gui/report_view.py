"""The end report: outcome, simulated CSAT, mood journey, key points, average scores, and every reply with its
scores beside the model answer; then "Try again", "Next scenario" or back to the library."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from simulator.domain import DIMENSIONS, SessionResult, Turn, mean
from simulator.gui.core_texts import badge_description, badge_title, core_text
from simulator.gui.feedback_panel import ScoreBar
from simulator.gui.labels import (
    OUTCOME_TONES,
    dimension_name,
    minutes_seconds,
    mood_name,
    outcome_name,
    score_band,
    spoken_score,
)
from simulator.gui.widgets import PlainLabel, StarRating, primary_button, replace_content
from simulator.scenario.model import Scenario
from simulator.storage import BadgeDefinition


def weakest_tip(turn: Turn) -> tuple[str, str] | None:
    """The tip of the reply's lowest-scoring dimension: the one thing to work on first."""
    scored = [(value, dimension) for dimension in DIMENSIONS
              if (value := turn.score.get(dimension)) is not None and turn.score.tips.get(dimension)]
    if not scored:
        return None
    dimension = min(scored)[1]
    return dimension, turn.score.tips[dimension]


def _card(object_name: str = "card") -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName(object_name)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(18, 14, 18, 16)
    layout.setSpacing(6)
    return card, layout


class ReportView(QWidget):
    try_again = Signal()
    next_scenario = Signal()
    back_to_library = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportView")
        self.scenario: Scenario | None = None
        self.result: SessionResult | None = None
        self.badges: list[BadgeDefinition] = []
        self.next_title: str | None = None  # the recommended scenario "Next" leads to, when there is one
        self.try_again_button = primary_button()
        self.next_button = QPushButton()
        self.library_button = QPushButton()
        self.next_caption = PlainLabel(object_name="muted")
        self.try_again_button.clicked.connect(self.try_again)
        self.next_button.clicked.connect(self.next_scenario)
        self.library_button.clicked.connect(self.back_to_library)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        actions = QFrame()
        actions.setObjectName("actionBar")
        actions_layout = QHBoxLayout(actions)
        actions_layout.setContentsMargins(28, 12, 28, 12)
        actions_layout.addWidget(self.library_button)
        actions_layout.addStretch(1)
        actions_layout.addWidget(self.next_caption)
        actions_layout.addWidget(self.next_button)
        actions_layout.addWidget(self.try_again_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(actions)
        self.setTabOrder(self.try_again_button, self.next_button)
        self.setTabOrder(self.next_button, self.library_button)
        self._rebuild()

    def show_result(self, scenario: Scenario, result: SessionResult, *, badges: list[BadgeDefinition] | None = None,
                    next_title: str | None = None) -> None:
        """The report of `result`, with the badges this session earned and the recommended next scenario."""
        self.scenario, self.result = scenario, result
        self.badges, self.next_title = badges or [], next_title
        self._rebuild()
        self.scroll.verticalScrollBar().setValue(0)
        self.try_again_button.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild()
        super().changeEvent(event)

    def _rebuild(self) -> None:
        self.scroll.setAccessibleName(self.tr("Conversation report"))
        self.try_again_button.setText(self.tr("&Try again"))
        self.next_button.setText(self.tr("&Next recommended") if self.next_title else self.tr("&Next scenario"))
        self.next_caption.setText(self.tr("Next: {title}").format(title=self.next_title) if self.next_title else "")
        self.library_button.setText(self.tr("Back to the &library"))
        content = QWidget()
        content.setObjectName("page")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(16)
        if self.scenario is not None and self.result is not None:
            self._fill(layout, self.scenario, self.result)
        layout.addStretch(1)
        replace_content(self.scroll, content)

    def _fill(self, layout: QVBoxLayout, scenario: Scenario, result: SessionResult) -> None:
        layout.addWidget(PlainLabel(self.tr("CONVERSATION REPORT"), object_name="overline"))
        layout.addWidget(PlainLabel(scenario.title, object_name="pageTitle", wrap=True))

        summary = QHBoxLayout()
        summary.setSpacing(14)
        card, card_layout = _card()
        card_layout.addWidget(PlainLabel(self.tr("Outcome"), object_name="caption"))
        outcome = PlainLabel(outcome_name(result.outcome), object_name="outcomeChip")
        outcome.setProperty("tone", OUTCOME_TONES[result.outcome])
        card_layout.addWidget(outcome, 0, Qt.AlignmentFlag.AlignLeft)
        replies = (self.tr("after 1 reply") if len(result.turns) == 1
                   else self.tr("after {count} replies").format(count=len(result.turns)))
        card_layout.addWidget(PlainLabel(replies, object_name="muted"))
        card_layout.addStretch(1)
        summary.addWidget(card, 1)

        card, card_layout = _card()
        card_layout.addWidget(PlainLabel(self.tr("Customer satisfaction"), object_name="caption"))
        # One painted widget, so that a screen reader says the sentence and not the glyphs of the grey stars.
        stars = StarRating(result.csat, 5, object_name="csatStars", spoken=self.tr(
            "Customer satisfaction: {csat} out of 5").format(csat=result.csat))
        card_layout.addWidget(stars, 0, Qt.AlignmentFlag.AlignLeft)
        card_layout.addWidget(PlainLabel(self.tr("{csat} out of 5 (simulated CSAT)").format(csat=result.csat),
                                         object_name="muted"))
        card_layout.addStretch(1)
        summary.addWidget(card, 1)

        card, card_layout = _card()
        card_layout.addWidget(PlainLabel(self.tr("Average scores"), object_name="caption"))
        for dimension in DIMENSIONS:
            bar = ScoreBar(dimension)
            bar.set_score(mean(turn.score.get(dimension) for turn in result.turns))
            card_layout.addWidget(bar)
        summary.addWidget(card, 2)
        layout.addLayout(summary)

        card, card_layout = _card()
        card_layout.addWidget(PlainLabel(self.tr("Mood journey"), object_name="subTitle"))
        card_layout.addWidget(PlainLabel("  →  ".join(mood_name(mood) for mood in result.mood_journey),
                                         object_name="moodJourney", wrap=True))
        if scenario.key_points:
            card_layout.addSpacing(6)
            covered = sum(1 for point in scenario.key_points if point.id in result.key_points_covered)
            card_layout.addWidget(PlainLabel(self.tr("Key points: {covered} of {total} covered").format(
                covered=covered, total=len(scenario.key_points)), object_name="subTitle"))
            for point in scenario.key_points:
                done = point.id in result.key_points_covered
                label = PlainLabel(("✓  " if done else "✗  ") + point.description, object_name="keyPoint",
                                   wrap=True)
                label.setProperty("tone", "good" if done else "bad")
                label.setAccessibleName((self.tr("Covered: {point}") if done else self.tr("Missed: {point}"))
                                        .format(point=point.description))
                card_layout.addWidget(label)
        layout.addWidget(card)

        if self.badges:
            card, card_layout = _card("badgeCard")
            card_layout.addWidget(PlainLabel(self.tr("Badges earned"), object_name="subTitle"))
            for badge in self.badges:
                title = PlainLabel(f"✓  {badge_title(badge)}", object_name="badgeTitle")
                title.setProperty("earned", True)
                card_layout.addWidget(title)
                card_layout.addWidget(PlainLabel(badge_description(badge), object_name="caption", wrap=True))
            layout.addWidget(card)

        if result.turns:
            layout.addWidget(PlainLabel(self.tr("Reply by reply"), object_name="sectionTitle"))
        for turn in result.turns:
            layout.addWidget(self._turn_card(turn))

    def _turn_card(self, turn: Turn) -> QFrame:
        card, layout = _card("turnCard")
        heading = QHBoxLayout()
        heading.addWidget(PlainLabel(self.tr("Reply {number}").format(number=turn.index), object_name="subTitle"))
        heading.addWidget(PlainLabel(self.tr("answered in {time}").format(time=minutes_seconds(turn.seconds)),
                                     object_name="muted"))
        heading.addStretch(1)
        for dimension in (*DIMENSIONS, "overall"):
            value = turn.score.get(dimension)
            chip = PlainLabel(f"{dimension_name(dimension)} {value:.0f}" if value is not None
                              else f"{dimension_name(dimension)} —", object_name="scoreChip")
            chip.setProperty("band", score_band(value) if value is not None else "none")
            chip.setAccessibleName(spoken_score(dimension, value))
            heading.addWidget(chip)
        layout.addLayout(heading)
        layout.addWidget(PlainLabel(self.tr("Customer"), object_name="caption"))
        layout.addWidget(PlainLabel(turn.customer, object_name="customerQuote", wrap=True))
        columns = QGridLayout()
        columns.setHorizontalSpacing(16)
        columns.setVerticalSpacing(4)
        columns.addWidget(PlainLabel(self.tr("Your reply"), object_name="caption"), 0, 0)
        columns.addWidget(PlainLabel(self.tr("Model answer"), object_name="caption"), 0, 1)
        reply = PlainLabel(turn.reply, object_name="replyBox", wrap=True)
        reply.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        model = PlainLabel(turn.model_answer.strip() if turn.model_answer else self.tr("(none for this step)"),
                           object_name="modelBox", wrap=True)
        model.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (reply, model):
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        columns.addWidget(reply, 1, 0)
        columns.addWidget(model, 1, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        layout.addLayout(columns)
        weakest = weakest_tip(turn)
        if weakest is not None:
            dimension, tip = weakest
            layout.addWidget(PlainLabel(self.tr("Tip ({dimension}): {tip}").format(
                dimension=dimension_name(dimension), tip=core_text(tip)), object_name="muted", wrap=True))
        return card
