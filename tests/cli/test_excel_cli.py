"""import, export and template from the command line: the documented JSON keys, exit
codes, and one clear line when a file is refused."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import Workbook, load_workbook

from .test_cli import dbfile, run  # noqa: F401 - the fixture is used by name

FILES = Path(__file__).parents[1] / "excel" / "files"


def test_template_then_export_then_import_back(dbfile, capsys, tmp_path):  # noqa: F811
    db = str(dbfile)
    template = tmp_path / "模板.xlsx"
    code, out, _ = run(capsys, "--db", db, "template", str(template), "--lang", "zh")
    assert code == 0 and template.exists()
    code, out, _ = run(capsys, "--db", db, "import", str(template), "--json")
    report = json.loads(out)
    assert code == 0 and report["created"] == 0  # the untouched template adds nobody

    target = tmp_path / "公海.xlsx"
    code, out, _ = run(
        capsys, "--db", db, "export", str(target), "--status", "pool", "--lang", "zh", "--json"
    )
    exported = json.loads(out)
    assert code == 0 and exported["rows"] == 1 and set(exported) >= {"rows", "seconds", "file"}
    rows = list(load_workbook(target).active.values)
    assert rows[0][:2] == ("客户编号", "客户名称") and rows[1][1] == "公海客户有限公司"
    code, out, _ = run(capsys, "--db", db, "export", str(target), "--status", "pool")
    assert code == 0 and out.startswith(f"1 customer written to {target} in ")

    code, out, _ = run(
        capsys, "--db", db, "import", str(target), "--on-duplicate", "update", "--json"
    )
    again = json.loads(out)
    assert code == 0
    assert (again["created"], again["updated"], again["skipped"], again["rejected"]) == (0, 0, 1, 0)
    assert set(again) >= {"created", "updated", "skipped", "rejected", "seconds", "problems",
                          "rejected_file"}  # fmt: skip


def test_import_of_a_libreoffice_file_to_an_owner(dbfile, capsys):  # noqa: F811
    code, out, _ = run(
        capsys, "--db", str(dbfile), "import", f"{FILES}/lo_customers.xlsx", "--owner", "张三",
        "--json",
    )  # fmt: skip
    report = json.loads(out)
    assert code == 0 and report["created"] >= 3 and report["rejected"] == 0
    _, out, _ = run(capsys, "--db", str(dbfile), "stats", "--json")
    assert json.loads(out)["by_owner"]["张三"] == 1 + report["created"]


def test_rejected_rows_exit_1_with_one_line_and_the_rows_to_fix(dbfile, capsys, tmp_path):  # noqa: F811
    book = Workbook()
    book.active.append(["客户名称", "手机"])
    book.active.append(["好客户有限公司", "13800138000"])
    book.active.append(["坏电话有限公司", "12345"])
    path = tmp_path / "名单.xlsx"
    book.save(path)
    code, out, err = run(capsys, "--db", str(dbfile), "import", str(path))
    assert code == 1 and out == ""
    assert "row 3" in err and "Traceback" not in err
    assert (tmp_path / "名单-rejected.xlsx").exists()
    _, out, _ = run(capsys, "--db", str(dbfile), "stats", "--json")
    assert json.loads(out)["total"] == 2  # nothing was imported
    code, out, _ = run(capsys, "--db", str(dbfile), "import", str(path), "--valid-only", "--json")
    assert code == 0 and json.loads(out)["created"] == 1


def test_a_password_protected_file_is_refused_in_one_line(dbfile, capsys):  # noqa: F811
    code, _, err = run(capsys, "--db", str(dbfile), "import", f"{FILES}/password.xls")
    assert code == 1 and "password" in err and len(err.strip().splitlines()) == 1


def test_a_mapping_saved_with_one_file_reads_the_next(dbfile, capsys, tmp_path):  # noqa: F811
    first = tmp_path / "first.xlsx"
    book = Workbook()
    book.active.append(["单位", "手机"])
    book.active.append(["一号有限公司", "13800138001"])
    book.save(first)
    choices = tmp_path / "choices.json"
    choices.write_text(json.dumps({"单位": "company"}, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(
        capsys, "--db", str(dbfile), "import", str(first), "--mapping", str(choices),
        "--save-mapping", "展会", "--json",
    )  # fmt: skip
    assert code == 0 and json.loads(out)["created"] == 1
    second = tmp_path / "second.xlsx"
    book = Workbook()
    book.active.append(["手机", "单位"])
    book.active.append(["13800138002", "二号有限公司"])
    book.save(second)
    code, out, err = run(capsys, "--db", str(dbfile), "import", str(second), "--json")
    assert code == 1 and "单位" in err  # without the mapping: no company column
    code, out, _ = run(
        capsys, "--db", str(dbfile), "import", str(second), "--mapping", "展会", "--json"
    )
    assert code == 0 and json.loads(out)["created"] == 1
