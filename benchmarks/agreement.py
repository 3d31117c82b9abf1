"""Inter-annotator agreement on the articles of the gold corpus that were annotated twice, independently.

    python benchmarks/agreement.py [--data ../shared/data] [--first corpus/gold/first] [--second corpus/gold/second]

Both first passes (``corpus/gold/first`` and ``corpus/gold/second``, as they were before adjudication;
the adjudicated version is in ``standoff``) are rebuilt into gold files for the ``double`` split and compared
with the evaluator's own metrics (entity span and canonical, date detection and value, event and event type), the second
annotation scored as if it were a prediction. The F1 is the ceiling a system can be held to.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import agreement, format_report  # noqa: E402
from pipeline.gold import STANDOFF_DIR, build_gold, default_data_dir, load_splits  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--first", type=Path, default=STANDOFF_DIR.parent / "first")
    parser.add_argument("--second", type=Path, default=STANDOFF_DIR.parent / "second")
    args = parser.parse_args(argv)
    if not (args.data / "banker_az").exists():
        print(f"no shared data at {args.data}", file=sys.stderr)
        return 2
    ids = load_splits()["double"]
    with tempfile.TemporaryDirectory() as tmp:
        first, second = Path(tmp) / "first", Path(tmp) / "second"
        build_gold(args.data, first, ids, standoff_dir=args.first)
        build_gold(args.data, second, ids, standoff_dir=args.second)
        print(format_report(agreement(first, second)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
