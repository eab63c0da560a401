"""Qt's own dialogs speak the window's language."""

from __future__ import annotations

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
