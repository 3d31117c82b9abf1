"""The local engine: worker processes on this machine, each loading the pipeline once.

One worker runs in this process (nothing to start, nothing to pickle). More run in processes
started fresh ("spawn"): they share nothing with this one, so no lock or thread is copied half-held,
and each reports its own memory.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
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
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker,
                               initargs=(options, os.getpid()))
    finished = False
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
        finished = True
    except BrokenProcessPool:
        raise RuntimeError("a worker process died (out of memory?); the partitions saved so far are kept, "
                           "and the next run goes on from there") from None
    finally:
        if not finished:
            # Interrupted (Ctrl-C) or failed: stop the workers now rather than let them finish (and first load)
            # their partitions; what was saved stays saved. The pool keeps its processes in ``_processes``,
            # its one way to reach them.
            for worker in list((getattr(pool, "_processes", None) or {}).values()):
                worker.terminate()
        pool.shutdown(wait=True, cancel_futures=True)


def _start_worker(options: PipelineOptions, parent: int) -> None:
    # Ctrl-C reaches the whole process group; only the coordinating process acts on it (and ends the workers).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    pipeline_for(options)


def _exit_with(parent: int) -> None:
    """A worker whose coordinating process was killed (SIGKILL: no chance to end it) ends itself."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


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
