"""What a worker runs: one pipeline per process, loaded on first use, over a partition of articles."""

from __future__ import annotations

import gc
import threading

from ..fingerprint import PipelineOptions
from ..io.reader import Failure, ReadWarning
from ..io.rows import result_rows
from ..records import Article

# A job: the article's id, its content hash, and what the reader gave for it.
Job = tuple[str, str, Article | Failure | ReadWarning]
Processed = tuple[str, str, dict[str, list[tuple]]]

_loaded: dict[PipelineOptions, object] = {}
_loading = threading.Lock()  # a Dask worker may run several threads; the pipeline is loaded once


def pipeline_for(options: PipelineOptions):
    with _loading:
        if options not in _loaded:
            _loaded[options] = options.load()
            # The model, gazetteers and word caches live as long as the process: the collector need not walk them.
            gc.freeze()
        return _loaded[options]


def process(options: PipelineOptions, jobs: list[Job]) -> list[Processed]:
    """The rows of every job's article; an article that fails becomes a ``failed`` row, never an exception."""
    nlp = pipeline_for(options)
    results = nlp.stream([item for _, _, item in jobs], batch_size=max(len(jobs), 1))
    return [(article_id, content_hash, result_rows(result))
            for (article_id, content_hash, _), result in zip(jobs, results, strict=True)]
