"""The tree stays clean: ruff passes, and the layering in DESIGN.md holds."""

from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_FREE = ("core", "storage", "excel")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", QT_FREE)
def test_service_layers_never_import_qt_or_the_ui(layer):
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in (ROOT / "crmdesk" / layer).rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith("crmdesk.ui")
    ]
    assert offenders == []


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is in the test extras")
@pytest.mark.parametrize("args", [["check"], ["format", "--check"]])
def test_ruff_is_clean(args):
    done = subprocess.run(
        ["ruff", *args, "crmdesk", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
