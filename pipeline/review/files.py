"""Reading reviewed tables: CSV files (as ``aznews run`` writes them, or re-saved by a spreadsheet) and Excel
workbooks (``--format xlsx``, or a CSV saved as .xlsx). Each marked row becomes a ``Entry``; a file with any
malformed row is refused whole, with a message naming the file and line of each problem.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..io.tables import COLUMNS, FORMULA_STARTS
from ..lang.events_az import PLOVER
from .marks import FIXABLE, MARKS

# A table is known by the id column its header has (events also have cluster_id, so event_id comes first).
ID_COLUMNS = (("event_id", "events"), ("mention_id", "entities"), ("date_id", "dates"),
              ("cluster_id", "event_clusters"), ("article_id", "articles"))
_ISO = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-Q[1-4]|-H[12])?")
# What a corrected cell may hold, by column (a column not named here takes any text).
_ALLOWED = {
    "label": ("PER", "ORG", "LOC"),
    "type": tuple(PLOVER),
    "precision": ("", "day", "month", "year", "quarter", "half"),
    "modality": ("asserted", "planned", "negated"),
}
_DATES = ("value", "value_end", "date")
_REQUIRED = ("label", "canonical", "type")
MAX_PROBLEMS = 10


class ReviewFileError(ValueError):
    """A review file that cannot be imported; the message names the file and the line of each problem."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One marked row as read: its table, id, article, mark, note and every cell (text)."""

    table: str
    row_id: str
    article_id: str
    review: str
    note: str
    cells: dict[str, str]
    where: str  # file:line (or file, sheet and row)


def read_review_file(path: Path) -> list[Entry]:
    """The marked rows of a reviewed CSV or workbook; ReviewFileError if anything in it is malformed."""
    path = Path(path)
    if not path.is_file():
        raise ReviewFileError(f"{path}: {'not a file' if path.exists() else 'no such file'}")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        sheets = _read_workbook(path)
    else:
        records = _csv_rows(path)
        header = records[0][1]
        sheets = [(str(path), _table_of(str(path), None, header), header, records[1:])]
    entries, problems = [], []
    for name, table, header, rows in sheets:
        for line, cells in rows:
            where = f"{name}:{line}" if not name.endswith("]") else f"{name} row {line}"
            entry = _entry(table, header, cells, where, problems)
            if entry is not None:
                entries.append(entry)
    if problems:
        more = f"\n(and {len(problems) - MAX_PROBLEMS} more)" if len(problems) > MAX_PROBLEMS else ""
        raise ReviewFileError("\n".join(problems[:MAX_PROBLEMS]) + more + f"\n{path}: nothing of it was imported")
    return entries


def _table_of(name: str, sheet: str | None, header: list[str]) -> str:
    found = sheet if sheet in COLUMNS else next((table for column, table in ID_COLUMNS if column in header), None)
    if found is None:
        raise ReviewFileError(f"{name}:1: no id column ({', '.join(c for c, _ in ID_COLUMNS)}): "
                              "not a table that aznews wrote")
    missing = [c for c in (COLUMNS[found][0], "review") if c not in header]
    if missing:
        raise ReviewFileError(f"{name}:1: the {found} table has no {' or '.join(missing)} column")
    return found


def _entry(table: str, header: list[str], values: list[str], where: str, problems: list[str]) -> Entry | None:
    if len(values) > len(header) and any(v.strip() for v in values[len(header):]):
        problems.append(f"{where}: {len(values)} cells, but the header has {len(header)} columns")
        return None
    cells = dict(zip(header, [*values, *[""] * (len(header) - len(values))], strict=False))
    review, note = cells.get("review", "").strip().lower(), cells.get("review_note", "").strip()
    if not review:
        if note:
            problems.append(f"{where}: a review_note without a review mark (ok, wrong, fix)")
        return None
    found = []
    if review not in MARKS:
        found.append(f"review {cells['review']!r} is not one of {', '.join(MARKS)}")
    row_id = cells.get(COLUMNS[table][0], "").strip()
    if not row_id:
        found.append(f"the {COLUMNS[table][0]} cell is empty")
    if review == "fix":
        if table not in FIXABLE:
            found.append(f"the {table} table has no cells to fix: mark its rows ok or wrong")
        for column in FIXABLE.get(table, ()):
            if column in cells:
                found += _check(column, cells[column].strip())
    if found:
        problems.append(f"{where}: " + "; ".join(found))
        return None
    article_id = cells.get("article_id", "").strip() if table != "event_clusters" else ""
    cells = {k: v.strip() for k, v in cells.items()}
    if review == "fix" and table == "dates" and cells.get("value"):
        cells["precision"] = precision_of(cells["value"])  # the value's shape decides it; no cell to keep in step
    return Entry(table, row_id, article_id, review, note, cells, where)


