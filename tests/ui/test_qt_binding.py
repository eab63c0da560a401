"""The Qt binding must not leak references to None: PySide6 6.12.0 on Python 3.11 did,
and a session of a few thousand clicks then died in none_dealloc."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_calls_keep_none_alive() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) >= before - 10
