"""Spreadsheet import and export against the bare libraries, measured in one run.

    python benchmarks/excel.py [--rows 100000] [--folder DIR]

Makes a ROWS x 16-column xlsx of varied customers, then prints:
- python-calamine merely parsing it, our import into an empty database, our import
  again with --on-duplicate update, and the ratios (bar, issue #4: import <= 2.5x parse);
- SQLite alone writing the rows that import wrote, from ready tuples: the floor under
  any import in Python, whatever its own work costs;
- a bare openpyxl write-only loop writing the exported cells, our export of the same
  rows, and the ratio (bar: export <= 1.3x the bare loop);
- each step's peak memory (each runs in its own process, so peaks do not mix).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

NOW = datetime(2026, 11, 23, 10, 0)
HEADERS = ["客户名称", "联系人", "手机", "其他电话", "邮箱", "微信", "行业", "地区", "来源",
           "负责人", "等级", "信用等级", "最近跟进", "下次跟进", "成交金额", "备注"]  # fmt: skip
CITIES = ["杭州", "上海", "北京", "深圳", "广州", "成都", "重庆", "武汉", "南京", "苏州"]
WORDS = ["鼎盛", "华强", "恒达", "蓝海", "金桥", "宏远", "瑞丰", "中科", "东方", "新锐"]
TRADES = ["科技", "贸易", "制造", "物流", "医疗", "软件", "食品", "建材", "电子", "化工"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"


def make_file(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    r = random.Random(7)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append(HEADERS)
    for i in range(rows):
        city = r.choice(CITIES)
        company = f"{city}{r.choice(WORDS)}{r.choice(TRADES)}{i:06d}有限公司"
        contact = r.choice(SURNAMES) + r.choice(GIVEN) + (r.choice(GIVEN) if i % 3 else "")
        sheet.append(
            [
                company,
                contact,
                13_000_000_000 + r.randrange(10**9) if i % 4 else f"1{r.randrange(3, 9)}{i:09d}",
                f"0571-{r.randrange(10**7, 10**8)}" if i % 5 == 0 else None,
                f"user{i}@example{i % 97}.com" if i % 2 else None,
                f"wx_{i}" if i % 7 == 0 else None,
                r.choice(TRADES),
                city,
                r.choice(["展会", "官网", "转介绍", "电话营销"]),
                None,
                r.choice("ABCD"),
                r.choice(["A", "B", "C", None]),
                NOW - timedelta(days=r.randrange(400), minutes=r.randrange(1440)),
                NOW + timedelta(days=r.randrange(60)) if i % 3 == 0 else None,
                round(r.uniform(0, 200_000), 2) if i % 4 == 0 else None,
                "客户很关注售后服务，需要季度回访。" if i % 10 == 0 else None,
            ]
        )
    book.save(path)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase(name: str, folder: Path) -> dict:
    """One measured step, in this (child) process."""
    file = folder / "customers.xlsx"
    db = str(folder / "bench.sqlite")
    if name == "parse":
        from python_calamine import CalamineWorkbook

        started = time.perf_counter()
        rows = CalamineWorkbook.from_path(str(file)).get_sheet_by_index(0).to_python()
        return {"seconds": time.perf_counter() - started, "rows": len(rows) - 1}
    from crmdesk.core.team import add_rep
    from crmdesk.storage.startup import open_database

    database, _ = open_database(db)
    with database.session() as session:
        from sqlalchemy import select

        from crmdesk.core.models import Rep

        manager = session.scalar(select(Rep.id).where(Rep.role == "manager"))
        if manager is None:
            manager = add_rep(session, "王经理", role="manager", now=NOW)
        if name in ("import", "update"):
            from crmdesk.excel.importer import ImportOptions, import_customers

            policy = "update" if name == "update" else "skip"
            started = time.perf_counter()
            report = import_customers(
                session, file, manager, ImportOptions(on_duplicate=policy), now=NOW
            )
            seconds = time.perf_counter() - started
            return {
                "seconds": seconds,
                "created": report.created,
                "updated": report.updated,
                "skipped": report.skipped,
                "rejected": report.rejected,
            }
        if name == "floor":
            return floor(folder)
        from crmdesk.excel.exporter import export_customers

        target = folder / ("export.xlsx" if name == "export" else "bare.xlsx")
        if name == "export":
            started = time.perf_counter()
            result = export_customers(session, target)
            return {"seconds": time.perf_counter() - started, "rows": result.rows}
        # the bare loop: the same cells, already in memory, written by openpyxl alone
        from openpyxl import Workbook
        from python_calamine import CalamineWorkbook

        cells = CalamineWorkbook.from_path(str(folder / "export.xlsx")).get_sheet_by_index(0)
        rows = cells.to_python()
        started = time.perf_counter()
        book = Workbook(write_only=True)
        sheet = book.create_sheet()
        for row in rows:
            sheet.append(row)
        book.save(target)
        return {"seconds": time.perf_counter() - started, "rows": len(rows) - 1}


def floor(folder: Path) -> dict:
    """SQLite alone writing the rows the import wrote (customers, history, duplicate keys,
    search entries and FTS5 tokens) into an empty database, from ready tuples: what no
    Python import can beat. Values every row shares are written into the statement, as
    the import does; only the driver's executemany and the commit are timed."""
    import sqlite3

    from crmdesk.core.indexing import tokens
    from crmdesk.storage.startup import open_database

    target = folder / "floor.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    open_database(str(target))[0].engine.dispose()
    source = sqlite3.connect(folder / "bench.sqlite")
    writes = []
    for table in ("customers", "transitions", "customer_keys", "search_index"):
        names = [r[1] for r in source.execute(f"PRAGMA table_info({table})")]
        rows = source.execute(f"SELECT * FROM {table} WHERE 1").fetchall()
        shared = [i for i in range(len(names)) if len({row[i] for row in rows}) == 1]
        bound = [i for i in range(len(names)) if i not in shared]
        values = ["?"] * len(bound) + [_sql_literal(rows[0][i]) for i in shared]
        columns = ", ".join(names[i] for i in bound + shared)
        sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(values)})"
        writes.append((sql, [tuple(row[i] for i in bound) for row in rows]))
    fts = [
        (cid, tokens(text), tags)
        for cid, text, tags in source.execute("SELECT customer_id, text, tags FROM search_index")
    ]
    writes.append(("INSERT INTO search_fts (rowid, tokens, tags) VALUES (?, ?, ?)", fts))
    db = sqlite3.connect(target, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA cache_size=-65536")
    for table in ("reps", "pools"):  # what the rows refer to, as the import found it
        width = len(source.execute(f"SELECT * FROM {table}").description)
        db.executemany(
            f"INSERT OR REPLACE INTO {table} VALUES ({', '.join(['?'] * width)})",
            source.execute(f"SELECT * FROM {table}").fetchall(),
        )
    tables = {}
    started = time.perf_counter()
    db.execute("BEGIN IMMEDIATE")
    for sql, rows in writes:
        begun = time.perf_counter()
        db.executemany(sql, rows)
        tables[sql.split()[2]] = round(time.perf_counter() - begun, 2)
    begun = time.perf_counter()
    db.execute("COMMIT")
    tables["commit"] = round(time.perf_counter() - begun, 2)
    return {"seconds": time.perf_counter() - started, "rows": len(fts), "tables": tables}


def _sql_literal(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int | float):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def run(name: str, folder: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--phase", name, "--folder", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode:
        sys.exit(f"{name} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--phase")
    args = parser.parse_args()
    if args.phase:
        result = phase(args.phase, args.folder)
        print(json.dumps({**result, "peak_mb": round(peak_mb(), 1)}))
        return
    folder = args.folder or Path(tempfile.mkdtemp())
    file = folder / "customers.xlsx"
    started = time.perf_counter()
    make_file(file, args.rows)
    size = file.stat().st_size / 1e6
    print(f"file: {file} ({args.rows:,} rows x 16 columns, {size:.1f} MB, made in "
          f"{time.perf_counter() - started:.1f} s)\n")  # fmt: skip
    parse = run("parse", folder)
    first = run("import", folder)
    again = run("update", folder)
    print(f"{'step':<34}{'seconds':>9}{'ratio':>8}{'peak MB':>9}")
    print(f"{'python-calamine parse':<34}{parse['seconds']:>9.2f}{'1.00':>8}{parse['peak_mb']:>9}")
    for label, r in (("import into an empty database", first), ("import again, update", again)):
        ratio = r["seconds"] / parse["seconds"]
        print(f"{label:<34}{r['seconds']:>9.2f}{ratio:>8.2f}{r['peak_mb']:>9}")
    least = run("floor", folder)
    label = "  SQLite alone writing those rows"
    print(f"{label:<34}{least['seconds']:>9.2f}{least['seconds'] / parse['seconds']:>8.2f}")
    bare = least["tables"]["customers"] + least["tables"]["transitions"] + least["tables"]["commit"]
    label = "  parse + customers + history only"
    print(f"{label:<34}{parse['seconds'] + bare:>9.2f}{1 + bare / parse['seconds']:>8.2f}")
    print(f"  floor by table (s): {least['tables']}")
    print(f"  first: {first}\n  again: {again}")
    export = run("export", folder)
    bare = run("bare", folder)
    label = "bare openpyxl write-only loop"
    print(f"{label:<34}{bare['seconds']:>9.2f}{'1.00':>8}{bare['peak_mb']:>9}")
    ratio = export["seconds"] / bare["seconds"]
    print(f"{'our export':<34}{export['seconds']:>9.2f}{ratio:>8.2f}{export['peak_mb']:>9}")
    print(f"\nbars: import <= 2.5x parse, export <= 1.3x the bare loop "
          f"({export['rows']:,} rows exported)")  # fmt: skip


if __name__ == "__main__":
    main()
