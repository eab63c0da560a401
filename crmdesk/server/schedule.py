"""The team server's scheduled work: the rules (reclaim sweep, warning and risk refresh)
at start and then every period, in a background thread of each server process.

Desks and the command line of a team leave this to the server. Several processes on one
database run the rules once per period between them: core.housekeeping.run_rules takes
PostgreSQL's advisory lock without waiting and skips a run when the team's last one,
recorded in the database, is more recent than the period. A failed run is logged in one
line and tried again next period; it never stops the server.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import timedelta

from crmdesk.core.housekeeping import BUSY, RulesRun, run_rules
from crmdesk.storage.engine import Database

DEFAULT_EVERY = timedelta(hours=1)

log = logging.getLogger("crmdesk.server.schedule")


def run_once(database: Database, every: timedelta) -> RulesRun | None:
    """One scheduled run, logged; None when it failed (the failure is logged)."""
    try:
        with database.session() as session:
            done = run_rules(session, every=every)
    except Exception as error:  # a failed run must never stop the server
        first = str(error).strip().splitlines()[0] if str(error).strip() else ""
        log.error("rules failed, next try in %s: %s: %s", every, type(error).__name__, first)
        return None
    if done.ran:
        log.info(
            "rules ran at %s: %d reclaimed, %d warned, %d refreshed in %.1f s",
            done.at.isoformat(),
            done.reclaimed,
            done.warned,
            done.refreshed,
            done.seconds,
        )
    elif done.skipped == BUSY:
        log.info("rules skipped at %s: another server process is running them", done.at)
    else:
        log.info("rules skipped at %s: the team's last run was at %s", done.at, done.last_run)
    return done


class RulesSchedule:
    """`start()` runs the rules now and then every `every` in a daemon thread until
    `stop()`; runs keep to the start's cadence however long each one takes."""

    def __init__(self, database: Database, every: timedelta = DEFAULT_EVERY) -> None:
        if every <= timedelta(0):
            raise ValueError("the period must be positive")
        self.database = database
        self.every = every
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="crmdesk-rules", daemon=True)

    def start(self) -> None:
        log.info("rules every %s, starting now", self.every)
        self._thread.start()

    def stop(self, timeout: float = 10) -> None:
        self._stopped.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _loop(self) -> None:
        period = self.every.total_seconds()
        next_at = time.monotonic()
        while not self._stopped.is_set():
            run_once(self.database, self.every)
            now = time.monotonic()
            while next_at <= now:
                next_at += period
            if self._stopped.wait(next_at - now):
                return
