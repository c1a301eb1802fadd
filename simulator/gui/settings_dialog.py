"""Settings: theme (system, light, dark), interface language, exam mode. Applied as soon as they are saved."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from simulator.gui.i18n import LANGUAGE_NAMES
from simulator.gui.preferences import LANGUAGES, Preferences, ThemeMode
from simulator.gui.widgets import PlainLabel


class SettingsDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(460)
        self.heading = PlainLabel(object_name="sectionTitle")
        self.theme = QComboBox()
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.exam_mode = QCheckBox()
        self.exam_hint = PlainLabel(object_name="caption", wrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setSpacing(12)
        self.theme_label = PlainLabel()
        self.language_label = PlainLabel()
        self.practice_label = PlainLabel()
        self.theme_label.setBuddy(self.theme)
        self.language_label.setBuddy(self.language)
        form.addRow(self.theme_label, self.theme)
        form.addRow(self.language_label, self.language)
        form.addRow(self.practice_label, self.exam_mode)
        form.addRow("", self.exam_hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.retranslate()
        self.theme.setCurrentIndex(self.theme.findData(preferences.theme.value))
        self.language.setCurrentIndex(self.language.findData(preferences.language))
        self.exam_mode.setChecked(preferences.exam_mode)

    def preferences(self) -> Preferences:
        return Preferences(theme=ThemeMode(self.theme.currentData()), language=str(self.language.currentData()),
                           exam_mode=self.exam_mode.isChecked())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.heading.setText(self.tr("Settings"))
        current = self.theme.currentData()
        self.theme.clear()
        self.theme.addItem(self.tr("Follow the system"), ThemeMode.SYSTEM.value)
        self.theme.addItem(self.tr("Light"), ThemeMode.LIGHT.value)
        self.theme.addItem(self.tr("Dark"), ThemeMode.DARK.value)
        if current is not None:
            self.theme.setCurrentIndex(self.theme.findData(current))
        self.theme_label.setText(self.tr("&Theme"))
        self.language_label.setText(self.tr("&Language"))
        self.practice_label.setText(self.tr("Practice"))
        self.exam_mode.setText(self.tr("&Exam mode"))
        self.exam_hint.setText(self.tr("Hides the scores and tips until the end of the conversation, as in a "
                                       "real assessment. Applies to the next conversation you start."))
        self.theme.setAccessibleName(self.tr("Theme"))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.exam_mode.setAccessibleName(self.tr("Exam mode"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
