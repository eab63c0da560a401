"""Find text that a person cannot read in full: elided ("…") or clipped by its widget.

`clipped_texts(root)` walks the visible widgets under a window and measures each text
with the widget's own font against the room the style gives it, as Qt lays it out and
paints it (QStyle's contents rectangles, the widgets' size hints, the header's and the
item delegate's size from contents). What it finds comes back as `Clip`s: where, what,
how many pixels the text needs and how many it has.

A view whose column holds long free text (notes) may elide there by design, a tooltip
showing the rest: list those logical columns in the view's "elides" property, e.g.
`view.setProperty("elides", [5])`, and they are not measured.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument, QTextDocumentFragment
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionGroupBox,
    QStyleOptionHeader,
    QStyleOptionTab,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QToolBar,
    QToolButton,
    QTreeView,
    QWidget,
)

SLACK = 2  # px: antialiasing and rounding; a text this much too wide still reads in full
MAX_ROWS = 60  # rows of a view measured: what is on screen, not a million customers
ELLIPSES = ("…", "...")
_SE = QStyle.SubElement
_CC = QStyle.ComplexControl
_SC = QStyle.SubControl
_MNEMONIC = Qt.TextFlag.TextShowMnemonic


@dataclass(frozen=True)
class Clip:
    """One text that does not fit: `needed` and `available` are pixels along `axis`."""

    where: str
    kind: str
    text: str
    needed: int
    available: int
    axis: str = "wide"

    def __str__(self) -> str:
        return (
            f"{self.where} [{self.kind}] {self.text!r}: needs {self.needed} px {self.axis}, "
            f"has {self.available}"
        )


def clipped_texts(root: QWidget) -> list[Clip]:
    """Every clipped or elided text in the visible widgets of `root` (itself included)."""
    found: list[Clip] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        found += _measure(widget)
    return found


def _measure(widget: QWidget) -> list[Clip]:
    if isinstance(widget, QLabel):
        return _label(widget) + _cut_by_parent(widget, widget.text())
    if isinstance(widget, QAbstractButton):
        return _button(widget) + _cut_by_parent(widget, widget.text())
    if isinstance(widget, QGroupBox):
        return _group_box(widget)
    if isinstance(widget, QTabBar):
        return _tab_bar(widget)
    if isinstance(widget, QHeaderView):
        return _header(widget)
    if isinstance(widget, QAbstractItemView):
        return _cells(widget)
    if isinstance(widget, QComboBox):
        return _combo(widget)
    if isinstance(widget, QAbstractSpinBox):
        return _spin_box(widget)
    if isinstance(widget, QToolBar):
        return _toolbar(widget)
    if isinstance(widget, QLineEdit):
        return _placeholder(widget)
    if isinstance(widget, QChartView):
        return _chart(widget)
    return []


# --- where ----------------------------------------------------------------------------


def path_of(widget: QWidget) -> str:
    """The window's and the named ancestors' object names, then the widget's class and
    name: "main_window/today_page/QLabel#rules_line"."""
    names: list[str] = []
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName() and not parent.objectName().startswith("qt_"):
            names.append(parent.objectName())
        if parent.isWindow():
            if not parent.objectName():
                names.append(type(parent).__name__)
            break
        parent = parent.parentWidget()
    own = type(widget).__name__
    if widget.objectName() and not widget.objectName().startswith("qt_"):
        own += f"#{widget.objectName()}"
    return "/".join([*reversed(names), own])


def plain(text: str) -> str:
    """A label's text as read: rich text without its tags, mnemonics' "&" gone."""
    if QtGuiNamespace.mightBeRichText(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return re.sub(r"&(.)", r"\1", text)


def _advance(metrics: QFontMetrics, text: str) -> int:
    """Width of the widest line, "&x" mnemonics drawn as "x"."""
    return max(metrics.size(_MNEMONIC, line).width() for line in text.split("\n"))


def _clip(widget: QWidget, kind: str, text: str, needed: float, available: float) -> list[Clip]:
    if needed <= available + SLACK:
        return []
    return [Clip(path_of(widget), kind, plain(text), math.ceil(needed), math.floor(available))]


# --- labels and buttons ------------------------------------------------------------------


def _label(label: QLabel) -> list[Clip]:
    text = label.text()
    if not text.strip():
        return []
    if label.wordWrap():
        found = _clip(label, "wrapped label", text, label.minimumSizeHint().width(), label.width())
        height = label.heightForWidth(label.width())
        if height > label.height() + SLACK:
            found.append(
                Clip(path_of(label), "wrapped label", plain(text), height, label.height(), "high")
            )
        return found
    hint = label.sizeHint()
    found = _clip(label, "label", text, hint.width(), label.width())
    if hint.height() > label.height() + SLACK:
        found.append(
            Clip(path_of(label), "label", plain(text), hint.height(), label.height(), "high")
        )
    return found


def _button(button: QAbstractButton) -> list[Clip]:
    text = button.text()
    if not text.strip():
        return []
    metrics = button.fontMetrics()
    icon = 0 if button.icon().isNull() else button.iconSize().width() + 4
    if isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return []
        return _clip(button, "tool button", text, button.sizeHint().width(), button.width())
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined]
    style = button.style()
    if isinstance(button, QPushButton):
        room = style.subElementRect(_SE.SE_PushButtonContents, option, button).width()
        if button.menu() is not None:
            icon += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
        return _clip(button, "button", text, _advance(metrics, text) + icon, room)
    if isinstance(button, QCheckBox | QRadioButton):
        element = (
            _SE.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else (_SE.SE_RadioButtonContents)
        )
        room = style.subElementRect(element, option, button).width()
        return _clip(button, type(button).__name__, text, _advance(metrics, text) + icon, room)
    return []


def _cut_by_parent(widget: QWidget, text: str) -> list[Clip]:
    """A text widget reaching past an ancestor's edge (a layout asked for more room than
    the window has) is cut there; inside a scroll area it is only scrolled."""
    if not text.strip() or widget.isWindow():
        return []
    window = widget.window()
    shown = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        outer = parent.parentWidget()
        if isinstance(outer, QAbstractScrollArea) and outer.viewport() is parent:
            return []
        shown = shown.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        if parent is window:
            break
        parent = outer
    found = _clip(widget, "cut by its parent", text, widget.width(), shown.width())
    if shown.width() > 0 and shown.height() < widget.height() - SLACK:
        found.append(
            Clip(
                path_of(widget),
                "cut by its parent",
                plain(text),
                widget.height(),
                shown.height(),
                "high",
            )
        )
    return found


def _group_box(box: QGroupBox) -> list[Clip]:
    if not box.title().strip():
        return []
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)  # type: ignore[attr-defined]
    label = box.style().subControlRect(_CC.CC_GroupBox, option, _SC.SC_GroupBoxLabel, box)
    return _clip(box, "group box title", box.title(), label.right() + 1, box.width())


# --- tabs and headers -------------------------------------------------------------------


def _tab_bar(bar: QTabBar) -> list[Clip]:
    found: list[Clip] = []
    metrics = bar.fontMetrics()
    for i in range(bar.count()):
        if not bar.isTabVisible(i) or not bar.tabText(i).strip():
            continue
        option = QStyleOptionTab()
        bar.initStyleOption(option, i)  # type: ignore[attr-defined]
        room = bar.style().subElementRect(_SE.SE_TabBarTabText, option, bar).width()
        needed = _advance(metrics, bar.tabText(i))
        if option.text != bar.tabText(i):  # QTabBar elided it
            needed, room = max(needed, room + SLACK + 1), room
        found += _clip(bar, "tab", bar.tabText(i), needed, room)
    last = max((bar.tabRect(i).right() + 1 for i in range(bar.count())), default=0)
    first = min((bar.tabRect(i).left() for i in range(bar.count())), default=0)
    if first < 0 or last > bar.width():
        every = " | ".join(bar.tabText(i) for i in range(bar.count()))
        found += _clip(bar, "tabs behind scroll arrows", every, last - first, bar.width())
    return found


def section_font(header: QHeaderView) -> QFont:
    """The font header sections are painted with: the header's, with the weight and size
    the application's style sheet gives `QHeaderView::section`."""
    font = QFont(header.font())
    sheet = QApplication.instance().styleSheet() if QApplication.instance() else ""  # type: ignore[union-attr]
    for block in re.findall(r"QHeaderView::section\s*\{([^}]*)\}", sheet):
        weight = re.search(r"font-weight:\s*(\d+|bold)", block)
        if weight:
            value = 700 if weight.group(1) == "bold" else int(weight.group(1))
            font.setWeight(QFont.Weight(value))
        size = re.search(r"font-size:\s*([\d.]+)pt", block)
        if size:
            font.setPointSizeF(float(size.group(1)))
    return font


