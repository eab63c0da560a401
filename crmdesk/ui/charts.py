"""One chart of a report: the table of numbers it is drawn from, the QtCharts chart,
and the panel that shows it with "Save as PNG…" and "Export data…".

The same `ChartTable` draws the chart and fills the exported sheet, so the file holds
exactly the numbers the picture shows, under the same (translated) names.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QPieSeries,
    QPieSlice,
    QStackedBarSeries,
)
from PySide6.QtCore import QCoreApplication, QMargins, QRectF, Qt
from PySide6.QtGui import QCursor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from crmdesk.excel.report_export import ReportSheet, write_report
from crmdesk.ui import labels, style
from crmdesk.ui.context import AppContext
from crmdesk.ui.tasks import Task, show_message

Number = int | float | Decimal

# How a table is drawn.
BAR = "bar"  # bars side by side, categories along the bottom
HBAR = "hbar"  # bars side by side, categories down the left (long labels)
STACKED = "stacked"
HSTACKED = "hstacked"
PIE = "pie"  # the first series only, one slice per category that is not zero

_BAR_SERIES: dict[str, type[QAbstractBarSeries]] = {
    BAR: QBarSeries,
    HBAR: QHorizontalBarSeries,
    STACKED: QStackedBarSeries,
    HSTACKED: QHorizontalStackedBarSeries,
}
_HORIZONTAL = (HBAR, HSTACKED)
_STACKED = (STACKED, HSTACKED)
_LAID_DOWN = {BAR: HBAR, STACKED: HSTACKED}
LABELLED_BARS = 24  # more bars than this get their value in a tooltip only
# More categories than this along the bottom leave each less room than a line of text,
# even turned upright (Qt then draws "⋮"): such a chart lists them down the left instead.
CROWDED = 30
# Pixels per category down the left, in lines of text: Qt draws a name there only when
# the category's band holds its line and padding on both sides, else "…".
ROW_LINES = 2


def named_value(name: str, value: str) -> str:
    """ "Name: value", with the colon of the user's language (a full-width one in Chinese)."""
    return QCoreApplication.translate("", "{name}: {value}").format(name=name, value=value)


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[Number, ...]


@dataclass(frozen=True)
class ChartTable:
    """The numbers of one chart, with every word already in the user's language."""

    key: str  # stable: the panel's objectName and the default file name
    title: str
    kind: str
    category_header: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_title: str = ""
    money: bool = False
    file_stem: str = ""

    def is_empty(self) -> bool:
        return not any(v for s in self.series for v in s.values)

    def drawn_kind(self) -> str:
        """The kind as drawn: a crowded bar chart lies down, its categories on the left."""
        if len(self.categories) > CROWDED:
            return _LAID_DOWN.get(self.kind, self.kind)
        return self.kind

    def value_text(self, value: Number) -> str:
        if self.money:
            return labels.amount(Decimal(str(value)))
        return f"{value:g}" if isinstance(value, float) else str(value)

    def sheet(self) -> ReportSheet:
        rows = [
            [category, *(s.values[i] for s in self.series)]
            for i, category in enumerate(self.categories)
        ]
        money = frozenset(range(1, len(self.series) + 1)) if self.money else frozenset()
        return ReportSheet(
            self.title, [self.category_header, *(s.name for s in self.series)], rows, money
        )


