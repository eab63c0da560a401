"""The workspace's timeline: every follow-up, deal, payment, complaint, return and
history row of a customer in one list, newest first (core.profile.timeline), each with
its icon, when, who and what, wrapped to the width of the list."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from crmdesk.core import clock
from crmdesk.core.profile import (
    ComplaintRow,
    DealRow,
    FollowUpRow,
    HistoryEntry,
    PaymentRow,
    ReturnRow,
    TimelineEntry,
)
from crmdesk.ui import labels, style
from crmdesk.ui.context import AppContext
from crmdesk.ui.detail_fields import field_titles

ENTRY_ROLE = Qt.ItemDataRole.UserRole  # the TimelineEntry
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
ICON = 20
PAD = 6
GAP = 10
Index = QModelIndex | QPersistentModelIndex


class _EntryDelegate(QStyledItemDelegate):
    """Draws an entry as its icon beside rich text that wraps to the list's width."""

    def _document(self, index: Index, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setHtml(str(index.data(HTML_ROLE)))
        doc.setTextWidth(max(width, 50))
        return doc

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListWidget) else option.rect.width()
        return width - 2 * PAD - ICON - GAP

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        doc = self._document(index, self._text_width(option))
        height = max(ICON, int(doc.size().height()) + 1) + 2 * PAD
        return QSize(self._text_width(option) + ICON + GAP + 2 * PAD, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        panel = QStyleOptionViewItem(option)
        self.initStyleOption(panel, index)
        widget = option.widget
        widget.style().drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, panel, painter, widget
        )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        mode = icon.Mode.Selected if selected else icon.Mode.Normal
        icon.paint(painter, QRect(rect.left(), rect.top(), ICON, ICON), mode=mode)
        doc = self._document(index, rect.width() - ICON - GAP)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(rect.left() + ICON + GAP, rect.top())
        doc.documentLayout().draw(painter, context)
        painter.restore()


