"""The last step: results to pandas tables and CSV files a reviewer can open safely.

pandas enters here and nowhere earlier. CSVs are UTF-8 with a BOM (Excel then shows ə, ğ, ş),
cells that a spreadsheet would run as a formula are neutralised, and every file is written to a
temporary name and moved into place, so an interrupted run never leaves a half-written table.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from ..records import Result
from ..stages.clusters import cluster_events

COLUMNS = {
    "articles": ["article_id", "title", "published", "source", "url", "status", "error", "n_sentences",
                 "n_entities", "n_dates", "n_events"],
    "entities": ["article_id", "field", "start", "end", "text", "label", "canonical", "sentence_id",
                 "entity_id", "method"],
    "dates": ["article_id", "field", "start", "end", "text", "value", "precision", "value_end", "relative",
              "sentence_id"],
    "events": ["event_id", "article_id", "type", "plover", "trigger", "date", "date_source", "participants",
               "location", "modality", "sentence_id", "sentence", "confidence", "cluster_id"],
    "event_clusters": ["cluster_id", "type", "date", "participants", "n_articles", "n_events", "article_ids",
                       "urls"],
}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _article_row(result: Result) -> dict:
    article = result.article
    return {
        "article_id": article.id,
        "title": article.title,
        "published": article.published.isoformat() if article.published else "",
        "source": article.source,
        "url": article.url,
        "status": result.status,
        "error": result.error,
        "n_sentences": len(result.sentences),
        "n_entities": len(result.entities),
        "n_dates": len(result.dates),
        "n_events": len(result.events),
    }


def to_frames(results: Iterable[Result]) -> dict[str, pd.DataFrame]:
    """The five tables, with the columns of the CSV files, from a batch of results."""
    results = list(results)
    clusters, cluster_rows = cluster_events(results)
    rows: dict[str, list[dict]] = {name: [] for name in COLUMNS}
    for result in results:
        article_id = result.article.id
        rows["articles"].append(_article_row(result))
        for e in result.entities:
            rows["entities"].append({"article_id": article_id, "field": e.field, "start": e.start, "end": e.end,
                                     "text": e.text, "label": e.label, "canonical": e.canonical,
                                     "sentence_id": e.sentence_id, "entity_id": e.entity_id, "method": e.method})
        for d in result.dates:
            rows["dates"].append({"article_id": article_id, "field": d.field, "start": d.start, "end": d.end,
                                  "text": d.text, "value": d.value, "precision": d.precision,
                                  "value_end": d.value_end, "relative": d.relative, "sentence_id": d.sentence_id})
        for v in result.events:
            rows["events"].append({"event_id": v.event_id, "article_id": article_id, "type": v.type,
                                   "plover": v.plover, "trigger": v.trigger, "date": v.date,
                                   "date_source": v.date_source, "participants": "; ".join(v.participants),
                                   "location": v.location, "modality": v.modality, "sentence_id": v.sentence_id,
                                   "sentence": v.sentence, "confidence": v.confidence,
                                   "cluster_id": clusters.get(v.event_id, "")})
    rows["event_clusters"] = cluster_rows
    return {name: pd.DataFrame(rows[name], columns=columns) for name, columns in COLUMNS.items()}


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
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(neutralise)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            safe.to_csv(stream, index=False)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes the file private; a table is for reviewers
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_tables(frames: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """Every table is written in full to a temporary file first; only then are they renamed into place,
    one after another, so an interrupted run leaves the previous set of tables, not a mix."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [out_dir / f"{name}.csv" for name in frames]
    written: list[Path] = []
    try:
        for frame, path in zip(frames.values(), paths, strict=True):
            written.append(_write_temporary(frame, path))
    except BaseException:
        for temporary in written:
            temporary.unlink(missing_ok=True)
        raise
    _move_into_place(written, paths)
    return paths
