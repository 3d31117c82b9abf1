"""Counts of the gold corpus by split and source: articles, entities (by label), dates, events (by type).

    python benchmarks/corpus_stats.py

Reads only the stand-off annotations (``corpus/gold/standoff``), the seed's gold and the split file; no text.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.gold import STANDOFF_DIR, load_splits  # noqa: E402


def main() -> int:
    splits = load_splits()
    files = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in STANDOFF_DIR.glob("*.json")}
    print(f"{'split':<8}{'source':<8}{'articles':>9}{'entities':>9}{'PER':>6}{'ORG':>6}{'LOC':>6}{'dates':>7}{'events':>7}")
    types: Counter = Counter()
    for split in ("train", "dev", "test"):
        for source in ("banker", "ntrex"):
            ids = [i for i in splits[split] if i.startswith(source) and i in files]
            labels = Counter(e["label"] for i in ids for e in files[i]["entities"])
            dates = sum(len(files[i]["dates"]) for i in ids)
            events = [e["type"] for i in ids for e in files[i]["events"]]
            types.update(events)
            print(f"{split:<8}{source:<8}{len(ids):>9}{sum(labels.values()):>9}{labels['PER']:>6}{labels['ORG']:>6}"
                  f"{labels['LOC']:>6}{dates:>7}{len(events):>7}")
    print("\nevents by type:", ", ".join(f"{t} {n}" for t, n in types.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
