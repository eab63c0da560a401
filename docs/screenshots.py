"""Screenshots of the window for the README, on a demo database, in both languages.

    crmdesk --db /tmp/demo.sqlite demo --customers 5000
    xvfb-run -s "-screen 0 1400x900x24" python docs/screenshots.py --db /tmp/demo.sqlite

Writes docs/screenshots/<lang>_<page>.png. Needs a CJK font (fonts-noto-cjk on Debian).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from crmdesk.core.models import Pool, Rep
from crmdesk.storage.startup import open_database
from crmdesk.ui import i18n, tasks
from crmdesk.ui.context import AppContext
from crmdesk.ui.list_page import ListPage
from crmdesk.ui.main_window import MainWindow

OUT = Path(__file__).parent / "screenshots"


def settle(app: QApplication, seconds: float = 0.6) -> None:
    """Let tasks finish and the window paint."""
    deadline = time.perf_counter() + 60
    while not tasks.idle() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def shoot(app: QApplication, widget: QWidget, name: str) -> None:
    settle(app)
    OUT.mkdir(exist_ok=True)
    widget.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--lang", choices=("zh", "en"), action="append")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    database, _ = open_database(args.db)
    with database.session() as session:
        manager = session.scalar(select(Rep.id).where(Rep.role == "manager").order_by(Rep.id))
        pool = session.scalar(select(Pool.id).where(Pool.is_default))
    assert manager is not None
    for lang in args.lang or ["zh", "en"]:
        i18n.install(lang)
        window = MainWindow(AppContext(database, manager, lang))
        window.resize(1360, 820)
        window.show()
        page = window.show_page("team")
        assert isinstance(page, ListPage)
        settle(app)
        page.table.selectionModel().select(
            page.model.index(2, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
        shoot(app, window, f"{lang}_team")
        dialog = window.customer_actions.run("void")
        if dialog is not None:
            shoot(app, dialog, f"{lang}_void")
            dialog.close()
        detail = window.open_customer(page.model.id_at(2))
        detail.resize(900, 640)
        shoot(app, detail, f"{lang}_detail")
        detail.close()
        pool_page = window.show_page(f"pool:{pool}")
        assert isinstance(pool_page, ListPage)
        pool_page.search_box.setText("深圳" if lang == "zh" else "sz")
        pool_page.reload()
        shoot(app, window, f"{lang}_pool_search")
        window.show_page("reports")
        shoot(
            app,
            window,
            f"{lang}_reports",
        )
        window.show_page("queues")
        shoot(app, window, f"{lang}_suggestions")
        window.close()
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
