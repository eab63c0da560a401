"""A manager's upkeep on demand: run the reclaim sweep and re-grade tiers now.

Both open on a dry run, so the manager sees what would happen before anything moves;
the schedulers' commands (`crmdesk pool sweep`, `crmdesk grade`) do the same work.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core import grading, pools
from crmdesk.core.search import pool_names
from crmdesk.ui.context import CUSTOMERS, AppContext
from crmdesk.ui.tasks import Task


class _PreviewDialog(QDialog):
    """Preview first (a dry run on a worker), then the real run on the manager's word."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumWidth(460)
        self.summary = QLabel(self.tr("Looking at what would happen…"), self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.run_button = QPushButton(self)
        self.run_button.setObjectName("run_button")
        self.run_button.setEnabled(False)
        self.run_button.clicked.connect(self._run)
        buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

    def start(self, title: str, run_text: str) -> None:
        self.setWindowTitle(title)
        self.run_button.setText(run_text)
        Task(self, self.ctx, lambda session, _p: self.work(session, dry_run=True)).success(
            self._previewed
        ).run()

    def work(self, session: Any, *, dry_run: bool) -> Any:
        raise NotImplementedError

    def describe(self, result: Any, *, done: bool) -> str:
        raise NotImplementedError

    def progress_label(self) -> str:
        raise NotImplementedError

    def say(self, text: str) -> None:
        """Show `text` whole: the dialog grows to the height the wrapped text needs (a
        Chinese summary wraps to more lines than the English one)."""
        self.summary.setText(text)
        layout = self.layout()
        layout.activate()
        need = layout.totalHeightForWidth(self.width())
        self.setMinimumHeight(need)
        if self.height() < need:
            self.resize(self.width(), need)

    def _previewed(self, result: Any) -> None:
        self.say(self.describe(result, done=False))
        self.run_button.setEnabled(self.has_work(result))

    def has_work(self, result: Any) -> bool:
        raise NotImplementedError

    def _run(self) -> None:
        self.run_button.setEnabled(False)
        Task(self, self.ctx, lambda session, _p: self.work(session, dry_run=False)).success(
            lambda result: self.say(self.describe(result, done=True))
        ).changes(CUSTOMERS).progress(self.progress_label()).run()


class SweepDialog(_PreviewDialog):
    """公海回收: the pools' reclaim rules, applied now."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        with ctx.session() as session:
            self._pools = pool_names(session)
        self.start(self.tr("Reclaim neglected customers"), self.tr("Reclaim now"))

    def work(self, session: Any, *, dry_run: bool) -> pools.SweepResult:
        if dry_run:
            return pools.sweep(session, dry_run=True)
        return pools.sweep_now(session, self.ctx.actor.id)

    def has_work(self, result: pools.SweepResult) -> bool:
        return result.reclaimed > 0 or result.warned > 0

    def progress_label(self) -> str:
        return self.tr("Reclaiming customers into the pools…")

    def describe(self, result: pools.SweepResult, *, done: bool) -> str:
        if done:
            head = self.tr(
                "Customers reclaimed into the pools: {n}.\n"
                "Customers warned, close to being reclaimed (their owners are told): {w}."
            )
        else:
            head = self.tr(
                "Customers the rules would reclaim into the pools now: {n}.\n"
                "Customers close to it that would be warned (their owners are told): {w}."
            )
        lines = [head.format(n=f"{result.reclaimed:,}", w=f"{result.warned:,}")]
        for pool_id, n in sorted(result.by_pool.items()):
            name = self._pools.get(pool_id, str(pool_id))
            lines.append(self.tr("{pool}: {n}").format(pool=name, n=f"{n:,}"))
        return "\n".join(lines)


class GradeDialog(_PreviewDialog):
    """客户分级: the grading rules, applied to every working customer now."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.start(self.tr("Re-grade tiers"), self.tr("Re-grade now"))

    def work(self, session: Any, *, dry_run: bool) -> grading.GradeResult:
        if dry_run:
            return grading.grade(session, dry_run=True)
        return grading.regrade(session, self.ctx.actor.id)

    def has_work(self, result: grading.GradeResult) -> bool:
        return result.moved > 0

    def progress_label(self) -> str:
        return self.tr("Re-grading tiers…")

    def describe(self, result: grading.GradeResult, *, done: bool) -> str:
        head = (
            self.tr("Customers that changed tier: {n}.")
            if done
            else self.tr("Customers that would change tier: {n}.")
        )
        lines = [head.format(n=f"{result.moved:,}")]
        for old, moves in sorted(result.moves.items()):
            for new, n in sorted(moves.items()):
                lines.append(self.tr("{old} → {new}: {n}").format(old=old, new=new, n=f"{n:,}"))
        between = "、" if self.ctx.lang.startswith("zh") else ", "
        tiers = between.join(f"{t} {n:,}" for t, n in sorted(result.by_tier.items()))
        lines.append(self.tr("Tiers after: {tiers}").format(tiers=tiers))
        if result.overridden:
            lines.append(
                self.tr("Customers keeping a tier set by hand: {n}.").format(
                    n=f"{result.overridden:,}"
                )
            )
        return "\n".join(lines)
