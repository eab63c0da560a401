"""A manager runs the reclaim sweep and the re-grading from the window, preview first."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.core import grading
from crmdesk.core.models import Customer, Transition
from crmdesk.ui.context import AppContext
from crmdesk.ui.maintenance import GradeDialog, SweepDialog
from tests.conftest import Team
from tests.core.helpers import T0, own
from tests.ui.conftest import wait_tasks


def assert_whole(label: QLabel) -> None:
    """The wrapped text fits the label: no line is cut off at the bottom."""
    assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_sweep_previews_then_reclaims(qtbot: QtBot, ctx: AppContext, ui_team: Team) -> None:
    with ctx.session() as session:
        stale = own(session, ui_team, at=T0)  # untouched since March: the rules fire
    dialog = SweepDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_tasks(qtbot)
    assert dialog.summary.text().startswith(
        "Customers the rules would reclaim into the pools now: 1.\n"
        "Customers close to it that would be warned (their owners are told): 0."
    )
    assert_whole(dialog.summary)
    with ctx.session() as session:
        assert session.get(Customer, stale).status == "active"  # the preview moved nothing
    dialog.run_button.click()
    wait_tasks(qtbot)
    assert dialog.summary.text().startswith("Customers reclaimed into the pools: 1.")
    assert_whole(dialog.summary)
    with ctx.session() as session:
        assert session.get(Customer, stale).status == "pool"
        reclaim = session.scalar(
            select(Transition).where(
                Transition.customer_id == stale, Transition.action == "reclaim"
            )
        )
        assert reclaim.actor_id == ui_team.manager  # who said "reclaim now"


def test_regrade_shows_the_moves_it_then_makes(
    qtbot: QtBot, ctx: AppContext, ui_team: Team
) -> None:
    with ctx.session() as session:
        for _ in range(3):
            own(session, ui_team, tier="A")  # nothing behind an A: the rules lower it
        expected = grading.grade(session, dry_run=True).moved
    assert expected == 3
    dialog = GradeDialog(ctx)
    qtbot.addWidget(dialog)
    wait_tasks(qtbot)
    assert dialog.summary.text().startswith("Customers that would change tier: 3.")
    assert "Tiers after: A 0, B 0, C 0, D 3" in dialog.summary.text()
    dialog.run_button.click()
    wait_tasks(qtbot)
    assert dialog.summary.text().startswith("Customers that changed tier: 3.")
    with ctx.session() as session:
        assert grading.grade(session, dry_run=True).moved == 0
        assert not dialog.run_button.isEnabled()


def test_a_long_chinese_summary_is_shown_whole(qtbot: QtBot, ui_db, ui_team: Team) -> None:
    """Chinese wraps to more lines than English: the dialog grows to show all of them,
    and its lists use Chinese punctuation."""
    ctx = AppContext(ui_db, ui_team.manager, "zh")
    with ctx.session() as session:
        own(session, ui_team, tier="A")
    dialog = GradeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_tasks(qtbot)
    assert "A 0、B 0、C 0、D 1" in dialog.summary.text()
    dialog.say("回收规则将把客户回收到公海，并提醒负责人。" * 12)
    assert_whole(dialog.summary)
