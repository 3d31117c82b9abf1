"""Time against article length: does every stage stay linear in the length of one article?

    python benchmarks/bench_length.py [--sizes 10000 100000 ...] [--repeat 2] [--stages]

Articles are made from the seed article (``corpus/``), repeated to each length: as prose, and with
every sentence end (``. ! ? …`` and line breaks) replaced by a space, so the whole article is one
unpunctuated sentence. Prints, for each length, wall-clock seconds and CPU seconds of this process (each
the best of ``--repeat`` runs; CPU time is what other work on a shared machine disturbs least) and CPU
microseconds per character: linear time shows as a flat last column. ``--stages`` adds the CPU seconds
of each stage at each length.
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import Article, Pipeline  # noqa: E402
from pipeline.records import Document  # noqa: E402

SEED = ROOT / "corpus" / "azerbaycan-qazaxistan.txt"
SIZES = (10_000, 30_000, 100_000, 300_000, 1_000_000, 2_000_000)
_SENTENCE_ENDS = re.compile(r"[.!?…\n]")


def article_text(seed: str, size: int, punctuated: bool) -> str:
    text = ((seed + "\n") * (size // (len(seed) + 1) + 1))[:size]
    return text if punctuated else _SENTENCE_ENDS.sub(" ", text)


def stage_seconds(nlp: Pipeline, article: Article) -> dict[str, float]:
    doc, seconds = Document(article=article), {}
    for name, stage in nlp.stages:
        started = time.process_time()
        doc = stage(doc)
        seconds[name] = time.process_time() - started
    return seconds


def best_of(repeat: int, work) -> tuple[float, float]:
    """(wall, CPU) seconds of ``work()``, each the best of ``repeat`` runs."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        work()
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - started_cpu)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=SIZES, help="article lengths in characters")
    parser.add_argument("--repeat", type=int, default=2, help="runs per length; the best counts")
    parser.add_argument("--stages", action="store_true", help="also time each stage")
    args = parser.parse_args()
    seed = SEED.read_text(encoding="utf-8")
    nlp = Pipeline.load()
    gc.freeze()  # as `aznews run` does after loading
    nlp(Article(id="warm", text=seed))  # word caches filled, as in any batch after its first article
    for punctuated in (True, False):
        print(f"\n{'prose' if punctuated else 'one sentence, no punctuation'}")
        print(f"{'characters':>12} {'wall s':>8} {'CPU s':>8} {'CPU µs/char':>12}  status")
        for size in args.sizes:
            article = Article(id=f"n{size}", text=article_text(seed, size, punctuated))
            result = None

            def run(article=article):
                nonlocal result
                result = nlp(article)

            wall, cpu = best_of(args.repeat, run)
            print(f"{size:>12,} {wall:>8.2f} {cpu:>8.2f} {cpu / size * 1e6:>12.2f}  {result.status} "
                  f"({len(result.entities)} entities, {len(result.events)} events)")
            if args.stages:
                parts = stage_seconds(nlp, article)
                print(" " * 14 + "  ".join(f"{name} {value:.2f}" for name, value in parts.items()))


if __name__ == "__main__":
    main()
