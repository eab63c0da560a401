"""Fill crmdesk_en.ts with the English plural forms of every `%n` string.

The source strings are English, so only texts that count need an English translation:
the source says "%n day(s) left", a person reads "1 day left" and "3 days left". Run after
lupdate, beside fill_zh.py:

    python resources/translations/fill_en.py

Each `zh_<area>.py` table may hold EN_PLURALS: source -> (one, many).
"""

from __future__ import annotations

import html
import re
import runpy
import sys
from pathlib import Path
from xml.sax.saxutils import escape

TS = Path(__file__).resolve().parent / "crmdesk_en.ts"
MESSAGE = re.compile(r"<message numerus=\"yes\">.*?</message>", re.S)
TRANSLATION = re.compile(r"<translation[^>]*?(?:/>|>.*?</translation>)", re.S)


def plurals() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for path in sorted(TS.parent.glob("zh_*.py")):
        table.update(runpy.run_path(str(path)).get("EN_PLURALS", {}))
    return table


def fill(text: str, table: dict[str, tuple[str, str]]) -> tuple[str, list[str]]:
    missing: list[str] = []

    def one(m: re.Match[str]) -> str:
        msg = m.group(0)
        src = re.search(r"<source>(.*?)</source>", msg, re.S)
        if src is None:
            return msg
        source = html.unescape(src.group(1))
        forms = table.get(source)
        if forms is None:
            missing.append(source)
            return msg
        body = "".join(f"<numerusform>{escape(f)}</numerusform>" for f in forms)
        return TRANSLATION.sub(f"<translation>{body}</translation>", msg, count=1)

    return MESSAGE.sub(one, text), missing


def main() -> int:
    new, missing = fill(TS.read_text(encoding="utf-8"), plurals())
    TS.write_text(new, encoding="utf-8")
    for source in missing:
        print(f"MISSING English plural {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
