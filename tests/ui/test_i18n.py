"""Qt's own dialogs speak the window's language."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from crmdesk.ui import i18n


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    i18n.install("zh")
    yield
    i18n.install("en")


def _labels(qtbot: QtBot) -> dict[str, str]:
    dialog = QFileDialog(None, "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    return {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}


def test_the_file_dialog_is_chinese(chinese: None, qtbot: QtBot) -> None:
    labels = _labels(qtbot)
    # Qt 6's "&Look in:" and "Files of &type:" are missing from its Chinese catalogue
    assert labels["lookInLabel"] == "查找范围(&L)："
    assert labels["fileTypeLabel"] == "文件类型(&T)："
    assert labels["fileNameLabel"] == "文件名称(&N)："


def test_texts_qt_moved_are_chinese(chinese: None) -> None:
    # the file dialog's type column: Qt 6 asks under QAbstractFileIconProvider
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Drive") == "驱动器"
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "文件夹"


def test_the_file_dialog_is_english_again(chinese: None, qtbot: QtBot) -> None:
    i18n.install("en")
    labels = _labels(qtbot)
    assert labels["lookInLabel"] == "&Look in:"
    assert labels["fileTypeLabel"] == "Files of &type:"


def test_what_no_catalogue_knows_stays_as_written(chinese: None) -> None:
    assert QCoreApplication.translate("QFileDialog", "&Nowhere to be found:") == (
        "&Nowhere to be found:"
    )
    assert QCoreApplication.translate("Nowhere", "Nothing") == "Nothing"


SWITCHING = """
import threading, time
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from crmdesk.ui import i18n
running = True
def translate():
    while running:
        QCoreApplication.translate("QFileDialog", "&Look in:")
        QCoreApplication.translate("Nowhere", "&Nothing")
workers = [threading.Thread(target=translate) for _ in range(3)]
for worker in workers:
    worker.start()
began = time.monotonic()
while time.monotonic() - began < 1.5:
    i18n.install("zh")
    i18n.install("en")
running = False
for worker in workers:
    worker.join()
"""


def test_a_language_switch_never_waits_for_a_worker() -> None:
    """Workers translate while the language switches back and forth (a gap filler
    written as a Python translate() locked up here)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SWITCHING], env=env, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, done.stderr
