"""Speed and memory of the pipeline against ``dateparser.search_dates`` on the shared articles.

    python benchmarks/bench_pipeline.py [--data ../shared/data] [--limit N]

Prints, for the same articles in the same run: the whole pipeline (articles per second, peak
memory of that phase), the date stage alone, and ``dateparser.search_dates(text, languages=["az"])``,
then the ratios. Loading (model, gazetteers) is timed apart from processing.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import tracemalloc
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline import Article, Pipeline, read_paths  # noqa: E402
from pipeline.dates import find_dates  # noqa: E402


def _articles(data: Path, limit: int | None) -> list[Article]:
    items = [a for a in read_paths([data / "banker_az" / "articles.jsonl"]) if isinstance(a, Article)]
    return items[:limit] if limit else items


def _timed(label: str, work, articles: list[Article]) -> float:
    tracemalloc.start()
    started = time.perf_counter()
    for article in articles:
        work(article)
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rate = len(articles) / seconds
    print(f"{label:<34} {seconds:8.2f} s  {rate:9.1f} articles/s  peak {peak / 2**20:7.1f} MiB (Python heap)")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("AZNEWS_DATA", "../shared/data")))
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()
    articles = _articles(args.data, args.limit)
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words:,} words")

    started = time.perf_counter()
    nlp = Pipeline.load()
    nlp(articles[0])  # first call fills caches; not what a batch pays per article
    print(f"{'load (model, gazetteers)':<34} {time.perf_counter() - started:8.2f} s")
    pipeline_rate = _timed("pipeline (all stages)", nlp, articles)
    dates_rate = _timed("date stage alone", lambda a: find_dates(a.text, a.published), articles)

    from dateparser.search import search_dates

    warnings.simplefilter("ignore")  # dateparser warns about its own deprecated internals
    dateparser_rate = _timed("dateparser.search_dates (az)", lambda a: search_dates(a.text, languages=["az"]), articles)
    print(f"pipeline / dateparser:   {pipeline_rate / dateparser_rate:5.1f}x")
    print(f"date stage / dateparser: {dates_rate / dateparser_rate:5.1f}x")


if __name__ == "__main__":
    main()
