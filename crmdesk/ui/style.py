"""One look for the whole window: icons from one set, status colours that read on light
and dark palettes. Every widget asks here instead of choosing its own colour or icon."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon

# Material Design Icons (qtawesome's mdi6 set, Apache 2.0): one set for every icon.
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
    "muted": ("#757575", "#9e9e9e"),
    "accent": ("#1565c0", "#90caf9"),
}


def dark() -> bool:
    """The system's (or the palette's) colour scheme is dark."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return True
    return QGuiApplication.palette().window().color().lightness() < 128


def color(kind: str) -> QColor:
    light, dark_value = STATUS[kind]
    return QColor(dark_value if dark() else light)


def icon(name: str, kind: str | None = None) -> QIcon:
    """An icon of the set, in the text colour or in a status colour."""
    import qtawesome

    tint = color(kind) if kind else QGuiApplication.palette().windowText().color()
    return qtawesome.icon(ICONS[name], color=tint)
