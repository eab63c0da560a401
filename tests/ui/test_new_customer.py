"""Adding a customer by hand: a rep owns it; a manager may pool it; a rep may not give it away."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.core.models import Customer
from crmdesk.ui.context import AppContext
from crmdesk.ui.new_customer import TO_POOL, NewCustomerDialog
from tests.conftest import Team
from tests.ui.conftest import wait_tasks


def fill(dialog: NewCustomerDialog, company: str) -> None:
    dialog.editors["company"].setText(company)
    dialog.editors["phone"].setText("138 0013 8000")
    dialog.notes.setPlainText("展会上认识")


def customer(ctx: AppContext, company: str) -> Customer | None:
    with ctx.session() as session:
        return session.scalar(select(Customer).where(Customer.company == company))


def test_a_rep_adds_a_customer_they_own(qtbot: QtBot, rep_ctx: AppContext, ui_team: Team) -> None:
    dialog = NewCustomerDialog(rep_ctx)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()  # no company yet
    fill(dialog, "杭州新客户有限公司")
    with qtbot.waitSignal(dialog.created, timeout=5000):
        dialog.ok.click()
    found = customer(rep_ctx, "杭州新客户有限公司")
    assert found is not None
    assert (found.status, found.owner_id, found.notes) == ("active", ui_team.zhang, "展会上认识")


def test_a_manager_puts_one_into_a_pool(qtbot: QtBot, ctx: AppContext, ui_team: Team) -> None:
    dialog = NewCustomerDialog(ctx)
    qtbot.addWidget(dialog)
    fill(dialog, "华南线索公司")
    dialog.owner.setCurrentIndex(dialog.owner.findData(TO_POOL))
    dialog.pool.setCurrentIndex(dialog.pool.findData(ui_team.south_pool))
    dialog.ok.click()
    wait_tasks(qtbot)
    found = customer(ctx, "华南线索公司")
    assert found is not None
    assert (found.status, found.owner_id, found.pool_id) == ("pool", None, ui_team.south_pool)


def test_a_rep_cannot_give_a_customer_to_someone_else(
    qtbot: QtBot, rep_ctx: AppContext, ui_team: Team
) -> None:
    dialog = NewCustomerDialog(rep_ctx)
    qtbot.addWidget(dialog)
    fill(dialog, "送人的客户")
    dialog.owner.setCurrentIndex(dialog.owner.findData(ui_team.li))
    dialog.ok.click()
    wait_tasks(qtbot)
    assert customer(rep_ctx, "送人的客户") is None
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert any("managers or pool admins" in b.text() for b in boxes if b.isVisible())
    assert dialog.ok.isEnabled() and dialog.result() == 0  # not accepted: fix and retry
