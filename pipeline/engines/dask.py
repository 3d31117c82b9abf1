"""The Dask engine: the same partitions on a Dask cluster, one pipeline per worker process.

``scheduler`` is a running scheduler's address (``tcp://host:8786``); without one, a local cluster of
processes is started for the run and closed after it. Every worker needs aznews installed (the same
version and model), since it imports ``pipeline.engines.work`` to run a partition. dask and distributed
are the optional extra ``[dask]``, imported only here.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..fingerprint import PipelineOptions
from .work import Job, Processed, process


def run_dask(partitions: list[list[Job]], options: PipelineOptions, workers: int,
             scheduler: str | None = None) -> Iterator[list[Processed]]:
    """Each partition's rows as a worker finishes it."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise ValueError('the Dask engine needs dask and distributed: pip install "aznews[dask]"') from None
    if not partitions:
        return
    cluster = None
    if scheduler:
        client = Client(scheduler, timeout="30s")
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        futures = client.map(process, [options] * len(partitions), partitions, pure=False)
        for future in as_completed(futures):
            try:
                done = future.result()
            except Exception as error:  # on a worker: aznews missing there, a worker lost, ...
                raise RuntimeError(f"a Dask worker failed on a partition: {type(error).__name__}: {error}") from None
            future.release()
            yield done
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
