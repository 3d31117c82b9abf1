"""Entity ablation: rules only, model only, and both, on the gold articles; and the model on the Wikipedia test split.

    python benchmarks/score_entities.py [--data ../shared/data] [--model models/ner] [--no-wiki]

The pipeline runs over the 32 gold-annotated news articles and the seed article (``corpus/``) three
ways; its tables are written to a temporary folder and scored with ``pipeline.evaluate`` against
``banker_az/gold`` and ``corpus/gold``. Printed: entity_span and entity_canonical P/R/F1 per label,
over all 33 articles, with the F1 of the 32 news articles and of the seed apart. Then the model alone
on ``wiki_ner_az/Corpus/test-*`` (150 sentences of one article, no PER), exact-span P/R/F1 per label.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import Score, evaluate  # noqa: E402
from pipeline.io.reader import read_paths  # noqa: E402
from pipeline.io.tables import to_frames, write_tables  # noqa: E402
from pipeline.pipeline import Pipeline  # noqa: E402
from pipeline.records import Article  # noqa: E402

CONFIGS = {"rules": {"use_model": False}, "model": {"use_rules": False}, "both": {}}
METRICS = ("entity_span", "entity_canonical")
LABELS = ("PER", "ORG", "LOC")


def gold_sets(data: Path) -> dict[str, Path]:
    return {"news": data / "banker_az" / "gold", "seed": ROOT / "corpus" / "gold"}


def gold_articles(data: Path) -> list:
    """The articles that have a gold file: 32 from the shared news, and the seed article(s)."""
    wanted = {p.stem for folder in gold_sets(data).values() for p in folder.glob("*.json")}
    items = read_paths([data / "banker_az" / "articles.jsonl", *sorted((ROOT / "corpus").glob("*.txt"))])
    return [item for item in items if isinstance(item, Article) and item.id in wanted]


def run(articles: list, data: Path, model: Path | None, options: dict) -> dict[str, dict[str, Score]]:
    """Scores by gold set ("news", "seed") and metric name (``entity_span/PER``...)."""
    nlp = Pipeline.load(model=model, **options)
    frames = to_frames(nlp.stream(articles))
    with tempfile.TemporaryDirectory() as tmp:
        write_tables(frames, Path(tmp))
        return {name: dict(evaluate(folder, Path(tmp))) for name, folder in gold_sets(data).items()}


def ablation(data: Path, model: Path | None) -> None:
    articles = gold_articles(data)
    print(f"entities on {len(articles)} gold articles (P/R/F1 over all; F1 of the news and seed sets apart)\n")
    print(f"{'config':<7}{'metric':<18}{'label':<6}{'P':>7}{'R':>7}{'F1':>7}{'news':>7}{'seed':>7}")
    for config, options in CONFIGS.items():
        started = time.perf_counter()
        scores = run(articles, data, model, options)
        for metric in METRICS:
            for label in ("all", *LABELS):
                name = metric if label == "all" else f"{metric}/{label}"
                parts = {s: scores[s].get(name, Score()) for s in scores}
                total = sum(parts.values(), Score())
                print(f"{config:<7}{metric:<18}{label:<6}{total.precision:>7.3f}{total.recall:>7.3f}{total.f1:>7.3f}"
                      f"{parts['news'].f1:>7.3f}{parts['seed'].f1:>7.3f}")
        print(f"{'':<7}({time.perf_counter() - started:.1f} s)")


def wiki_test(data: Path, model: Path | None) -> None:
    from pipeline.stages.entity import ner_model
    from pipeline.training.samples import tagged_samples
    from pipeline.training.spacy_ner import span_counts

    folder = data / "wiki_ner_az" / "Corpus"
    samples = tagged_samples(folder / "test-sents.txt", folder / "test-tags.txt")
    counts = span_counts(ner_model.load(model).nlp, samples)
    print(f"\nmodel alone on the Wikipedia test split ({len(samples)} sentences), exact spans\n")
    print(f"{'label':<6}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}")
    for key in ("wiki", *(f"wiki/{label}" for label in LABELS)):
        tp, n_pred, n_gold = counts.get(key, (0, 0, 0))
        s = Score(tp, n_pred - tp, n_gold - tp)
        label = key.partition("/")[2] or "all"
        print(f"{label:<6}{n_gold:>6}{n_pred:>6}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("AZNEWS_DATA", "../shared/data")),
                        help="the shared data folder (default: $AZNEWS_DATA or ../shared/data)")
    parser.add_argument("--model", type=Path, default=None, help="a spaCy NER model folder (default: the shipped one)")
    parser.add_argument("--no-wiki", action="store_true", help="skip the Wikipedia test split")
    args = parser.parse_args(argv)
    if not (args.data / "banker_az").exists():
        parser.error(f"no shared data at {args.data}")
    ablation(args.data, args.model)
    if not args.no_wiki:
        wiki_test(args.data, args.model)


if __name__ == "__main__":
    main()
