"""Review marks: what a reviewer said of a row, kept by the row's stable id across runs.

A mark is ``ok``, ``wrong`` or ``fix`` (the reviewer wrote the corrected values into the row's own cells,
``FIXABLE``), with a note. It is stored by table and row id (``mention_id``, ``date_id``, ``event_id``,
``article_id``, ``cluster_id``: each table's first column) with the cells it was given on (``CHECKED``, as the
reviewer saw them). It applies to a row while that row exists and those cells are unchanged; otherwise it is an
orphan, listed in ``review_orphans.csv``, kept in the store, and applied again if the row comes back.
Plain tuples and dicts only: the store and the files are read elsewhere.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..io.rows import REVIEW_COLUMNS
from ..io.tables import each_row
from ..lang.events_az import PLOVER

MARKS = ("ok", "wrong", "fix")
# The cells a ``fix`` may correct, by table; a column the table does not have (yet) is skipped, so
# ``source`` and ``target`` of events are carried when the rows have them.
FIXABLE = {
    "entities": ("label", "canonical"),
    "dates": ("value", "precision", "value_end"),
    "events": ("type", "date", "participants", "location", "modality", "source", "target"),
}
# What a mark judges: it applies while these cells are as the reviewer saw them (plus the row's id).
CHECKED = {
    "articles": (),
    "entities": ("text", "label", "canonical"),
    "dates": ("text", "value", "precision", "value_end"),
    "events": ("type", "trigger", "date", "participants", "location", "modality", "source", "target"),
    "event_clusters": ("type", "date"),
}
ORPHAN_COLUMNS = ["table", "row_id", "article_id", "review", "review_note", "reason", "seen", "source"]

Pairs = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Mark:
    table: str
    row_id: str
    article_id: str
    review: str  # ok, wrong, fix
    note: str = ""
    fixes: Pairs = ()  # (column, corrected value) of a fix
    seen: Pairs = ()  # (column, value) of the CHECKED cells as the reviewer saw them
    source: str = ""  # the file and line it was read from
    imported: str = ""  # when (ISO 8601, UTC)

    @property
    def key(self) -> tuple[str, str]:
        return self.table, self.row_id

    def says_the_same(self, other: Mark) -> bool:
        """The same judgement (where it came from and what was seen aside)."""
        return (self.review, self.note, dict(self.fixes)) == (other.review, other.note, dict(other.fixes))

    def to_sql(self) -> tuple:
        return (self.table, self.row_id, self.article_id, self.review, self.note,
                json.dumps(dict(self.fixes), ensure_ascii=False), json.dumps(dict(self.seen), ensure_ascii=False),
                self.source, self.imported)

    @classmethod
    def from_sql(cls, row: tuple) -> Mark:
        table, row_id, article_id, review, note, fixes, seen, source, imported = row
        return cls(table, row_id, article_id or "", review, note or "", tuple(json.loads(fixes or "{}").items()),
                   tuple(json.loads(seen or "{}").items()), source or "", imported or "")

    def describe(self) -> str:
        fixes = ", ".join(f"{k}={v!r}" for k, v in self.fixes)
        return f"{self.review}" + (f" ({fixes})" if fixes else "") + (f" {self.note!r}" if self.note else "")


@dataclass(frozen=True, slots=True)
class Orphan:
    mark: Mark
    reason: str

    def row(self) -> tuple:
        m = self.mark
        seen = " | ".join(f"{k}={v}" for k, v in m.seen)
        return m.table, m.row_id, m.article_id, m.review, m.note, self.reason, seen, m.source


def cell(value: object, column: str = "") -> str:
    """A cell as text for comparing: NFC, spaces collapsed, participants' separators made one."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        value = "; ".join(map(str, value))
    text = " ".join(unicodedata.normalize("NFC", str(value)).split())
    if column == "participants":
        text = "; ".join(part.strip() for part in text.split(";") if part.strip())
    return text


Tables = dict[str, tuple[list[str], Iterable[tuple]]]  # a list, or the store's rows read as they go


@dataclass(frozen=True, slots=True)
class Joined:
    """Marks matched to the current rows: ``marked[(table, row_id)] = (row as a dict, mark)``."""

    marked: dict[tuple[str, str], tuple[dict, Mark]]
    orphans: list[Orphan]


def join(tables: Tables, marks: Iterable[Mark], elsewhere: frozenset[str] = frozenset()) -> Joined:
    """Match marks to rows by id and the cells they were given on. ``elsewhere``: articles in the store but not
    in these tables (left out by ``--since``); their marks are neither applied nor orphans. Only the marked rows
    are held (the tables may be the store's rows, read as they go by)."""
    marks = list(marks)
    if not marks:
        return Joined({}, [])
    wanted = {mark.key for mark in marks}
    index: dict[tuple[str, str], dict] = {}
    for table, (columns, rows) in tables.items():
        for row in rows:
            key = (table, str(row[0]))
            if key in wanted:
                index[key] = dict(zip(columns, row, strict=True))
    articles = {str(row[0]) for row in tables.get("articles", ([], []))[1]}
    marked, orphans = {}, []
    for mark in marks:
        row = index.get(mark.key)
        if row is None:
            if mark.article_id in elsewhere:
                continue
            if mark.table != "event_clusters" and mark.article_id and mark.article_id not in articles:
                reason = "its article is not in the store"
            else:
                reason = "no row has this id now (the article's text or the pipeline changed)"
            orphans.append(Orphan(mark, reason))
            continue
        changed = [(k, v, cell(row[k], k)) for k, v in mark.seen if k in row and cell(v, k) != cell(row[k], k)]
        if changed:
            said = "; ".join(f"{k} {was!r} is now {now!r}" for k, was, now in changed)
            orphans.append(Orphan(mark, f"the row changed since it was marked: {said}"))
            continue
        marked[mark.key] = (row, mark)
    return Joined(marked, orphans)


def apply_marks(tables: Tables, joined: Joined) -> Tables:
    """The tables with each matched mark in its row's review cells and a fix's values in the row's cells (rows
    given as a list come back as a list; the store's rows are marked as they are read)."""
    out: Tables = {}
    for table, (columns, rows) in tables.items():
        out[table] = (columns, each_row(rows, _marker(table, columns, joined)))
    return out


def _marker(table: str, columns: list[str], joined: Joined) -> Callable[[tuple], tuple]:
    position = {c: i for i, c in enumerate(columns)}
    review, note = (position[c] for c in REVIEW_COLUMNS)

    def marked(row: tuple) -> tuple:
        found = joined.marked.get((table, str(row[0])))
        if found is None:
            return row
        mark = found[1]
        cells = list(row)
        cells[review], cells[note] = mark.review, mark.note
        for column, value in mark.fixes:
            if column in position:
                cells[position[column]] = value
        if table == "events" and "plover" in position and dict(mark.fixes).get("type") in PLOVER:
            cells[position["plover"]] = PLOVER[dict(mark.fixes)["type"]]  # follows a fixed type
        return tuple(cells)

    return marked


def orphan_table(orphans: list[Orphan]) -> tuple[list[str], list[tuple]]:
    return ORPHAN_COLUMNS, [o.row() for o in orphans]
