"""Speed and memory of the pipeline against ``dateparser.search_dates`` on the shared articles.

    python benchmarks/bench_pipeline.py [--data ../shared/data] [--limit N]

Prints, for the same articles in the same run: the whole pipeline, the date stage alone, and
``dateparser.search_dates(text, languages=["az"])`` (articles per second, best of ``--repeat``
passes), then the ratios, and the process's peak resident memory after the pipeline's passes
(before dateparser runs). Loading (model, gazetteers) is timed apart from processing.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline import Article, Pipeline, read_paths  # noqa: E402
from pipeline.stages.dates import find_dates  # noqa: E402


def _articles(data: Path, limit: int | None) -> list[Article]:
    items = [a for a in read_paths([data / "banker_az" / "articles.jsonl"]) if isinstance(a, Article)]
    return items[:limit] if limit else items


def _timed(label: str, run_all, articles: list[Article], repeat: int) -> float:
    """Articles per second of ``run_all(articles)``, best of ``repeat`` passes."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run_all(articles)
        best = min(best, time.perf_counter() - started)
    rate = len(articles) / best
    print(f"{label:<34} {best:8.2f} s  {rate:9.1f} articles/s")
    return rate


def _each(work):
    """A batch runner that calls ``work`` on one article at a time."""
    return lambda articles: [work(article) for article in articles]


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("AZNEWS_DATA", "../shared/data")))
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=3, help="passes per measurement; the best counts")
    args = parser.parse_args()
    articles = _articles(args.data, args.limit)
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words:,} words")

    started = time.perf_counter()
    nlp = Pipeline.load()
    gc.freeze()  # as `aznews run` does after loading
    print(f"{'load (model, gazetteers)':<34} {time.perf_counter() - started:8.2f} s")
    # The first pass is what a daily batch pays (word caches start empty); later passes show the warm speed.
    def stream(batch: list[Article]) -> None:
        for _result in nlp.stream(batch):
            pass

    cold_rate = _timed("pipeline, stream, first pass", stream, articles, 1)
    _timed("pipeline, one article at a time", _each(nlp), articles, args.repeat)
    pipeline_rate = _timed("pipeline, stream (batches of 64)", stream, articles, args.repeat)
    dates_rate = _timed("date stage alone", _each(lambda a: find_dates(a.text, a.published)), articles, args.repeat)
    print(f"{'peak resident memory':<34} {_peak_rss_mib():8.1f} MiB")

    from dateparser.search import search_dates

    warnings.simplefilter("ignore")  # dateparser warns about its own deprecated internals
    def dateparser_search(article: Article) -> None:
        search_dates(article.text, languages=["az"])

    dateparser_cold = _timed("dateparser.search_dates, first pass", _each(dateparser_search), articles, 1)
    dateparser_rate = _timed("dateparser.search_dates (az)", _each(dateparser_search), articles, args.repeat)
    cold = cold_rate / dateparser_cold
    print(f"pipeline / dateparser:   {pipeline_rate / dateparser_rate:5.1f}x (first passes: {cold:.1f}x)")
    print(f"date stage / dateparser: {dates_rate / dateparser_rate:5.1f}x")


if __name__ == "__main__":
    main()
