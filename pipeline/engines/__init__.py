"""How a batch is spread over workers: ``local`` (processes on this machine) and ``dask`` (a cluster).

Every engine takes partitions of jobs (article id, content hash, what was read) and yields each
partition's processed rows as it is done, in any order; ``work.process`` is what a worker runs.
"""