class TimelineView(QListWidget):
    """The entries of a customer; `payment_chosen` says which open payment is selected
    (None when the selection is anything else), for Mark paid."""

    payment_chosen = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._shown: list[TimelineEntry] | None = None
        self.setObjectName("timeline")
        self.setItemDelegate(_EntryDelegate(self))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.currentItemChanged.connect(self._chosen)

    def changeEvent(self, event: QEvent) -> None:
        """Colours are written into each entry's text: a switch between light and dark
        writes them again."""
        super().changeEvent(event)
        repaint = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in repaint and self._shown is not None:
            self.show_entries(self._shown)

    def show_entries(self, entries: list[TimelineEntry]) -> None:
        self._shown = entries
        self.blockSignals(True)
        self.clear()
        now = clock.now()
        for entry in entries:
            title, body, state = self.describe(entry, now)
            who = self.who(entry)
            meta = " · ".join(part for part in (labels.when(entry.at), who) if part)
            item = QListWidgetItem(style.icon(entry.kind, state), f"{title}\n{meta}\n{body}")
            item.setData(ENTRY_ROLE, entry)
            item.setData(KIND_ROLE, entry.kind)
            item.setData(HTML_ROLE, self._html(title, meta, body, state))
            self.addItem(item)
        if not entries:
            item = QListWidgetItem(style.icon("history"), self.tr("Nothing recorded yet."))
            item.setData(HTML_ROLE, html.escape(item.text()))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
        self.blockSignals(False)
        self.payment_chosen.emit(None)

    def entries(self) -> list[TimelineEntry]:
        return [
            self.item(row).data(ENTRY_ROLE)
            for row in range(self.count())
            if self.item(row).data(ENTRY_ROLE) is not None
        ]

    def _html(self, title: str, meta: str, body: str, state: str | None) -> str:
        muted = style.color("muted").name()
        head = f"<b>{html.escape(title)}</b>"
        if state:
            head = f'<span style="color:{style.color(state).name()}">{head}</span>'
        text = f'{head}&nbsp;&nbsp;<span style="color:{muted}">{html.escape(meta)}</span>'
        if body:
            text += "<br>" + html.escape(body).replace("\n", "<br>")
        return text

    def _chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        entry = item.data(ENTRY_ROLE) if item is not None else None
        open_payment = (
            entry is not None and isinstance(entry.record, PaymentRow) and not entry.record.paid_at
        )
        self.payment_chosen.emit(entry.record.id if open_payment else None)

    # --- wording -----------------------------------------------------------------------

    def who(self, entry: TimelineEntry) -> str:
        if entry.kind == "history":
            return entry.actor or self.tr("System")
        return entry.actor or ""

    def describe(self, entry: TimelineEntry, now: datetime) -> tuple[str, str, str | None]:
        """Title, body and status colour (a style.STATUS key, or None) of an entry."""
        r = entry.record
        if isinstance(r, FollowUpRow):
            lines = [r.note or ""]
            if r.next_at:
                lines.append(self.tr("Next follow-up {when}").format(when=labels.when(r.next_at)))
            title = self.tr("{kind}, {outcome}").format(
                kind=labels.followup_kind(r.kind), outcome=labels.outcome(r.outcome)
            )
            return title, "\n".join(line for line in lines if line), None
        if isinstance(r, DealRow):
            body = (
                self.tr("Contract until {day}").format(day=labels.day(r.contract_end))
                if r.contract_end
                else ""
            )
            return self.tr("Deal of {amount}").format(amount=labels.amount(r.amount)), body, None
        if isinstance(r, PaymentRow):
            amount = labels.amount(r.amount)
            if r.paid_at:
                body = self.tr("Was due {day}").format(day=labels.day(r.due_at))
                return self.tr("Payment of {amount} received").format(amount=amount), body, "ok"
            overdue = r.due_at < now
            title = self.tr("Payment of {amount} due").format(amount=amount)
            body = self.tr("Overdue") if overdue else self.tr("Open")
            return title, body, "overdue" if overdue else None
        if isinstance(r, ComplaintRow):
            return self.tr("Complaint"), r.note or "", "warning"
        if isinstance(r, ReturnRow):
            title = self.tr("Return of {amount}").format(amount=labels.amount(r.amount))
            return title, r.note or "", "warning"
        assert isinstance(r, HistoryEntry)
        lines = [self.change(r), self.reason(r), r.note or ""]
        return labels.action(r.action), "\n".join(line for line in lines if line), None

    def change(self, e: HistoryEntry) -> str:
        none = self.tr("none")
        parts = []
        if e.action == "tier":
            parts.append(
                self.tr("tier {old} → {new}").format(old=e.from_tier or none, new=e.to_tier)
            )
        if e.from_status != e.to_status and e.to_status:
            parts.append(
                self.tr("{old} → {new}").format(
                    old=labels.status(e.from_status) or none, new=labels.status(e.to_status)
                )
            )
        if e.from_owner != e.to_owner:
            parts.append(
                self.tr("owner {old} → {new}").format(
                    old=e.from_owner or none, new=e.to_owner or none
                )
            )
        if e.action == "edit" and e.details:
            titles = field_titles()
            names = self.tr(", ").join(titles.get(name, name) for name in sorted(e.details))
            parts.append(self.tr("fields: {names}").format(names=names))
        if e.pool and e.to_status == "pool":
            parts.append(self.tr("pool {name}").format(name=e.pool))
        return self.tr("; ").join(parts)

    def reason(self, e: HistoryEntry) -> str:
        """The reason list's label; the reclaim rules' codes are worded here."""
        reclaim = {
            "reclaim_no_followup": self.tr("No follow-up within the period"),
            "reclaim_no_deal": self.tr("No deal within the period"),
        }
        if e.reason_code in reclaim:
            return self.tr("Reason: {reason}").format(reason=reclaim[e.reason_code])
        label = e.reason(self.ctx.lang)
        return self.tr("Reason: {reason}").format(reason=label) if label else ""