def _header(header: QHeaderView) -> list[Clip]:
    """A section must hold its text in the style's label rectangle and, on a header that
    sorts, clear of the sort arrow that is drawn over it when the list is sorted by it
    (a person sorts by any column). Needed and available are section widths."""
    if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
        return []
    found: list[Clip] = []
    metrics = QFontMetrics(section_font(header))
    for logical in range(header.count()):
        size = header.sectionSize(logical)
        text = header.model().headerData(logical, Qt.Orientation.Horizontal)
        if header.isSectionHidden(logical) or size <= 0 or not str(text or "").strip():
            continue
        option = QStyleOptionHeader()
        header.initStyleOption(option)
        option.section = logical
        option.text = str(text)
        option.fontMetrics = metrics
        width = metrics.horizontalAdvance(option.text)
        if _section_fits(header, option, size, width, arrow=False):
            if header.isSortIndicatorShown():
                needed = _section_needs(header, option, size, width, arrow=True)
                found += _clip(header, "header (with its sort arrow)", option.text, needed, size)
            continue
        needed = _section_needs(header, option, size, width, arrow=False)
        found.append(Clip(path_of(header), "header", option.text, needed, size))
    return found


def _section_needs(
    header: QHeaderView, option: QStyleOptionHeader, size: int, width: int, *, arrow: bool
) -> int:
    """The narrowest section that shows the text in full."""
    return next(
        (
            w
            for w in range(size, size + 1000)
            if _section_fits(header, option, w, width, arrow=arrow)
        ),
        size + 1000,
    )


