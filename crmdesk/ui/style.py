"""One look for the whole window: icons from one set, status colours that read on light
and dark palettes, one style sheet, and window sizes that are remembered. Every widget
asks here instead of choosing its own colour or icon.

`apply(app)` sets Qt's Fusion style, a light or dark palette following the system's
colour scheme (and its changes while the window is open) and `resources/style/crmdesk.qss`.
The style sheet styles widgets by dynamic properties set before they are shown:
`label.setProperty("role", "title")` for a page's title, "subtitle", "muted" for
secondary text, "number" for a big figure, "card" on a button that is a card;
`label.setProperty("status", "overdue")` (a STATUS key) for a coloured text.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path
from string import Template

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from crmdesk.ui import i18n

# Material Design Icons (the mdi6 font qtawesome ships, Apache 2.0): one set for every icon.
ICONS: dict[str, str] = {
    "app": "mdi6.card-account-details-outline",
    "today": "mdi6.calendar-check-outline",
    "mine": "mdi6.account-outline",
    "pools": "mdi6.waves",
    "pool": "mdi6.waves",
    "team": "mdi6.account-group-outline",
    "queues": "mdi6.lightbulb-on-outline",
    "cleanup": "mdi6.broom",
    "duplicates": "mdi6.content-duplicate",
    "voided": "mdi6.delete-outline",
    "closed": "mdi6.archive-outline",
    "reports": "mdi6.chart-bar",
    "settings": "mdi6.cog-outline",
    "claim": "mdi6.hand-back-left-outline",
    "release": "mdi6.arrow-u-left-top",
    "assign": "mdi6.account-arrow-right-outline",
    "distribute": "mdi6.account-multiple-plus-outline",
    "void": "mdi6.cancel",
    "close": "mdi6.close-circle-outline",
    "archive": "mdi6.archive-arrow-down-outline",
    "reactivate": "mdi6.restore",
    "lock": "mdi6.lock-outline",
    "unlock": "mdi6.lock-open-variant-outline",
    "merge": "mdi6.call-merge",
    "locked": "mdi6.lock",
    "overdue": "mdi6.alarm",
    "reclaim_soon": "mdi6.timer-sand",
    "warning": "mdi6.alert-outline",
    "followup": "mdi6.phone-outline",
    "deal": "mdi6.handshake-outline",
    "payment": "mdi6.cash",
    "complaint": "mdi6.message-alert-outline",
    "return": "mdi6.package-variant-closed",
    "history": "mdi6.history",
    "search": "mdi6.magnify",
    "import": "mdi6.file-import-outline",
    "export": "mdi6.file-export-outline",
    "open": "mdi6.open-in-app",
    "refresh": "mdi6.refresh",
}

# Status colours: (light palette, dark palette).
STATUS: dict[str, tuple[str, str]] = {
    "overdue": ("#c62828", "#ef9a9a"),
    "reclaim_soon": ("#e65100", "#ffb74d"),
    "warning": ("#ad1457", "#f48fb1"),
    "ok": ("#2e7d32", "#a5d6a7"),
    "muted": ("#6b7280", "#9aa0a8"),
    "accent": ("#1565c0", "#90caf9"),
}

# The palettes: calm greys around one blue; (light, dark) per role.
_R = QPalette.ColorRole
PALETTE: dict[QPalette.ColorRole, tuple[str, str]] = {
    _R.Window: ("#f3f4f6", "#1f2125"),
    _R.WindowText: ("#1f2328", "#e4e6e9"),
    _R.Base: ("#ffffff", "#17191c"),
    _R.AlternateBase: ("#f7f8fa", "#1c1e22"),
    _R.ToolTipBase: ("#ffffff", "#2b2e33"),
    _R.ToolTipText: ("#1f2328", "#e4e6e9"),
    _R.PlaceholderText: ("#8a9099", "#7b818a"),
    _R.Text: ("#1f2328", "#e4e6e9"),
    _R.Button: ("#fafafb", "#2b2e33"),
    _R.ButtonText: ("#1f2328", "#e4e6e9"),
    _R.BrightText: ("#ffffff", "#ffffff"),
    _R.Light: ("#ffffff", "#3a3e44"),
    _R.Midlight: ("#eceef1", "#31353a"),
    _R.Mid: ("#c8ccd2", "#464a51"),
    _R.Dark: ("#9ea4ac", "#111214"),
    _R.Shadow: ("#5f656d", "#000000"),
    _R.Highlight: ("#1f66c1", "#2f6db8"),
    _R.HighlightedText: ("#ffffff", "#ffffff"),
    _R.Accent: ("#1f66c1", "#4f8fdc"),
    _R.Link: ("#1565c0", "#90caf9"),
    _R.LinkVisited: ("#6a1b9a", "#ce93d8"),
}
DISABLED: dict[QPalette.ColorRole, tuple[str, str]] = {
    _R.WindowText: ("#a2a7ae", "#6a6f77"),
    _R.Text: ("#a2a7ae", "#6a6f77"),
    _R.ButtonText: ("#a2a7ae", "#6a6f77"),
    _R.Highlight: ("#c8ccd2", "#3a3e44"),
    _R.HighlightedText: ("#ffffff", "#b0b4ba"),
}
# What the style sheet names beyond the palette: lines, the side bar, hover, selection.
SHEET: dict[str, tuple[str, str]] = {
    "line": ("#dfe2e6", "#33363c"),
    "grid": ("#eaecef", "#2a2d32"),
    "side": ("#eceef1", "#1a1c1f"),
    "hover": ("#e3e6ea", "#2c2f35"),
    "pressed": ("#d6dae0", "#363a41"),
    "soft": ("#dbe7f7", "#243a57"),
    "header": ("#f7f8fa", "#22252a"),
    "card": ("#ffffff", "#25282d"),
}
_GLYPH = 0.875  # MDI glyphs fill 7/8 of the em box; the rest is their own margin


def dark() -> bool:
    """The window is dark: the palette apply() chose, else the system's colour scheme."""
    if QGuiApplication.instance() is None:
        return False
    if _Look.applied:
        return _Look.dark
    if QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        return True
    return QGuiApplication.palette().window().color().lightness() < 128


