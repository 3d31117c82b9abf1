"""The store to files: the tables with the reviewers' marks in place, the marks that lost their row
(``review_orphans.csv``), and on request the workbook and the pages to read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..review.marks import Joined, Mark, Tables, apply_marks, join, orphan_table
from .store import Store
from .tables import finish_tables, write_csv, write_tables

ORPHANS_FILE = "review_orphans.csv"
PAGES_FOLDER = "pages"


@dataclass(frozen=True, slots=True)
class Reviewed:
    """The store's tables as the pipeline made them, its marks matched to their rows, and the tables with
    the marks in place."""

    tables: Tables
    joined: Joined
    marked: Tables


def reviewed_tables(store: Store, since: date | None = None) -> Reviewed:
    rows = store.rows(since)
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


def export_store(store: Store, out: Path, formats=("csv",), since: date | None = None,
                 html: bool = False) -> tuple[dict[str, int], list[Path]]:
    """Write the store's tables (and, when there are marks, the orphans; with ``html``, the pages) into ``out``;
    returns the rows per table and the files written."""
    reviewed = reviewed_tables(store, since)
    written = write_tables(reviewed.marked, out, formats)
    if reviewed.joined.marked or reviewed.joined.orphans or (out / ORPHANS_FILE).exists():
        written.append(write_orphans(reviewed.joined, out))
    if html:
        from .pages import write_pages

        written.append(write_pages(reviewed.marked, store.texts(), out / PAGES_FOLDER))
    counts = {name: len(rows) for name, (_, rows) in reviewed.marked.items() if name != "event_clusters"}
    return counts, written
