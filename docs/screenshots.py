"""Screenshots of the window for the README, on a demo database, in both languages and
both colour schemes, at 1280×800.

    crmdesk --db /tmp/shots.sqlite demo --customers 5000
    xvfb-run -a -s "-screen 0 1400x900x24" python docs/screenshots.py --db /tmp/shots.sqlite

Writes docs/screenshots/<lang>_<scheme>_<shot>.png, the shots being today (the demo's
manager), today_rep (a rep), pool (the default public pool), workspace (the customer with
the most follow-ups), close and assign (the dialogs on a team customer) and reports (the
workload per rep). `--lang`, `--scheme` and `--shot` narrow it down. Needs a CJK font
(fonts-noto-cjk on Debian). Each pass works on a copy of the demo file; the desk's
remembered sizes are neither read nor written.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from crmdesk.core.models import ACTIVE, Customer, FollowUp, Pool, Rep
from crmdesk.storage.engine import Database
from crmdesk.storage.startup import open_database
from crmdesk.ui import i18n, style, tasks
from crmdesk.ui.context import AppContext
from crmdesk.ui.list_page import ListPage
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.reports import ReportsPage

OUT = Path(__file__).parent / "screenshots"
SIZE = (1280, 800)
SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
SHOTS = ("today", "today_rep", "pool", "workspace", "close", "assign", "reports")


def settle(app: QApplication, seconds: float = 0.8) -> None:
    """Let background tasks finish and the window paint."""
    deadline = time.perf_counter() + 60
    while not tasks.idle() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


class Camera:
    """Takes the shots asked for, named <lang>_<scheme>_<shot>.png."""

    def __init__(self, app: QApplication, prefix: str, wanted: set[str]) -> None:
        self.app = app
        self.prefix = prefix
        self.wanted = wanted

    def shoot(self, shot: str, widget: QWidget) -> None:
        settle(self.app)
        OUT.mkdir(exist_ok=True)
        path = OUT / f"{self.prefix}_{shot}.png"
        widget.grab().save(str(path))
        print(path)


def open_window(app: QApplication, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    settle(app, 1.5)  # the rules run at start-up, then Today counts
    return window


def select_row(page: ListPage, row: int) -> None:
    page.table.selectionModel().select(
        page.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def busiest_customer(database: Database) -> int:
    """The active customer with the most follow-ups: a workspace with a long timeline."""
    with database.session() as session:
        found = session.scalar(
            select(FollowUp.customer_id)
            .join(Customer, Customer.id == FollowUp.customer_id)
            .where(Customer.status == ACTIVE)
            .group_by(FollowUp.customer_id)
            .order_by(func.count().desc(), FollowUp.customer_id)
            .limit(1)
        )
    if found is None:
        raise SystemExit("the database has no active customer with follow-ups: use a demo")
    return int(found)


def manager_shots(camera: Camera, database: Database, ctx: AppContext) -> None:
    with database.session() as session:
        pool = session.scalar(select(Pool.id).where(Pool.is_default))
    window = open_window(camera.app, ctx)
    wanted = camera.wanted
    if "today" in wanted:
        camera.shoot("today", window)
    if "pool" in wanted:
        page = window.show_page(f"pool:{pool}")
        assert isinstance(page, ListPage)
        settle(camera.app)
        select_row(page, 2)
        camera.shoot("pool", window)
    if "workspace" in wanted:
        workspace = window.open_customer(busiest_customer(database))
        workspace.resize(*SIZE)
        camera.shoot("workspace", workspace)
        workspace.close()
    for name in ("close", "assign"):
        if name in wanted:
            page = window.show_page("team")
            assert isinstance(page, ListPage)
            settle(camera.app)
            select_row(page, 0)
            dialog = window.customer_actions.run(name)
            assert dialog is not None
            camera.shoot(name, dialog)
            dialog.close()
    if "reports" in wanted:
        reports = window.show_page("reports")
        assert isinstance(reports, ReportsPage)
        reports.show_report("workload")
        camera.shoot("reports", window)
    window.close()


def rep_shots(camera: Camera, ctx: AppContext) -> None:
    window = open_window(camera.app, ctx)
    camera.shoot("today_rep", window)
    window.close()


def fresh_copy(db: str, folder: Path) -> Database:
    """The demo as it was given, for each language and scheme: the window's start-up
    sweep then reclaims and warns the same customers in every shot, and the demo given
    is left as it was."""
    source = Path(db)
    if not source.is_file():
        return open_database(db)[0]
    copy = folder / source.name
    shutil.copyfile(source, copy)
    return open_database(str(copy))[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="a demo database (crmdesk demo)")
    parser.add_argument("--lang", choices=("zh", "en"), action="append")
    parser.add_argument("--scheme", choices=tuple(SCHEMES), action="append")
    parser.add_argument("--shot", choices=SHOTS, action="append")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("CRMDesk")
    app.setApplicationName("CRMDesk")
    keep_out = tempfile.TemporaryDirectory()  # remembered window sizes, the demo's copies
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, keep_out.name)
    given, _ = open_database(args.db)
    with given.session() as session:
        manager = session.scalar(select(Rep.id).where(Rep.role == "manager").order_by(Rep.id))
        rep = session.scalar(
            select(Rep.id)
            .join(Customer, Customer.owner_id == Rep.id)
            .where(Rep.role == "rep", Rep.active)
            .group_by(Rep.id)
            .order_by(func.count().desc(), Rep.id)
            .limit(1)
        )
    given.dispose()
    if manager is None or rep is None:
        raise SystemExit("the database has no manager or no rep with customers: use a demo")
    wanted = set(args.shot or SHOTS)
    for scheme in args.scheme or list(SCHEMES):
        style.apply(app, SCHEMES[scheme])
        for lang in args.lang or ["zh", "en"]:
            i18n.install(lang)
            camera = Camera(app, f"{lang}_{scheme}", wanted)
            database = fresh_copy(args.db, Path(keep_out.name))
            if wanted - {"today_rep"}:
                manager_shots(camera, database, AppContext(database, manager, lang))
            if "today_rep" in wanted:
                rep_shots(camera, AppContext(database, rep, lang))
            database.dispose()
    keep_out.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
