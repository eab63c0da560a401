"""Every string the window shows has its Chinese, and the shipped catalogues load."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from crmdesk.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "crmdesk_zh_CN.ts"


def sources() -> list[str]:
    return [
        str(p)
        for p in [ROOT / "crmdesk" / "app.py", *sorted((ROOT / "crmdesk" / "ui").glob("*.py"))]
    ]


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, None when unfinished or missing."""
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            forms = [form.text for form in translation.iter("numerusform")]
            text = (" | ".join(forms) if all(forms) else None) if forms else translation.text
            done = kind not in ("unfinished", "vanished", "obsolete") and text
            if kind not in ("vanished", "obsolete"):
                out[(name, message.findtext("source") or "")] = text if done else None
    return out


def test_every_source_string_is_translated(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sources(), "-ts", str(fresh)], check=True, capture_output=True)
    wanted = set(messages(fresh))
    shipped = messages(TS)
    missing = sorted(key for key in wanted if not shipped.get(key))
    assert not missing, f"{len(missing)} strings lack Chinese; run the README's lupdate step"


def test_the_catalogues_load(qapp: object) -> None:
    for lang in ("zh_CN", "en"):
        translator = QTranslator()
        assert translator.load(f"crmdesk_{lang}", str(i18n.resources() / "translations")), lang
    assert i18n.install("zh")
    try:
        assert QCoreApplication.translate("MainWindow", "My customers") == "我的客户"
        assert QCoreApplication.translate("", "Voided") == "已作废"
    finally:
        i18n.install("en")
    assert QCoreApplication.translate("MainWindow", "My customers") == "My customers"


def test_the_compiled_catalogue_matches_the_source(qapp: object) -> None:
    """A .ts edited without running lrelease would ship old words."""
    translator = QTranslator()
    assert translator.load("crmdesk_zh_CN", str(i18n.resources() / "translations"))
    stale = [
        (context, source)
        for (context, source), text in messages(TS).items()
        if text and " | " not in text and translator.translate(context, source) != text
    ]
    assert not stale, f"{len(stale)} strings differ in the .qm; run pyside6-lrelease"


@pytest.mark.parametrize(
    ("lang", "n", "said"),
    [("en", 1, "1 day left"), ("en", 3, "3 days left"), ("zh", 1, "剩 1 天"), ("zh", 3, "剩 3 天")],
)
def test_counts_are_said_in_the_languages_plural(
    qapp: object, lang: str, n: int, said: str
) -> None:
    """No "1 day(s) left": English has a form for one and one for more, Chinese one."""
    i18n.install(lang)
    try:
        assert QCoreApplication.translate("", "%n day(s) left", None, n) == said
    finally:
        i18n.install("en")
