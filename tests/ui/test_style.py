"""The window's look: palettes by colour scheme, the icon set, remembered sizes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter, QWidget
from pytestqt.qtbot import QtBot

from crmdesk.ui import style
from crmdesk.ui.actions import NAMES, SHORTCUTS, CustomerActions
from crmdesk.ui.context import AppContext


@pytest.fixture
def restyled(qapp: QApplication) -> Iterator[QApplication]:
    """apply() changes the whole application: the other tests get it back as it was."""
    palette, sheet, name = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    yield qapp
    qapp.setStyleSheet(sheet)
    if name:
        qapp.setStyle(name)
    qapp.setPalette(palette)
    style._Look.applied = False
    style._Look.chosen = None


@pytest.fixture
def prefs(tmp_path: Path) -> None:
    """QSettings in the test's folder, never the user's."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))


def _lightness(role: QPalette.ColorRole) -> int:
    return QGuiApplication.palette().color(role).lightness()


def test_a_dark_scheme_gives_a_dark_palette(restyled: QApplication, qtbot: QtBot) -> None:
    style.apply(restyled, Qt.ColorScheme.Dark)
    assert _lightness(QPalette.ColorRole.Window) < 64
    assert _lightness(QPalette.ColorRole.WindowText) > 192
    assert style.dark()
    assert style.color("overdue") == QColor(style.STATUS["overdue"][1])
    label = QLabel("3 overdue")
    label.setProperty("status", "overdue")
    qtbot.addWidget(label)
    label.ensurePolished()
    assert label.palette().color(QPalette.ColorRole.WindowText) == style.color("overdue")

    style.apply(restyled, Qt.ColorScheme.Light)
    assert _lightness(QPalette.ColorRole.Window) > 192
    assert not style.dark()
    assert style.color("overdue") == QColor(style.STATUS["overdue"][0])


def test_the_palette_follows_the_system_while_open(restyled: QApplication) -> None:
    style.apply(restyled)
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert style.dark()
    assert _lightness(QPalette.ColorRole.Base) < 64
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not style.dark()
    assert _lightness(QPalette.ColorRole.Base) > 192


def _inked(icon: QIcon) -> QColor | None:
    """The colour of the most opaque pixel of the icon at 24 px, None when it is blank."""
    image = icon.pixmap(24, 24).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    if image.isNull():
        return None
    best = max(
        (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())),
        key=lambda c: c.alpha(),
    )
    return best if best.alpha() > 200 else None


def test_every_icon_is_drawn_in_the_palette_colours(restyled: QApplication) -> None:
    for scheme in (Qt.ColorScheme.Light, Qt.ColorScheme.Dark):
        style.apply(restyled, scheme)
        text = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
        for name in style.ICONS:
            ink = _inked(style.icon(name))
            assert ink is not None, name
            assert ink.rgb() == text.rgb(), name
        ink = _inked(style.icon("overdue", "overdue"))
        assert ink is not None and ink.rgb() == style.color("overdue").rgb()


def test_the_application_has_its_icon(restyled: QApplication) -> None:
    style.apply(restyled)
    assert _inked(QApplication.windowIcon()) is not None


def test_every_customer_action_has_an_icon_and_a_tooltip(ctx: AppContext) -> None:
    window = QWidget()

    class Host:
        pass

    host = Host()
    host.ctx = ctx  # type: ignore[attr-defined]
    actions = CustomerActions(host, window)  # type: ignore[arg-type]
    for name, action in zip(NAMES, actions.actions(), strict=True):
        assert _inked(action.icon()) is not None, name
        assert action.toolTip() and action.toolTip() != action.text()
        if name in SHORTCUTS:
            assert action.shortcut().toString() in action.toolTip()
    window.deleteLater()


def test_a_window_opens_where_it_was_closed(prefs: None, qtbot: QtBot) -> None:
    first = QWidget()
    qtbot.addWidget(first)
    first.resize(300, 200)
    style.remember(first, "test_window")
    first.show()
    first.setGeometry(QRect(140, 120, 700, 450))
    first.close()

    second = QWidget()
    qtbot.addWidget(second)
    second.resize(300, 200)
    style.remember(second, "test_window")
    assert second.size().width() == 700 and second.size().height() == 450


def test_a_splitter_keeps_its_sizes(prefs: None, qtbot: QtBot) -> None:
    """Saved when its window closes, as the main window's side bar is."""

    def window() -> tuple[QMainWindow, QSplitter]:
        made = QMainWindow()
        qtbot.addWidget(made)
        splitter = QSplitter(made)
        splitter.addWidget(QWidget())
        splitter.addWidget(QWidget())
        made.setCentralWidget(splitter)
        made.resize(700, 400)  # the offscreen screen is 800 x 600
        style.remember(made, "test_main")
        style.remember(splitter, "test_splitter")
        return made, splitter

    first, splitter = window()
    first.show()
    splitter.setSizes([220, 480])
    sizes = splitter.sizes()
    first.close()

    second, splitter = window()
    second.show()
    assert splitter.sizes() == sizes
