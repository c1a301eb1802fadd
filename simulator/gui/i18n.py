"""Interface languages: English (the source strings) and French (assets/i18n/simulator_fr.qm).

Installing a translator makes Qt send a LanguageChange event to every widget; each view then sets its
texts again, so a switch in the settings takes effect at once, without a restart.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from simulator.gui.assets import TRANSLATIONS

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"en": "English", "fr": "Français"}  # each in its own language, never translated
_TRANSLATOR = "simulatorTranslator"
_LANGUAGE_PROPERTY = "simulatorLanguage"


LOCALES = {"en": "en_GB", "fr": "fr_FR"}  # dates and numbers: British English, like the texts


def set_language(app: QCoreApplication, language: str) -> None:
    """Install the translations of `language` ("en" removes them), replacing any installed before."""
    if app.property(_LANGUAGE_PROPERTY) == language:
        return
    for old in app.findChildren(QTranslator, _TRANSLATOR):
        app.removeTranslator(old)
        old.setParent(None)
    app.setProperty(_LANGUAGE_PROPERTY, language)
    QLocale.setDefault(QLocale(LOCALES.get(language, language)))
    if language == "en":
        return
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"simulator_{language}", str(TRANSLATIONS)), (f"qtbase_{language}", qt_translations)):
        translator = QTranslator(app)
        translator.setObjectName(_TRANSLATOR)
        if translator.load(name, folder):
            app.installTranslator(translator)
        else:
            log.warning("no translation %s in %s", name, folder)
