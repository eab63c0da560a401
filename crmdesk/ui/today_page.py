"""Today (工作台): the first page for everyone. Each number is a button that opens the
list behind it; each customer under it opens that customer. A manager also sees the
team's day and the queues. The numbers come from core.today, counted as the lists count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QMouseEvent, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.core import today
from crmdesk.core.housekeeping import RulesRun
from crmdesk.core.search import Filters
from crmdesk.core.today import TEAM_COLUMNS, TeamDay, TodayView
from crmdesk.ui import style
from crmdesk.ui.context import CUSTOMERS, POOLS, REPS, RULES, AppContext
from crmdesk.ui.tasks import Task

ID_ROLE = Qt.ItemDataRole.UserRole


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """lupdate files `tr("...")` calls under the empty context; `%n` texts take n third."""
    return QCoreApplication.translate("", text, disambiguation, n)


@dataclass(frozen=True)
class ListRequest:
    """A filtered list for the window to show: what a number on Today stands for."""

    title: str
    filters: Filters
    sort: str
    descending: bool


def entry_title(key: str) -> str:
    return {
        "due": tr("Follow-ups due"),
        "overdue": tr("Overdue follow-ups"),
        "reclaim_soon": tr("About to be reclaimed"),
        "new_warnings": tr("New warnings"),
        "warned": tr("Warned customers"),
        "owned": tr("Customers"),
    }[key]


class Card(QFrame):
    """A big number and what it counts; a click (or Enter) opens the list behind it."""

    clicked = Signal()

    def __init__(self, key: str, icon: str, kind: str | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"today_{key}")
        self.setProperty("role", "card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.number = QLabel("…", self)
        self.number.setProperty("role", "number")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(self)
        self.detail = QLabel(self)
        self.detail.setProperty("role", "muted")
        self.icon_label = QLabel(self)
        self._icon = (icon, kind)
        self._paint_icon()
        top = QHBoxLayout()
        top.addWidget(self.number)
        top.addStretch(1)
        top.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        for label in (self.number, self.caption, self.detail, self.icon_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def _paint_icon(self) -> None:
        self.icon_label.setPixmap(style.icon(*self._icon).pixmap(22, 22))

    def changeEvent(self, event: QEvent) -> None:
        """A light/dark switch while open repaints the icon in the new colours."""
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_icon()
        super().changeEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)

    def show_count(self, count: int, caption: str, detail: str = "") -> None:
        self.number.setText(QLocale().toString(count))
        self.caption.setText(caption)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setToolTip(f"{caption}\n{detail}".strip())


class TodayPage(QWidget):
    open_customer = Signal(int)
    open_list = Signal(object)  # ListRequest
    open_page = Signal(str)  # a side-bar key: "queues", "cleanup", "pool:<id>"
    loaded = Signal()  # the person's own numbers are shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: TodayView | None = None
        self.team_day: TeamDay | None = None
        blank = QPixmap(16, 16)
        blank.fill(Qt.GlobalColor.transparent)
        self._no_icon = QIcon(blank)
        self._loading = False
        self._stale = True
        self.setObjectName("today_page")

        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.rules_line = QLabel(self)
        self.rules_line.setObjectName("rules_line")
        self.rules_line.setProperty("role", "muted")
        self.rules_line.setWordWrap(True)

        self.cards = {
            "due": Card("due", "overdue", "overdue", self),
            "reclaim_soon": Card("reclaim_soon", "reclaim_soon", "reclaim_soon", self),
            "new_warnings": Card("new_warnings", "warning", "warning", self),
            "claims": Card("claims", "claim", None, self),
            "suggested": Card("suggested", "queues", None, self),
        }
        for card in self.cards.values():
            card.clicked.connect(lambda key=card.key: self._card_pressed(key))
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for card in self.cards.values():
            cards.addWidget(card, 1)

        self.lists: dict[str, QTreeWidget] = {}
        self.more: dict[str, QPushButton] = {}
        left = QVBoxLayout()
        for key in today.ENTRIES:
            box = QGroupBox(entry_title(key), self)
            box.setObjectName(f"today_box_{key}")
            tree = QTreeWidget(box)
            tree.setObjectName(f"today_list_{key}")
            tree.setColumnCount(2)
            tree.setHeaderHidden(True)
            tree.setRootIsDecorated(False)
            tree.setUniformRowHeights(True)
            tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            tree.header().setStretchLastSection(False)
            tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            tree.itemActivated.connect(self._row_activated)
            tree.itemClicked.connect(self._row_activated)
            more = QPushButton(box)
            more.setObjectName(f"today_more_{key}")
            more.setFlat(True)
            more.clicked.connect(lambda _=False, key=key: self._open_entry(key))
            inner = QVBoxLayout(box)
            inner.addWidget(tree)
            inner.addWidget(more, 0, Qt.AlignmentFlag.AlignRight)
            self.lists[key] = tree
            self.more[key] = more
            left.addWidget(box)
        left.addStretch(1)

        right = QVBoxLayout()
        self.claims_box = QGroupBox(tr("Claims left today"), self)
        self.claims_box.setObjectName("today_claims")
        self.claims_layout = QVBoxLayout(self.claims_box)
        right.addWidget(self.claims_box)
        self.team_box = QGroupBox(tr("The team today"), self)
        self.team_box.setObjectName("today_team")
        self.team = QTableWidget(0, 1 + len(TEAM_COLUMNS), self.team_box)
        self.team.setObjectName("today_team_table")
        self.team.setHorizontalHeaderLabels(
            [tr("Person"), *(self._team_header(key) for key in TEAM_COLUMNS)]
        )
        self.team.verticalHeader().hide()
        self.team.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.team.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.team.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(TEAM_COLUMNS)):
            self.team.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.team.cellClicked.connect(self._team_cell)
        QVBoxLayout(self.team_box).addWidget(self.team)
        right.addWidget(self.team_box, 1)
        self.queues_box = QGroupBox(tr("Queues"), self)
        self.queues_box.setObjectName("today_queues")
        self.queue_buttons: dict[str, QPushButton] = {}
        queue_grid = QGridLayout(self.queues_box)
        for i, (key, page) in enumerate(
            (("suggested", "queues"), ("warned", "queues"), ("junk", "cleanup"))
        ):
            button = QPushButton(self.queues_box)
            button.setObjectName(f"today_queue_{key}")
            button.clicked.connect(lambda _=False, page=page: self.open_page.emit(page))
            queue_grid.addWidget(button, i // 3, i % 3)
            self.queue_buttons[key] = button
        right.addWidget(self.queues_box)
        if not ctx.actor.is_manager:
            right.addStretch(1)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        if ctx.actor.is_manager:  # the team comes first, and needs the room
            columns.addLayout(right, 3)
            columns.addLayout(left, 2)
        else:
            columns.addLayout(left, 3)
            columns.addLayout(right, 2)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.rules_line)
        layout.addLayout(cards)
        layout.addLayout(columns, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.team_box.setVisible(ctx.actor.is_manager)
        self.queues_box.setVisible(ctx.actor.is_manager)
        ctx.changed.connect(self._changed)

    # --- loading ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _changed(self, areas: frozenset[str]) -> None:
        if areas & {CUSTOMERS, POOLS, REPS, RULES}:
            self._stale = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        if self._loading:  # a change during a read: read once more after it
            self._stale = True
            return
        self._loading = True
        self._stale = False
        actor = self.ctx.actor.id
        Task(self, self.ctx, lambda session, _p: _read(session, actor)).success(self._show).failure(
            self._failed
        ).run()

    def _failed(self, _exc: BaseException) -> bool:
        self._loaded()
        return False

    def _loaded(self) -> None:
        self._loading = False
        if self._stale and self.isVisible():
            self.reload()

    def _show(self, view: TodayView) -> None:
        self.view = view
        locale = QLocale()
        self.title.setText(
            tr("Today, {date}").format(
                date=locale.toString(view.now.date(), QLocale.FormatType.LongFormat)
            )
        )
        entries = view.entries
        due = entries["due"].count
        self.cards["due"].show_count(
            due,
            tr("Follow-ups due"),
            tr("%n overdue", "", view.overdue) if view.overdue else tr("none overdue"),
        )
        self.cards["reclaim_soon"].show_count(
            entries["reclaim_soon"].count,
            tr("About to be reclaimed"),
            tr("follow up to keep them"),
        )
        self.cards["new_warnings"].show_count(
            entries["new_warnings"].count, tr("New warnings"), tr("in the last 7 days")
        )
        limited = [c for c in view.claims if not c.admin]
        left = sum(c.left_today for c in limited)
        self.cards["claims"].show_count(
            left,
            tr("Claims left today"),
            tr("no limit in your pools") if not limited else tr("from the public pools"),
        )
        self.cards["claims"].number.setVisible(bool(limited))
        for key in today.ENTRIES:
            self._fill_list(key, view)
        self._fill_claims(view)
        at, actor = view.now, view.rep_id
        if view.manager:  # the whole queue's number comes with the team's
            Task(self, self.ctx, lambda session, _p: today.team_day(session, now=at)).success(
                self._show_team
            ).failure(self._failed).run()
        else:
            Task(
                self, self.ctx, lambda session, _p: today.suggested(session, actor, now=at)
            ).success(self._show_suggested).failure(self._failed).run()
        self.loaded.emit()

    def _show_suggested(self, n: int) -> None:
        self.cards["suggested"].show_count(n, tr("Void suggestions"), tr("on your customers"))
        self._loaded()

    def _show_team(self, day: TeamDay) -> None:
        self.team_day = day
        locale = QLocale()
        self.cards["suggested"].show_count(
            day.suggested, tr("Void suggestions"), tr("awaiting a decision")
        )
        self._fill_team(day)
        for key, text in (
            ("suggested", tr("Void suggestions: {n}")),
            ("warned", tr("Warnings: {n}")),
            ("junk", tr("Junk to clean up: {n}")),
        ):
            n = day.suggested if key == "suggested" else day.queues.get(key, 0)
            self.queue_buttons[key].setText(text.format(n=locale.toString(n)))
        self._loaded()

    def _fill_list(self, key: str, view: TodayView) -> None:
        entry = view.entries[key]
        tree = self.lists[key]
        tree.clear()
        for row in entry.first:
            item = QTreeWidgetItem([row["company"], self._row_note(key, row, view.now)])
            item.setData(0, ID_ROLE, row["id"])
            # every row keeps the lock's room, so the names line up
            item.setIcon(0, style.icon("locked") if row.get("locked") else self._no_icon)
            due = row.get("next_followup_at")
            if key == "due" and due is not None and due < view.now:
                item.setForeground(1, style.color("overdue"))
                item.setIcon(1, style.icon("overdue", "overdue"))
            elif key == "reclaim_soon":
                item.setForeground(1, style.color("reclaim_soon"))
            tree.addTopLevelItem(item)
        if not entry.first:
            empty = QTreeWidgetItem([self._empty_text(key), ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            tree.addTopLevelItem(empty)
        rows = max(len(entry.first), 1)
        tree.setFixedHeight(tree.sizeHintForRow(0) * rows + 2 * tree.frameWidth() + 2)
        more = self.more[key]
        more.setText(tr("Show all %n", "", entry.count))
        more.setVisible(entry.count > 0)

    def _row_note(self, key: str, row: dict[str, Any], now: datetime) -> str:
        locale = QLocale()
        if key == "due":
            due = row.get("next_followup_at")
            if due is None:
                return ""
            if due.date() == now.date():
                return tr("today {time}").format(time=locale.toString(due.time(), "HH:mm"))
            return tr("%n day(s) overdue", "", (now.date() - due.date()).days)
        if key == "reclaim_soon":
            left = row.get("days_left")
            if left is None:
                return ""
            return tr("under a day left") if left == 0 else tr("%n day(s) left", "", left)
        return tr("risk {score}").format(score=row.get("risk_score", 0))

    def _empty_text(self, key: str) -> str:
        return {
            "due": tr("Nothing due today."),
            "reclaim_soon": tr("None of your customers is close to being reclaimed."),
            "new_warnings": tr("No new warnings."),
        }[key]

    def _fill_claims(self, view: TodayView) -> None:
        while self.claims_layout.count():
            item = self.claims_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for claims in view.claims:
            if claims.admin:
                text = tr("{pool}: no limit (you manage it)").format(pool=claims.name)
            else:
                text = tr("{pool}: {left} of {most} claims left today").format(
                    pool=claims.name, left=claims.left_today, most=claims.daily_claims
                )
            button = QPushButton(text, self.claims_box)
            button.setObjectName(f"today_pool_{claims.pool_id}")
            button.setIcon(style.icon("pool"))
            button.setFlat(True)
            button.setStyleSheet("text-align: left")
            button.clicked.connect(
                lambda _=False, pool=claims.pool_id: self.open_page.emit(f"pool:{pool}")
            )
            self.claims_layout.addWidget(button)
        if not view.claims:
            self.claims_layout.addWidget(QLabel(tr("You are in no public pool."), self.claims_box))
        # whoever manages every pool claims without limits: the card says so, once
        self.claims_box.setVisible(not view.claims or not all(c.admin for c in view.claims))

    @staticmethod
    def _team_header(key: str) -> str:
        return {
            "owned": tr("Customers"),
            "due": tr("Due follow-ups"),
            "reclaim_soon": tr("To be reclaimed"),
            "warned": tr("Warned"),
        }[key]

    def _fill_team(self, day: TeamDay) -> None:
        locale = QLocale()
        self.team.setRowCount(len(day.lines))
        for r, line in enumerate(day.lines):
            name = QTableWidgetItem(line.name)
            name.setData(ID_ROLE, line.rep_id)
            self.team.setItem(r, 0, name)
            for c, key in enumerate(TEAM_COLUMNS, start=1):
                n = line.counts[key]
                cell = QTableWidgetItem(locale.toString(n))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if n and key in ("due", "reclaim_soon", "warned"):
                    kind = {"due": "overdue", "reclaim_soon": "reclaim_soon", "warned": "warning"}
                    cell.setForeground(style.color(kind[key]))
                cell.setToolTip(tr("Open this list"))
                self.team.setItem(r, c, cell)

    # --- opening ---------------------------------------------------------------------

    def _card_pressed(self, key: str) -> None:
        if key in today.ENTRIES:
            self._open_entry(key)
        elif key == "suggested":
            self.open_page.emit("queues")
        elif key == "claims" and self.view is not None and self.view.claims:
            self.open_page.emit(f"pool:{self.view.claims[0].pool_id}")

    def _open_entry(self, key: str) -> None:
        if self.view is None:
            return
        entry = self.view.entries[key]
        sort, descending = entry.sort
        self.open_list.emit(ListRequest(entry_title(key), entry.filters, sort, descending))

    def _row_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        customer = item.data(0, ID_ROLE)
        if customer is not None:
            self.open_customer.emit(int(customer))

    def _team_cell(self, row: int, column: int) -> None:
        if self.view is None or self.team_day is None or column == 0:
            return
        line = self.team_day.lines[row]
        key = TEAM_COLUMNS[column - 1]
        sort, descending = today.SORTS[key]
        title = tr("{person}: {what}").format(person=line.name, what=entry_title(key))
        filters = today.filters_for(key, line.rep_id, self.view.now)
        self.open_list.emit(ListRequest(title, filters, sort, descending))

    def show_rules_run(self, done: RulesRun, next_at: datetime | None) -> None:
        """What the automatic rules did last (the window's RulesClock reports here)."""
        locale = QLocale()
        at = locale.toString(done.at.time(), "HH:mm")
        if not done.ran:
            text = tr("Another desk was applying the rules at {at}.").format(at=at)
        else:
            text = tr("Rules applied at {at}: {reclaimed}, {warned}.").format(
                at=at,
                reclaimed=tr("%n customer(s) reclaimed", "", done.reclaimed),
                warned=tr("%n customer(s) warned", "", done.warned),
            )
        if next_at is not None:
            text += " " + tr("Next run at {at}.").format(
                at=locale.toString(next_at.time(), "HH:mm")
            )
        self.rules_line.setText(text)


def _read(session: Session, actor: int) -> TodayView:
    return today.today(session, actor)
