"""``aznews review import``: reviewed files in, their marks kept in the store by the rows' stable ids.

Files are read in the order given, rows in file order; a row marked twice (in one file, in two, or in an
earlier import) keeps the later mark, and the conflict is reported. A file with a malformed row is refused
whole and the others are imported; every accepted mark is saved in one transaction.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..io.store import FILE_NAME, Store
from .files import Entry, ReviewFileError, read_review_file
from .marks import CHECKED, FIXABLE, Mark, Orphan
from .store import reviewed_tables, write_orphans


@dataclass(frozen=True, slots=True)
class Conflict:
    earlier: Mark
    later: Mark

    def describe(self) -> str:
        e, n = self.earlier, self.later
        return (f"{n.table} {n.row_id}: {e.describe()} ({e.source}) replaced by {n.describe()} ({n.source})")


@dataclass
class ImportReport:
    imported: Counter = field(default_factory=Counter)  # marks by review value, new or changed
    unchanged: int = 0  # marks that were already stored, the same
    files: list[Path] = field(default_factory=list)  # files imported
    refused: list[str] = field(default_factory=list)  # a message per refused file
    conflicts: list[Conflict] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)  # every stored mark without its row now


def require_store(out: Path) -> None:
    if not (Path(out) / FILE_NAME).is_file():
        raise FileNotFoundError(f"no store in {out}/ (no {FILE_NAME}): run 'aznews run ... --out {out}' first")


def import_reviews(paths: list[Path], out: Path) -> ImportReport:
    require_store(out)
    report = ImportReport()
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with Store(Path(out)) as store:
        current = reviewed_tables(store)
        rows = {key: row for key, row in _rows_by_key(current.tables)}
        stored = {m.key: m for m in (Mark.from_sql(r) for r in store.marks())}
        accepted: dict[tuple[str, str], Mark] = {}
        for path in paths:
            try:
                entries = read_review_file(Path(path))
            except ReviewFileError as error:
                report.refused.append(str(error))
                continue
            report.files.append(Path(path))
            for entry in entries:
                mark = make_mark(entry, rows.get((entry.table, entry.row_id)), now)
                earlier = accepted.get(mark.key) or stored.get(mark.key)
                if earlier is not None and earlier.says_the_same(mark):
                    if dict(earlier.seen) == dict(mark.seen):  # the same mark on the same row: nothing to do
                        report.unchanged += mark.key not in accepted
                        continue
                elif earlier is not None:
                    report.conflicts.append(Conflict(earlier, mark))
                accepted[mark.key] = mark
        store.save_marks(m.to_sql() for m in accepted.values())
        report.imported.update(m.review for m in accepted.values())
        after = reviewed_tables(store)
    report.orphans = after.joined.orphans
    write_orphans(after.joined, Path(out))
    return report


def make_mark(entry: Entry, row: dict | None, imported: str) -> Mark:
    """A mark from a reviewed row. What the reviewer saw: the file's cells, except that a fix's corrected cells
    were the pipeline's (the store's row) before the reviewer wrote over them."""
    columns = [c for c in CHECKED[entry.table] if c in entry.cells]
    fixable = set(FIXABLE.get(entry.table, ())) if entry.review == "fix" else set()
    seen = []
    for column in columns:
        if column not in fixable:
            seen.append((column, entry.cells[column]))
        elif row is not None and column in row:
            seen.append((column, _as_text(row[column])))
    fixes = tuple((c, entry.cells[c]) for c in FIXABLE.get(entry.table, ()) if c in fixable and c in entry.cells)
    article_id = entry.article_id or (str(row.get("article_id", "")) if row else "")
    return Mark(entry.table, entry.row_id, article_id, entry.review, entry.note, fixes, tuple(seen), entry.where,
                imported)


def _as_text(value: object) -> str:
    return "" if value is None else str(value)


def _rows_by_key(tables):
    for table, (columns, rows) in tables.items():
        for row in rows:
            yield (table, str(row[0])), dict(zip(columns, row, strict=True))
