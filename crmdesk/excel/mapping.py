"""Which spreadsheet column is which customer field: the header row, found below title
rows, and its headers matched in Chinese and English (excel/fields.py).

A header matches a field when its `header_key` equals one of the field's names, or,
failing that, when it contains one ("公司名称（全称）" is the company). A column matched by
nobody is reported as not imported, never dropped silently. A person's corrections can
be saved under a name and applied to the next file with the same headers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping as MappingType
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.core.errors import InvalidValue
from crmdesk.core.lifecycle import get_rep
from crmdesk.core.models import Setting
from crmdesk.core.uow import unit_of_work
from crmdesk.excel.fields import BY_KEY, FIELDS, FIRST_NAME, LAST_NAME, header_key

FIRST, LAST = "first_name", "last_name"
IGNORE = ""  # a saved mapping's value for a column the person chose not to import
SAVED_PREFIX = "import_mapping:"
MAPPING_NAME_LENGTH = 100 - len(SAVED_PREFIX)  # a setting's key holds 100
HEADER_SEARCH_ROWS = 30  # title rows above the header are rare beyond a handful
_DECORATION = re.compile(r"(必填|选填|可选|必须|required|optional)$")

_NAMES: dict[str, str] = {}
for _f in FIELDS:
    for _name in (_f.zh, _f.en, *_f.synonyms):
        _NAMES.setdefault(header_key(_name), _f.key)
for _name in FIRST_NAME:
    _NAMES.setdefault(header_key(_name), FIRST)
for _name in LAST_NAME:
    _NAMES.setdefault(header_key(_name), LAST)
# Longest first, so that "联系人姓名" wins over "姓名" when a header contains both.
_CONTAINED = sorted(
    ((k, v) for k, v in _NAMES.items() if len(k) >= (2 if not k.isascii() else 4)),
    key=lambda kv: -len(kv[0]),
)


def match_header(text: Any) -> str | None:
    """The field a header names, or None."""
    key = _DECORATION.sub("", header_key(text))
    if not key:
        return None
    found = _NAMES.get(key)
    if found is not None:
        return found
    for name, field_key in _CONTAINED:
        if name in key:
            return field_key
    return None


@dataclass(frozen=True)
class ColumnMap:
    """The header row and what each of its columns becomes."""

    header_index: int  # position of the header row among the rows looked at
    headers: tuple[str, ...]
    fields: dict[int, str]  # column -> field key (or first_name / last_name)
    unknown: tuple[int, ...] = ()  # columns no field matched: reported, not imported
    read_only: tuple[int, ...] = ()  # recognised, written by export, not imported
    repeated: tuple[int, ...] = ()  # a second column for a field already taken

    def column_of(self, key: str) -> int | None:
        for column, name in self.fields.items():
            if name == key:
                return column
        return None

    def header_of(self, column: int) -> str:
        return self.headers[column] if column < len(self.headers) else f"#{column + 1}"


def _score(values: Sequence[Any]) -> int:
    return sum(1 for v in values if isinstance(v, str) and match_header(v) is not None)


def find_header(rows: Sequence[Sequence[Any]]) -> int:
    """The header row among the first rows: the one naming the most known fields, after
    any title rows; without any known header, the first row of two or more texts."""
    best, best_score = -1, 0
    for index, values in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = _score(values)
        if score > best_score:
            best, best_score = index, score
    if best >= 0:
        return best
    for index, values in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if sum(1 for v in values if isinstance(v, str) and v.strip()) >= 2:
            return index
    return 0


def auto_map(
    headers: Sequence[Any],
    header_index: int = 0,
    saved: MappingType[str, str] | None = None,
) -> ColumnMap:
    """Match each header to a field; `saved` (header key -> field key, or IGNORE) wins."""
    texts = tuple("" if h is None else str(h).strip() for h in headers)
    fields: dict[int, str] = {}
    unknown, read_only, repeated = [], [], []
    taken: set[str] = set()
    for column, text in enumerate(texts):
        if not text:
            continue
        key = header_key(text)
        if saved is not None and key in saved:
            target: str | None = saved[key] or None
            if target is None:
                continue
        else:
            target = match_header(text)
        if target is None:
            unknown.append(column)
            continue
        if target == "phone" and "phone" in taken and "phone2" not in taken:
            target = "phone2"  # 手机 and 电话 side by side: the second is the other phone
        if target in taken:
            repeated.append(column)
            continue
        if target in BY_KEY and BY_KEY[target].read_only:
            read_only.append(column)
            taken.add(target)
            continue
        fields[column] = target
        taken.add(target)
    return ColumnMap(header_index, texts, fields, tuple(unknown), tuple(read_only), tuple(repeated))


def with_choices(colmap: ColumnMap, choices: MappingType[str, str]) -> ColumnMap:
    """The map after a person's choices, header text -> field key (IGNORE to skip)."""
    saved = {header_key(h): _field_or_ignore(f) for h, f in choices.items()}
    current = {header_key(colmap.headers[c]): f for c, f in colmap.fields.items()}
    return auto_map(colmap.headers, colmap.header_index, {**current, **saved})


def _field_or_ignore(value: str) -> str:
    if value and value not in BY_KEY and value not in (FIRST, LAST):
        raise InvalidValue(field="mapping", why=f"{value!r} is not a customer field")
    return value


def as_saved(colmap: ColumnMap) -> dict[str, str]:
    """What saving this map stores: header key -> field, and IGNORE for the rest."""
    saved = {header_key(colmap.headers[c]): f for c, f in colmap.fields.items()}
    for column, text in enumerate(colmap.headers):  # unknown, repeated, or set aside by hand
        if text and column not in colmap.fields and column not in colmap.read_only:
            saved.setdefault(header_key(text), IGNORE)
    return saved


@unit_of_work
def save_mapping(session: Session, name: str, mapping: MappingType[str, str], actor: int) -> None:
    """Keep a column map (`as_saved`: header -> field, IGNORE to skip) under a name for
    the next file of the same shape."""
    get_rep(session, actor)
    name = name.strip()
    if not name:
        raise InvalidValue(field="mapping", why="needs a name")
    if len(name) > MAPPING_NAME_LENGTH:
        raise InvalidValue(
            field="mapping", why=f"a name of at most {MAPPING_NAME_LENGTH} characters"
        )
    value = {header_key(h): _field_or_ignore(f) for h, f in mapping.items() if header_key(h)}
    if not value:
        raise InvalidValue(field="mapping", why="names no column")
    key = SAVED_PREFIX + name
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def load_mapping(session: Session, name: str) -> dict[str, str]:
    row = session.get(Setting, SAVED_PREFIX + name.strip())
    if row is None:
        raise InvalidValue(field="mapping", why=f"no saved mapping named {name!r}")
    return dict(row.value)


def saved_mappings(session: Session) -> list[str]:
    keys = session.scalars(select(Setting.key).where(Setting.key.startswith(SAVED_PREFIX)))
    return sorted(k[len(SAVED_PREFIX) :] for k in keys)
