"""The manager's queues: "Suggestions & warnings" (void suggestions, warned customers) and
"Cleanup" (suggestions, junk, customers closed long ago), each with its bulk actions.

The queues are computed by SQL over every customer, so each page is read on a worker
(Task) and a page is 200 rows with "Load more". A page that is not on screen only
notes that customers changed and reads again when it is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.core import risk, suggestions
from crmdesk.core.lifecycle import archive_customers, void_customers
from crmdesk.core.models import WARNING_BITS
from crmdesk.core.reasons import list_reasons
from crmdesk.core.search import owner_names, rows_by_id
from crmdesk.ui import labels
from crmdesk.ui.context import CUSTOMERS, REASONS, RULES, AppContext
from crmdesk.ui.detail_common import alive, fill_table, make_table, row_id, selected_ids
from crmdesk.ui.settings_common import confirm
from crmdesk.ui.tasks import Progress, Task

PAGE = 200
T = TypeVar("T")


@dataclass(frozen=True)
class Chunk(Generic[T]):
    """A page of a queue as the worker read it; counts come with the first page."""

    counts: dict[str, int] | None
    items: list[T]
    owners: dict[int, str]


@dataclass(frozen=True)
class SuggestedRow:
    suggestion: suggestions.Suggestion
    company: str
    owner_id: int | None
    status: str


def read_suggestions(
    session: Session, rule: str | None, offset: int, limit: int, owner: int | None = None
) -> Chunk[SuggestedRow]:
    """A page of void suggestions with the columns a person needs to judge them; a rep's
    `owner` narrows them to their own customers (theirs to decide on)."""
    counts = suggestions.suggestion_counts(session, owner=owner) if offset == 0 else None
    found = suggestions.list_suggestions(
        session, rule=rule, offset=offset, limit=limit, owner=owner
    )
    rows = rows_by_id(session, [s.customer_id for s in found])
    items = [
        SuggestedRow(
            s,
            rows[s.customer_id]["company"],
            rows[s.customer_id]["owner_id"],
            rows[s.customer_id]["status"],
        )
        for s in found
    ]
    return Chunk(counts, items, owner_names(session))


def read_warned(
    session: Session, rule: str | None, offset: int, limit: int, owner: int | None = None
) -> Chunk[risk.WarnedRow]:
    counts = risk.warnings_per_rule(session, owner=owner) if offset == 0 else None
    rows = risk.warned_customers(session, rule=rule, offset=offset, limit=limit, owner=owner)
    return Chunk(counts, rows, owner_names(session))


def read_cleanup(
    session: Session, kind: str | None, offset: int, limit: int, lang: str
) -> Chunk[suggestions.CleanupItem]:
    counts = suggestions.cleanup_counts(session) if offset == 0 else None
    items = suggestions.cleanup_queue(session, kind=kind, offset=offset, limit=limit, lang=lang)
    return Chunk(counts, items, owner_names(session))


class QueueList(QWidget):
    """A filter with counts, a multi-select table paged by "Load more", and Open.

    `fetch(session, key, offset, limit)` runs on a worker; `render(item, owners)` gives
    (customer id, cells) on the GUI thread.
    """

    open_customer = Signal(int)
    filter_changed = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        prefix: str,
        filters: Sequence[tuple[str | None, str]],
        headers: Sequence[str],
        fetch: Callable[[Session, str | None, int, int], Chunk[Any]],
        render: Callable[[Any, dict[int, str]], tuple[int, list[str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fetch = fetch
        self.render = render
        self.names = dict(filters)
        self._generation = 0
        self._loading = 0  # reads in flight; a change meanwhile asks for one more
        self._loaded = 0
        self._stale = True
        self.counts: dict[str, int] = {}
        self.filter = QComboBox()
        self.filter.setObjectName(f"{prefix}_filter")
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key, name in filters:
            self.filter.addItem(name, key)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.table = make_table(f"{prefix}_table", headers, multi=True)
        self.table.cellDoubleClicked.connect(
            lambda row, _: self.open_customer.emit(row_id(self.table, row))
        )
        self.status = QLabel()
        self.status.setObjectName(f"{prefix}_status")
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName(f"{prefix}_open")
        self.open_button.clicked.connect(self._open_selected)
        self.more_button = QPushButton(self.tr("Load more"))
        self.more_button.setObjectName(f"{prefix}_more")
        self.more_button.clicked.connect(self.more)
        self.more_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.open_button)
        self.actions_row = QHBoxLayout()
        self.actions_row.addWidget(self.status, 1)
        self.actions_row.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.actions_row)
        ctx.changed.connect(self._changed)

    def key(self) -> str | None:
        return self.filter.currentData()

    def selected_ids(self) -> list[int]:
        return selected_ids(self.table)

    def add_action(self, widget: QWidget) -> None:
        self.actions_row.addWidget(widget)

    def tell(self, text: str) -> None:
        self.status.setText(text)

    # --- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        self._stale = False
        self._generation += 1
        self._load(0, self._generation)

    def more(self) -> None:
        self._load(self._loaded, self._generation)

    def _load(self, offset: int, generation: int) -> None:
        key, fetch = self.key(), self.fetch
        self.more_button.setEnabled(False)
        self.table.setCursor(Qt.CursorShape.BusyCursor)
        self._loading += 1

        def work(session: Session, _: Progress) -> Chunk[Any]:
            return fetch(session, key, offset, PAGE)

        Task(self, self.ctx, work).success(
            lambda chunk: self._arrived(chunk, offset, generation)
        ).failure(lambda _exc: self._failed()).run()

    def _failed(self) -> bool:
        """Usable again after a failed read (the task shows why)."""
        self._loading -= 1
        self.table.unsetCursor()
        self.more_button.setEnabled(True)
        return False

    def _arrived(self, chunk: Chunk[Any], offset: int, generation: int) -> None:
        self._loading -= 1
        if generation != self._generation:
            return  # the filter changed meanwhile; a newer read is coming
        if self._stale and self.isVisible():  # the data changed while this was read
            self.reload()
            return
        self.table.unsetCursor()
        rendered = [self.render(item, chunk.owners) for item in chunk.items]
        fill_table(
            self.table,
            [cells for _, cells in rendered],
            [cid for cid, _ in rendered],
            append=offset > 0,
        )
        self._loaded = offset + len(chunk.items)
        if chunk.counts is not None:
            self.counts = chunk.counts
            for i in range(self.filter.count()):
                key = self.filter.itemData(i)
                if key in chunk.counts:
                    self.filter.setItemText(
                        i, self.tr("{name} ({n})").format(name=self.names[key], n=chunk.counts[key])
                    )
            self._fit_filter()
        self.more_button.setVisible(len(chunk.items) == PAGE)
        self.more_button.setEnabled(True)

    def _fit_filter(self) -> None:
        """Wide enough for its longest choice with its count: Qt's own size for a combo
        box leaves a few pixels too few for some Chinese texts in Fusion's edit field."""
        combo = self.filter
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            combo,
        )
        longest = max(
            combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())
        )
        combo.setMinimumWidth(longest + combo.width() - field.width() + 4)

    def _changed(self, areas: frozenset[str]) -> None:
        if not alive(self) or not areas & {CUSTOMERS, RULES}:
            return
        if self.isVisible() and not self._loading:
            self.reload()
        else:  # hidden, or a read is running: one more read when it can start
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _filter_changed(self) -> None:
        self.status.clear()
        self.filter_changed.emit(self.key())
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _open_selected(self) -> None:
        for cid in self.selected_ids():
            self.open_customer.emit(cid)

    # --- acting on the selection ----------------------------------------------------------

    def chosen(self) -> list[int]:
        """The selected customers; none selected is said where the actions are."""
        ids = self.selected_ids()
        if not ids:
            self.tell(self.tr("Select one or more customers first."))
        return ids

    def act(
        self,
        work: Callable[[Session, list[int]], T],
        done: Callable[[T], str],
        ids: list[int] | None = None,
    ) -> Task[T] | None:
        """Run one service on `ids` (else the selected customers); say what happened when
        it is done."""
        ids = ids or self.chosen()
        if not ids:
            return None

        def run(session: Session, _: Progress) -> T:
            return work(session, ids)

        return (
            Task(self, self.ctx, run)
            .changes(CUSTOMERS)
            .success(lambda result: self.tell(done(result)) if alive(self) else None)
            .run()
        )


