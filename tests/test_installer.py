"""The PyInstaller bundle builds, starts, and migrates a new database (takes about a minute)."""

from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crmdesk import __version__
from crmdesk.core.indexing import pinyin
from crmdesk.storage.migrate import head_revision

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str | Path, cwd: Path, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CRMDESK_DB", "PYTHONPATH")}
    return subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        if os.environ.get("CI") == "true":
            pytest.fail(
                "PyInstaller is not installed: CI must prove the bundle (pip install .[installer])"
            )
        pytest.skip("PyInstaller is not installed (pip install -e .[installer])")
    out = tmp_path_factory.mktemp("installer")
    built = run(
        sys.executable,
        "-m",
        "PyInstaller",
        ROOT / "build_installer.spec",
        "--noconfirm",
        "--distpath",
        out / "dist",
        "--workpath",
        out / "build",
        cwd=out,
        timeout=1800,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    folder = out / "dist" / "crmdesk"
    assert program(folder, "crmdesk").is_file() and program(folder, "crmdesk-cli").is_file()
    return folder


def program(folder: Path, name: str) -> Path:
    """crmdesk opens the window (no console on Windows); crmdesk-cli is for scripts."""
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


@pytest.mark.slow
def test_the_bundle_tells_its_version(bundle: Path, tmp_path: Path):
    shown = run(program(bundle, "crmdesk-cli"), "--version", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == f"crmdesk {__version__}"


@pytest.mark.slow
def test_the_bundle_migrates_a_new_database_and_fills_a_demo(bundle: Path, tmp_path: Path):
    database = tmp_path / "fresh" / "crmdesk.sqlite"
    cli = program(bundle, "crmdesk-cli")
    demo = run(cli, "--db", database, "demo", "--customers", "50", "--json", cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert json.loads(demo.stdout)["customers"] == 50
    with sqlite3.connect(database) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
    # Pinyin initials come from pypinyin's dictionaries, which ship as data files.
    with sqlite3.connect(database) as con:
        company = con.execute("SELECT company FROM customers ORDER BY id LIMIT 1").fetchone()[0]
    initials = pinyin(company)[1][:4]
    found = run(cli, "--db", database, "search", initials, "--json", cwd=tmp_path)
    assert found.returncode == 0, found.stderr
    assert company in {row["company"] for row in json.loads(found.stdout)["results"]}


@pytest.mark.slow
def test_the_bundle_opens_the_window_offscreen(bundle: Path, tmp_path: Path):
    """A fresh demo database and the window: the app as a user starts it."""
    database = tmp_path / "demo.sqlite"
    env = {k: v for k, v in os.environ.items() if k not in ("CRMDESK_DB", "PYTHONPATH")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), LANG="zh_CN.UTF-8")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    started = subprocess.run(
        [str(program(bundle, "crmdesk")), "--db", str(database), "--demo", "--ready-check"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert started.returncode == 0, started.stderr
    assert started.stdout.startswith("ready ")
