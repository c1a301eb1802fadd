"""Small widget helpers shared by the views: plain-text labels and re-polishing after a style property changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QWidget


class PlainLabel(QLabel):
    """A label that never interprets markup: whatever it is given is shown literally.

    Every label of the app is one of these, so a customer message or a reply such as `<b>hi</b>` or
    `<img src=...>` is displayed as typed, never rendered.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, *, object_name: str = "",
                 wrap: bool = False) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setWordWrap(wrap)
        if object_name:
            self.setObjectName(object_name)


def primary_button(text: str = "", parent: QWidget | None = None) -> QPushButton:
    """The page's main action: Enter presses it when it has the focus, as Space does."""
    button = QPushButton(text, parent)
    button.setProperty("primary", True)
    button.setAutoDefault(True)
    return button


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Set a property that style sheet selectors read, and restyle the widget and its children."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    repolish(widget)


def repolish(widget: QWidget) -> None:
    style = widget.style()
    for child in (widget, *widget.findChildren(QWidget)):
        style.unpolish(child)
        style.polish(child)
        child.update()


def replace_content(scroll: QScrollArea, content: QWidget) -> None:
    """Show `content` in `scroll`; the old content is deleted later, never while Qt may still be delivering an
    event (a language or palette change) to it."""
    old = scroll.takeWidget()
    scroll.setWidget(content)
    if old is not None:
        old.deleteLater()
