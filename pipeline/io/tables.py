"""The last step: rows to the five tables, as pandas DataFrames or as CSV (and Parquet) files.

pandas enters here and nowhere earlier, and only when a DataFrame or a Parquet file is asked for:
CSVs are written with the standard csv module, so a run that writes CSV never loads pandas (a
quicker start). CSVs are UTF-8 with a BOM (Excel then shows ə, ğ, ş), cells that a spreadsheet
would run as a formula are neutralised, and every file is written to a temporary name and moved
into place, so an interrupted run never leaves a half-written table. Parquet (through pyarrow, the
optional extra ``[parquet]``) keeps the values as they are: it is read by programs, not spreadsheets.
"""

from __future__ import annotations

import csv
import math
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..records import Result
from ..stages.clusters import Report, cluster_reports
from .rows import FORMATS, REVIEW_COLUMNS, ROW_COLUMNS, result_rows

if TYPE_CHECKING:
    import pandas as pd

# Each table's first column is its rows' stable id (the key of a review mark); the last two are the review's.
COLUMNS = {
    "articles": [*ROW_COLUMNS["articles"], *REVIEW_COLUMNS],
    "entities": [*ROW_COLUMNS["entities"], *REVIEW_COLUMNS],
    "dates": [*ROW_COLUMNS["dates"], *REVIEW_COLUMNS],
    "events": [*ROW_COLUMNS["events"], "cluster_id", *REVIEW_COLUMNS],
    "event_clusters": ["cluster_id", "type", "date", "participants", "n_articles", "n_events", "article_ids",
                       "urls", *REVIEW_COLUMNS],
}
WORKBOOK = "tables.xlsx"  # --format xlsx: every table in one workbook, a sheet each
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_URL = ROW_COLUMNS["articles"].index("url")
_PARTICIPANTS = ROW_COLUMNS["events"].index("participants")
_UNMARKED = ("",) * len(REVIEW_COLUMNS)  # the review cells of a row no mark has reached

# A table as plain data: its column names and its rows (a list, or the store's rows, read as written).
Table = tuple[list[str], Iterable[tuple]]


def collect_rows(results: Iterable[Result]) -> dict[str, list[tuple]]:
    """Every result's rows (``rows.result_rows``), table by table."""
    rows: dict[str, list[tuple]] = {name: [] for name in ROW_COLUMNS}
    for result in results:
        for name, found in result_rows(result).items():
            rows[name] += found
    return rows


def finish_tables(rows: dict[str, Iterable[tuple]]) -> dict[str, Table]:
    """The five tables from the rows of every article (collected, or from the store), clustered together; the
    review cells are empty (``pipeline.review.marks.apply_marks`` fills them from the store's marks).
    Articles, entities and dates pass through as given: the store's (``StoredRows``) are read only while written
    out (``Rows``), a list gives lists. Events are held, since clusters span articles."""
    urls = {row[0]: row[_URL] for row in rows["articles"]}
    stored_events = list(rows["events"])
    reports = [Report(row[1], urls.get(row[1], ""), row[0], row[2], row[5], row[_PARTICIPANTS])
               for row in stored_events]
    clusters, cluster_rows = cluster_reports(reports)
    events = [(*row[:_PARTICIPANTS], "; ".join(row[_PARTICIPANTS]), *row[_PARTICIPANTS + 1 :],
               clusters.get(row[0], ""), *_UNMARKED) for row in stored_events]
    names = COLUMNS["event_clusters"][: -len(REVIEW_COLUMNS)]
    return {
        "articles": (COLUMNS["articles"], each_row(rows["articles"], _unmarked)),
        "entities": (COLUMNS["entities"], each_row(rows["entities"], _unmarked)),
        "dates": (COLUMNS["dates"], each_row(rows["dates"], _unmarked)),
        "events": (COLUMNS["events"], events),
        "event_clusters": (COLUMNS["event_clusters"],
                           [(*(row[name] for name in names), *_UNMARKED) for row in cluster_rows]),
    }


def _unmarked(row: tuple) -> tuple:
    return (*row, *_UNMARKED)


class Rows:
    """Rows of another iterable of rows, each changed by ``change`` as it is read, and read again (from the store,
    when that is the source) each time this is iterated; ``len`` is the source's."""

    def __init__(self, source: Iterable[tuple], change: Callable[[tuple], tuple]):
        self.source, self.change = source, change

    def __iter__(self) -> Iterator[tuple]:
        return map(self.change, self.source)

    def __len__(self) -> int:
        return len(self.source)  # type: ignore[arg-type]


