"""The practice view: the chat in the channel's look, the customer's mood, patience and waiting timer, the
input box, and the feedback panel beside the chat."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from simulator.domain import Message, SessionResult, Turn
from simulator.gui.assets import icon
from simulator.gui.chat_bubbles import AVATAR_SIZE, ChatView, initials
from simulator.gui.feedback_panel import FeedbackPanel
from simulator.gui.labels import MOOD_TONES, channel_name, minutes_seconds, mood_name, outcome_name
from simulator.gui.reply_input import ReplyInput
from simulator.gui.session_driver import SessionDriver
from simulator.gui.widgets import PlainLabel, primary_button, repolish, set_style_property
from simulator.service.practice import PracticeSession


class ChatHeader(QFrame):
    """Who the customer is, through which channel, how they feel and how long they have been waiting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatHeader")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(12)
        self.avatar = PlainLabel(object_name="headerAvatar")
        self.avatar.setFixedSize(AVATAR_SIZE + 4, AVATAR_SIZE + 4)
        self.avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        names = QVBoxLayout()
        names.setSpacing(0)
        self.name = PlainLabel(object_name="chatHeaderName")
        self.subtitle = PlainLabel(object_name="chatHeaderMeta")
        names.addWidget(self.name)
        names.addWidget(self.subtitle)
        self.mood = PlainLabel(object_name="moodChip")
        self.patience = PlainLabel(object_name="patience")
        self.timer = PlainLabel(object_name="waitTimer")
        self.timer.setMinimumWidth(120)
        self.timer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.leave = QPushButton()
        self.leave.setObjectName("headerButton")
        layout.addWidget(self.avatar)
        layout.addLayout(names, 1)
        for widget in (self.mood, self.patience, self.timer, self.leave):
            layout.addWidget(widget)


