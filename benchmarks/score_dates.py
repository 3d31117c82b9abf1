"""Score the date stage on the gold articles, and time it against dateparser.

    python benchmarks/score_dates.py [--data ../shared/data] [--speed]

Detection: a predicted date counts when its span overlaps a gold span (one-to-one).
Value: overlap and the same ``value``. Every error is listed. ``--speed`` times ``find_dates`` over
all articles against ``dateparser.search_dates(text, languages=["az"])``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.records import DateMention  # noqa: E402
from pipeline.stages.dates import find_dates  # noqa: E402

Gold = dict  # one gold date: start, end, text, value, precision[, value_end]


def load_articles(data: Path) -> dict[str, dict]:
    with (data / "banker_az" / "articles.jsonl").open(encoding="utf-8") as f:
        return {a["id"]: a for a in map(json.loads, f)}


def published(article: dict) -> datetime | None:
    return datetime.fromisoformat(article["published"]) if article.get("published") else None


def match(gold: list[Gold], pred: list[DateMention], same: Callable[[Gold, DateMention], bool]):
    """Greedy one-to-one matching in text order (dates rarely compete): (hits, missed, spurious)."""
    used: set[int] = set()
    hits, missed = [], []
    for g in gold:
        j = next((j for j, p in enumerate(pred) if j not in used and same(g, p)), None)
        if j is None:
            missed.append(g)
        else:
            used.add(j)
            hits.append((g, pred[j]))
    return hits, missed, [p for j, p in enumerate(pred) if j not in used]


def overlaps(g: Gold, p: DateMention) -> bool:
    return g["start"] < p.end and p.start < g["end"]


def same_value(g: Gold, p: DateMention) -> bool:
    return overlaps(g, p) and g["value"] == p.value


def prf(tp: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(data: Path) -> None:
    articles = load_articles(data)
    totals = {"detection": [0, 0, 0], "value": [0, 0, 0]}
    errors: list[str] = []
    for path in sorted((data / "banker_az" / "gold").glob("*.json")):
        gold_doc = json.loads(path.read_text(encoding="utf-8"))
        article = articles[gold_doc["id"]]
        gold = [g for g in gold_doc["dates"] if g.get("field", "text") == "text"]
        pred = find_dates(article["text"], published(article))
        for metric, same in (("detection", overlaps), ("value", same_value)):
            hits, missed, spurious = match(gold, pred, same)
            t = totals[metric]
            t[0], t[1], t[2] = t[0] + len(hits), t[1] + len(gold), t[2] + len(pred)
            if metric == "value":
                errors += describe(gold_doc["id"], missed, spurious, pred)
    for metric, (tp, n_gold, n_pred) in totals.items():
        p, r, f = prf(tp, n_gold, n_pred)
        print(f"date {metric:9s} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} gold={n_gold} pred={n_pred})")
    print(f"\n{len(errors)} errors:")
    print("\n".join(errors))


def describe(article_id: str, missed: list[Gold], spurious: list[DateMention], pred: list[DateMention]):
    lines = []
    for g in missed:
        p = next((p for p in pred if overlaps(g, p)), None)
        got = f"predicted {p.text!r} = {p.value!r}" if p else "not found"
        lines.append(f"  {article_id} MISS  {g['text']!r} = {g['value']!r} ({g['precision']}); {got}")
    for p in spurious:
        lines.append(f"  {article_id} EXTRA {p.text!r} = {p.value!r} ({p.precision})")
    return lines


def speed(data: Path) -> None:
    import dateparser.search  # only here: slow to import and not needed for scoring

    articles = list(load_articles(data).values())
    start = time.perf_counter()
    for a in articles:
        find_dates(a["text"], published(a))
    ours = len(articles) / (time.perf_counter() - start)
    start = time.perf_counter()
    for a in articles:
        dateparser.search.search_dates(a["text"], languages=["az"])
    theirs = len(articles) / (time.perf_counter() - start)
    print(f"find_dates: {ours:.1f} articles/s; dateparser.search_dates: {theirs:.1f} articles/s; "
          f"ratio {ours / theirs:.1f}x over {len(articles)} articles")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("AZNEWS_DATA", "../shared/data")),
                        help="folder holding banker_az/ (default: $AZNEWS_DATA or ../shared/data)")
    parser.add_argument("--speed", action="store_true", help="also time find_dates against dateparser")
    args = parser.parse_args(argv)
    score(args.data)
    if args.speed:
        speed(args.data)


if __name__ == "__main__":
    main()
