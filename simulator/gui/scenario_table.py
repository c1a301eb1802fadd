"""The library's table: one row per scenario (title with its tags, difficulty as stars, channel, time, and with a
profile its last score and whether it is recommended), sortable and searchable."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from simulator.gui.labels import channel_name
from simulator.scenario.model import Scenario
from simulator.storage import Recommendation

TITLE, DIFFICULTY, CHANNEL, MINUTES, LAST_SCORE, FOR_YOU, TAGS = range(7)
PROFILE_COLUMNS = (LAST_SCORE, FOR_YOU)  # shown when a profile is in use
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SCENARIO_ROLE = Qt.ItemDataRole.UserRole + 2
TAGS_ROLE = Qt.ItemDataRole.UserRole + 3
AnyIndex = QModelIndex | QPersistentModelIndex
STAR = "★"
STAR_ON = QColor("#f59e0b")
RECOMMENDED_COLOUR = "#8b5cf6"  # readable on the light and the dark theme
CELL_PADDING = 14


class ScenarioTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scenarios: list[Scenario] = []
        self.last_scores: dict[str, float] = {}
        self.recommended: dict[str, Recommendation] = {}

    def set_scenarios(self, scenarios: list[Scenario]) -> None:
        self.beginResetModel()
        self.scenarios = scenarios
        self.endResetModel()

    def set_progress(self, last_scores: dict[str, float], recommended: dict[str, Recommendation]) -> None:
        self.last_scores, self.recommended = last_scores, recommended
        self.retranslate()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.scenarios:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.scenarios)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Scenario"), self.tr("Difficulty"), self.tr("Channel"), self.tr("Time"),
                self.tr("Last score"), self.tr("For you"), self.tr("Tags"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        scenario, column = self.scenarios[index.row()], index.column()
        if role == SCENARIO_ROLE:
            return scenario
        if role == TAGS_ROLE:
            return scenario.tags
        last = self.last_scores.get(scenario.id)
        recommended = scenario.id in self.recommended
        if role == Qt.ItemDataRole.DisplayRole:
            return (scenario.title, f"{scenario.difficulty}/5", channel_name(scenario.channel),
                    self.tr("{minutes} min").format(minutes=f"{scenario.estimated_minutes:g}"),
                    f"{last:.0f}" if last is not None else "—", self.tr("Recommended") if recommended else "",
                    ", ".join(scenario.tags))[column]
        if role == Qt.ItemDataRole.AccessibleTextRole and column == DIFFICULTY:
            return self.tr("Difficulty {level} of 5").format(level=scenario.difficulty)
        if role == SORT_ROLE:
            return (scenario.title.casefold(), scenario.difficulty, channel_name(scenario.channel),
                    scenario.estimated_minutes, -1 if last is None else last, int(recommended),
                    ", ".join(scenario.tags))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (MINUTES, LAST_SCORE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == FOR_YOU:
            return QColor(RECOMMENDED_COLOUR)
        if role == Qt.ItemDataRole.FontRole and column == FOR_YOU:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _draw_cell_without_text(delegate: QStyledItemDelegate, painter: QPainter, option: QStyleOptionViewItem,
                            index: AnyIndex) -> QStyleOptionViewItem:
    """Draw the cell's background, selection and focus as the style does, without its text; return the options
    so the delegate can paint its own content."""
    item = QStyleOptionViewItem(option)
    delegate.initStyleOption(item, index)
    item.text = ""
    widget = option.widget  # type: ignore[attr-defined]
    style = widget.style() if widget else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
    return item


class DifficultyDelegate(QStyledItemDelegate):
    """Difficulty as five stars, the earned ones in amber: clearer than ★☆ glyphs, which many fonts draw alike."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        level = int(index.data(SORT_ROLE))
        item = _draw_cell_without_text(self, painter, option, index)
        painter.save()
        painter.setFont(item.font)
        step = QFontMetrics(item.font).horizontalAdvance(STAR) + 2
        rect = item.rect  # type: ignore[attr-defined]
        x = rect.left() + CELL_PADDING
        for position in range(5):
            painter.setPen(STAR_ON if position < level else item.palette.color(QPalette.ColorRole.Dark))
            painter.drawText(QRect(x, rect.top(), step, rect.height()), Qt.AlignmentFlag.AlignVCenter, STAR)
            x += step
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        width = 5 * (QFontMetrics(option.font).horizontalAdvance(STAR) + 2)  # type: ignore[attr-defined]
        return QSize(width + 2 * CELL_PADDING, hint.height())


class TitleDelegate(QStyledItemDelegate):
    """The scenario's title with its tags underneath, smaller and muted: one column, easy to scan."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        item = _draw_cell_without_text(self, painter, option, index)
        palette = item.palette
        title_font = QFont(item.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        tags_font = QFont(item.font)
        tags_font.setPointSizeF(item.font.pointSizeF() * 0.85)
        title_height = QFontMetrics(title_font).height()
        block = title_height + QFontMetrics(tags_font).height() + 2
        cell = item.rect  # type: ignore[attr-defined]
        top = cell.top() + max(0, (cell.height() - block) // 2)
        rect = QRect(cell.left() + CELL_PADDING, top, cell.width() - 2 * CELL_PADDING, block)
        painter.save()
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title = QFontMetrics(title_font).elidedText(str(index.data()), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), title_height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(tags_font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        tags = "  ".join(f"#{tag}" for tag in index.data(TAGS_ROLE))
        tags = QFontMetrics(tags_font).elidedText(tags, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top() + title_height + 2, rect.width(), rect.height() - title_height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, tags)
        painter.restore()
