"""The store to files, the last step of a run: the tables with the reviewers' marks in place, the marks that
lost their row (``review_orphans.csv``), and on request the workbook (a table format) and the pages to read.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .io.store import Store
from .io.tables import write_tables
from .review.store import ORPHANS_FILE, reviewed_tables, write_orphans

PAGES_FOLDER = "pages"


def export_store(store: Store, out: Path, formats=("csv",), since: date | None = None,
                 html: bool = False) -> tuple[dict[str, int], list[Path]]:
    """Write the store's tables (and, when there are marks, the orphans; with ``html``, the pages) into ``out``;
    returns the rows per table and the files written."""
    reviewed = reviewed_tables(store, since, stream=True)  # the rows are read as they are written out
    written = write_tables(reviewed.marked, out, formats)
    if reviewed.joined.marked or reviewed.joined.orphans or (out / ORPHANS_FILE).exists():
        written.append(write_orphans(reviewed.joined, out))
    if html:
        from .io.pages import write_pages

        written.append(write_pages(reviewed.marked, store.texts(), out / PAGES_FOLDER))
    counts = {name: len(rows) for name, (_, rows) in reviewed.marked.items() if name != "event_clusters"}
    return counts, written
