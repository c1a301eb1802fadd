"""The bar at the top of the window: the app's name, navigation, the profile in use and Settings."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from simulator.gui.assets import icon
from simulator.gui.widgets import PlainLabel


def _button(icon_name: str) -> QToolButton:
    button = QToolButton()
    button.setObjectName("appBarButton")
    button.setIcon(icon(icon_name))
    button.setIconSize(QSize(18, 18))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return button


class AppBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 12, 8)
        layout.setSpacing(8)
        self.logo = PlainLabel()
        self.logo.setPixmap(icon("app").pixmap(QSize(30, 30)))
        self.title = PlainLabel(object_name="appTitle")
        self.library_button = _button("library")
        self.history_button = _button("history")
        self.profile_button = _button("profile")
        self.settings_button = _button("settings")
        layout.addWidget(self.logo)
        layout.addWidget(self.title)
        layout.addSpacing(24)
        layout.addWidget(self.library_button)
        layout.addWidget(self.history_button)
        layout.addStretch(1)
        layout.addWidget(self.profile_button)
        layout.addWidget(self.settings_button)

    def show_profile_controls(self, shown: bool) -> None:
        """History and the profile button need the database; without it they are hidden."""
        self.history_button.setVisible(shown)
        self.profile_button.setVisible(shown)
