"""The ``aznews`` command: a thin shell over the library.

Exit status: 0 when every article went through, 1 when some failed (the rest are written),
2 for a usage error.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

from tqdm import tqdm

BACKENDS = ("spacy", "stanza")  # as pipeline.stages.entities.BACKENDS, without importing the stages here


def _published(value: str):
    from .io.reader import parse_published

    try:
        return parse_published(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aznews", description="Azerbaijani news in, entity, date and event tables out."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", help="process articles and write the CSV tables")
    run.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                     help="a .txt file (one article), a folder of them, a .jsonl or a .csv file")
    run.add_argument("--out", type=Path, default=Path("outputs"), help="folder for the CSV files (default: outputs)")
    run.add_argument("--published", type=_published, default=None,
                     help="publication date for articles that carry none (ISO 8601, e.g. 2025-07-01)")
    run.add_argument("--backend", choices=BACKENDS, default="spacy",
                     help="the NER model's kind: spacy (default) or stanza (needs the [stanza] extra)")
    run.add_argument("--model", type=Path, default=None,
                     help="an NER model folder of that backend (default: models/ner, or models/ner-stanza)")
    run.add_argument("--no-model", action="store_true", help="entities from gazetteers and rules only")
    run.add_argument("--quiet", action="store_true", help="no progress bar")

    evaluate = commands.add_parser("evaluate", help="score output tables against gold annotation files")
    evaluate.add_argument("--gold", type=Path, required=True, help="folder of gold JSON files (ANNOTATION.md)")
    evaluate.add_argument("--pred", type=Path, required=True, help="folder with entities.csv, dates.csv, events.csv")
    evaluate.add_argument("--json", type=Path, default=None, help="also write the scores to this JSON file")
    evaluate.add_argument("--errors", action="store_true", help="list every false positive and negative")

    train = commands.add_parser("train", help="rebuild the NER model from the gold corpus and the shared data")
    train.add_argument("--data", type=Path, default=Path("../shared/data"), help="the shared data folder")
    train.add_argument("--backend", choices=BACKENDS, default="spacy",
                       help="spacy (default) or stanza (needs the [stanza] extra; trains word vectors too)")
    train.add_argument("--out", type=Path, default=None,
                       help="where to write the model (default: models/ner, or models/ner-stanza)")
    train.add_argument("--epochs", type=int, default=None,
                       help="training epochs (default: the model card's; for stanza, at most this many passes)")
    train.add_argument("--seed", type=int, default=0, help="random seed (training is reproducible)")
    train.add_argument("--limit", type=int, default=None,
                       help="use only this many gold train articles (learning curves)")
    train.add_argument("--silver", action="store_true",
                       help="also train on the rules' labels of shared articles outside every gold split")
    gold = commands.add_parser("gold", help="rebuild the gold corpus's full gold files from the shared data")
    gold.add_argument("action", choices=["build"], help="build: stand-off annotations + article texts -> gold files")
    gold.add_argument("--data", type=Path, default=Path("../shared/data"), help="the shared data folder")
    gold.add_argument("--out", type=Path, required=True, help="folder for the gold JSON files")
    gold.add_argument("--split", nargs="+", default=None, metavar="NAME",
                      help="only these splits of corpus/splits.json (train, dev, test, dev_legacy, seed)")
    return parser


def command_gold(args: argparse.Namespace) -> int:
    from .gold import build_gold, split_ids

    if not (args.data / "banker_az" / "articles.jsonl").exists():
        print(f"aznews gold: no shared data at {args.data} (expected banker_az/ and ntrex_az/ there)", file=sys.stderr)
        return 2
    ids = split_ids(args.split) if args.split else None
    written = build_gold(args.data, args.out, ids)
    print(f"{len(written)} gold files -> {args.out}/", file=sys.stderr)
    return 0


def command_run(args: argparse.Namespace) -> int:
    from .io.reader import read_paths
    from .io.tables import to_frames, write_tables
    from .pipeline import Pipeline

    missing = [str(path) for path in args.paths if not path.exists()]
    if missing:
        print(f"aznews run: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    items = list(read_paths(args.paths, args.published))
    nlp = Pipeline.load(model=args.model, use_model=not args.no_model, backend=args.backend)
    gc.freeze()  # the model, gazetteers and word caches live as long as the run: the collector need not walk them
    progress = tqdm(total=len(items), unit="article", file=sys.stderr, disable=args.quiet or len(items) < 2)
    results = []
    for result in nlp.stream(items):
        results.append(result)
        progress.update()
        if result.status == "failed":
            progress.write(f"aznews: article {result.article.id}: {result.error}", file=sys.stderr)
    progress.close()
    frames = to_frames(results)
    write_tables(frames, args.out)
    failed = sum(r.status == "failed" for r in results)
    print(
        f"{len(results)} articles ({failed} failed), {len(frames['entities'])} entities, {len(frames['dates'])} dates, "
        f"{len(frames['events'])} events in {time.perf_counter() - started:.1f} s -> {args.out}/",
        file=sys.stderr,
    )
    return 1 if failed else 0


def command_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import errors, evaluate, format_errors, format_report, report_to_dict

    report = evaluate(args.gold, args.pred)
    print(format_report(report))
    if args.json:
        args.json.write_text(json.dumps(report_to_dict(report), indent=1, ensure_ascii=False), encoding="utf-8")
    if args.errors:
        print(format_errors(errors(args.gold, args.pred)))
    return 0


def command_train(args: argparse.Namespace) -> int:
    from .train import DEFAULT_OUT, train, train_stanza

    learner = train_stanza if args.backend == "stanza" else train
    out = args.out or DEFAULT_OUT[args.backend]
    learner(args.data, out, epochs=args.epochs, seed=args.seed, limit=args.limit, silver=args.silver)
    return 0


COMMANDS = {"run": command_run, "evaluate": command_evaluate, "train": command_train, "gold": command_gold}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print(f"aznews {args.command}: interrupted; the tables written before are unchanged", file=sys.stderr)
        return 130
    except ImportError as error:  # an optional backend without its extra: the message says what to install
        print(f"aznews {args.command}: {error}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as error:  # a missing model, an --out that is a file, ...
        print(f"aznews {args.command}: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
