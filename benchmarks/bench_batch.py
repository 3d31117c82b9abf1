"""The daily batch at scale: whole ``aznews run`` processes over thousands of articles.

    python benchmarks/bench_batch.py [--data ../shared/data] [--sizes 1000,5000,20000] [--workers 2]

Builds batches from the shared articles repeated under new ids (``<id>~r<k>``), then times whole
processes, as a user starts them: ``aznews run`` with 1 and N workers and on a local Dask cluster
(when dask is installed), the second, incremental run over the same batch, the batch sizes, and
``dateparser.search_dates(text, languages=["az"])`` over the same articles in a process of its own.
Peak memory is the largest resident set of any one process of the run (the coordinating process or a
worker), as the kernel reports it to ``wait4``; CPU seconds are the user and system time of all the run's
processes, which another busy process on the machine hardly changes (wall times it does: each row notes
the load average). Nothing is written outside ``--work`` (a temporary
folder by default). Without the shared data it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATEPARSER_RUN = """
import json, sys, warnings
warnings.simplefilter("ignore")
from dateparser.search import search_dates
for line in open(sys.argv[1], encoding="utf-8"):
    search_dates(json.loads(line)["text"], languages=["az"])
"""


def build_batch(source: Path, size: int, target: Path) -> Path:
    """``size`` articles: the shared ones in order, again and again, each copy under a new id."""
    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    with open(target, "w", encoding="utf-8") as stream:
        for n in range(size):
            record = dict(records[n % len(records)])
            record["id"] = f"{record['id']}~r{n // len(records)}"
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target


CPU_SECONDS: list[float] = []  # of the last run timed: user + system time of all its processes


def timed(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak resident MiB of the largest process in the run, and the exit status."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    CPU_SECONDS[:] = [usage.ru_utime + usage.ru_stime]
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({code}): {process.stderr.read().decode()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, code


def aznews(*args: str) -> list[str]:
    return [sys.executable, "-m", "pipeline", "run", *args, "--quiet"]


def row(label: str, articles: int, seconds: float, memory: float | None = None, note: str = "") -> None:
    rate = f"{articles / seconds:8.1f}" if articles else " " * 8
    peak = f"{memory:7.0f}" if memory is not None else " " * 7
    cpu = CPU_SECONDS[0] if CPU_SECONDS else 0.0
    # The machine's load over the last minute: another busy process makes wall times long, CPU times hardly.
    note = "; ".join(filter(None, [note, f"load {os.getloadavg()[0]:.1f}"]))
    print(f"| {label:<44} | {articles:>6} | {seconds:8.2f} | {rate} | {cpu:8.2f} | {peak} | {note} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("AZNEWS_DATA", "../shared/data")))
    parser.add_argument("--sizes", default="1000,5000,20000", help="batch sizes to time (the middle one, or "
                        "the only one, is the batch for the engine comparison)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="workers for the parallel runs")
    parser.add_argument("--work", type=Path, default=None, help="folder for batches and outputs (default: temporary)")
    parser.add_argument("--no-dateparser", action="store_true", help="leave out the dateparser comparison")
    args = parser.parse_args()
    source = args.data / "banker_az" / "articles.jsonl"
    if not source.exists():
        print(f"no shared articles at {source}: nothing to measure (give --data or AZNEWS_DATA)")
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    main_size = sizes[len(sizes) // 2] if len(sizes) > 1 else sizes[0]
    work = args.work or Path(tempfile.mkdtemp(prefix="aznews-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    batch = build_batch(source, main_size, work / f"batch-{main_size}.jsonl")
    print(f"{main_size} articles ({source} repeated under new ids), {os.cpu_count()} cores; work folder {work}")
    print("| run (whole process) | articles | seconds | articles/s | CPU seconds | peak MiB | note |")
    print("|---|---|---|---|---|---|---|")

    seconds, memory, _ = timed([sys.executable, "-m", "pipeline", "--help"])
    row("start-up: aznews --help", 0, seconds, memory)
    one = build_batch(source, 1, work / "one.jsonl")
    seconds, memory, _ = timed(aznews(str(one), "--out", str(work / "out-one"), "--workers", "1"))
    row("start-up: aznews run on one article", 1, seconds, memory)

    rates = {}
    runs = [("1 worker", ["--workers", "1"]), (f"{args.workers} workers", ["--workers", str(args.workers)])]
    if _has_dask():
        runs.append((f"Dask, local cluster of {args.workers}", ["--engine", "dask", "--workers", str(args.workers)]))
    for label, options in runs:
        out = work / f"out-{label.split()[0]}-{options[-1]}"
        shutil.rmtree(out, ignore_errors=True)
        seconds, memory, _ = timed(aznews(str(batch), "--out", str(out), *options))
        rates[label] = (main_size / seconds, CPU_SECONDS[0])
        row(label, main_size, seconds, memory)
        if label.endswith("workers"):
            again, memory, _ = timed(aznews(str(batch), "--out", str(out), *options))
            row(f"{label}, second run (nothing new)", main_size, again, memory, f"{seconds / again:.1f}x faster")

    for size in sizes:
        sized = build_batch(source, size, work / f"batch-{size}.jsonl")
        out = work / f"out-size-{size}"
        shutil.rmtree(out, ignore_errors=True)
        seconds, memory, _ = timed(aznews(str(sized), "--out", str(out), "--workers", str(args.workers)))
        per_article = f"{CPU_SECONDS[0] / size * 1000:.2f} CPU ms/article"
        row(f"{size} articles, {args.workers} workers", size, seconds, memory, per_article)

    if not args.no_dateparser:
        script = work / "dateparser_run.py"
        script.write_text(DATEPARSER_RUN, encoding="utf-8")
        seconds, memory, _ = timed([sys.executable, str(script), str(batch)])
        row("dateparser.search_dates (az), one process", main_size, seconds, memory)
        dateparser_rate, dateparser_cpu = main_size / seconds, CPU_SECONDS[0]
        for label, (rate, cpu) in rates.items():
            print(f"{label}: {rate / dateparser_rate:.1f}x dateparser's articles/s "
                  f"({dateparser_cpu / cpu:.1f}x in CPU time)")


def _has_dask() -> bool:
    try:
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    main()