def _voided(n: int) -> str:
    return QCoreApplication.translate("queues", "Customers moved to the recycle bin: {n}.").format(
        n=n
    )


def _dismissed(n: int) -> str:
    return QCoreApplication.translate(
        "queues", "Suggestions dismissed: {n}. They come back only on new evidence."
    ).format(n=n)


def listed(lang: str, items: Sequence[str]) -> str:
    """Items of a sentence's list: 、 between them in Chinese, a comma in English."""
    return ("、" if lang.startswith("zh") else ", ").join(items)


def confirm_void(
    queue: QueueList, ids: list[int], reasons: str, on_yes: Callable[[], None]
) -> None:
    """Voiding many at once is asked first, as the toolbar's Void asks: how many, and why."""
    text = QCoreApplication.translate(
        "queues",
        "Customers to void: {n}. Reason: {reasons}.\n\nThey go to the Recycle bin and can "
        "be restored from there. Void them?",
    ).format(n=f"{len(ids):,}", reasons=reasons)
    title = QCoreApplication.translate("queues", "Void customers")
    confirm(queue, "confirm_void", title, text, on_yes)


def _accept_selected(ctx: AppContext, queue: QueueList) -> Task[list[str]] | None:
    """Read the reasons accepting would record, confirm, then void with them."""
    ids = queue.chosen()
    if not ids:
        return None
    actor, lang = ctx.actor.id, ctx.lang

    def reasons(session: Session, _: Progress) -> list[str]:
        names = {
            r.code: r.label_zh if lang.startswith("zh") else r.label_en
            for r in list_reasons(session, "void", retired=True)
        }
        counts = suggestions.accept_reasons(session, ids)
        return [f"{names.get(code, code)} ({n:,})" for code, n in counts.items()]

    def ask(found: list[str]) -> None:
        if not alive(queue):
            return
        shown = listed(lang, found) or QCoreApplication.translate("queues", "no longer suggested")
        confirm_void(
            queue,
            ids,
            shown,
            lambda: queue.act(
                lambda s, chosen: suggestions.accept_suggestions(s, chosen, actor),
                lambda result: _voided(result.count),
                ids,
            ),
        )

    return Task(queue, ctx, reasons).success(ask).run()