def _section_fits(
    header: QHeaderView, option: QStyleOptionHeader, size: int, width: int, *, arrow: bool
) -> bool:
    style = header.style()
    option.rect = QRect(0, 0, size, header.height())
    option.sortIndicator = (
        QStyleOptionHeader.SortIndicator.SortDown
        if arrow
        else QStyleOptionHeader.SortIndicator.None_
    )
    label = style.subElementRect(_SE.SE_HeaderLabel, option, header)
    if width > label.width() + SLACK:
        return False
    if not arrow:
        return True
    mark = style.subElementRect(_SE.SE_HeaderArrow, option, header)
    align = header.model().headerData(
        option.section, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole
    )
    align = Qt.AlignmentFlag(align) if align is not None else header.defaultAlignment()
    if align & Qt.AlignmentFlag.AlignHCenter:
        right = label.left() + (label.width() + width) / 2
    elif align & Qt.AlignmentFlag.AlignRight:
        right = label.right() + 1
    else:
        right = label.left() + width
    return mark.left() >= label.right() or right <= mark.left() + SLACK


# --- views ------------------------------------------------------------------------------


def _rows(view: QAbstractItemView) -> list[QModelIndex]:
    """A cell of each row on screen, top to bottom."""
    viewport = view.viewport()
    index = view.indexAt(QPoint(1, 1))
    if not index.isValid():
        index = view.indexAt(QPoint(viewport.width() // 2, 1))
    model = view.model()
    rows: list[QModelIndex] = []
    while index.isValid() and len(rows) < MAX_ROWS:
        if view.visualRect(index).top() > viewport.height():
            break
        rows.append(index)
        if isinstance(view, QTreeView):
            index = view.indexBelow(index)
        elif index.row() + 1 < model.rowCount(index.parent()):
            index = index.siblingAtRow(index.row() + 1)
        else:
            break
    return rows


def _cells(view: QAbstractItemView) -> list[Clip]:
    model = view.model()
    if model is None or model.rowCount(view.rootIndex()) == 0:
        return []
    elides = {int(c) for c in (view.property("elides") or [])}
    if isinstance(view, QTableView | QTreeView):
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    else:
        shown = [getattr(view, "modelColumn", lambda: 0)()]
    columns = [c for c in shown if c not in elides]
    found: list[Clip] = []
    seen: set[tuple[int, str]] = set()
    for first in _rows(view):
        for column in columns:
            index = first.siblingAtColumn(column)
            clip = _cell(view, index)
            if clip is not None and (column, clip.text) not in seen:
                seen.add((column, clip.text))
                found.append(clip)
    return found


def _cell(view: QAbstractItemView, index: QModelIndex) -> Clip | None:
    value = index.data(Qt.ItemDataRole.DisplayRole)
    if value is None or value == "":
        return None
    rect = view.visualRect(index)
    if rect.width() <= 0:
        return None
    delegate = view.itemDelegateForIndex(index)
    if isinstance(delegate, QStyledItemDelegate):
        text = delegate.displayText(value, view.locale())
    else:
        text = str(value)
    if not text.strip():
        return None
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)  # type: ignore[attr-defined]
    needed = delegate.sizeHint(option, index).width()
    if needed <= rect.width() + SLACK:
        return None
    if getattr(view, "wordWrap", lambda: False)():
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else view.fontMetrics()
        room = QRect(0, 0, max(1, rect.width() - (needed - _advance(metrics, text))), 10_000)
        wrapped = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text)
        if wrapped.height() <= rect.height() and wrapped.width() <= room.width():
            return None
    where = f"{path_of(view)}[row {index.row()}, column {index.column()}]"
    return Clip(where, "cell", text, needed, rect.width())


def _combo(combo: QComboBox) -> list[Clip]:
    if combo.isEditable() or not combo.currentText().strip():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)  # type: ignore[attr-defined]
    field = combo.style().subControlRect(_CC.CC_ComboBox, option, _SC.SC_ComboBoxEditField, combo)
    icon = 0 if option.currentIcon.isNull() else option.iconSize.width() + 4
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText()) + icon
    return _clip(combo, "combo box", combo.currentText(), needed, field.width() - 2)


