"""The user's preferences and window layout, kept with QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QByteArray, QLocale, QSettings


class ThemeMode(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


LANGUAGES = ("en", "fr")


@dataclass(frozen=True)
class Preferences:
    theme: ThemeMode = ThemeMode.SYSTEM
    language: str = "en"
    exam_mode: bool = False


def system_language() -> str:
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


class PreferenceStore:
    """Reads and writes preferences; pass a QSettings on a file to keep tests away from the user's own."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings()

    def load(self) -> Preferences:
        theme = str(self.settings.value("appearance/theme", ThemeMode.SYSTEM.value))
        language = str(self.settings.value("appearance/language", system_language()))
        exam = self.settings.value("practice/exam_mode", False, type=bool)
        return Preferences(
            theme=ThemeMode(theme) if theme in {mode.value for mode in ThemeMode} else ThemeMode.SYSTEM,
            language=language if language in LANGUAGES else "en",
            exam_mode=bool(exam),
        )

    def save(self, preferences: Preferences) -> None:
        self.settings.setValue("appearance/theme", preferences.theme.value)
        self.settings.setValue("appearance/language", preferences.language)
        self.settings.setValue("practice/exam_mode", preferences.exam_mode)
        self.settings.sync()

    def last_profile(self) -> int | None:
        """The id of the profile used last: the app starts in it."""
        value = self.settings.value("profile/last_user_id")
        return int(value) if value is not None and str(value).isdigit() else None

    def save_last_profile(self, user_id: int) -> None:
        self.settings.setValue("profile/last_user_id", user_id)
        self.settings.sync()

    def window_state(self, key: str) -> QByteArray | None:
        value = self.settings.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window_state(self, key: str, value: QByteArray) -> None:
        self.settings.setValue(f"window/{key}", value)
        self.settings.sync()
