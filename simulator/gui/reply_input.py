"""The trainee's input box: Enter sends, Shift+Enter starts a new line, Tab moves to the next control."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

SEND_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ReplyInput(QPlainTextEdit):
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyInput")
        self.setTabChangesFocus(True)
        self.setFixedHeight(84)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in SEND_KEYS and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            if self.toPlainText().strip():
                self.submitted.emit(self.toPlainText())
            return
        if event.key() in SEND_KEYS:  # Shift+Enter: a plain new line, never a paragraph separator
            self.insertPlainText("\n")
            return
        super().keyPressEvent(event)
