"""Help menu dialogs: the keyboard shortcuts and About, as plain text."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from simulator.gui.assets import icon

SHORTCUTS = (  # keys, what they do; the settings and quit keys depend on the platform and come last
    (QT_TRANSLATE_NOOP("HelpDialogs", "Enter"), QT_TRANSLATE_NOOP("HelpDialogs", "Send your reply")),
    (QT_TRANSLATE_NOOP("HelpDialogs", "Shift+Enter"), QT_TRANSLATE_NOOP("HelpDialogs", "New line in your reply")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("HelpDialogs", "Move between controls")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("HelpDialogs", "Search the scenario library")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("HelpDialogs", "Back to the scenario library")),
    ("Ctrl+H", QT_TRANSLATE_NOOP("HelpDialogs", "Your progress")),
    ("Ctrl+W", QT_TRANSLATE_NOOP("HelpDialogs", "Leave the conversation")),
)
ABOUT_TITLE = QT_TRANSLATE_NOOP("HelpDialogs", "About Agent Training Simulator")
ABOUT_TEXT = QT_TRANSLATE_NOOP(
    "HelpDialogs",
    "Agent Training Simulator\n\nPractise customer-service chats with simulated customers. Every reply is scored "
    "for empathy, clarity and speed by models running on this computer: no conversation leaves it.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpDialogs", text)


def show_shortcuts(parent: QWidget, settings_keys: str, quit_keys: str) -> None:
    rows = [(_tr(keys), _tr(what)) for keys, what in SHORTCUTS]
    rows += [(settings_keys, _tr(QT_TRANSLATE_NOOP("HelpDialogs", "Settings"))),
             (quit_keys, _tr(QT_TRANSLATE_NOOP("HelpDialogs", "Quit")))]
    box = QMessageBox(QMessageBox.Icon.NoIcon, _tr(QT_TRANSLATE_NOOP("HelpDialogs", "Keyboard shortcuts")),
                      "\n".join(f"{keys}\t{what}" for keys, what in rows), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def show_about(parent: QWidget) -> None:
    box = QMessageBox(QMessageBox.Icon.NoIcon, _tr(ABOUT_TITLE), _tr(ABOUT_TEXT), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIconPixmap(icon("app").pixmap(QSize(56, 56)))
    box.exec()
