"""The local engine: worker processes on this machine, each loading the pipeline once.

One worker runs in this process (nothing to start, nothing to pickle). More run in processes
started fresh ("spawn"): they share nothing with this one, so no lock or thread is copied half-held,
and each reports its own memory.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

from ..fingerprint import PipelineOptions
from .work import Job, Processed, pipeline_for, process


def run_local(partitions: list[list[Job]], options: PipelineOptions, workers: int) -> Iterator[list[Processed]]:
    """Each partition's rows as it is done; at most ``workers`` partitions are in flight at once, so a
    run holds little more than the partitions being processed."""
    workers = max(1, min(workers, len(partitions)))
    if workers == 1:
        for partition in partitions:
            yield process(options, partition)
        return
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=pipeline_for,
                               initargs=(options,))
    try:
        waiting = iter(partitions)
        running = {pool.submit(process, options, p) for p in _take(waiting, 2 * workers)}
        while running:
            done, running = wait(running, return_when=FIRST_COMPLETED)
            running |= {pool.submit(process, options, p) for p in _take(waiting, len(done))}
            for future in done:
                yield future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _take(partitions: Iterator[list[Job]], count: int) -> list[list[Job]]:
    return [p for _, p in zip(range(count), partitions, strict=False)]