def build_chart(table: ChartTable) -> QChart:
    """The QtCharts chart for `table`, without animation so a PNG shows it whole."""
    chart = QChart()
    # the window's scheme; set first, as a theme resets the fonts set below
    dark = style.dark()
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
    if dark:  # the window's own background, not the theme's gradient
        chart.setBackgroundBrush(QApplication.palette().base())
    chart.setTitle(table.title)
    title_font = QFont(QApplication.font())
    title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    if table.kind == PIE:  # one legend line per slice, long reasons included
        chart.addSeries(_pie(table))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        return chart
    table = replace(table, kind=table.drawn_kind())
    series = _bars(table)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(list(_ordered(table, table.categories)))
    values = _value_axis(table)
    horizontal = table.kind in _HORIZONTAL
    if horizontal:  # the last value's label is centred on the right edge: room for its half
        metrics = QFontMetrics(values.labelsFont())
        half = max((metrics.horizontalAdvance(t) for t in values.categoriesLabels()), default=0)
        chart.setMargins(QMargins(4, 4, 4 + half // 2, 4))
    else:
        _upright_when_crowded(chart, categories)
    chart.addAxis(
        categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
    )
    chart.addAxis(
        values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
    )
    series.attachAxis(categories)
    series.attachAxis(values)
    chart.legend().setVisible(len(table.series) > 1)
    return chart


def _upright_when_crowded(chart: QChart, axis: QBarCategoryAxis) -> None:
    """Category labels along the bottom lie flat while they fit side by side, and are
    turned upright when the chart is too narrow for them (many weeks, many reps)."""
    metrics = QFontMetrics(axis.labelsFont())
    widest = max((metrics.horizontalAdvance(c) for c in axis.categories()), default=0)
    needed = (widest + metrics.averageCharWidth() * 2) * axis.count()

    def fit(area: QRectF) -> None:
        angle = 0 if needed <= area.width() else -90
        if axis.labelsAngle() != angle:
            axis.setLabelsAngle(angle)

    chart.plotAreaChanged.connect(fit)


def _ordered(table: ChartTable, items: tuple) -> tuple:
    """Horizontal bars are drawn from the bottom up: reverse them so the first
    category (the most common reason) is on top."""
    return items[::-1] if table.kind in _HORIZONTAL else items


def _bars(table: ChartTable) -> QAbstractBarSeries:
    series = _BAR_SERIES[table.kind]()
    for s in table.series:
        bar_set = QBarSet(s.name)
        bar_set.append([float(v) for v in _ordered(table, s.values)])
        series.append(bar_set)
    bars = len(table.categories) * len(table.series)
    if table.kind not in _STACKED and not table.money and bars <= LABELLED_BARS:
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        text = QApplication.palette().color(QPalette.ColorRole.WindowText)
        for bar_set in series.barSets():
            bar_set.setLabelColor(text)
    categories = _ordered(table, table.categories)

    def hovered(status: bool, index: int, bar_set: QBarSet) -> None:
        if status:
            value = named_value(bar_set.label(), _hover_value(table, bar_set, index))
            text = f"{categories[index]}\n{value}"
            QToolTip.showText(QCursor.pos(), text)
        else:
            QToolTip.hideText()

    series.hovered.connect(hovered)
    return series


def _hover_value(table: ChartTable, bar_set: QBarSet, index: int) -> str:
    for s in table.series:
        if s.name == bar_set.label():
            return table.value_text(_ordered(table, s.values)[index])
    return ""


def _pie(table: ChartTable) -> QPieSeries:
    """Each slice named with its value in the legend below, and on hover: labels beside
    the slices had too little room for long reasons and were cut short."""
    series = QPieSeries()
    values = table.series[0].values if table.series else ()
    for category, value in zip(table.categories, values, strict=True):
        if value:
            series.append(named_value(category, table.value_text(value)), float(value))

    def hovered(piece: QPieSlice, status: bool) -> None:
        if status:
            QToolTip.showText(QCursor.pos(), piece.label())
        else:
            QToolTip.hideText()

    series.hovered.connect(hovered)
    return series


def _value_axis(table: ChartTable) -> QCategoryAxis:
    """From 0 to a round number, a labelled tick on each round step (whole ones for
    counts), written as people write numbers: 12,000 and 1,234.50, not 12000.000000."""
    if table.kind in _STACKED:
        sums = (sum(float(s.values[i]) for s in table.series) for i in range(len(table.categories)))
        top = max(sums, default=0.0)
    else:
        top = max((float(v) for s in table.series for v in s.values), default=0.0)
    step = nice_step(top, whole=not table.money)
    steps = max(1, math.ceil(top / step * 1.08))
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for i in range(steps + 1):
        value = step * i
        axis.append(_tick_text(table, value), value)
    axis.setRange(0, step * steps)
    axis.setStartValue(0)
    axis.setTitleText(table.value_title)
    return axis


def _tick_text(table: ChartTable, value: float) -> str:
    if table.money:
        return labels.amount(Decimal(str(value)))
    return f"{value:,.0f}" if value == int(value) else f"{value:,g}"


def nice_step(top: float, *, whole: bool) -> float:
    """A 1, 2 or 5 times a power of ten that splits 0..top into about five steps."""
    if top <= 0:
        return 1.0
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return max(step, 1.0) if whole else step


class ChartPanel(QWidget):
    """A chart with its two buttons; the panel's objectName is "chart_" + the table key."""

    def __init__(self, ctx: AppContext, table: ChartTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = table
        self.setObjectName(f"chart_{table.key}")
        self.view = QChartView(build_chart(table))
        self.view.setObjectName("chart_view")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(self._height())
        self.empty = QLabel(self.tr("{title}: nothing in this period.").format(title=table.title))
        self.empty.setObjectName("chart_empty")
        self.save_button = QPushButton(self.tr("Save as PNG…"))
        self.save_button.setObjectName("save_png")
        self.save_button.clicked.connect(self.save_png)
        self.export_button = QPushButton(self.tr("Export data…"))
        self.export_button.setObjectName("export_data")
        self.export_button.clicked.connect(self.export_data)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        empty = table.is_empty()
        self.empty.setVisible(empty)
        self.view.setVisible(not empty)
        self.save_button.setEnabled(not empty)

    def _height(self) -> int:
        """Tall enough for a line of text per category down the left, and for each
        category's bars side by side."""
        kind = self.table.drawn_kind()
        if kind not in _HORIZONTAL:
            return 320
        bars = 1 if kind in _STACKED else max(1, len(self.table.series))
        row = max(QFontMetrics(QApplication.font()).height() * ROW_LINES, 8 * bars + 12)
        legend = 30 if len(self.table.series) > 1 else 0
        return max(280, 100 + legend + row * len(self.table.categories))

    def _ask(self, title: str, suffix: str, kinds: str) -> Path | None:
        name = f"{self.table.file_stem or self.table.key}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, title, name, kinds)
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix.lower() == suffix else chosen.with_name(chosen.name + suffix)

    def save_png(self) -> Path | None:
        """Save the chart as it is drawn now."""
        path = self._ask(self.tr("Save chart as PNG"), ".png", self.tr("PNG images (*.png)"))
        if path is None:
            return None
        if not self.view.grab().save(str(path), "PNG"):
            show_message(self, self.tr("Could not save {path}.").format(path=path))
            return None
        return path

    def export_data(self) -> Path | None:
        """Write the chart's numbers to xlsx on a worker (openpyxl takes a moment)."""
        path = self._ask(self.tr("Export chart data"), ".xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if path is None:
            return None
        sheet = self.table.sheet()

        def failed(exc: BaseException) -> bool:
            if not isinstance(exc, OSError):
                return False
            text = self.tr("Could not save {path}: {error}")
            show_message(self, text.format(path=path, error=exc.strerror or exc))
            return True

        Task(self, self.ctx, lambda _session, _progress: write_report(path, [sheet])).failure(
            failed
        ).run()
        return path
