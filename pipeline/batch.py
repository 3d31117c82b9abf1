"""The daily batch: articles in, the store brought up to date, the tables of the whole store out.

Only articles that are new or changed (by content hash, which includes the pipeline's fingerprint)
are processed, in partitions spread over an engine's workers; each partition's rows are saved in
one transaction as it comes back. The tables are then exported from the store, each written in full
before any replaces the previous one.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .engines.work import Job, Processed
from .fingerprint import PipelineOptions
from .io.reader import Failure, ReadWarning
from .io.store import UNREAD, Store
from .records import Article

ENGINES = ("local", "dask")


@dataclass
class BatchReport:
    """What a run did: articles read, processed, found unchanged, failed (of those read), rows exported."""

    read: int = 0
    processed: int = 0
    unchanged: int = 0
    failed: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    written: list[Path] = field(default_factory=list)


def item_id(item: Article | Failure | ReadWarning) -> str:
    if isinstance(item, Failure):
        return item.article_id
    return (item.article if isinstance(item, ReadWarning) else item).id


def content_hash(item: Article | Failure | ReadWarning, fingerprint: str) -> str:
    """Changes when anything that shapes the article's rows changes: its fields, a reading note or failure,
    or the pipeline."""
    if isinstance(item, Failure):
        parts = ["failure", item.article_id, item.where, item.message]
    else:
        article, note = (item.article, item.message) if isinstance(item, ReadWarning) else (item, "")
        published = article.published.isoformat() if article.published else ""
        parts = ["article", article.id, article.text, article.title, published, article.source, article.url, note]
    key = json.dumps([fingerprint, *parts], ensure_ascii=False)
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
    return UNREAD + digest if isinstance(item, Failure) else digest


def run_batch(
    items: Iterable[Article | Failure | ReadWarning],
    out: Path,
    options: PipelineOptions | None = None,
    *,
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    partition_size: int = 64,
    since: date | None = None,
    formats: Iterable[str] = ("csv",),
    html: bool = False,
    on_saved: Callable[[list[Processed]], None] | None = None,
    on_planned: Callable[[int], None] | None = None,
) -> BatchReport:
    """Bring the store in ``out`` up to date with ``items`` and write its tables there, with the reviewers' marks in
    place (``pipeline.review``); ``html`` also writes the pages to read. ``on_planned(n)`` hears how many
    articles will be processed; ``on_saved(rows)`` each saved partition."""
    from .export import export_store
    from .io.tables import check_formats

    formats = check_formats(formats)
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    options = options or PipelineOptions()
    workers = workers or os.cpu_count() or 1
    fingerprint = options.fingerprint()
    items = list(items)
    ids = [item_id(item) for item in items]
    report = BatchReport(read=len(items))
    with Store(out) as store:
        store.forget_unread(keep=ids)
        store.register(ids)
        known = store.hashes()
        jobs: list[Job] = []
        for article_id, item in zip(ids, items, strict=True):
            digest = content_hash(item, fingerprint)
            if known.get(article_id) != digest:
                jobs.append((article_id, digest, item))
        report.processed, report.unchanged = len(jobs), len(items) - len(jobs)
        if on_planned:
            on_planned(len(jobs))
        partitions = [jobs[i : i + partition_size] for i in range(0, len(jobs), partition_size)]
        texts = {article_id: _text(item) for article_id, _, item in jobs}
        # closing(): an interruption while a partition is saved ends the engine's workers at once.
        with closing(_engine(engine, partitions, options, workers, scheduler)) as finished:
            for done in finished:
                store.save(done)
                store.save_texts((article_id, texts[article_id]) for article_id, _, _ in done if texts[article_id])
                if on_saved:
                    on_saved(done)
        have = store.text_ids()  # a store older than the texts table: the unchanged articles' texts added once
        store.save_texts((i, _text(item)) for i, item in zip(ids, items, strict=True)
                         if i not in have and i not in texts and _text(item))
        statuses = store.statuses()
        report.failed = sum(statuses.get(article_id) == "failed" for article_id in ids)
        report.rows, report.written = export_store(store, out, formats, since, html)
    return report


def _text(item: Article | Failure | ReadWarning) -> str:
    """The article's text, kept in the store for the pages ("" for a failure)."""
    if isinstance(item, Failure):
        return ""
    return (item.article if isinstance(item, ReadWarning) else item).text


def _engine(engine: str, partitions: list[list[Job]], options: PipelineOptions, workers: int,
            scheduler: str | None):
    if engine == "dask":
        from .engines.dask import run_dask

        return run_dask(partitions, options, workers, scheduler)
    from .engines.local import run_local

    return run_local(partitions, options, workers)
