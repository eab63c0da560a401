"""Settings > Reasons: the void, close and release reason lists.

Reasons are added, renamed, reordered, retired and reinstated, never deleted: history
keeps the reason it was written with. Retired reasons are listed here, greyed, and no
longer offered in the action dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core import reasons
from crmdesk.core.reasons import ReasonInfo
from crmdesk.ui.context import REASONS, AppContext
from crmdesk.ui.settings_common import ok_cancel, open_dialog, read_only_note
from crmdesk.ui.tasks import Task

CodeRole = Qt.ItemDataRole.UserRole
ActiveRole = Qt.ItemDataRole.UserRole + 1


class ReasonDialog(QDialog):
    """Labels in both languages and whether the reason needs a note."""

    def __init__(self, parent: QWidget | None, reason: ReasonInfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reason_dialog")
        self.setWindowTitle(self.tr("Rename reason") if reason else self.tr("New reason"))
        self.label_zh = QLineEdit(reason.label_zh if reason else "", self)
        self.label_zh.setObjectName("reason_label_zh")
        self.label_en = QLineEdit(reason.label_en if reason else "", self)
        self.label_en.setObjectName("reason_label_en")
        for edit in (self.label_zh, self.label_en):
            edit.setMaxLength(reasons.LABEL_LENGTH)
        self.needs_note = QCheckBox(self.tr("A note is required with this reason"), self)
        self.needs_note.setObjectName("reason_needs_note")
        self.needs_note.setChecked(bool(reason and reason.needs_note))
        form = QFormLayout(self)
        form.addRow(self.tr("Chinese"), self.label_zh)
        form.addRow(self.tr("English"), self.label_en)
        form.addRow(self.needs_note)
        form.addRow(ok_cancel(self))


class ReasonsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._infos: dict[str, ReasonInfo] = {}
        self.kind = QComboBox(self)
        self.kind.setObjectName("reason_kind")
        for code, text in (
            ("void", self.tr("Void reasons")),
            ("close", self.tr("Close reasons")),
            ("release", self.tr("Release reasons")),
        ):
            self.kind.addItem(text, code)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.list = QListWidget(self)
        self.list.setObjectName("reason_list")
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.list.itemDoubleClicked.connect(lambda _i: self.rename())

        self.buttons: dict[str, QPushButton] = {}
        side = QVBoxLayout()
        for name, text, slot in (
            ("add_reason", self.tr("Add…"), self.add),
            ("rename_reason", self.tr("Rename…"), self.rename),
            ("move_up", self.tr("Move up"), lambda: self.move(-1)),
            ("move_down", self.tr("Move down"), lambda: self.move(1)),
            ("retire_reason", self.tr("Retire"), self.retire),
            ("reinstate_reason", self.tr("Reinstate"), self.reinstate),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            self.buttons[name] = button
            side.addWidget(button)
        side.addStretch(1)

        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        if not ctx.actor.is_manager:
            layout.addWidget(read_only_note(self))
        layout.addWidget(self.kind)
        layout.addLayout(row)
        ctx.changed.connect(self._on_changed)
        self.reload()

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def current(self) -> ReasonInfo | None:
        item = self.list.currentItem()
        return None if item is None else self._infos[str(item.data(CodeRole))]

    def _text(self, info: ReasonInfo) -> str:
        first, second = (
            (info.label_zh, info.label_en)
            if self.ctx.lang.startswith("zh")
            else (info.label_en, info.label_zh)
        )
        text = first if first == second else f"{first} ({second})"
        if info.needs_note:
            text = self.tr("{label} — note required").format(label=text)
        if not info.active:
            text = self.tr("{label} — retired").format(label=text)
        return text

    def reload(self, keep: str | None = None) -> None:
        keep = keep or (self.current().code if self.current() else None)
        with self.ctx.session() as session:
            infos = reasons.list_reasons(session, self.current_kind(), retired=True)
        self._infos = {info.code: info for info in infos}
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self.list.blockSignals(True)
        self.list.clear()
        for info in infos:
            item = QListWidgetItem(self._text(info), self.list)
            item.setData(CodeRole, info.code)
            item.setData(ActiveRole, info.active)
            if not info.active:
                item.setForeground(grey)
        self.list.blockSignals(False)
        codes = [info.code for info in infos]
        self.list.setCurrentRow(codes.index(keep) if keep in codes else 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        info = self.current()
        row = self.list.currentRow()
        can = self.ctx.actor.is_manager
        self.buttons["add_reason"].setEnabled(can)
        self.buttons["rename_reason"].setEnabled(can and info is not None)
        self.buttons["move_up"].setEnabled(can and info is not None and row > 0)
        self.buttons["move_down"].setEnabled(
            can and info is not None and row < self.list.count() - 1
        )
        self.buttons["retire_reason"].setEnabled(can and info is not None and info.active)
        self.buttons["reinstate_reason"].setEnabled(can and info is not None and not info.active)

    def _on_changed(self, areas: frozenset[str]) -> None:
        if REASONS in areas:
            self.reload()

    def _run(self, work: Callable[[Any], object], keep: str | None = None) -> None:
        """One reason edit on a worker; the list keeps its place afterwards."""
        Task(self, self.ctx, lambda s, _p: work(s)).success(
            lambda result: self.reload(keep=keep or (result if isinstance(result, str) else None))
        ).changes(REASONS).run()

    def add(self) -> ReasonDialog:
        dialog = ReasonDialog(self)
        kind, actor = self.current_kind(), self.ctx.actor.id

        def accepted() -> None:
            zh, en = dialog.label_zh.text(), dialog.label_en.text()
            note = dialog.needs_note.isChecked()
            self._run(lambda s: reasons.add_reason(s, kind, zh, en, actor, needs_note=note))

        return open_dialog(dialog, accepted)

    def rename(self) -> ReasonDialog | None:
        info = self.current()
        if info is None or not self.ctx.actor.is_manager:
            return None
        dialog = ReasonDialog(self, info)
        actor = self.ctx.actor.id

        def accepted() -> None:
            zh, en = dialog.label_zh.text(), dialog.label_en.text()
            note = dialog.needs_note.isChecked()
            self._run(
                lambda s: reasons.rename_reason(
                    s, info.kind, info.code, zh, en, actor, needs_note=note
                ),
                keep=info.code,
            )

        return open_dialog(dialog, accepted)

    def move(self, step: int) -> None:
        info, actor = self.current(), self.ctx.actor.id
        if info is not None:
            self._run(
                lambda s: reasons.move_reason(s, info.kind, info.code, step, actor), keep=info.code
            )

    def retire(self) -> None:
        info, actor = self.current(), self.ctx.actor.id
        if info is not None:
            self._run(lambda s: reasons.retire_reason(s, info.kind, info.code, actor), info.code)

    def reinstate(self) -> None:
        info, actor = self.current(), self.ctx.actor.id
        if info is not None:
            self._run(lambda s: reasons.reinstate_reason(s, info.kind, info.code, actor), info.code)