def color(kind: str) -> QColor:
    light, dark_value = STATUS[kind]
    return QColor(dark_value if dark() else light)


# --- icons ------------------------------------------------------------------------------


def _fonts() -> Path:
    """qtawesome's fonts, found without importing it: its import (qtpy's star imports)
    and its loading of every font set cost 0.2 s at start-up; one font costs 7 ms."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "qtawesome" / "fonts"
    spec = importlib.util.find_spec("qtawesome")
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@cache
def _charmap() -> dict[str, str]:
    path = next(_fonts().glob("materialdesignicons6-webfont-charmap-*.json"))
    return {name: chr(int(code, 16)) for name, code in json.loads(path.read_text()).items()}


@cache
def _family() -> str:
    font = QFontDatabase.addApplicationFont(str(next(_fonts().glob("materialdesignicons6-*.ttf"))))
    families = QFontDatabase.applicationFontFamilies(font)
    if not families:
        raise RuntimeError("the icon font (Material Design Icons) did not load")
    return families[0]


_pixmaps: dict[tuple[str, int, int, int, float], QPixmap] = {}


class _Glyph(QIconEngine):
    """One glyph of the icon font, in the colour of the palette at the time it is drawn,
    so icons follow a switch between light and dark without being made again."""

    def __init__(self, char: str, kind: str | None) -> None:
        super().__init__()
        self._char = char
        self._kind = kind

    def _color(self, mode: QIcon.Mode) -> QColor:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, _R.WindowText)
        if mode == QIcon.Mode.Selected:
            return palette.color(_R.HighlightedText)
        return color(self._kind) if self._kind else palette.color(_R.WindowText)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        font = QFont(_family())
        font.setPixelSize(max(1, round(min(rect.width(), rect.height()) * _GLYPH)))
        painter.save()
        painter.setFont(font)
        painter.setPen(self._color(mode))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        tint = self._color(mode)
        key = (self._char, tint.rgba(), size.width(), size.height(), scale)
        found = _pixmaps.get(key)
        if found is None:
            found = QPixmap(size * scale)
            found.fill(Qt.GlobalColor.transparent)
            painter = QPainter(found)
            self.paint(painter, found.rect(), mode, state)
            painter.end()
            found.setDevicePixelRatio(scale)
            _pixmaps[key] = found
        return found

    def clone(self) -> QIconEngine:
        return _Glyph(self._char, self._kind)


def icon(name: str, kind: str | None = None) -> QIcon:
    """An icon of the set, in the text colour or in a status colour."""
    char = _charmap()[ICONS[name].removeprefix("mdi6.")]
    return QIcon(_Glyph(char, kind))


def app_icon() -> QIcon:
    """CRMDesk's own icon (resources/icons/crmdesk.svg): windows, task bar, dialogs."""
    return QIcon(str(i18n.resources() / "icons" / "crmdesk.svg"))