def _suggestion_actions(ctx: AppContext, queue: QueueList, prefix: str) -> QWidget:
    """Accept (void with the rule's reason, once confirmed) and dismiss (for the rule in
    the filter, or every rule suggesting the customer), on the selected customers."""
    actor = ctx.actor.id
    bar = QWidget()
    accept = QPushButton(QCoreApplication.translate("queues", "Void (accept)…"))
    accept.setObjectName(f"{prefix}_accept")
    accept.clicked.connect(lambda: _accept_selected(ctx, queue))
    dismiss = QPushButton(QCoreApplication.translate("queues", "Dismiss"))
    dismiss.setObjectName(f"{prefix}_dismiss")

    def dismiss_selected() -> None:
        rule = queue.key() if queue.key() in suggestions.RULES else None
        queue.act(
            lambda s, ids: suggestions.dismiss_suggestions(s, ids, actor, rule=rule),
            _dismissed,
        )

    dismiss.clicked.connect(dismiss_selected)
    row = QHBoxLayout(bar)
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(accept)
    row.addWidget(dismiss)
    return bar


def tr(text: str) -> str:
    """Module-level strings; lupdate files `tr("...")` calls under the empty context."""
    return QCoreApplication.translate("", text)


def _rule_names() -> dict[str, str]:
    return {
        "inactive": tr("Inactive"),
        "failed": tr("Failed contacts"),
        "no_contact": tr("No contact details"),
        "duplicate": tr("Likely duplicate"),
    }


