"""The last step: results to pandas tables, and CSV (or Parquet) files a reviewer can open safely.

pandas enters here and nowhere earlier. CSVs are UTF-8 with a BOM (Excel then shows ə, ğ, ş),
cells that a spreadsheet would run as a formula are neutralised, and every file is written to a
temporary name and moved into place, so an interrupted run never leaves a half-written table.
Parquet (through pyarrow, the optional extra ``[parquet]``) keeps the values as they are: it is read
by programs, not spreadsheets.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from ..records import Result
from ..stages.clusters import Report, cluster_reports
from .rows import FORMATS, ROW_COLUMNS, result_rows

COLUMNS = {
    "articles": list(ROW_COLUMNS["articles"]),
    "entities": list(ROW_COLUMNS["entities"]),
    "dates": list(ROW_COLUMNS["dates"]),
    "events": [*ROW_COLUMNS["events"], "cluster_id"],
    "event_clusters": ["cluster_id", "type", "date", "participants", "n_articles", "n_events", "article_ids",
                       "urls"],
}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def to_frames(results: Iterable[Result]) -> dict[str, pd.DataFrame]:
    """The five tables, with the columns of the CSV files, from a batch of results."""
    rows: dict[str, list[tuple]] = {name: [] for name in ROW_COLUMNS}
    for result in results:
        for name, found in result_rows(result).items():
            rows[name] += found
    return frames_from_rows(rows)


def frames_from_rows(rows: dict[str, list[tuple]]) -> dict[str, pd.DataFrame]:
    """The five tables from rows of every article (``rows.result_rows``, or the store), clustered together."""
    urls = {row[0]: row[ROW_COLUMNS["articles"].index("url")] for row in rows["articles"]}
    reports = [Report(article_id, urls.get(article_id, ""), event_id, kind, date, participants)
               for event_id, article_id, kind, _plover, _trigger, date, _source, participants, *_ in rows["events"]]
    clusters, cluster_rows = cluster_reports(reports)
    events = [(*row[:7], "; ".join(row[7]), *row[8:], clusters.get(row[0], "")) for row in rows["events"]]
    frames = {name: pd.DataFrame(rows[name], columns=COLUMNS[name]) for name in ("articles", "entities", "dates")}
    frames["events"] = pd.DataFrame(events, columns=COLUMNS["events"])
    frames["event_clusters"] = pd.DataFrame(cluster_rows, columns=COLUMNS["event_clusters"])
    return {name: frames[name] for name in COLUMNS}


def neutralise(value):
    """Prefix a quote to text a spreadsheet would evaluate (``=SUM(…)``, ``-1+2``)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """Write atomically: a temporary file in the same folder, then a rename over the target."""
    _move_into_place([_write_temporary(frame, path)], [path])


def _move_into_place(temporaries: list[Path], paths: list[Path]) -> None:
    """Rename each temporary over its target; if a rename fails, the temporaries left are removed."""
    try:
        for temporary, path in zip(temporaries, paths, strict=True):
            os.replace(temporary, path)
    except BaseException:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)
        raise


def _write_temporary(frame: pd.DataFrame, path: Path) -> Path:
    """The table written completely to a temporary file beside ``path``; removed again if anything fails."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if path.suffix == ".parquet":
            os.close(handle)
            frame.to_parquet(temporary, index=False)
        else:
            with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
                _spreadsheet_safe(frame).to_csv(stream, index=False)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes the file private; a table is for reviewers
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def _spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(neutralise)
    return safe


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
    return formats


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_tables(frames: dict[str, pd.DataFrame], out_dir: Path, formats: Iterable[str] = ("csv",)) -> list[Path]:
    """Every table, in every format, is written in full to a temporary file first; only then are they
    renamed into place, one after another, so an interrupted run leaves the previous set, not a mix."""
    formats = check_formats(formats)
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = [(frame, out_dir / f"{name}.{form}") for form in formats for name, frame in frames.items()]
    paths = [path for _, path in jobs]
    written: list[Path] = []
    try:
        for frame, path in jobs:
            written.append(_write_temporary(frame, path))
    except BaseException:
        for temporary in written:
            temporary.unlink(missing_ok=True)
        raise
    _move_into_place(written, paths)
    return paths