# --- palette and style sheet ------------------------------------------------------------


def palette(is_dark: bool) -> QPalette:
    """The light or the dark palette of the window."""
    which = 1 if is_dark else 0
    result = QPalette()
    for role, colours in PALETTE.items():
        result.setColor(role, QColor(colours[which]))
    for role, colours in DISABLED.items():
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours[which]))
    return result


def style_sheet(is_dark: bool) -> str:
    """resources/style/crmdesk.qss with the scheme's colours filled in."""
    which = 1 if is_dark else 0
    names = {key: value[which] for key, value in (*STATUS.items(), *SHEET.items())}
    names.update({role.name.lower(): value[which] for role, value in PALETTE.items()})
    names["disabled"] = DISABLED[_R.Text][which]
    text = (i18n.resources() / "style" / "crmdesk.qss").read_text(encoding="utf-8")
    return Template(text).substitute(names)


class _Look:
    """What apply() painted: the scheme it was given (else the system's is followed) and
    whether the palette is dark."""

    applied = False
    chosen: Qt.ColorScheme | None = None
    dark = False


def _paint(app: QApplication, system: Qt.ColorScheme) -> None:
    scheme = system if _Look.chosen is None else _Look.chosen
    _Look.dark = scheme == Qt.ColorScheme.Dark
    app.setPalette(palette(_Look.dark))
    app.setStyleSheet(style_sheet(_Look.dark))


def apply(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Fusion, the palette and style sheet of the system's colour scheme (followed while
    the window is open) or of `scheme` (screenshots, tests), and the application icon.
    Calling it again repaints."""
    _Look.chosen = scheme if scheme != Qt.ColorScheme.Unknown else None
    app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    hints = QGuiApplication.styleHints()
    _paint(app, hints.colorScheme())
    if not _Look.applied:
        _Look.applied = True
        hints.colorSchemeChanged.connect(lambda system: _paint(app, system))


# --- remembered sizes -------------------------------------------------------------------

LAYOUT = "layout"  # settings group of remembered geometries and splitter states


class _Keeper(QObject):
    """Saves its widget's geometry (a window) or state (a splitter) when it is hidden:
    a window closing hides it and its children."""

    def __init__(self, widget: QWidget, key: str) -> None:
        super().__init__(widget)
        self._key = key
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget):
            _save(watched, self._key)
        return False


def _save(widget: QWidget, key: str) -> None:
    state = widget.saveState() if isinstance(widget, QSplitter) else widget.saveGeometry()
    i18n.settings().setValue(f"{LAYOUT}/{key}", state)


def remember(widget: QWidget, key: str) -> None:
    """Give a window the size and place, or a splitter the sizes, it had when last
    closed, and keep them from now on. Call it once the widget is built. (A main
    window's toolbars are not restored: the page in front decides what they show.)"""
    saved = i18n.settings().value(f"{LAYOUT}/{key}")
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        if isinstance(widget, QSplitter):
            widget.restoreState(saved)
        else:
            widget.restoreGeometry(saved)
    _Keeper(widget, key)
