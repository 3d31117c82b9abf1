"""Check the suffix analyser against the manual lemmas and cases of UD_Azerbaijani-TueCL.

Reads NOUN and PROPN tokens of ``ud_az_tuecl/az_tuecl-ud-test.conllu`` under the data folder
(``--data``, else ``$AZNEWS_DATA``, else ``../shared/data``) and prints two accuracies:
lemma (our stem, every suffix removed, vs the UD lemma, compared in Azerbaijani lower case;
UD lemmas strip possessives too, so the stem is the right thing to compare) and case
(UD ``Case`` vs ours; UD's spoken comitative ``Com`` counts as our ``ins``), then every error.
Tokens without a UD lemma (``_``) are skipped for lemmas; tokens without ``Case`` for cases.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.stages.morphology import analyse, az_lower  # noqa: E402

UD_FILE = Path("ud_az_tuecl") / "az_tuecl-ud-test.conllu"
UD_CASES = {"Nom": "nom", "Gen": "gen", "Dat": "dat", "Acc": "acc", "Loc": "loc", "Abl": "abl",
            "Ins": "ins", "Com": "ins"}


def nominal_tokens(path: Path) -> Iterator[tuple[str, str, str]]:
    """(form, lemma, our case name or "") for each NOUN/PROPN line of a CoNLL-U file."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 10 or not cols[0].isdigit() or cols[3] not in ("NOUN", "PROPN"):
                continue
            feats = dict(f.split("=", 1) for f in cols[5].split("|") if "=" in f)
            yield cols[1], cols[2], UD_CASES.get(feats.get("Case", ""), "")


def evaluate(path: Path) -> tuple[list[str], int, int, int, int]:
    errors: list[str] = []
    lemma_ok = lemma_n = case_ok = case_n = 0
    for form, lemma, case in nominal_tokens(path):
        ours = analyse(form)
        if lemma != "_":
            lemma_n += 1
            good = az_lower(ours.stem) == az_lower(lemma)
            lemma_ok += good
            if not good:
                errors.append(f"lemma {form}: ours {ours.stem!r} ud {lemma!r}")
        if case:
            case_n += 1
            case_ok += ours.case == case
            if ours.case != case:
                errors.append(f"case  {form}: ours {ours.case} ud {case}")
    return errors, lemma_ok, lemma_n, case_ok, case_n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=os.environ.get("AZNEWS_DATA", "../shared/data"),
                        help="folder holding ud_az_tuecl/ (default: $AZNEWS_DATA or ../shared/data)")
    path = Path(parser.parse_args(argv).data) / UD_FILE
    if not path.exists():
        print(f"no UD file at {path}", file=sys.stderr)
        return 2
    errors, lemma_ok, lemma_n, case_ok, case_n = evaluate(path)
    print(f"lemma accuracy: {lemma_ok}/{lemma_n} = {lemma_ok / max(lemma_n, 1):.1%}")
    print(f"case accuracy:  {case_ok}/{case_n} = {case_ok / max(case_n, 1):.1%}")
    print(f"errors ({len(errors)}):")
    for line in errors:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
