"""Where the app's icons, style sheet and translations live (the repository's `assets/` folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ASSETS = Path(__file__).resolve().parents[2] / "assets"
ICONS = ASSETS / "icons"
STYLE_SHEET = ASSETS / "qss" / "app.qss"
TRANSLATIONS = ASSETS / "i18n"


def icon(name: str) -> QIcon:
    """An SVG icon from assets/icons, sharp at any screen scale."""
    return QIcon(str(ICONS / f"{name}.svg"))