def precision_of(value: str) -> str:
    """The precision an ISO 8601 value has: ``2025-07-03`` day, ``2025-07`` month, ``2025-Q3`` quarter …"""
    if "-Q" in value:
        return "quarter"
    if "-H" in value:
        return "half"
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "")


def _check(column: str, value: str) -> list[str]:
    if column in _ALLOWED and value not in _ALLOWED[column]:
        allowed = ", ".join(v for v in _ALLOWED[column] if v)
        return [f"{column} {value!r} is not one of {allowed}"]
    if column in _DATES and value and not _ISO.fullmatch(value):
        return [f"{column} {value!r} is not an ISO 8601 value (2025-05-14, 2025-05, 2025, 2025-Q3, 2025-H1)"]
    if column in _REQUIRED and not value:
        return [f"{column} is empty"]
    return []


# --- CSV -------------------------------------------------------------------------------------------

def _csv_rows(path: Path) -> list[tuple[int, list[str]]]:
    """(line, cells) of each record, the header first; a cell's formula guard undone."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ReviewFileError(f"{path}:{line}: not UTF-8 text (save it as 'CSV UTF-8', or as a workbook)") from None
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)  # a spreadsheet in some locales saves with ';'
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records, line = [], 1
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                records.append((line, [_unguard(c) for c in cells]))
            line = reader.line_num + 1
    except csv.Error as error:
        raise ReviewFileError(f"{path}:{line}: {error}") from None
    if not records:
        raise ReviewFileError(f"{path}:1: empty file")
    header = [c.strip() for c in records[0][1]]
    return [(records[0][0], header), *records[1:]]


def _unguard(value: str) -> str:
    return value[1:] if value[:1] == "'" and value[1:2] in FORMULA_STARTS else value


# --- Excel -----------------------------------------------------------------------------------------

def _read_workbook(path: Path) -> list[tuple[str, str, list[str], list[tuple[int, list[str]]]]]:
    """(name for messages, table, header, rows) of each sheet that is a table: named as one, or with an id
    column; other sheets (a reviewer's notes) are passed over."""
    try:
        from openpyxl import load_workbook
    except ImportError:
        raise ReviewFileError(f"{path}: reading a workbook needs openpyxl: pip install openpyxl") from None
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is not a workbook
        raise ReviewFileError(f"{path}: not an Excel workbook ({type(error).__name__}: {error})") from None
    sheets = []
    try:
        for sheet in book.worksheets:
            rows = [(n, [_text(v) for v in values])
                    for n, values in enumerate(sheet.iter_rows(values_only=True), start=1)
                    if any(v not in (None, "") for v in values)]
            if not rows:
                continue
            name = f"{path} [sheet {sheet.title}]"
            header = [c.strip() for c in rows[0][1]]
            while header and not header[-1]:
                header.pop()
            if sheet.title not in COLUMNS and not any(column in header for column, _ in ID_COLUMNS):
                continue  # a sheet of the reviewer's own (notes, a pivot): not a table
            sheets.append((name, _table_of(name, sheet.title, header), header, rows[1:]))
    finally:
        book.close()
    if not sheets:
        raise ReviewFileError(f"{path}: no sheet with a table")
    return sheets


def _text(value: object) -> str:
    """A cell as the text the CSV would hold: a date Excel made of ``2025-05-14`` back to ISO, 2025.0 to 2025."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return str(value)
    return str(value)
