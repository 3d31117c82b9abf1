"""The local engine: worker processes on this machine, each loading the pipeline once.

One worker runs in this process (nothing to start, nothing to pickle). More run in processes
started fresh ("spawn"): they share nothing with this one, so no lock or thread is copied half-held,
and each reports its own memory.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import contextmanager

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
        with _children_ignore_ctrl_c():
            running = {pool.submit(process, options, p) for p in _take(waiting, 2 * workers)}
        while running:
            done, running = wait(running, return_when=FIRST_COMPLETED)
            with _children_ignore_ctrl_c():
                running |= {pool.submit(process, options, p) for p in _take(waiting, len(done))}
            for future in done:
                yield future.result()
    except KeyboardInterrupt:
        # Ctrl-C: stop the workers now rather than let them finish (and first load) their partitions;
        # what was saved stays saved. The pool keeps its processes in ``_processes``, its one way to reach them.
        for worker in list((getattr(pool, "_processes", None) or {}).values()):
            worker.terminate()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def _children_ignore_ctrl_c():
    """Workers are started (on submit) with Ctrl-C ignored, which a new Python keeps: a terminal sends it to
    every process of the group, and only this one should answer (with one line, not a traceback per worker)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set a handler; a library caller's thread starts workers as they are
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _take(partitions: Iterator[list[Job]], count: int) -> list[list[Job]]:
    return [p for _, p in zip(range(count), partitions, strict=False)]
