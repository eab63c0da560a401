"""The window's language: Simplified Chinese or English, from Settings or the system.

Source strings are English; `resources/translations/crmdesk_<lang>.qm` hold both
languages (compiled from the .ts files by pyside6-lrelease), and Qt's own dialogs
(buttons, file dialogs) come from Qt's translations, which PySide6 ships in
QLibraryInfo's TranslationsPath, and a PyInstaller bundle in PySide6/Qt/translations.
"""

from __future__ import annotations

import re
import struct
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
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
# Qt 6 texts that Qt's Chinese catalogue has only as Qt 5 had them, so they stayed
# English: two file dialog labels gained a mnemonic, and the names of drives, folders
# and files moved to another context. (context, text) -> where the catalogue has it.
QT_GAPS: dict[tuple[str, str], tuple[str, str]] = {
    ("QFileDialog", "&Look in:"): ("QFileDialog", "Look in:"),
    ("QFileDialog", "Files of &type:"): ("QFileDialog", "Files of type:"),
    ("QAbstractFileIconProvider", "Drive"): ("QFileDialog", "Drive"),
    ("QAbstractFileIconProvider", "Folder"): ("QFileDialog", "Folder"),
    ("QAbstractFileIconProvider", "File"): ("QFileDialog", "File"),
}
_catalogues: list[bytes] = []  # a translator loaded from memory reads it there


def _gaps(qt: QTranslator) -> dict[tuple[str, str], str]:
    """QT_GAPS in the catalogue's words, the mnemonic put back the Chinese way: 查找范围(&L)："""
    found: dict[tuple[str, str], str] = {}
    for (context, source), (old_context, old) in QT_GAPS.items():
        text = qt.translate(old_context, old)
        key = _MNEMONIC.search(source)
        if text and key:
            mark = f"(&{key.group(1).upper()})"
            text = text[:-1] + mark + text[-1] if text[-1] in "：:" else text + mark
        if text:
            found[(context, source)] = text
    return found


def _elf_hash(data: bytes) -> int:
    """The hash a .qm file's table is sorted by (Qt's qtranslator.cpp, elfHash)."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        high = h & 0xF0000000
        if high:
            h ^= high >> 24
        h &= ~high & 0xFFFFFFFF
    return h or 1


# The parts of a .qm file (Qt's qtranslator.cpp): blocks, and the fields of a message.
_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_HASHES, _MESSAGES = 0x42, 0x69
_END, _TRANSLATION, _SOURCE, _CONTEXT = 1, 3, 6, 7


def qm(messages: dict[tuple[str, str], str]) -> bytes:
    """A Qt catalogue (.qm) of (context, source) -> translation, laid out as lrelease
    writes one: a table of source-text hashes, then the messages. A QTranslator loaded
    from it answers in C++; a Python translate() would take the GIL under Qt's lock of
    the translators and deadlock a worker against a language switch."""
    body = bytearray()
    table = []
    for (context, source), text in messages.items():
        table.append((_elf_hash(source.encode()), len(body)))
        fields = (
            (_TRANSLATION, text.encode("utf-16-be")),
            (_SOURCE, source.encode()),
            (_CONTEXT, context.encode()),
        )
        for tag, data in fields:
            body += struct.pack(">BI", tag, len(data)) + data
        body.append(_END)
    hashes = b"".join(struct.pack(">II", *entry) for entry in sorted(table))
    return (
        _QM_MAGIC
        + struct.pack(">BI", _HASHES, len(hashes))
        + hashes
        + struct.pack(">BI", _MESSAGES, len(body))
        + bytes(body)
    )


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
    # Asked in the reverse order of installing: ours first, then Qt's.
    qt = QTranslator(app)
    if _load_qt(qt, qt_name):
        _add(app, qt)
        gaps = _gaps(qt)
        if gaps:
            _catalogues[:] = [qm(gaps)]
            filled = QTranslator(app)
            if filled.load(_catalogues[0]):
                _add(app, filled)
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