def _spin_box(spin: QAbstractSpinBox) -> list[Clip]:
    """A number or date with its prefix and suffix ("30 days"), in the spin box's field."""
    edit = spin.findChild(QLineEdit)
    if edit is None or not edit.text().strip():
        return []
    margins = edit.textMargins()
    room = edit.contentsRect().width() - margins.left() - margins.right() - 4
    needed = edit.fontMetrics().horizontalAdvance(edit.text())
    return _clip(spin, "spin box", edit.text(), needed, room)


def _toolbar(bar: QToolBar) -> list[Clip]:
    """Actions that do not fit a toolbar go behind its » button, out of sight."""
    hidden = [
        action.text()
        for action in bar.actions()
        if action.isVisible()
        and not action.isSeparator()
        and (shown := bar.widgetForAction(action)) is not None
        and not shown.isVisible()
    ]
    if not hidden:
        return []
    every = sum(
        bar.widgetForAction(a).sizeHint().width()
        for a in bar.actions()
        if a.isVisible() and bar.widgetForAction(a) is not None
    )
    return [Clip(path_of(bar), "toolbar actions behind »", " | ".join(hidden), every, bar.width())]


def _placeholder(edit: QLineEdit) -> list[Clip]:
    """QLineEdit elides its placeholder to the text area: the contents less the text
    margins, its icons (a search glass, the clear button) and 2 px each side."""
    text = edit.placeholderText()
    if edit.text() or not text.strip():
        return []
    option = QStyleOptionFrame()
    edit.initStyleOption(option)  # type: ignore[attr-defined]
    area = edit.style().subElementRect(_SE.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    left, right = area.left() + margins.left(), area.right() - margins.right()
    middle = edit.width() / 2
    for icon in edit.findChildren(QToolButton):
        if icon.parentWidget() is not edit or not icon.isVisibleTo(edit):
            continue
        box = icon.geometry()
        if box.center().x() < middle:
            left = max(left, box.right() + 1)
        else:
            right = min(right, box.left() - 1)
    room = right - left + 1 - 4
    return _clip(edit, "placeholder", text, edit.fontMetrics().horizontalAdvance(text), room)


# --- charts -----------------------------------------------------------------------------


def _chart(view: QChartView) -> list[Clip]:
    """QtCharts shortens a label that has no room to "..." (read "⋮" when turned) and
    hides a category label that would overlap its neighbour: a category not shown whole
    is cut, and so is any other text (title, legend) shown shortened."""
    chart = view.chart()
    plot = chart.plotArea()
    rooms: dict[str, tuple[float, QFont]] = {}  # category -> its axis' room per label, font
    others: list[str] = [chart.title()]
    for axis in chart.axes():
        others.append(axis.titleText())
        if isinstance(axis, QBarCategoryAxis) and axis.count():
            across = axis.orientation() == Qt.Orientation.Horizontal
            room = plot.width() / axis.count() if across else plot.left()
            rooms.update(dict.fromkeys(axis.categories(), (room, axis.labelsFont())))
    for series in chart.series():
        others.append(series.name())
        others += [bar_set.label() for bar_set in getattr(series, "barSets", list)()]
        others += [piece.label() for piece in getattr(series, "slices", list)()]
    shown: set[str] = set()
    shortened: list[tuple[str, QFont, float]] = []
    for item in view.scene().items():
        # QtCharts' text items are private classes PySide sees as plain QGraphicsItems;
        # the QTextDocument each one owns holds the text.
        holder = item.toGraphicsObject()
        document = holder.findChild(QTextDocument) if holder is not None else None
        if document is None or not item.isVisible():
            continue
        text = document.toPlainText()
        shown.add(text)
        if text.endswith(ELLIPSES):
            box = item.boundingRect()
            turned = round(item.rotation()) % 180 == 90
            font = QFont(document.defaultFont())
            shortened.append((text, font, box.height() if turned else box.width()))
    found: list[Clip] = []
    for name, (room, font) in rooms.items():
        if name and name not in shown:
            metrics = QFontMetrics(font)
            found += [
                Clip(
                    path_of(view),
                    "chart label",
                    name,
                    metrics.horizontalAdvance(name),
                    math.floor(room),
                )
            ]
    for text, font, room in shortened:
        stem = text.rstrip(".…")
        if any(name.startswith(stem) and name not in shown for name in rooms):
            continue  # a category, counted above
        full = next((k for k in others if stem and k != text and k.startswith(stem)), text)
        needed = QFontMetrics(font).horizontalAdvance(full)
        found.append(Clip(path_of(view), "chart label", full, needed, math.floor(room)))
    return found