class PracticeView(QWidget):
    report_requested = Signal(object)  # SessionResult
    leave_requested = Signal()  # confirmed: the window abandons the session and goes back to the library

    def __init__(self, driver: SessionDriver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceView")
        self.setProperty("channel", "live_chat")
        self.driver = driver
        self.exam_mode = False
        self.failure = ""  # why the last reply could not be scored or saved (the core's words)
        self.failure_is_saving = False  # the database refused the reply, its score or the end (not the scorer)

        self.header = ChatHeader()
        self.chat = ChatView()
        self.input = ReplyInput()
        self.send_button = primary_button()
        self.send_button.setObjectName("sendButton")
        self.send_button.setIcon(icon("send"))
        self.hint = PlainLabel(object_name="caption")

        self.error_banner = QFrame()
        self.error_banner.setObjectName("errorBanner")
        self.error_text = PlainLabel(object_name="errorText", wrap=True)
        self.retry_button = QPushButton()
        banner_layout = QHBoxLayout(self.error_banner)
        banner_layout.setContentsMargins(14, 10, 14, 10)
        banner_layout.addWidget(self.error_text, 1)
        banner_layout.addWidget(self.retry_button)
        self.error_banner.hide()

        self.end_banner = QFrame()
        self.end_banner.setObjectName("endBanner")
        self.end_text = PlainLabel(object_name="endText", wrap=True)
        self.report_button = primary_button()
        end_layout = QHBoxLayout(self.end_banner)
        end_layout.setContentsMargins(16, 12, 16, 12)
        end_layout.addWidget(self.end_text, 1)
        end_layout.addWidget(self.report_button)
        self.end_banner.hide()

        composer = QFrame()
        composer.setObjectName("composer")
        composer_layout = QVBoxLayout(composer)
        composer_layout.setContentsMargins(16, 12, 16, 10)
        composer_layout.setSpacing(6)
        input_row = QHBoxLayout()
        input_row.setSpacing(10)
        input_row.addWidget(self.input, 1)
        input_row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        composer_layout.addLayout(input_row)
        composer_layout.addWidget(self.hint)

        chat_column = QWidget()
        chat_layout = QVBoxLayout(chat_column)
        chat_layout.setContentsMargins(0, 0, 0, 0)
        chat_layout.setSpacing(0)
        chat_layout.addWidget(self.chat, 1)
        chat_layout.addWidget(self.error_banner)
        chat_layout.addWidget(self.end_banner)
        chat_layout.addWidget(composer)

        side = QFrame()
        side.setObjectName("sidePanel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        brief = QFrame()
        brief.setObjectName("briefCard")
        brief_layout = QVBoxLayout(brief)
        brief_layout.setContentsMargins(18, 16, 18, 16)
        brief_layout.setSpacing(6)
        self.brief_heading = PlainLabel(object_name="overline")
        self.brief_title = PlainLabel(object_name="sectionTitle", wrap=True)
        self.brief_text = PlainLabel(object_name="briefText", wrap=True)
        self.brief_target = PlainLabel(object_name="caption", wrap=True)
        for widget in (self.brief_heading, self.brief_title, self.brief_text, self.brief_target):
            brief_layout.addWidget(widget)
        self.feedback = FeedbackPanel()
        side_layout.addWidget(brief)
        side_layout.addWidget(self.feedback, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("practiceSplitter")
        self.splitter.addWidget(chat_column)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        chat_column.setMinimumWidth(420)
        side.setMinimumWidth(320)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)

        self.setTabOrder(self.input, self.send_button)
        self.setTabOrder(self.send_button, self.report_button)
        self.setTabOrder(self.report_button, self.retry_button)
        self.setTabOrder(self.retry_button, self.header.leave)
        self.setTabOrder(self.header.leave, self.feedback)

        self.input.submitted.connect(self.send)
        self.send_button.clicked.connect(lambda: self.send(self.input.toPlainText()))
        self.retry_button.clicked.connect(self._retry)
        self.report_button.clicked.connect(self._open_report)
        self.header.leave.clicked.connect(self.leave)
        QShortcut(QKeySequence("Ctrl+W"), self, self.leave, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        driver.message_shown.connect(self._message_shown)
        driver.typing_changed.connect(self._typing_changed)
        driver.customer_changed.connect(self._refresh_customer)
        driver.scoring_started.connect(self._scoring_started)
        driver.turn_completed.connect(self._turn_completed)
        driver.scoring_failed.connect(self._scoring_failed)
        driver.saving_failed.connect(self._saving_failed)
        driver.conversation_over.connect(self._conversation_over)
        driver.tick.connect(self._refresh_timer)
        self.retranslate()

    # -- session ---------------------------------------------------------------------------------

    def start(self, practice: PracticeSession, exam_mode: bool, *, resumed: bool = False) -> None:
        """Show `practice` and run it: a new session, or one resumed from the database."""
        scenario = practice.scenario
        self.exam_mode = exam_mode
        self.failure = ""
        self.setProperty("channel", scenario.channel.value)
        persona = scenario.persona
        self.chat.reset(scenario.channel, persona.name)
        self.header.avatar.setText(initials(persona.name))
        self.header.avatar.setAccessibleName(persona.name)
        self.header.name.setText(persona.name)
        self.brief_title.setText(scenario.title)
        self.brief_text.setText(" ".join(scenario.description.split()))
        self.feedback.clear(scenario)
        if exam_mode:
            self.feedback.show_hidden()
        self.error_banner.hide()
        self.end_banner.hide()
        self.input.clear()
        self.input.setEnabled(True)
        if resumed:
            self.driver.adopt(practice)
        else:
            self.driver.start(practice)
        self.retranslate()
        repolish(self)
        self.input.setFocus()

    def send(self, text: str) -> None:
        if self.driver.send(text):
            self.input.clear()
        self._refresh_controls()

    def leave(self) -> None:
        if self.driver.active and self.driver.session and not self.driver.session.finished:
            answer = QMessageBox.question(
                self, self.tr("Leave the conversation?"),
                self.tr("The customer is still waiting. Leave this conversation? It will not be scored."))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.leave_requested.emit()

    # -- driver events -----------------------------------------------------------------------------

    def _message_shown(self, message: Message) -> None:
        self.chat.add_message(message)
        self._refresh_controls()

    def _typing_changed(self, typing: bool) -> None:
        self.chat.set_typing(typing)
        self._refresh_controls()

    def _scoring_started(self) -> None:
        self.error_banner.hide()
        if not self.exam_mode:
            self.feedback.show_scoring()
        self._refresh_controls()

    def _turn_completed(self, turn: Turn) -> None:
        if self.exam_mode:
            self.feedback.show_hidden()
        else:
            self.feedback.show_turn(turn)
        self._refresh_customer()
        self._refresh_controls()

    def _scoring_failed(self, message: str) -> None:
        self._show_failure(message, saving=False)

    def _saving_failed(self, message: str) -> None:
        if self.feedback.state == "scoring":  # the score came, but could not be saved
            self.feedback.clear(self.driver.scenario)
        self._show_failure(message, saving=True)

    def _show_failure(self, message: str, *, saving: bool) -> None:
        self.failure, self.failure_is_saving = message, saving
        self.error_banner.show()
        self.retranslate()
        self.retry_button.setFocus()

    def _retry(self) -> None:
        self.error_banner.hide()
        self.driver.retry()
        self._refresh_controls()

    def _conversation_over(self, result: SessionResult) -> None:
        self.input.setEnabled(False)
        self.end_banner.show()
        self._refresh_controls()
        self.retranslate()
        self.report_button.setFocus()

    def _open_report(self) -> None:
        result = self.driver.result()
        if result is not None:
            self.report_requested.emit(result)

    # -- display ---------------------------------------------------------------------------------

    def _refresh_customer(self) -> None:
        scenario = self.driver.scenario
        if scenario is None:
            return
        mood = self.driver.mood
        self.header.mood.setText(mood_name(mood))
        self.header.mood.setAccessibleName(self.tr("Customer's mood: {mood}").format(mood=mood_name(mood)))
        set_style_property(self.header.mood, "tone", MOOD_TONES.get(mood, "neutral"))
        full, left = scenario.persona.patience, max(0, self.driver.patience)
        self.header.patience.setText(self.tr("Patience") + "  " + "●" * left + "○" * (full - left))
        self.header.patience.setAccessibleName(
            self.tr("Patience: {left} of {full}").format(left=left, full=full))

    def _refresh_timer(self) -> None:
        waiting = self.driver.waiting_seconds()
        if waiting is None:
            self.header.timer.setText("")
            self.header.timer.setAccessibleName("")
            return
        target = self.driver.target_seconds()
        text = self.tr("Waiting {time}").format(time=minutes_seconds(waiting))
        self.header.timer.setText(text)
        self.header.timer.setAccessibleName(text)
        set_style_property(self.header.timer, "late", waiting > target)

    def _refresh_controls(self) -> None:
        driver = self.driver
        self.send_button.setEnabled(driver.can_send)
        if driver.session is not None and driver.session.finished:
            self.hint.setText(self.tr("The conversation is over."))
        elif driver.scoring:
            self.hint.setText(self.tr("Scoring your reply…"))
        elif driver.saving_refused:
            self.hint.setText(self.tr("Your reply is kept here until it can be saved."))
        elif driver.customer_typing:
            self.hint.setText(self.tr("Wait for the customer to finish writing before you send."))
        else:
            self.hint.setText(self.tr("Enter to send · Shift+Enter for a new line"))

    def retranslate(self) -> None:
        self.header.leave.setText(self.tr("Leave"))
        self.header.leave.setToolTip(self.tr("Leave this conversation (Ctrl+W)"))
        self.header.leave.setAccessibleName(self.tr("Leave the conversation"))
        self.send_button.setText(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send your reply (Enter)"))
        self.send_button.setAccessibleName(self.tr("Send reply"))
        self.input.setPlaceholderText(self.tr("Write your reply…"))
        self.input.setAccessibleName(self.tr("Your reply"))
        self.input.setAccessibleDescription(self.tr("Enter sends the reply; Shift+Enter starts a new line"))
        self.retry_button.setText(self.tr("Retry"))
        self.error_text.setText(self._failure_text())
        self.report_button.setText(self.tr("See your report"))
        result = self.driver.result()
        if result is not None:
            self.end_text.setText(self.tr("The conversation is over. Outcome: {outcome}.").format(
                outcome=outcome_name(result.outcome)))
        self.brief_heading.setText(self.tr("YOUR TASK"))
        self.chat.setAccessibleName(self.tr("Conversation"))
        self.feedback.setAccessibleName(self.tr("Feedback on your last reply"))
        scenario = self.driver.scenario
        if scenario is not None:
            self.header.subtitle.setText(channel_name(scenario.channel))
            self.brief_target.setText(self.tr("Reply within about {seconds} seconds.").format(
                seconds=f"{scenario.timing.target_seconds:.0f}"))
            self._refresh_customer()
        self._refresh_timer()
        self._refresh_controls()

    def _failure_text(self) -> str:
        if self.failure_is_saving and self.driver.end_unsaved:
            return self.tr("The conversation is over, but its end could not be saved. Nothing is lost: your "
                           "result is kept, and Retry saves it once the database works again; then you can see "
                           "your report. The problem: {error}").format(error=self.failure)
        if self.failure_is_saving:
            return self.tr("Your reply could not be saved, so the conversation is paused. Nothing is lost: "
                           "your reply is kept, and Retry saves it once the database works again. "
                           "The problem: {error}").format(error=self.failure)
        return self.tr("Your reply could not be scored: {error}").format(error=self.failure)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
