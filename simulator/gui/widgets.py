"""Small widget helpers shared by the views: plain-text labels, star ratings and re-polishing after a style
property changes."""

from __future__ import annotations

from PySide6.QtCore import Property, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QSizePolicy, QWidget

STAR = "★"


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


class StarRating(QWidget):
    """`count` of `total` stars, the earned ones in the text colour, the others in `missingColor`.

    The stars are painted, not text: a screen reader reads only the accessible name the caller gives (the
    rating as a sentence), never the glyphs. The style sheet sets the font, the `color` of the earned stars and
    `qproperty-missingColor` for the others.
    """

    def __init__(self, count: int, total: int = 5, parent: QWidget | None = None, *, object_name: str = "",
                 spoken: str = "") -> None:
        super().__init__(parent)
        self.count, self.total = max(0, min(count, total)), total
        self._missing_color = QColor()
        if object_name:
            self.setObjectName(object_name)
        self.setAccessibleName(spoken)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def _get_missing_color(self) -> QColor:
        return self._missing_color

    def _set_missing_color(self, color: QColor) -> None:
        self._missing_color = QColor(color)
        self.update()

    missingColor = Property(QColor, _get_missing_color, _set_missing_color)  # noqa: N815 (a Qt property name)

    def _step(self) -> int:
        return QFontMetrics(self.font()).horizontalAdvance(STAR) + 2

    def sizeHint(self) -> QSize:
        return QSize(self.total * self._step(), QFontMetrics(self.font()).height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        earned = self.palette().color(QPalette.ColorRole.WindowText)
        missing = self._missing_color if self._missing_color.isValid() else self.palette().color(
            QPalette.ColorRole.Dark)
        step = self._step()
        for position in range(self.total):
            painter.setPen(earned if position < self.count else missing)
            painter.drawText(QRect(position * step, 0, step, self.height()), Qt.AlignmentFlag.AlignVCenter, STAR)
        painter.end()


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
