"""The two NER backends side by side: loading time, articles per second and peak memory of the whole pipeline.

    python benchmarks/bench_backends.py [--data ../shared/data] [--backends spacy stanza] [--repeat 3]
                                        [--rounds 2] [--limit N] [--no-rules]

Each backend runs in a process of its own (so each peak resident memory is its own), over the shared banker.az
articles that are not in the gold corpus's test split, in batches as ``aznews run`` does (``gc.freeze()`` after
loading). Printed per run: load seconds, the first pass (word caches empty), the best of ``--repeat`` warm passes,
and the peak resident memory. ``--rounds`` alternates the backends that many times, so that a machine busy with
other work slows both alike; compare the rounds, not one run. ``--no-rules`` has the model read every sentence
(the model's own speed; by default it reads only the sentences the rules leave a capitalised word in).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def one(backend: str, data: Path, repeat: int, limit: int | None, use_rules: bool = True) -> dict:
    from pipeline import Article, Pipeline, read_paths
    from pipeline.gold import load_splits

    test = set(load_splits()["test"])
    articles = [a for a in read_paths([data / "banker_az" / "articles.jsonl"])
                if isinstance(a, Article) and a.id not in test]
    articles = articles[:limit] if limit else articles
    started = time.perf_counter()
    nlp = Pipeline.load(backend=backend, use_rules=use_rules)
    gc.freeze()
    load = time.perf_counter() - started
    passes = []
    for _ in range(repeat + 1):
        started = time.perf_counter()
        for _result in nlp.stream(articles):
            pass
        passes.append(time.perf_counter() - started)
    return {"backend": backend, "articles": len(articles), "load_s": round(load, 2),
            "first_pass_rate": round(len(articles) / passes[0], 1),
            "warm_rate": round(len(articles) / min(passes[1:]), 1),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_data = Path(os.environ.get("AZNEWS_DATA", ROOT.parent / "shared" / "data"))
    parser.add_argument("--data", type=Path, default=default_data)
    parser.add_argument("--backends", nargs="+", default=["spacy", "stanza"])
    parser.add_argument("--repeat", type=int, default=3, help="warm passes per run; the best counts")
    parser.add_argument("--rounds", type=int, default=2, help="how many times each backend is run, alternating")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--no-rules", action="store_true", help="the model reads every sentence")
    parser.add_argument("--one", default=None, help=argparse.SUPPRESS)  # the child process: one backend
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.data, args.repeat, args.limit, not args.no_rules)))
        return 0
    print(f"{'backend':<8} {'articles':>8} {'load s':>7} {'first pass/s':>13} {'warm/s':>8} {'peak MiB':>9}")
    for _ in range(args.rounds):
        for backend in args.backends:
            command = [sys.executable, __file__, "--one", backend, "--data", str(args.data),
                       "--repeat", str(args.repeat)] + (["--limit", str(args.limit)] if args.limit else [])
            command += ["--no-rules"] if args.no_rules else []
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(f"{backend:<8} failed: {done.stderr.strip().splitlines()[-1:]}")
                continue
            r = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"{backend:<8} {r['articles']:>8} {r['load_s']:>7} {r['first_pass_rate']:>13} {r['warm_rate']:>8} "
                  f"{r['peak_rss_mib']:>9}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
