"""Light and dark themes: a colour table per theme, Qt's palette built from it, and assets/qss/app.qss.

The style sheet holds the shapes (radii, borders, spacing, the look of each chat channel); its colours are
`@name@` tokens filled in from the table below (and `@icons@`, the icons folder), so both themes share one sheet.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from simulator.gui.assets import ICONS, STYLE_SHEET
from simulator.gui.preferences import ThemeMode

FONT_FAMILIES = ["Inter", "Segoe UI", "SF Pro Text", "Noto Sans", "Cantarell", "Ubuntu", "DejaVu Sans"]
FONT_POINT_SIZE = 10

LIGHT = {
    "window": "#f4f5f8", "surface": "#ffffff", "surface_alt": "#f1f2f6", "border": "#e2e5eb",
    "border_strong": "#cfd4dd", "text": "#1b2130", "muted": "#5f6878", "primary": "#4f46e5",
    "primary_hover": "#4338ca", "primary_text": "#ffffff", "focus": "#818cf8", "accent": "#7c3aed",
    "appbar": "#1e1b4b", "appbar_text": "#ffffff", "appbar_muted": "#c3c5f3", "appbar_hover": "#2e2a6b",
    "good": "#16a34a", "fair": "#d97706", "poor": "#dc2626", "neutral": "#64748b",
    "good_soft": "#dcfce7", "poor_soft": "#fee2e2", "fair_soft": "#fef3c7",
    "error_bg": "#fef2f2", "error_border": "#fecaca", "error_text": "#991b1b",
    "selection": "#e0e7ff", "selection_text": "#1b2130", "track": "#e8eaf0",
    "lc_header": "#2563eb", "lc_canvas": "#ffffff", "lc_customer": "#f0f2f6", "lc_customer_text": "#1b2130",
    "lc_agent": "#2563eb", "lc_agent_text": "#ffffff", "lc_meta": "#7b8494", "lc_agent_meta": "#dbe6ff",
    "wa_header": "#075e54", "wa_canvas": "#efeae2", "wa_customer": "#ffffff", "wa_customer_text": "#111b21",
    "wa_agent": "#d9fdd3", "wa_agent_text": "#111b21", "wa_meta": "#667781",
    "hd_header": "#4a154b", "hd_canvas": "#ffffff", "hd_customer": "#f8f8fa", "hd_customer_text": "#1d1c1d",
    "hd_agent": "#f5f1ff", "hd_agent_text": "#1d1c1d", "hd_meta": "#616061", "hd_customer_accent": "#e01e5a",
    "hd_agent_accent": "#7c3aed", "hd_border": "#e4e4e7",
}

DARK = {
    "window": "#121419", "surface": "#1b1e25", "surface_alt": "#232730", "border": "#2e333e",
    "border_strong": "#3d4350", "text": "#e7e9ee", "muted": "#9ba3b2", "primary": "#6d68f5",
    "primary_hover": "#5c56ea", "primary_text": "#ffffff", "focus": "#a5a2ff", "accent": "#b69cff",
    "appbar": "#16143a", "appbar_text": "#ffffff", "appbar_muted": "#a9abdf", "appbar_hover": "#26235a",
    "good": "#22c55e", "fair": "#f59e0b", "poor": "#f05252", "neutral": "#7c8799",
    "good_soft": "#123524", "poor_soft": "#3b1618", "fair_soft": "#3a2a0c",
    "error_bg": "#2a1416", "error_border": "#5b2227", "error_text": "#fca5a5",
    "selection": "#312e81", "selection_text": "#ffffff", "track": "#2a2f39",
    "lc_header": "#1d4ed8", "lc_canvas": "#171a20", "lc_customer": "#262a33", "lc_customer_text": "#e7e9ee",
    "lc_agent": "#2563eb", "lc_agent_text": "#ffffff", "lc_meta": "#8b93a3", "lc_agent_meta": "#c7d7fe",
    "wa_header": "#202c33", "wa_canvas": "#0b141a", "wa_customer": "#202c33", "wa_customer_text": "#e9edef",
    "wa_agent": "#005c4b", "wa_agent_text": "#e9edef", "wa_meta": "#8696a0",
    "hd_header": "#3f0e40", "hd_canvas": "#1a1d21", "hd_customer": "#222529", "hd_customer_text": "#d1d2d3",
    "hd_agent": "#28233d", "hd_agent_text": "#d1d2d3", "hd_meta": "#9a9b9e", "hd_customer_accent": "#e01e5a",
    "hd_agent_accent": "#a78bfa", "hd_border": "#34373d",
}

_TOKEN = re.compile(r"@(\w+)@")


def is_dark(mode: ThemeMode) -> bool:
    if mode is ThemeMode.SYSTEM:
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return mode is ThemeMode.DARK


def style_sheet(colours: dict[str, str]) -> str:
    tokens = {**colours, "icons": ICONS.as_posix()}
    return _TOKEN.sub(lambda match: tokens[match.group(1)], STYLE_SHEET.read_text(encoding="utf-8"))


def palette(colours: dict[str, str]) -> QPalette:
    result = QPalette()
    roles = {
        QPalette.ColorRole.Window: "window", QPalette.ColorRole.WindowText: "text",
        QPalette.ColorRole.Base: "surface", QPalette.ColorRole.AlternateBase: "surface_alt",
        QPalette.ColorRole.Text: "text", QPalette.ColorRole.Button: "surface",
        QPalette.ColorRole.ButtonText: "text", QPalette.ColorRole.Highlight: "primary",
        QPalette.ColorRole.HighlightedText: "primary_text", QPalette.ColorRole.ToolTipBase: "surface",
        QPalette.ColorRole.ToolTipText: "text", QPalette.ColorRole.PlaceholderText: "muted",
        QPalette.ColorRole.Link: "primary", QPalette.ColorRole.Mid: "border",
        QPalette.ColorRole.Midlight: "surface_alt", QPalette.ColorRole.Dark: "border_strong",
    }
    for role, token in roles.items():
        result.setColor(role, QColor(colours[token]))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours["muted"]))
    return result


def apply_theme(app: QApplication, mode: ThemeMode) -> None:
    colours = DARK if is_dark(mode) else LIGHT
    app.setStyle("Fusion")
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(FONT_POINT_SIZE)
    app.setFont(font)
    app.setPalette(palette(colours))
    app.setStyleSheet(style_sheet(colours))
