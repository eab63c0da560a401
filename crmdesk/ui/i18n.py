"""The window's language: Simplified Chinese or English, from Settings or the system.

Source strings are English; `resources/translations/crmdesk_<lang>.qm` hold both
languages (compiled from the .ts files by pyside6-lrelease), and Qt's own dialogs
(buttons, file dialogs) come from Qt's translations.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = ("zh_CN", "en")
SETTING = "language"


def resources() -> Path:
    """`resources/` beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def settings() -> QSettings:
    return QSettings("CRMDesk", "CRMDesk")


def chosen_language(choice: str | None = None) -> str:
    """ "zh" or "en": the choice given, else the one saved in Settings, else the system's."""
    if choice is None:
        choice = str(settings().value(SETTING, "") or "")
    if choice in ("zh", "en"):
        return choice
    name = QLocale.system().name()
    return "zh" if name.lower().startswith("zh") else "en"


_installed: list[QTranslator] = []


def install(lang: str) -> bool:
    """Swap the application's translators; False when our catalogue is missing."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_name = "zh_CN" if lang == "zh" else "en"
    ours = QTranslator(app)
    found = ours.load(f"crmdesk_{qt_name}", str(resources() / "translations"))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{qt_name}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese if lang == "zh" else QLocale.Language.English)
    )
    return found
