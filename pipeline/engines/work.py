"""What a worker runs: one pipeline per process, loaded on first use, over a partition of articles."""

from __future__ import annotations

import gc
import threading

from ..fingerprint import PipelineOptions
from ..io.reader import Failure, ReadWarning
from ..io.rows import result_rows
from ..io.store import Processed
from ..records import Article

# A job: the article's id, its content hash, and what the reader gave for it.
Job = tuple[str, str, Article | Failure | ReadWarning]
__all__ = ["Job", "Processed", "pipeline_for", "process"]

_loaded: dict[PipelineOptions, object] = {}
_loading = threading.Lock()  # a Dask worker may run several threads; the pipeline is loaded once


def pipeline_for(options: PipelineOptions):
    with _loading:
        if options not in _loaded:
            _loaded[options] = options.load()
            # The model, gazetteers and word caches live as long as the process: the collector need not walk them.
            gc.freeze()
            # An article makes thousands of short-lived records and no cycles to speak of: collecting every 700
            # allocations costs about 5% of a batch; every 50,000 keeps memory as flat.
            gc.set_threshold(50_000, 20, 20)
        return _loaded[options]


def process(options: PipelineOptions, jobs: list[Job]) -> list[Processed]:
    """The rows of every job's article; an article that fails becomes a ``failed`` row, never an exception."""
    nlp = pipeline_for(options)
    results = nlp.stream([item for _, _, item in jobs], batch_size=max(len(jobs), 1))
    return [(article_id, content_hash, result_rows(result))
            for (article_id, content_hash, _), result in zip(jobs, results, strict=True)]
