"""grade, search, report, duplicates and cleanup as scripts use them."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from crmdesk.cli import REPORT_NAMES, main
from crmdesk.core.customers import create_customer
from crmdesk.core.team import add_rep
from crmdesk.storage.startup import open_database

T0 = datetime(2026, 1, 1, 9, 0)


@pytest.fixture
def dbfile(tmp_path):
    path = tmp_path / "cli.sqlite"
    database, _ = open_database(str(path))
    with database.session() as s:
        boss = add_rep(s, "王经理", role="manager", now=T0)
        zhang = add_rep(s, "张三", actor=boss, now=T0)
        for company, phone in (
            ("杭州鼎盛科技有限公司", "13800138000"),
            ("杭州鼎盛科技有限责任公司", "+86 138 0013 8000"),
            ("重庆银行股份有限公司", "023-63792222"),
        ):
            create_customer(s, {"company": company, "phone": phone}, zhang, now=T0)
        create_customer(s, {"company": "公海客户有限公司"}, boss, to_pool=True, now=T0)
    database.dispose()
    return path


def run(capsys, dbfile, *args):
    code = main(["--db", str(dbfile), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_search_json_has_total_results_and_seconds(dbfile, capsys):
    code, out, _ = run(capsys, dbfile, "search", "鼎盛", "--json")
    found = json.loads(out)
    assert code == 0
    assert found["total"] == 2
    assert [r["company"] for r in found["results"]] == [
        "杭州鼎盛科技有限责任公司",
        "杭州鼎盛科技有限公司",
    ]
    assert found["results"][0]["owner"] == "张三"
    assert found["seconds"] >= 0


@pytest.mark.parametrize(
    ("args", "companies"),
    [
        (["cqyh"], ["重庆银行股份有限公司"]),
        (["0013"], ["杭州鼎盛科技有限责任公司", "杭州鼎盛科技有限公司"]),
        (["--status", "pool"], ["公海客户有限公司"]),
        (["--owner", "none"], ["公海客户有限公司"]),
        (
            ["有限", "--owner", "张三", "--sort", "company", "--asc", "--limit", "1"],
            ["杭州鼎盛科技有限公司"],
        ),
    ],
)
def test_search_filters_and_sorts_from_the_command_line(dbfile, capsys, args, companies):
    code, out, _ = run(capsys, dbfile, "search", *args, "--json")
    assert code == 0
    assert [r["company"] for r in json.loads(out)["results"]] == companies


def test_search_mistakes_are_one_line_errors(dbfile, capsys):
    code, _, err = run(capsys, dbfile, "search", "x", "--owner", "无此人")
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    code, _, err = run(capsys, dbfile, "search", "x", "--sort", "password_hash")
    assert code == 1 and "sort" in err
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(dbfile), "search", "--tier", "Z"])
    assert exit_.value.code == 2


def test_grade_reports_tiers_and_moves(dbfile, capsys):
    code, out, _ = run(capsys, dbfile, "grade", "--dry-run", "--now", "2026-01-02", "--json")
    preview = json.loads(out)
    assert code == 0 and preview["dry_run"] is True
    assert set(preview) >= {"by_tier", "moved", "seconds", "warnings"}
    # created yesterday, nothing else: every working customer is a new lead, tier C
    assert preview["by_tier"] == {"A": 0, "B": 0, "C": 4, "D": 0} and preview["moved"] == 0
    _, out, _ = run(capsys, dbfile, "grade", "--now", "2026-12-01", "--json")
    done = json.loads(out)
    # eleven months without any interaction: junk
    assert done["by_tier"]["D"] == 4 and done["moved"] == 4 and done["moves"] == {"C": {"D": 4}}
    _, out, _ = run(capsys, dbfile, "grade", "--now", "2026-12-01", "--json")
    assert json.loads(out)["moved"] == 0


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_every_report_prints_one_json_object(dbfile, capsys, name):
    code, out, _ = run(capsys, dbfile, "report", name, "--now", "2026-01-05", "--json")
    assert code == 0
    data = json.loads(out)
    assert isinstance(data, dict) and data


def test_an_unknown_report_is_a_usage_error(dbfile, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(dbfile), "report", "nonsense", "--json"])
    assert exit_.value.code == 2


def test_duplicates_and_cleanup(dbfile, capsys):
    code, out, _ = run(capsys, dbfile, "duplicates", "--json")
    dups = json.loads(out)
    assert code == 0 and dups["groups"] == 1 and dups["customers"] == 2
    assert dups["first"][0]["customers"] == [1, 2]
    code, out, _ = run(capsys, dbfile, "cleanup", "--now", "2026-01-02", "--json")
    queue = json.loads(out)
    assert code == 0
    assert queue["suggestions"]["duplicate"] == 1
    assert queue["suggestions"]["no_contact"] == 1  # the pool customer has no phone
    assert [i["customer_id"] for i in queue["items"]] == [2, 4]
