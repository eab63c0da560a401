"""A manager runs the reclaim sweep and the re-grading from the window, preview first."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from crmdesk.core import grading
from crmdesk.core.models import Customer
from crmdesk.ui.context import AppContext
from crmdesk.ui.maintenance import GradeDialog, SweepDialog
from tests.conftest import Team
from tests.core.helpers import T0, own
from tests.ui.conftest import wait_tasks


def test_sweep_previews_then_reclaims(qtbot: QtBot, ctx: AppContext, ui_team: Team) -> None:
    with ctx.session() as session:
        stale = own(session, ui_team, at=T0)  # untouched since March: the rules fire
    dialog = SweepDialog(ctx)
    qtbot.addWidget(dialog)
    wait_tasks(qtbot)
    assert dialog.summary.text().startswith("The rules would reclaim 1 customers")
    with ctx.session() as session:
        assert session.get(Customer, stale).status == "active"  # the preview moved nothing
    dialog.run_button.click()
    wait_tasks(qtbot)
    assert dialog.summary.text().startswith("1 customers were reclaimed")
    with ctx.session() as session:
        assert session.get(Customer, stale).status == "pool"


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
    assert dialog.summary.text().startswith("3 customers would change tier.")
    dialog.run_button.click()
    wait_tasks(qtbot)
    assert dialog.summary.text().startswith("3 customers changed tier.")
    with ctx.session() as session:
        assert grading.grade(session, dry_run=True).moved == 0
        assert not dialog.run_button.isEnabled()
