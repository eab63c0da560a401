"""The one source of "now", so tests and `--now` can move it."""

from datetime import datetime, time


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def start_of_day(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), time.min)
