"""Events over a whole batch: counts per type, clusters across articles, and a review sample.

    python benchmarks/event_report.py OUT_DIR [--sample 30] [--seed 0] [--sample-file FILE]

OUT_DIR holds the tables of ``aznews run`` over the shared articles. Prints events and
multi-article clusters per type, and writes a random sample of events (fixed seed) for a reviewer
to mark correct or not: the precision figure in the README comes from such a sample.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sample-file", type=Path, default=None, help="CSV for the reviewer (default: none)")
    args = parser.parse_args()
    events = pd.read_csv(args.out_dir / "events.csv", encoding="utf-8-sig", keep_default_na=False)
    clusters = pd.read_csv(args.out_dir / "event_clusters.csv", encoding="utf-8-sig", keep_default_na=False)
    shared = clusters[clusters["n_articles"] > 1]
    table = pd.DataFrame({
        "events": events.groupby("type").size(),
        "articles": events.groupby("type")["article_id"].nunique(),
        "clusters (2+ articles)": shared.groupby("type").size(),
    }).fillna(0).astype(int)
    table.loc["total"] = table.sum()
    # an article with events of two types counts once in the total, not once per type
    table.loc["total", "articles"] = events["article_id"].nunique()
    print(table.to_string())
    print(f"\nmodality: {events['modality'].value_counts().to_dict()}")
    print(f"date_source: {events['date_source'].replace('', '(none)').value_counts().to_dict()}")
    if args.sample_file:
        sample = events.sample(n=min(args.sample, len(events)), random_state=args.seed)
        columns = ["event_id", "article_id", "type", "trigger", "date", "date_source", "participants", "source",
                   "target", "location", "modality", "sentence"]
        sample[columns].to_csv(args.sample_file, index=False, encoding="utf-8-sig")
        print(f"\n{len(sample)} sampled events written to {args.sample_file}")


if __name__ == "__main__":
    main()
