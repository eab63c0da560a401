"""The window's language: Simplified Chinese or English, from Settings or the system.

Source strings are English; `resources/translations/crmdesk_<lang>.qm` hold both
languages (compiled from the .ts files by pyside6-lrelease), and Qt's own dialogs
(buttons, file dialogs) come from Qt's translations, which PySide6 ships in
QLibraryInfo's TranslationsPath (a PyInstaller bundle keeps them there too).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

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
_MNEMONIC = re.compile(r"&([^&\s])")


class QtMnemonics(QTranslator):
    """Qt 6 gave some of its own labels a mnemonic ("&Look in:", "Files of &type:" in the
    file dialog) that its Chinese catalogue knows only without one, so they stayed English.
    This looks up the text without the "&" and puts the key back the Chinese way:
    查找范围(&L)：. Installed first, it is asked only when every catalogue missed."""

    def __init__(self, qt: QTranslator, parent: QObject) -> None:
        super().__init__(parent)
        self._qt = qt

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """None, not "", when there is nothing: Qt takes an empty text as the answer."""
        key = _MNEMONIC.search(source)
        if key is None or "&&" in source:
            return None
        found = self._qt.translate(context, source.replace("&", ""), disambiguation, n)
        if not found:
            return None
        mark = f"(&{key.group(1).upper()})"
        if found[-1] in "：:":
            return found[:-1] + mark + found[-1]
        return found + mark


def install(lang: str) -> bool:
    """Swap the application's translators; False when our catalogue is missing."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    qt_name = "zh_CN" if lang == "zh" else "en"
    # Asked in the reverse order of installing: ours first, Qt's next, the gaps last.
    qt = QTranslator(app)
    if qt.load(f"qtbase_{qt_name}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _add(app, QtMnemonics(qt, app))
        _add(app, qt)
    ours = QTranslator(app)
    found = ours.load(f"crmdesk_{qt_name}", str(resources() / "translations"))
    if found:
        _add(app, ours)
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese if lang == "zh" else QLocale.Language.English)
    )
    return found


def _add(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)
