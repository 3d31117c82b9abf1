"""Learning curve of the NER model: the pipeline's entity F1 on the frozen test split (and dev) after training
on 25, 50, 100 and all gold train articles, so the next step is known (more data, or something else).

    python benchmarks/learning_curve.py [--data ../shared/data] [--sizes 25 50 100 0] [--json FILE]

Each point trains a model with ``pipeline.train`` (fixed seed; the articles of a smaller point are drawn from
the train split with that seed) into a temporary folder and scores the whole pipeline with it. ``0`` is all.
Run it when figures are reported, not while rules are written: it scores the test split.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from score_splits import score_split  # noqa: E402

from pipeline.gold import default_data_dir, load_splits  # noqa: E402
from pipeline.pipeline import Pipeline  # noqa: E402
from pipeline.train import train  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--sizes", nargs="+", type=int, default=[25, 50, 100, 0])
    parser.add_argument("--splits", nargs="+", default=["test", "dev"])
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    splits = load_splits()
    points = []
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            model = train(args.data, Path(tmp) / "ner", limit=size or None, log=lambda _m: None)
            nlp = Pipeline.load(model=model)
            point = {"articles": size or len(splits["train"])}
            for name in args.splits:
                scores = score_split(nlp, args.data, splits[name])["scores"]
                point[name] = {k: scores[k]["f1"] for k in ("entity_span", "entity_canonical", "entity_span/PER",
                                                             "entity_span/ORG", "entity_span/LOC")}
            points.append(point)
            print(json.dumps(point), flush=True)
    print(f"\n{'train articles':>15}" + "".join(f"{f'{s} span':>12}{f'{s} canon':>12}" for s in args.splits))
    for p in points:
        cells = "".join(f"{p[s]['entity_span']:>12.3f}{p[s]['entity_canonical']:>12.3f}" for s in args.splits)
        print(f"{p['articles']:>15}{cells}")
    if args.json:
        args.json.write_text(json.dumps(points, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
