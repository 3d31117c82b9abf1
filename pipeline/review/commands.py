"""``aznews review import | report | export-gold``: the command line's shell over ``pipeline.review``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_review_parser(commands) -> None:
    review = commands.add_parser("review", help="keep reviewers' marks across runs, report precision, export gold")
    actions = review.add_subparsers(dest="action", required=True, metavar="ACTION",
                                    help="import, report or export-gold")
    imports = actions.add_parser("import", help="store the marks of reviewed CSV files or workbooks by row id")
    imports.add_argument("files", nargs="+", type=Path, metavar="FILE",
                         help="reviewed tables: CSV files aznews wrote, or workbooks (.xlsx) with a sheet per table")
    report = actions.add_parser("report", help="precision per entity label and event type from the marks")
    export = actions.add_parser("export-gold", help="write the fully reviewed articles as gold files")
    export.add_argument("--gold", type=Path, default=None,
                        help="folder for the gold JSON files (default: OUT/gold)")
    for parser in (imports, report, export):
        parser.add_argument("--out", type=Path, default=Path("outputs"),
                            help="the folder of the store (aznews.sqlite), as given to aznews run (default: outputs)")


def command_review(args: argparse.Namespace) -> int:
    return {"import": _import, "report": _report, "export-gold": _export_gold}[args.action](args)


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _import(args: argparse.Namespace) -> int:
    from .importer import import_reviews

    report = import_reviews(args.files, args.out)
    for message in report.refused:
        _say(f"aznews review import: refused {message}")
    for conflict in report.conflicts:
        _say(f"aznews review import: conflict, the later mark kept: {conflict.describe()}")
    counts = ", ".join(f"{report.imported[m]} {m}" for m in ("ok", "wrong", "fix") if report.imported[m]) or "none"
    _say(f"{len(report.files)} files imported, {len(report.refused)} refused: marks new or changed: {counts}; "
         f"{report.unchanged} unchanged; {len(report.conflicts)} conflicts; {len(report.orphans)} marks without "
         f"their row (review_orphans.csv) -> {args.out}/")
    return 1 if report.refused else 0


def _report(args: argparse.Namespace) -> int:
    from ..io.store import Store
    from ..io.tables import write_csv
    from .importer import require_store
    from .report import format_precision, precision_report, report_table
    from .store import reviewed_tables

    require_store(args.out)
    with Store(args.out) as store:
        joined = reviewed_tables(store).joined
    report = precision_report(joined)
    print(format_precision(report))
    path = args.out / "review_report.csv"
    write_csv(report_table(report), path)
    _say(f"-> {path}")
    return 0


def _export_gold(args: argparse.Namespace) -> int:
    from ..io.folders import check_writable
    from ..io.store import Store
    from .gold import gold_files, write_gold
    from .importer import require_store
    from .store import reviewed_tables

    require_store(args.out)
    check_writable(args.gold or args.out / "gold")
    with Store(args.out) as store:
        reviewed, texts = reviewed_tables(store), store.texts()
    gold, partly = gold_files(reviewed.tables, reviewed.joined, texts)
    done = write_gold(gold, partly, args.gold or args.out / "gold")
    _say(f"{len(done.written)} fully reviewed articles -> {done.folder}/; {len(partly)} partly reviewed left out"
         + (f" ({', '.join(partly[:5])}{' …' if len(partly) > 5 else ''})" if partly else ""))
    return 0
