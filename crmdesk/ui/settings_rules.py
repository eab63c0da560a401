"""Settings > Thresholds: warning, grading and void suggestion rules (managers edit)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.core import grading, risk, suggestions
from crmdesk.ui.context import CUSTOMERS, RULES, AppContext
from crmdesk.ui.settings_common import read_only_note, spin
from crmdesk.ui.tasks import Task
from crmdesk.ui.widgets import wrapped_label

STEPS = "steps"  # three increasing whole numbers
CREDIT = "credit"  # a rating, A to D


class ThresholdGroup(QGroupBox):
    """A form over one rules dataclass; Save sends what differs from the stored values."""

    def __init__(
        self,
        ctx: AppContext,
        name: str,
        title: str,
        rows: list[tuple[str, str, Any]],
        read: Callable[[Session], Any],
        write: Callable[[Session, dict[str, Any], int], Any],
        parent: QWidget | None = None,
        *,
        note: str = "",
        changes: tuple[str, ...] = (RULES,),
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName(f"{name}_rules")
        self.ctx, self.read, self.write, self._changes = ctx, read, write, changes
        self.stored: dict[str, Any] = {}
        self.widgets: dict[str, Any] = {}
        form = QFormLayout(self)
        for field, label, kind in rows:
            form.addRow(label, self._widget(f"{name}_{field}", field, kind))
        if note:
            form.addRow(wrapped_label(note, parent=self))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName(f"save_{name}")
        self.save_button.clicked.connect(self.save)
        form.addRow(self.save_button)
        self.load()

    def _widget(self, object_name: str, field: str, kind: Any) -> QWidget:
        if kind == CREDIT:
            combo = QComboBox(self)
            combo.setObjectName(object_name)
            combo.addItems(list(risk.CREDIT_SCALE))
            combo.currentIndexChanged.connect(self._edited)
            self.widgets[field] = combo
            return combo
        if kind == STEPS:
            row = QWidget(self)
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            boxes = [spin(f"{object_name}_{i}", 0, 100_000_000, row) for i in range(3)]
            for box in boxes:
                box.valueChanged.connect(self._edited)
                layout.addWidget(box)
            self.widgets[field] = boxes
            return row
        low, high = kind
        box = spin(object_name, low, high, self)
        box.valueChanged.connect(self._edited)
        self.widgets[field] = box
        return box

    def load(self) -> None:
        with self.ctx.session() as session:
            self.stored = asdict(self.read(session))
        for field, widget in self.widgets.items():
            value = self.stored[field]
            if isinstance(widget, QComboBox):
                widget.blockSignals(True)
                widget.setCurrentText(value)
                widget.blockSignals(False)
            elif isinstance(widget, list):
                for box, step in zip(widget, value, strict=True):
                    box.blockSignals(True)
                    box.setValue(step)
                    box.blockSignals(False)
            else:
                widget.blockSignals(True)
                widget.setValue(value)
                widget.blockSignals(False)
        self.setEnabled(self.ctx.actor.is_manager)
        self._edited()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field, widget in self.widgets.items():
            if isinstance(widget, QComboBox):
                out[field] = widget.currentText()
            elif isinstance(widget, list):
                out[field] = tuple(box.value() for box in widget)
            else:
                assert isinstance(widget, QSpinBox)
                out[field] = widget.value()
        return out

    def changes(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if self.stored[k] != v}

    def _edited(self) -> None:
        self.save_button.setEnabled(bool(self.changes()))

    def save(self) -> None:
        changes, actor, write = self.changes(), self.ctx.actor.id, self.write
        if changes:
            Task(self, self.ctx, lambda s, _p: write(s, changes, actor)).success(
                lambda _: self.load()
            ).progress(self.tr("Saving the rules…")).changes(*self._changes).run()


class RulesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        days = (1, 3650)
        count = (1, 3650)
        big = (0, 100_000_000)
        self.warnings = ThresholdGroup(
            ctx,
            "warning",
            self.tr("Warnings"),
            [
                ("overdue_payments", self.tr("Overdue payments at least"), count),
                ("complaints", self.tr("Complaints at least"), count),
                ("complaint_days", self.tr("…within days"), days),
                ("return_rate", self.tr("Return rate at least (%)"), (1, 100)),
                ("credit", self.tr("Credit rating this or worse"), CREDIT),
            ],
            risk.warning_rules,
            risk.update_warning_rules,
            self,
            note=self.tr("Every customer's warnings are recomputed when these are saved."),
            changes=(RULES, CUSTOMERS),
        )
        self.grading = ThresholdGroup(
            ctx,
            "grading",
            self.tr("Grading"),
            [
                ("recency_days", self.tr("Last interaction within days (3, 2, 1 points)"), STEPS),
                ("frequency_days", self.tr("Count deals within days"), big),
                ("frequency", self.tr("Deals at least (1, 2, 3 points)"), STEPS),
                ("value", self.tr("Deal value at least (1, 2, 3 points)"), STEPS),
                ("return_rate", self.tr("Return rate at least (%)"), big),
                ("return_penalty", self.tr("…costs points"), big),
                ("complaints", self.tr("Complaints at least"), big),
                ("complaint_days", self.tr("…within days"), big),
                ("complaint_penalty", self.tr("…cost points"), big),
                ("tier_a", self.tr("Tier A from points"), big),
                ("tier_b", self.tr("Tier B from points"), big),
                ("tier_c", self.tr("Tier C from points (below: D, junk)"), big),
            ],
            grading.grading_rules,
            grading.update_grading_rules,
            self,
            note=self.tr("Tiers change at the next grading run."),
        )
        self.suggestions = ThresholdGroup(
            ctx,
            "suggestion",
            self.tr("Void suggestions"),
            [
                ("inactive_days", self.tr("No interaction for days"), days),
                ("failed_attempts", self.tr("Failed contact attempts in a row"), count),
                ("closed_days", self.tr("Suggest archiving closed customers after days"), days),
            ],
            suggestions.suggestion_rules,
            suggestions.update_suggestion_rules,
            self,
        )
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        if not ctx.actor.is_manager:
            layout.addWidget(read_only_note(inner))
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.warnings)
        left.addWidget(self.suggestions)
        left.addStretch(1)
        columns.addLayout(left)
        columns.addWidget(self.grading)
        layout.addLayout(columns)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(scroll)
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, areas: frozenset[str]) -> None:
        if RULES in areas:
            for group in (self.warnings, self.grading, self.suggestions):
                if not group.changes():
                    group.load()
