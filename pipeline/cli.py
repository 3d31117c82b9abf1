"""The ``aznews`` command: a thin shell over the library.

Exit status: 0 when every article went through, 1 when some failed (the rest are written) or on an
unexpected error (a bug, said in one line), 2 for a usage error or a run that cannot go on (an unusable
store, a worker that died), 130 when interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import time
from pathlib import Path

BACKENDS = ("spacy", "stanza")  # as pipeline.stages.entities.BACKENDS, without importing the stages here


def _published(value: str):
    from .io.reader import parse_published

    try:
        return parse_published(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _day(value: str):
    parsed = _published(value)
    return parsed.date()


def _formats(value: str) -> tuple[str, ...]:
    from .io.rows import FORMATS

    formats = tuple(part.strip().lower() for part in value.split(",") if part.strip())
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise argparse.ArgumentTypeError(f"unknown format {', '.join(unknown) or repr(value)}; "
                                         f"choose from {', '.join(FORMATS)}")
    return formats


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number (1 or more)")
    return number


def _folder(value: str) -> Path:
    if not value.strip():
        raise argparse.ArgumentTypeError("an empty folder name (it would mean the current folder; write '.' for that)")
    return Path(value)


def build_parser() -> argparse.ArgumentParser:
    from .review.commands import add_review_parser

    parser = argparse.ArgumentParser(
        prog="aznews", description="Azerbaijani news in, entity, date and event tables out."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", help="process new or changed articles into the store and write its tables")
    run.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                     help="a .txt file (one article), a folder (searched recursively), a .jsonl or .csv file "
                          "(each may be gzipped), or - for standard input (JSON lines or plain text)")
    run.add_argument("--out", type=_folder, default=Path("outputs"),
                     help="folder for the store (aznews.sqlite) and the tables (default: outputs)")
    run.add_argument("--published", type=_published, default=None,
                     help="publication date for articles that carry none: ISO 8601 (2025-07-01), dd.mm.yyyy, "
                          "or written out (5 mart 2024)")
    run.add_argument("--since", type=_day, default=None, metavar="DATE",
                     help="export only articles published on or after this day (the store keeps all)")
    run.add_argument("--format", type=_formats, default=("csv",), dest="formats", metavar="FORMATS",
                     help="table formats, comma-separated: csv, parquet, xlsx (one workbook, tables.xlsx, for "
                          "reviewers) (default: csv)")
    run.add_argument("--html", action="store_true",
                     help="also write pages to read: OUT/pages/index.html and a page per article")
    run.add_argument("--workers", type=_positive, default=os.cpu_count() or 1, metavar="N",
                     help="worker processes, each loading the pipeline once (default: the machine's cores); "
                          "with --engine dask and no --scheduler, the local cluster's size")
    run.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="local: processes on this machine; dask: a Dask cluster (pip install \"aznews[dask]\")")
    run.add_argument("--scheduler", default=None, metavar="ADDRESS",
                     help="with --engine dask: a running scheduler (tcp://host:8786); default: a local cluster")
    run.add_argument("--partition-size", type=_positive, default=64, metavar="N",
                     help="articles per partition: a worker's unit of work, saved in one transaction (default: 64)")
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
    train.add_argument("--out", type=_folder, default=None,
                       help="where to write the model (default: models/ner, or models/ner-stanza)")
    train.add_argument("--epochs", type=_positive, default=None,
                       help="training epochs (default: the model card's; for stanza, at most this many passes)")
    train.add_argument("--seed", type=int, default=0, help="random seed (training is reproducible)")
    train.add_argument("--limit", type=_positive, default=None,
                       help="use only this many gold train articles (learning curves)")
    train.add_argument("--no-silver", dest="silver", action="store_false",
                       help="leave out the rules' labels of shared articles outside every gold split (silver; "
                            "on by default: it scores better on the dev split)")
    train.add_argument("--gold", type=Path, default=None, metavar="DIR",
                       help="also train on these gold files with their text (aznews review export-gold); articles "
                            "of the dev and test splits are left out")
    train.add_argument("--vectors", action="store_true",
                       help="spacy: train word vectors first and give them to the model (needs gensim, the [train] "
                            "extra; off by default: models/README.md)")
    add_review_parser(commands)

    gold = commands.add_parser("gold", help="rebuild the gold corpus's full gold files from the shared data")
    gold.add_argument("action", choices=["build"], help="build: stand-off annotations + article texts -> gold files")
    gold.add_argument("--data", type=Path, default=Path("../shared/data"), help="the shared data folder")
    gold.add_argument("--out", type=_folder, required=True, help="folder for the gold JSON files")
    gold.add_argument("--split", nargs="+", default=None, metavar="NAME",
                      help="only these splits of corpus/splits.json (train, dev, test, dev_legacy, seed)")
    return parser


def command_gold(args: argparse.Namespace) -> int:
    from .gold import build_gold, split_ids
    from .io.folders import check_writable

    if not (args.data / "banker_az" / "articles.jsonl").exists():
        print(f"aznews gold: no shared data at {args.data} (expected banker_az/ and ntrex_az/ there)", file=sys.stderr)
        return 2
    check_writable(args.out)
    ids = split_ids(args.split) if args.split else None
    written = build_gold(args.data, args.out, ids)
    print(f"{len(written)} gold files -> {args.out}/", file=sys.stderr)
    return 0


def command_run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .batch import run_batch
    from .fingerprint import PipelineOptions
    from .io.folders import check_writable
    from .io.reader import STDIN, find_files, read_paths
    from .io.rows import ARTICLE_COLUMNS

    missing = [str(path) for path in args.paths if path != STDIN and not path.exists()]
    if missing:
        print(f"aznews run: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    check_writable(args.out)
    started = time.perf_counter()
    files, skipped = find_files(args.paths, exclude=(args.out,))
    items = list(read_paths(files, args.published))
    progress = None

    def planned(count: int) -> None:
        nonlocal progress
        progress = tqdm(total=count, unit="article", file=sys.stderr, disable=args.quiet or count < 2)

    def saved(done) -> None:
        progress.update(len(done))
        for article_id, _, rows in done:
            article = dict(zip(ARTICLE_COLUMNS, rows["articles"][0], strict=True))
            if article["status"] == "failed":  # the error names the file and line, or the stage
                progress.write(f"aznews: article {article_id}: {article['error']}", file=sys.stderr)

    options = PipelineOptions(model=str(args.model) if args.model else None, use_model=not args.no_model,
                              backend=args.backend)
    try:
        report = run_batch(items, args.out, options, engine=args.engine, workers=args.workers,
                           scheduler=args.scheduler, partition_size=args.partition_size, since=args.since,
                           formats=args.formats, html=args.html, on_planned=planned, on_saved=saved)
    finally:
        if progress is not None:
            progress.close()
    _report_skipped(skipped)
    rows = report.rows
    print(
        f"{report.read} articles ({report.failed} failed), {report.processed} processed, {report.unchanged} unchanged; "
        f"tables of {rows['articles']} stored articles: {rows['entities']} entities, {rows['dates']} dates, "
        f"{rows['events']} events in {time.perf_counter() - started:.1f} s -> {args.out}/",
        file=sys.stderr,
    )
    return 1 if report.failed else 0


def _report_skipped(skipped: list[tuple[Path, str]]) -> None:
    """One line per reason, naming the first few files: nothing in a folder is left out silently."""
    by_reason: dict[str, list[Path]] = {}
    for path, reason in skipped:
        by_reason.setdefault(reason, []).append(path)
    for reason, paths in by_reason.items():
        named = ", ".join(str(path) for path in paths[:3])
        more = f" and {len(paths) - 3} more" if len(paths) > 3 else ""
        print(f"aznews: skipped {len(paths)} file(s), {reason}: {named}{more}", file=sys.stderr)


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
    from .io.folders import check_writable
    from .train import DEFAULT_OUT, train, train_stanza

    out = args.out or DEFAULT_OUT[args.backend]
    check_writable(out)
    if args.backend == "stanza":
        train_stanza(args.data, out, epochs=args.epochs, seed=args.seed, limit=args.limit, silver=args.silver)
    else:
        train(args.data, out, epochs=args.epochs, seed=args.seed, limit=args.limit, silver=args.silver,
              reviewed=args.gold, vectors=args.vectors)
    return 0


def command_review(args: argparse.Namespace) -> int:
    from .review.commands import command_review

    return command_review(args)


COMMANDS = {"run": command_run, "evaluate": command_evaluate, "train": command_train, "gold": command_gold,
            "review": command_review}


# What an interruption leaves, per command: every file is written whole through a temporary name.
_KEPT = {"run": "; the tables written before are unchanged", "train": "; the model there before is unchanged",
         "gold": "; every gold file is whole, old or new"}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print(f"aznews {args.command}: interrupted{_KEPT.get(args.command, '')}", file=sys.stderr)
        return 130
    except ImportError as error:  # an optional backend without its extra: the message says what to install
        print(f"aznews {args.command}: {error}", file=sys.stderr)
        return 2
    except (OSError, ValueError, RuntimeError, sqlite3.Error) as error:  # a missing model, an --out that is a file,
        # a damaged store, a worker that died: said in one line, never a traceback
        print(f"aznews {args.command}: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # a bug: one line to report, not a traceback (the batch's own errors are rows)
        print(f"aznews {args.command}: unexpected error, please report it: {type(error).__name__}: {error}",
              file=sys.stderr)
        return 1


def console() -> None:
    """The ``aznews`` command: ``main`` with its exit status. An interrupted run leaves at once: the workers
    are ended and every saved partition committed, and the interpreter's shutdown (joining the pool's threads)
    could otherwise meet the interrupt a second time and end the process by the signal instead of status 130."""
    code = main()
    if code == 130:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(130)
    sys.exit(code)


if __name__ == "__main__":
    console()
