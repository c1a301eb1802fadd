"""The conversation as chat bubbles: customer on the left, the trainee on the right, and a typing indicator.

The channel's look (colours, bubble shapes, header) comes from the style sheet, keyed on the `channel`
property of the practice view; this module only decides which parts a channel shows (avatars, names).
Every text is shown as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTime, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from simulator.domain import Channel, Message
from simulator.gui.widgets import PlainLabel

BUBBLE_WIDTH_SHARE = 0.72
MIN_BUBBLE_WIDTH = 220
BUBBLE_BORDER_ALLOWANCE = 8  # the thick left border of the helpdesk look
TYPING_FRAME_MS = 350
AVATAR_SIZE = 34


@dataclass(frozen=True)
class ChannelLook:
    avatars: bool  # an avatar beside the customer's messages
    names: bool  # the sender's name above each message


LOOKS = {
    Channel.LIVE_CHAT: ChannelLook(avatars=True, names=False),
    Channel.MESSAGING: ChannelLook(avatars=False, names=False),
    Channel.INTERNAL_HELPDESK: ChannelLook(avatars=True, names=True),
}


def initials(name: str) -> str:
    parts = [part for part in name.split() if part[:1].isalpha()]
    return "".join(part[0] for part in parts[:2]).upper() or "?"


def _avatar(name: str) -> PlainLabel:
    avatar = PlainLabel(initials(name), object_name="avatar")
    avatar.setFixedSize(AVATAR_SIZE, AVATAR_SIZE)
    avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
    avatar.setAccessibleName(name)
    return avatar


class ChatBubble(QFrame):
    def __init__(self, message: Message, sender: str, look: ChannelLook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self.setObjectName("bubble")
        self.setProperty("role", message.role)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 9, 14, 7)
        layout.setSpacing(3)
        self.sender_label = PlainLabel(sender, object_name="bubbleSender")
        self.sender_label.setVisible(look.names)
        self.text_label = PlainLabel(message.text, object_name="bubbleText", wrap=True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta_label = PlainLabel(object_name="bubbleMeta")
        self.meta_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._time = QTime.currentTime()
        self._sender = sender
        for widget in (self.sender_label, self.text_label, self.meta_label):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        time = self._time.toString("HH:mm")
        self.meta_label.setText(self.tr("{time} · follow-up").format(time=time) if self.message.follow_up
                                else time)
        self.setAccessibleName(self.tr("{sender} at {time}").format(sender=self._sender, time=time))
        self.text_label.setAccessibleName(self.message.text)


class TypingIndicator(QWidget):
    """Three dots that take turns, and "Name is typing…"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.avatar_slot = QHBoxLayout()
        layout.addLayout(self.avatar_slot)
        self.dots = PlainLabel(object_name="typingDots")
        self.dots.setProperty("role", "customer")
        self.caption = PlainLabel(object_name="typingCaption")
        layout.addWidget(self.dots)
        layout.addWidget(self.caption)
        layout.addStretch(1)
        self.name = ""
        self._frame = 0
        self._timer = QTimer(self)
        self._timer.setInterval(TYPING_FRAME_MS)
        self._timer.timeout.connect(self._animate)
        self._animate()

    def set_customer(self, name: str, look: ChannelLook) -> None:
        self.name = name
        while (item := self.avatar_slot.takeAt(0)) is not None:
            if widget := item.widget():
                widget.hide()
                widget.deleteLater()
        if look.avatars:
            self.avatar_slot.addWidget(_avatar(name), 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("{name} is typing…").format(name=self.name))
        self.setAccessibleName(self.caption.text())

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self._timer.stop()
        super().hideEvent(event)

    def _animate(self) -> None:
        self._frame = (self._frame + 1) % 3
        self.dots.setText("  ".join("●" if index == self._frame else "○" for index in range(3)))


class ChatView(QScrollArea):
    """The scrolling list of bubbles; keeps the newest message in view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatArea")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        canvas = QWidget()
        canvas.setObjectName("chatCanvas")
        self._rows = QVBoxLayout(canvas)
        self._rows.setContentsMargins(20, 18, 20, 18)
        self._rows.setSpacing(10)
        self.typing = TypingIndicator()
        self.typing.hide()
        self._rows.addWidget(self.typing)
        self._rows.addStretch(1)
        self.setWidget(canvas)
        self.bubbles: list[ChatBubble] = []
        self.customer_name = ""
        self.look = LOOKS[Channel.LIVE_CHAT]
        self.verticalScrollBar().rangeChanged.connect(self._scroll_to_end)

    def reset(self, channel: Channel, customer_name: str) -> None:
        for bubble in self.bubbles:
            row = bubble.parentWidget()
            self._rows.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.bubbles = []
        self.look = LOOKS[channel]
        self.customer_name = customer_name
        self.typing.set_customer(customer_name, self.look)
        self.typing.hide()

    def add_message(self, message: Message) -> ChatBubble:
        customer = message.role == "customer"
        bubble = ChatBubble(message, self.customer_name if customer else self.tr("You"), self.look)
        row = QWidget()
        row.setObjectName("chatRow")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        if customer:
            if self.look.avatars:
                layout.addWidget(_avatar(self.customer_name), 0, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(bubble)
            layout.addStretch(1)
        else:
            layout.addStretch(1)
            layout.addWidget(bubble)
        self._rows.insertWidget(self._rows.indexOf(self.typing), row)
        self.bubbles.append(bubble)
        self._fit(bubble)
        return bubble

    def set_typing(self, typing: bool) -> None:
        self.typing.setVisible(typing)

    def retranslate(self) -> None:
        self.typing.retranslate()
        for bubble in self.bubbles:
            bubble.retranslate()
            if bubble.message.role == "agent":
                bubble.sender_label.setText(self.tr("You"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for bubble in self.bubbles:
            self._fit(bubble)

    def _fit(self, bubble: ChatBubble) -> None:
        """At most ~¾ of the chat's width; short messages keep their natural width instead of wrapping early."""
        width = max(MIN_BUBBLE_WIDTH, int(self.viewport().width() * BUBBLE_WIDTH_SHARE))
        bubble.setMaximumWidth(width)
        label = bubble.text_label
        label.ensurePolished()
        natural = max(label.fontMetrics().horizontalAdvance(line) for line in label.text().splitlines() or [""])
        margins = bubble.layout().contentsMargins()
        frame = margins.left() + margins.right() + 2 * bubble.frameWidth() + BUBBLE_BORDER_ALLOWANCE
        label.setMinimumWidth(min(natural + 2, width - frame))

    def _scroll_to_end(self, _minimum: int, maximum: int) -> None:
        self.verticalScrollBar().setValue(maximum)
