"""The store's marks matched to the store's current rows: what every review command and the export start from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..io.store import Store
from ..io.tables import finish_tables, write_csv
from .marks import Joined, Mark, Tables, apply_marks, join, orphan_table

ORPHANS_FILE = "review_orphans.csv"


@dataclass(frozen=True, slots=True)
class Reviewed:
    """The store's tables as the pipeline made them, its marks matched to their rows, and the tables with
    the marks in place."""

    tables: Tables
    joined: Joined
    marked: Tables


def reviewed_tables(store: Store, since: date | None = None, *, stream: bool = False) -> Reviewed:
    """With ``stream``, the articles', entities' and dates' rows are read from the store as they are iterated
    (the export: the store stays open while they are written; only the marked rows are held); without, they are
    lists, usable once the store is closed."""
    rows: dict = store.rows(since)
    if not stream:
        rows = {name: list(found) for name, found in rows.items()}
    tables = finish_tables(rows)
    marks = [Mark.from_sql(row) for row in store.marks()]
    elsewhere: frozenset[str] = frozenset()
    if since is not None and marks:
        exported = {row[0] for row in rows["articles"]}
        elsewhere = frozenset(set(store.hashes()) - exported)
    joined = join(tables, marks, elsewhere)
    return Reviewed(tables, joined, apply_marks(tables, joined) if marks else tables)


def write_orphans(joined: Joined, out: Path) -> Path:
    path = out / ORPHANS_FILE
    write_csv(orphan_table(joined.orphans), path)
    return path