def _why(s: suggestions.Suggestion) -> str:
    texts = {
        "inactive": tr("days without interaction: {n}"),
        "failed": tr("failed contact attempts in a row: {n}"),
        "no_contact": tr("no valid phone, email or WeChat"),
        "duplicate": tr("shares a phone, email or name with older customers: {n}"),
    }
    return texts[s.rule].format(n=s.evidence)


class SuggestionsPage(QWidget):
    """Void suggestions by rule, and the customers a warning fires for; rows open the
    detail, suggestions are accepted or dismissed one or many at a time."""

    open_customer = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("suggestions_page")
        rules = _rule_names()
        # a rep decides on their own customers; a manager sees the team's
        owner = None if ctx.actor.is_manager else ctx.actor.id
        self.suggested = QueueList(
            ctx,
            "suggestion",
            [(None, self.tr("Every rule")), *((r, rules[r]) for r in suggestions.RULES)],
            [
                self.tr("Company"),
                self.tr("Owner"),
                self.tr("Status"),
                self.tr("Rule"),
                self.tr("Why"),
            ],
            lambda session, rule, offset, limit: read_suggestions(
                session, rule, offset, limit, owner
            ),
            self._suggestion_cells,
            self,
        )
        self.suggested.add_action(_suggestion_actions(ctx, self.suggested, "suggestion"))
        self.warned = QueueList(
            ctx,
            "warning",
            [(None, labels.warning("any")), *((r, labels.warning(r)) for r in WARNING_BITS)],
            [
                self.tr("Company"),
                self.tr("Owner"),
                self.tr("Status"),
                self.tr("Risk score"),
                self.tr("Warnings"),
            ],
            lambda session, rule, offset, limit: read_warned(session, rule, offset, limit, owner),
            self._warned_cells,
            self,
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("queue_tabs")
        self.tabs.addTab(self.suggested, self.tr("Void suggestions"))
        self.tabs.addTab(self.warned, self.tr("Warnings"))
        for queue in (self.suggested, self.warned):
            queue.open_customer.connect(self.open_customer)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def _suggestion_cells(self, row: SuggestedRow, owners: dict[int, str]) -> tuple[int, list[str]]:
        s = row.suggestion
        return s.customer_id, [
            row.company,
            owners.get(row.owner_id or 0, ""),
            labels.status(row.status),
            _rule_names()[s.rule],
            _why(s),
        ]

    def _warned_cells(self, row: risk.WarnedRow, owners: dict[int, str]) -> tuple[int, list[str]]:
        lang = self.ctx.lang
        between = "；" if lang.startswith("zh") else "; "
        warnings = between.join(w.message(lang) for w in row.warnings)
        return row.customer_id, [
            row.company,
            owners.get(row.owner_id or 0, ""),
            labels.status(row.status),
            str(row.score),
            warnings,
        ]


class CleanupPage(QWidget):
    """The cleanup queue by kind, each with its bulk action: junk (tier D) is voided with
    a reason, long-closed customers archived, suggestions voided or dismissed. It opens
    on junk: the void suggestions have their own page (Suggestions & warnings)."""

    open_customer = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("cleanup_page")
        lang = ctx.lang
        self.queue = QueueList(
            ctx,
            "cleanup",
            [
                ("junk", self.tr("Junk: tier D, active or in a pool")),
                ("long_closed", self.tr("Closed long ago")),
                ("suggestion", self.tr("Void suggestions")),
            ],
            [self.tr("Company"), self.tr("Owner"), self.tr("Status"), self.tr("Why")],
            lambda session, kind, offset, limit: read_cleanup(session, kind, offset, limit, lang),
            self._cells,
            self,
        )
        self.queue.filter.setToolTip(
            self.tr(
                "Junk lists every active or pooled customer of tier D, also those a void "
                "suggestion lists; voided and closed ones are not junk to clean."
            )
        )
        self.queue.open_customer.connect(self.open_customer)
        actor = ctx.actor.id
        self.actions = QStackedWidget()
        self.actions.setObjectName("cleanup_actions")
        self.actions.addWidget(_suggestion_actions(ctx, self.queue, "cleanup"))
        # junk: void with a reason
        junk = QWidget()
        self.void_reason = QComboBox()
        self.void_reason.setObjectName("cleanup_void_reason")
        self.void_note = QLineEdit()
        self.void_note.setObjectName("cleanup_void_note")
        self.void_note.setPlaceholderText(self.tr('Note (needed for "Other")'))
        void = QPushButton(self.tr("Void"))
        void.setObjectName("cleanup_void")
        void.clicked.connect(self.void_selected)
        junk_row = QHBoxLayout(junk)
        junk_row.setContentsMargins(0, 0, 0, 0)
        junk_row.addWidget(QLabel(self.tr("Void reason")))
        junk_row.addWidget(self.void_reason)
        junk_row.addWidget(self.void_note, 1)
        junk_row.addWidget(void)
        self.actions.addWidget(junk)
        # long closed: archive
        closed = QWidget()
        archive = QPushButton(self.tr("Archive"))
        archive.setObjectName("cleanup_archive")
        archive.clicked.connect(
            lambda: self.queue.act(
                lambda s, ids: archive_customers(s, ids, actor),
                lambda result: self.tr(
                    "Customers archived: {n}. They are under Closed & archived."
                ).format(n=result.count),
            )
        )
        closed_row = QHBoxLayout(closed)
        closed_row.setContentsMargins(0, 0, 0, 0)
        closed_row.addStretch(1)
        closed_row.addWidget(archive)
        self.actions.addWidget(closed)
        self.queue.filter_changed.connect(self._kind_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.queue, 1)
        layout.addWidget(self.actions)
        self._load_reasons()
        ctx.changed.connect(self._changed)
        self._kind_changed(self.queue.key())

    def _cells(
        self, item: suggestions.CleanupItem, owners: dict[int, str]
    ) -> tuple[int, list[str]]:
        return item.customer_id, [
            item.company,
            owners.get(item.owner_id or 0, ""),
            labels.status(item.status),
            item.why,
        ]

    def _kind_changed(self, kind: str | None) -> None:
        self.actions.setCurrentIndex(suggestions.QUEUE_KINDS.index(kind or "junk"))

    def _load_reasons(self) -> None:
        """The void reasons: a short list, read on the GUI thread."""
        with self.ctx.session() as session:
            reasons = list_reasons(session, "void")
        current = self.void_reason.currentData()
        self.void_reason.clear()
        zh = self.ctx.lang.startswith("zh")
        for r in reasons:
            self.void_reason.addItem(r.label_zh if zh else r.label_en, r.code)
        self.void_reason.setCurrentIndex(max(self.void_reason.findData(current), 0))

    def _changed(self, areas: frozenset[str]) -> None:
        if REASONS in areas and alive(self):
            self._load_reasons()

    def void_selected(self) -> None:
        """Void the selected junk with the chosen reason, once confirmed."""
        ids = self.queue.chosen()
        if not ids:
            return
        actor, reason = self.ctx.actor.id, self.void_reason.currentData()
        note = self.void_note.text().strip() or None
        confirm_void(
            self.queue,
            ids,
            self.void_reason.currentText(),
            lambda: self.queue.act(
                lambda s, chosen: void_customers(s, chosen, reason, note, actor),
                lambda result: _voided(result.count),
                ids,
            ),
        )
