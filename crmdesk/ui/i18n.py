"""The window's language: Simplified Chinese or English, from Settings or the system.

Source strings are English; `resources/translations/crmdesk_<lang>.qm` hold both
languages (compiled from the .ts files by pyside6-lrelease), and Qt's own dialogs
(buttons, file dialogs) come from Qt's translations, which PySide6 ships in
QLibraryInfo's TranslationsPath, and a PyInstaller bundle in PySide6/Qt/translations.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import PySide6
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


# Contexts Qt 6 moved texts to; its Chinese catalogue still files them under the old one.
_MOVED = {"QAbstractFileIconProvider": "QFileDialog"}  # "Drive", "Folder", "File"


class QtGaps(QTranslator):
    """Qt 6 changed some of its own texts that its Chinese catalogue still has the old way,
    so they stayed English: labels that gained a mnemonic ("&Look in:", "Files of &type:"
    in the file dialog) and texts that moved to another context. This finds the old text
    and puts the key back the Chinese way (查找范围(&L)：). Installed first, it is asked
    only when every catalogue missed."""

    def __init__(self, qt: QTranslator, parent: QObject) -> None:
        super().__init__(parent)
        self._qt = qt

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """None, not "", when there is nothing: Qt takes an empty text as the answer."""
        if context in _MOVED:
            return self._qt.translate(_MOVED[context], source, disambiguation, n) or None
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


def _load_qt(translator: QTranslator, qt_name: str) -> bool:
    """Qt's catalogue, from where Qt says, else from beside PySide6 (a bundle)."""
    folders = (
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).parent / "Qt" / "translations"),
    )
    return any(translator.load(f"qtbase_{qt_name}", folder) for folder in folders)


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
    if _load_qt(qt, qt_name):
        _add(app, QtGaps(qt, app))
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
