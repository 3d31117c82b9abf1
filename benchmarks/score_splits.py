"""Accuracy on the gold corpus, split by split: the frozen test split beside dev, the legacy dev set and the seed.

    python benchmarks/score_splits.py [--data ../shared/data] [--splits test dev dev_legacy seed]
                                      [--backend spacy|stanza] [--model DIR | --no-model | --no-rules]
                                      [--json FILE] [--errors SPLIT]

For each split the gold files are rebuilt from the stand-off annotations (``pipeline.gold``) into a temporary
folder, the pipeline runs over the split's articles, and ``pipeline.evaluate`` scores its tables. Printed: P/R/F1
of every metric per split, then per label and event type. ``--errors dev`` lists the dev split's false positives
and negatives (never ask it of the test split while writing rules).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import METRICS, errors, evaluate, format_errors, report_to_dict  # noqa: E402
from pipeline.gold import build_gold, default_data_dir, gold_articles, load_splits  # noqa: E402
from pipeline.io.tables import to_frames, write_tables  # noqa: E402
from pipeline.pipeline import Pipeline  # noqa: E402


def score_split(nlp: Pipeline, data: Path, ids: list[str], show_errors: bool = False) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = Path(tmp) / "gold", Path(tmp) / "pred"
        written = build_gold(data, gold, ids)
        write_tables(to_frames(nlp.stream(gold_articles(data, written))), pred)
        report = evaluate(gold, pred)
        if show_errors:
            print(format_errors(errors(gold, pred)))
    scores = report_to_dict(report)["metrics"]
    flat = {name: {k: v for k, v in s.items() if k != "by_label"} for name, s in scores.items()}
    flat |= {f"{name}/{label}": v for name, s in scores.items() for label, v in s.get("by_label", {}).items()}
    return {"articles": len(written), "scores": flat}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--splits", nargs="+", default=["test", "dev", "dev_legacy", "seed"])
    parser.add_argument("--backend", choices=["spacy", "stanza"], default="spacy", help="the NER model's kind")
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--no-rules", action="store_true", help="the model alone finds entities (ablation)")
    parser.add_argument("--json", type=Path, default=None, help="write every score to this file")
    parser.add_argument("--errors", metavar="SPLIT", default=None, help="list the errors of this split")
    args = parser.parse_args(argv)
    if not (args.data / "banker_az").exists():
        print(f"no shared data at {args.data}", file=sys.stderr)
        return 2
    splits = load_splits()
    nlp = Pipeline.load(model=args.model, use_model=not args.no_model, use_rules=not args.no_rules,
                        backend=args.backend)
    results = {name: score_split(nlp, args.data, splits[name], name == args.errors) for name in args.splits}
    heads = [f"{name} ({result['articles']})" for name, result in results.items()]
    print(f"{'metric':<22}" + "".join(f"{head:>24}" for head in heads))
    keys = list(METRICS) + sorted({k for r in results.values() for k in r["scores"] if "/" in k})
    for key in keys:
        cells = []
        for r in results.values():
            s = r["scores"].get(key)
            cells.append(f"{s['precision']:.3f}/{s['recall']:.3f}/{s['f1']:.3f}" if s else "-")
        print(f"{key:<22}" + "".join(f"{c:>24}" for c in cells))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
