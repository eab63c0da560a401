"""The window on a big database: start-up, search, scrolling, memory, event-loop stalls.

    crmdesk --db /tmp/big.sqlite demo --customers 1000000
    python benchmarks/ui.py --db /tmp/big.sqlite

Prints, in one run: seconds from process start until the window shows Today's numbers
(the bar: 1.5 s), then the team's, the start-up's automatic rules run, My customers' first
page, the first page of each kind of search as the user sees it (from the query to rows in
the table; bar 100 ms), scrolling a pool of ~400,000 to its end, the longest stall of the
event loop during all of it (bar 100 ms) and resident memory (bar 300 MB). Runs offscreen
unless --show.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import gc  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def peak_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--show", action="store_true", help="use the real display")
    args = parser.parse_args()
    if not args.show:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from crmdesk.core.models import Pool, Rep
    from crmdesk.storage.startup import open_database
    from crmdesk.ui import i18n, tasks
    from crmdesk.ui.context import AppContext
    from crmdesk.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    from crmdesk.ui import style

    style.apply(app)  # as crmdesk/app.py starts the window
    i18n.install("zh")
    tasks.GuiThreadCollector(app)  # as crmdesk/app.py starts the window
    tasks.prepare_threads()
    database, _ = open_database(args.db, cache_mb=tasks.WINDOW_CACHE_MB)
    with database.session() as session:
        manager = session.scalar(select(Rep.id).where(Rep.role == "manager").order_by(Rep.id))
        biggest_pool = session.scalar(select(Pool.id).order_by(Pool.id))
    assert manager is not None
    window = MainWindow(AppContext(database, manager, "zh"))
    window.show()
    gc.freeze()  # as crmdesk/app.py does after start-up
    today = window.pages["today"]

    def wait(condition: object, limit: float = 120.0) -> None:
        deadline = time.perf_counter() + limit
        while not condition():  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.001)
            if time.perf_counter() > deadline:
                raise TimeoutError("the window did not get there")

    wait(lambda: today.view is not None)
    interactive = time.perf_counter() - STARTED
    wait(lambda: today.team_day is not None)
    team_shown = time.perf_counter() - STARTED
    wait(lambda: window.rules_clock.last is not None)
    rules = window.rules_clock.last
    print(
        f"Today's own numbers after {interactive:.2f} s, the team's after {team_shown:.2f} s; "
        f"the start-up rules run took {rules.seconds:.2f} s in the background "
        f"({rules.reclaimed} reclaimed, {rules.warned} warned)"
    )
    page = window.show_page("mine")
    shown: list[float] = []
    began = time.perf_counter()
    page.model.first_page.connect(lambda _s: shown.append(time.perf_counter()))
    wait(lambda: shown)
    print(f"My customers' first page {(shown[0] - began) * 1000:.0f} ms after the click")

    # the event loop's heartbeat: any gap over 10 ms is a stall the user could feel
    gaps: list[float] = []
    beat = QElapsedTimer()
    beat.start()

    def tick() -> None:
        gaps.append(beat.restart() / 1000)

    heart = QTimer()
    heart.setInterval(10)
    heart.timeout.connect(tick)
    heart.start()

    pool_page = window.show_page(f"pool:{biggest_pool}")
    wait(lambda: pool_page.model.is_complete() and tasks.idle())
    first_shown: list[float] = []
    pool_page.model.first_page.connect(lambda _s: first_shown.append(time.perf_counter()))
    searches = {
        "2-char Chinese": "深圳",
        "longer Chinese": "科技有限",
        "phone digits": "1380",
        "pinyin initials": "szkj",
        "no words": "",
    }
    print(f"window interactive after {interactive:.2f} s (bar 1.5 s)")
    print(f"{'search':<18} {'rows':>9} {'first page p50':>15} {'p95 (ms)':>9}")
    for label, words in searches.items():
        times = []
        for _ in range(args.rounds):
            for text in ("", words) if words else ("x", ""):
                began = time.perf_counter()
                pool_page.search_box.setText(text)
                pool_page.reload()
                wait(tasks.idle)  # the first page, then every id
                if text == words:
                    times.append((first_shown[-1] - began) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        rows = pool_page.model.total()
        print(f"{label:<18} {rows:>9,} {statistics.median(times):>15.1f} {p95:>9.1f}")

    pool_page.search_box.setText("")
    pool_page.reload()
    wait(lambda: pool_page.model.is_complete() and tasks.idle())
    print(f"longest event-loop stall while searching: {max(gaps or [0]) * 1000:.0f} ms")
    gaps.clear()
    began = time.perf_counter()
    bar = pool_page.table.verticalScrollBar()
    steps = 40
    for step in range(steps + 1):
        bar.setValue(bar.maximum() * step // steps)
        app.processEvents()
    pool_page.table.scrollToBottom()
    app.processEvents()
    scrolled = time.perf_counter() - began
    last = pool_page.model.index(pool_page.model.rowCount() - 1, 1)
    print(
        f"scrolled {pool_page.model.rowCount():,} rows to the end in {steps} jumps: "
        f"{scrolled:.2f} s, longest stall {max(gaps or [0]) * 1000:.0f} ms, "
        f"last row {pool_page.model.data(last)!r}"
    )
    gaps.clear()
    began = time.perf_counter()
    pool_page.table.selectAll()
    app.processEvents()
    chosen = len(window.selected_ids())
    print(
        f"selected all {chosen:,} rows and read their ids: "
        f"{time.perf_counter() - began:.2f} s, longest stall {max(gaps or [0]) * 1000:.0f} ms"
    )
    heart.stop()
    print(f"resident memory now {rss_mb():.0f} MB, peak {peak_mb():.0f} MB (bar 300 MB)")
    window.close()
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