def each_row(rows: Iterable[tuple], change: Callable[[tuple], tuple]) -> list[tuple] | Rows:
    """Every row changed: at once for a list, as the rows are read for anything else (the store's rows)."""
    if isinstance(rows, list):
        return [change(row) for row in rows]
    return Rows(rows, change)


def to_frames(results: Iterable[Result]) -> dict[str, pd.DataFrame]:
    """The five tables, with the columns of the CSV files, from a batch of results."""
    return frames_from_rows(collect_rows(results))


def frames_from_rows(rows: dict[str, Iterable[tuple]]) -> dict[str, pd.DataFrame]:
    import pandas as pd

    return {name: pd.DataFrame(list(data), columns=columns) for name, (columns, data) in finish_tables(rows).items()}


def neutralise(value):
    """Prefix a quote to text a spreadsheet would evaluate (``=SUM(…)``, ``-1+2``)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def check_formats(formats: Iterable[str]) -> tuple[str, ...]:
    """The formats asked for, checked before any work is done: ValueError names what is wrong or missing."""
    formats = tuple(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ValueError(f"unknown table format {', '.join(unknown) or '(none)'}; choose from {', '.join(FORMATS)}")
    if "parquet" in formats:
        try:
            import pyarrow  # noqa: F401  (pandas writes Parquet through it)
        except ImportError:
            raise ValueError('Parquet needs pyarrow: pip install "aznews[parquet]"') from None
    if "xlsx" in formats:
        try:
            import openpyxl  # noqa: F401
        except ImportError:
            raise ValueError("the workbook needs openpyxl: pip install openpyxl") from None
    return formats


def write_csv(frame: pd.DataFrame | Table, path: Path) -> None:
    """Write atomically: a temporary file in the same folder, then a rename over the target."""
    _move_into_place([_write_temporary(_as_table(frame), path)], [path])


def write_tables(
    tables: dict[str, pd.DataFrame | Table], out_dir: Path, formats: Iterable[str] = ("csv",)
) -> list[Path]:
    """Every table (a DataFrame, or columns and rows), in every format, is written in full to a temporary
    file first; only then are they renamed into place, one after another, so an interrupted run leaves
    the previous set, not a mix."""
    formats = check_formats(formats)
    out_dir.mkdir(parents=True, exist_ok=True)
    plain = {name: _as_table(table) for name, table in tables.items()}
    jobs = [(plain[name], out_dir / f"{name}.{form}") for form in formats if form != "xlsx" for name in plain]
    if "xlsx" in formats:
        jobs.append((plain, out_dir / WORKBOOK))
    written: list[Path] = []
    try:
        for table, path in jobs:
            written.append(_write_temporary(table, path))
    except BaseException:
        for temporary in written:
            temporary.unlink(missing_ok=True)
        raise
    paths = [path for _, path in jobs]
    _move_into_place(written, paths)
    return paths


def _as_table(table: pd.DataFrame | Table) -> Table:
    if isinstance(table, tuple):
        return table
    # Python values (not numpy's, whose float repr differs), and a missing value as an empty cell, as pandas writes it.
    data = [tuple("" if isinstance(v, float) and math.isnan(v) else v for v in row)
            for row in table.to_numpy(dtype=object).tolist()]
    return [str(c) for c in table.columns], data


def _move_into_place(temporaries: list[Path], paths: list[Path]) -> None:
    """Rename each temporary over its target; if a rename fails, the temporaries left are removed."""
    try:
        for temporary, path in zip(temporaries, paths, strict=True):
            os.replace(temporary, path)
    except BaseException:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)
        raise


def _write_temporary(table: Table | dict[str, Table], path: Path) -> Path:
    """The table (for a workbook, every table) written completely to a temporary file beside ``path``;
    removed again if anything fails."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if path.suffix == ".xlsx":
            from .workbook import write_workbook

            os.close(handle)
            write_workbook(table, temporary)
        elif path.suffix == ".parquet":
            os.close(handle)
            _write_parquet(table, temporary)
        else:
            with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
                _write_csv_rows(table, stream)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes the file private; a table is for reviewers
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def _write_csv_rows(table: Table, stream) -> None:
    columns, rows = table
    writer = csv.writer(stream, lineterminator="\n")  # as pandas writes them: minimal quoting, "\n"
    writer.writerow(columns)
    writer.writerows(tuple(map(neutralise, row)) for row in rows)


def _write_parquet(table: Table, path: str) -> None:
    import pandas as pd

    columns, rows = table
    pd.DataFrame(list(rows), columns=columns).to_parquet(path, index=False)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
